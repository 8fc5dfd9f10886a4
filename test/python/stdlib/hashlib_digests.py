# hashlib digests against CPython: every algorithm around block boundaries, incremental update, copy, attributes
import hashlib
for n in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    for data in [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"a" * 111, b"a" * 112, b"a" * 128, bytes(range(256)) * 9]:
        h = hashlib.new(n, data)
        print(n, len(data), h.hexdigest())
    h = getattr(hashlib, n)()
    for i in range(50):
        h.update(bytes(range(i)))
    c = h.copy()
    c.update(b"x")
    print(n, h.hexdigest(), c.hexdigest(), h.digest()[:4], h.name, h.digest_size, h.block_size)
