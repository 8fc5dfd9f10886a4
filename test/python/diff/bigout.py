for i in range(3000):
    print(i, i * i, "x" * (i % 50))
print("\n".join(str(i) for i in range(5000)))
print([i for i in range(2000)])
print({i: str(i) for i in range(500)})
