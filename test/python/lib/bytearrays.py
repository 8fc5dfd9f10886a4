# bytearray: constructors, mutation, slicing, operators, methods shared with bytes.
print(bytearray(), bytearray(3), bytearray([65, 66, 67]), bytearray(b"xy"), bytearray("h\u00e9", "utf-8"))
print(bytearray(range(5)), bytearray(b"a'b"), bytearray(b'q"'), bytearray(source=b"kw"))
b = bytearray(b"hello")
print(len(b), b[0], b[-1], b[1:3], b[::-1], type(b[1:3]).__name__)
b[0] = 72
b[1:3] = b"EL"
print(b)
b[1:3] = [1, 2, 3]
print(b)
b[::2] = b"xyz"
print(b)
del b[0]
print(b)
del b[::2]
print(b)
del b[1:]
print(b)
b.append(33)
b.extend(b"ab")
b.extend([1, 2])
b.extend(x for x in range(60, 63))
b.insert(0, 64)
b.insert(-1, 65)
b.insert(100, 66)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(97)
print(b)
b.reverse()
print(b)
c = b.copy()
b.clear()
print(b, c, c is not b)
x = bytearray(b"ab")
y = x
x += b"cd"
x += bytearray(b"e")
print(x, y is x)
x *= 2
print(x, y is x)
print(x + b"!", b"!" + x, type(b"!" + x).__name__, x * 2, 2 * bytearray(b"z"), bytearray(b"z") * 0)
print(99 in x, b"cd" in x, bytearray(b"de") in x, b"zz" in x)
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", bytearray(b"b") >= bytearray(b"b"), bytearray(b"a") != "a")
print(bytearray(b"caf\xc3\xa9").decode(), bytearray(b"abc").decode("ascii"), bytearray(b"\x01\xff").hex(), bytearray.fromhex("de ad be ef"))
print(bytes(bytearray(b"copy")), type(bytes(bytearray(b"c"))).__name__, list(bytearray(b"AB")), [v for v in bytearray(b"\x00\x10")])
print(bytearray(b"  a b  ").split(), bytearray(b"a,b").split(b","), bytearray(b"  pad ").strip(), bytearray(b"abc").upper())
print(bytearray(b"x=y").partition(b"="), bytearray(b"abcb").replace(b"b", b"B"), bytearray(b",").join([b"a", bytearray(b"b")]))
print(bytearray(b"hello").find(b"l"), bytearray(b"hello").count(b"l"), bytearray(b"hello").startswith(b"he"), bytearray(b"123").isdigit())
print(bytearray(b"hello").index(108), bytearray(b"abc").title(), bytearray(b"5").zfill(3), bytearray(b"a").center(5, b"*"))
print(str(bytearray(b"s")), repr(bytearray(b"\n\t")), bool(bytearray()), bool(bytearray(1)), int(bytearray(b"42")), str(bytearray(b"hi"), "ascii"))
print(isinstance(bytearray(), bytes), isinstance(bytearray(), bytearray), type(bytearray()), type(iter(bytearray())).__name__)
print(sorted(bytearray(b"cab")), max(bytearray(b"az")), bytearray(b"ab")[True])
d = bytearray(b"shared")
e = d
d[0] = ord("S")
print(e)
for src in ["bytearray(-1)", "bytearray('abc')", "bytearray([256])", "bytearray(['a'])", "bytearray(1.5)",
            "bytearray(b'x', 'utf-8')", "bytearray('\u00e9', 'ascii')",
            "b=bytearray(b'ab'); b[0]=256", "b=bytearray(b'ab'); b[0]='a'", "b=bytearray(b'ab'); b[5]",
            "b=bytearray(b'ab'); b[5]=1", "b=bytearray(b'ab'); del b[5]", "bytearray().pop()", "bytearray(b'a').pop(5)",
            "bytearray(b'a').remove(9)", "b=bytearray(b'ab'); b[0:1]=5", "b=bytearray(b'ab'); b[0:1]='x'",
            "b=bytearray(b'abc'); b[::2]=b'x'", "hash(bytearray())", "{bytearray(): 1}", "bytearray()+'x'", "bytearray()+[1]",
            "bytearray().append(256)", "bytearray().extend('ab')", "bytearray().extend(5)", "bytearray().insert(0, 300)",
            "bytearray(b'a')['x']", "bytearray(b'a').append('x')", "'a' in bytearray(b'a')", "300 in bytearray(b'a')",
            "bytearray(b'a') < 'a'", "bytearray.fromhex('zz')", "bytearray(b'x') * 'a'", "b=bytearray(b'ab'); b+='x'",
            "bytearray(b'a').index(b'z')", "bytearray(b'\\xff').decode()"]:
    try:
        exec(src)
        print("no error:", src)
    except Exception as err:
        print(src, "->", type(err).__name__, err)
