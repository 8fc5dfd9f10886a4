b = b"ab\x00c"
print(b, len(b), b[0], b.decode("latin-1") if False else b[1:], b + b"z", b"a" in b)
print(b"hi".decode())
