def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"{k} not found") from None

print(lookup({"a": 1}, "a"))
def main():
    data = {"x": [1, 2]}
    print(lookup(data, "x"))
    return lookup(data, "y")
main()
