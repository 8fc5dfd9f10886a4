b = b"Hello, \xff\x00 world"
print(b, len(b), b[0], b[-1], b[:5], b[::-1][:3], list(b[:3]), b.upper(), b.lower(), b.split(b" "), b.replace(b"l", b"L"))
print(b.find(b"world"), b.count(b"l"), b.startswith(b"Hell"), b.endswith(b"d"), b"l" in b, 108 in b, b.strip(b"Hd"), b + b"!", b * 2)
print(b"abc".decode(), b"\xc3\xa9".decode("utf-8"), b"abc".hex(), bytes.fromhex("de ad be ef"), b"a,b".split(b","), b"-".join([b"a", b"b"]))
print(repr(b"'"), repr(b'"'), repr(b"'\""), b"\t\n\r\\", bytes(range(0, 256, 51)), b"x" == b"x", b"a" < b"b", hash(b"x") == hash(b"x"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "big"), (-1).to_bytes(1, "big", signed=True), int.from_bytes(b"\xff", "big", signed=True))
print(sorted(b"cab"), max(b"abc"), sum(b"\x01\x02"), bytes([x ^ 0x20 for x in b"abc"]), b"%s %d" % (b"x", 5) if False else "", b"abc".isalpha(), b"12".isdigit())
