grades = {"alice": 90}
print(grades["bob"])
