# open() in text mode: modes, reading, writing, seeking, newlines, encodings, errors.
import io

with open("notes.txt", "w") as f:
    print(f.name, f.mode, f.closed, f.encoding, f.readable(), f.writable(), f.seekable())
    print(f.write("alpha\nbeta\r\ngamma\rdelta"))
    f.writelines(["\n", "one\n", "two"])
print(f.closed)

f = open("notes.txt")
print(repr(f.read(3)), f.tell())
print(repr(f.readline()))
print(repr(f.readline(2)), repr(f.readline()))
print(f.readlines())
print(repr(f.read()), repr(f.readline()))
f.seek(0)
print([line for line in f])
f.close()

with open("notes.txt", newline="") as f:
    print(f.readlines())
with open("notes.txt", newline="\r\n") as f:
    print(f.readlines())
with open("notes.txt", "rb") as f:
    print(f.read())

with open("notes.txt", "a") as f:
    print(f.tell())
    f.write("\nthree")
print(open("notes.txt").read().splitlines())

with open("crlf.txt", "w", newline="\r\n") as f:
    f.write("a\nb\n")
print(open("crlf.txt", "rb").read(), open("crlf.txt").read())

with open("rw.txt", "w+") as f:
    f.write("hello world")
    f.seek(0)
    print(f.read(5), f.tell())
    f.seek(6)
    f.write("there")
    f.seek(0)
    print(f.read())
    f.truncate(5)
    f.seek(0, 2)
    print(f.tell())
print(open("rw.txt").read())

with open("rw.txt", "r+") as f:
    print(f.read())
    f.write("!")
print(open("rw.txt").read())

with open("latin.txt", "w", encoding="latin-1") as f:
    f.write("caf\xe9 \xfc")
print(open("latin.txt", "rb").read(), open("latin.txt", encoding="latin-1").read())
try:
    open("latin.txt").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
with open("utf.txt", "w", encoding="utf-8") as f:
    f.write("h\xe9llo \u20ac")
print(open("utf.txt", "rb").read(), open("utf.txt", encoding="UTF-8").read())
try:
    open("a.txt", "w", encoding="ascii").write("\xe9")
except UnicodeEncodeError:
    print("UnicodeEncodeError")

with open("x.txt", "x") as f:
    f.write("new")
for args in [("x.txt", "x"), ("missing.txt",), ("missing.txt", "r+"), (".", "r"), (".", "w"),
             ("no/such/dir.txt", "w"), ("x.txt", "rw"), ("x.txt", "q"), ("x.txt", "rbt"), ("x.txt", "r+b+")]:
    try:
        open(*args)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)

f = open("x.txt")
for op in (lambda: f.write("z"), lambda: f.truncate()):
    try:
        op()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
f.close()
for op in (f.read, f.readline, lambda: f.write("a"), f.tell, lambda: f.seek(0), lambda: iter(f)):
    try:
        op()
    except ValueError as e:
        print(e)
g = open("x.txt", "w")
try:
    g.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    g.write(b"x")
except TypeError as e:
    print(e)
g.close()
try:
    open("x.txt", "rb", encoding="utf-8")
except ValueError as e:
    print(e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(type(open("x.txt")).__name__, type(open("x.txt", "rb")).__name__, type(open("x.txt", "wb")).__name__, type(open("x.txt", "r+b")).__name__)
print(io.open is open)
