# The 'c' presentation of format(): like every integer type, right-aligned by default.
for spec in ["c", "3c", "<3c", ">3c", "^5c", "*^5c", "03c", "=4c"]:
    print(repr(format(65, spec)), repr("{:%s}" % spec) , repr(("{:%s}" % spec).format(0x263a)))
print("[%3c][%-3c]" % (66, "b"))
for bad in ["+c", " c", "#c", ",c", ".2c"]:
    try:
        format(65, bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
try:
    format(0x110000, "c")
except OverflowError as e:
    print("OverflowError:", e)
