s = ""
while len(s) < 20000:
    s += "x"
print(len(s))
t = "😀"
for i in range(5):
    t += "a"
print(len(t), t[1])
