import binascii, base64
data = b"heapscope \x00\xff binary!"
for n in range(0, 7):
    d = data[:n]
    e = base64.b64encode(d)
    print(e, base64.b64decode(e) == d, base64.b32encode(d), base64.b32decode(base64.b32encode(d)) == d, base64.b85encode(d), base64.b85decode(base64.b85encode(d)) == d)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"), base64.b16encode(b"\xab\x01"), base64.b16decode("AB01"))
print(binascii.hexlify(data), binascii.unhexlify("deadbeef"), binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc_hqx(b"abc", 0))
print(binascii.b2a_base64(b"abc"), binascii.a2b_base64(b"YWJj\n"), base64.encodebytes(b"x" * 100))
for bad in ("YWJ", "Y"):
    try:
        base64.b64decode(bad)
    except binascii.Error as e:
        print(type(e).__name__, e)
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print(e)
print(base64.b64encode("é".encode()), base64.b64decode("w6k=").decode())
