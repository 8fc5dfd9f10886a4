# UnicodeDecodeError / UnicodeEncodeError built by a program: fields and CPython's wording.
d = UnicodeDecodeError("utf-8", b"ab\xffc", 2, 3, "invalid start byte")
print(d)
print(d.encoding, d.object, d.start, d.end, d.reason, d.args)
print(repr(UnicodeDecodeError("utf-8", b"abc", 0, 2, "bad")), str(UnicodeDecodeError("utf-8", b"abc", 0, 2, "bad")))
print(UnicodeDecodeError("x", b"ab", 5, 6, "past the end"))
text = "h\xe9\u20ac\U0001f600"
for i in range(1, 4):
    print(UnicodeEncodeError("ascii", text, i, i + 1, "ordinal not in range(128)"))
print(UnicodeEncodeError("latin-1", "abc", 0, 3, "why"))
print(isinstance(d, ValueError), issubclass(UnicodeEncodeError, UnicodeError))
for args in [("m",), ("utf-8", "str", 0, 1, "r"), ("ascii", b"b", 0, 1, "r"), ("utf-8", b"x", "0", 1, "r"), (1, b"x", 0, 1, "r")]:
    for cls in (UnicodeDecodeError, UnicodeEncodeError):
        try:
            cls(*args)
            print(cls.__name__, "built")
        except TypeError as e:
            print(cls.__name__, "TypeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("decode:", e)
try:
    "\xe9".encode("ascii")
except UnicodeEncodeError as e:
    print("encode:", e)
