def find(items, key):
    for it in items:
        if it == key:
            return it
result = find([1, 2], 3)
print(result.upper())
