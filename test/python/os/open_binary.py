# open() in binary mode and io.BytesIO.
import io

with open("data.bin", "wb") as f:
    print(f.write(bytes(range(10))), f.write(bytearray(b"\n\xff\n")), f.tell())
with open("data.bin", "rb") as f:
    print(f.read(4), f.tell(), f.readline(), f.readline(), f.read(), f.read())
    f.seek(-3, 2)
    print(f.read(), f.seek(2), f.read(1), f.seek(1, 1), f.read(1))
with open("data.bin", "ab") as f:
    f.write(b"tail")
with open("data.bin", "r+b") as f:
    f.seek(0)
    f.write(b"AB")
    f.seek(20)
    f.write(b"!")
print(open("data.bin", "rb").read())
with open("data.bin", "r+b") as f:
    f.truncate(3)
print(open("data.bin", "rb").read())
lines = list(open("data.bin", "rb"))
print(lines, open("data.bin", "rb").readlines())
f = open("data.bin", "rb")
buf = bytearray(2)
print(f.readinto(buf), buf)
f.close()
for op in (f.read, f.readline, lambda: f.write(b""), f.tell, lambda: f.seek(0), lambda: iter(f), f.readlines):
    try:
        op()
    except ValueError as e:
        print(e)

b = io.BytesIO(b"one\ntwo\n")
print(b.readline(), b.read(), b.tell(), b.getvalue())
b.seek(1)
b.write(b"XY")
print(b.getvalue())
b.seek(10)
b.write(b"Z")
print(b.getvalue())
print(b.truncate(4), b.getvalue(), list(io.BytesIO(b"a\nb")))
try:
    b.write("s")
except TypeError as e:
    print(e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(e)
with io.BytesIO() as w:
    w.write(b"ctx")
    print(w.getvalue())
s = io.StringIO()
print("to a StringIO", file=s)
print(repr(s.getvalue()))
