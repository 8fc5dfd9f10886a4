# base64: Base32/Base85 edge cases, alternative alphabets, input checks, file helpers
import base64, binascii

def attempt(fn, *args, **kw):
    try:
        print(repr(fn(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

data = bytes(range(256))
print(base64.b32decode(base64.b32encode(data)) == data, base64.b85decode(base64.b85encode(data)) == data)
print(base64.b85encode(b"abc", pad=True), base64.b85encode(b"abcd"), base64.b85encode(b"\xff\xff\xff\xff"))
attempt(base64.b32decode, b"MZXW6===")
attempt(base64.b32decode, "mzxw6===", casefold=True)
attempt(base64.b32decode, "mzxw6===")
attempt(base64.b32decode, b"MZXW6")
attempt(base64.b32decode, b"MZXW6Y==")
attempt(base64.b32decode, b"M1XW6===")
attempt(base64.b32decode, b"M1XW6===", map01=b"L")
attempt(base64.b32decode, b"MZXW1===", map01="I")
attempt(base64.b32decode, b"0AAAAAAA", map01="L")
attempt(base64.b32decode, b"M=XW6===")
attempt(base64.b32decode, b"========")
attempt(base64.b85decode, b"VPa!s")
attempt(base64.b85decode, b"|NsC0")
attempt(base64.b85decode, b"~~~~~")
attempt(base64.b85decode, "VPa!sW")
attempt(base64.b85decode, b"VP\"!s")
attempt(base64.b64encode, b"\xfb\xff", altchars=b"*!")
attempt(base64.b64decode, b"+/8=", altchars=b"*!")
attempt(base64.b64decode, b"*!8=", altchars="*!")
attempt(base64.b64encode, b"x", altchars=b"abc")
attempt(base64.b64decode, "é")
attempt(base64.b64decode, 12)
attempt(base64.b64decode, b"YW Jj", validate=True)
attempt(base64.b64decode, b"YW Jj")
attempt(base64.b16decode, "abcd")
attempt(base64.b16decode, "abcd", casefold=True)
attempt(base64.b16decode, "ABC")
attempt(base64.b16decode, "ABCG")
attempt(base64.standard_b64encode, b"std")
attempt(base64.standard_b64decode, "c3Rk")
attempt(base64.urlsafe_b64decode, b"-_-_")
attempt(base64.decodebytes, b"eHh4\neHh4\n")
print(base64.encodebytes(b""), len(base64.encodebytes(bytes(200)).split(b"\n")))
class BinFile:
    # a minimal binary file: read(n), readline(), write()
    def __init__(self, data=b""):
        self.data, self.pos, self.parts = data, 0, []
    def read(self, n=-1):
        end = len(self.data) if n < 0 else self.pos + n
        chunk = self.data[self.pos:end]
        self.pos += len(chunk)
        return chunk
    def readline(self):
        nl = self.data.find(b"\n", self.pos)
        return self.read(-1 if nl < 0 else nl + 1 - self.pos)
    def write(self, b):
        self.parts.append(b)
    def getvalue(self):
        return b"".join(self.parts)
src = BinFile(bytes(range(120)))
dst = BinFile()
base64.encode(src, dst)
print(dst.getvalue())
back = BinFile()
base64.decode(BinFile(dst.getvalue()), back)
print(back.getvalue() == bytes(range(120)))
