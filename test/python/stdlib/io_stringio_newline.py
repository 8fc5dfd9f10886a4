# io.StringIO's newline argument: how line endings are stored on write.
import io
for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO("one\r\ntwo\rthree\nfour", newline=nl)
    wrote = s.write("five\nsix\r\n")
    print(repr(nl), repr(s.getvalue()), wrote, s.tell())
    s.seek(0)
    print("   ", s.readlines())
for bad in ("\n\r", 5):
    try:
        io.StringIO(newline=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
default = io.StringIO("a\r\nb")
print(repr(default.getvalue()), default.readline() == "a\r\n")
