"""Keyed-hash message authentication (RFC 2104) over hashlib's digests."""

import hashlib as _hashlib

__all__ = ["new", "digest", "compare_digest", "HMAC", "digest_size"]

digest_size = None


def _hash_factory(digestmod):
    # digestmod may be a hashlib name, a constructor (hashlib.sha256) or a module
    # with new() (CPython accepts all three).
    if isinstance(digestmod, str):
        return lambda data=b"": _hashlib.new(digestmod, data)
    if callable(digestmod):
        return digestmod
    return digestmod.new


def _expect_bytes(value, what):
    if not isinstance(value, (bytes, bytearray)):
        raise TypeError("%s: expected bytes or bytearray, but got %r" % (what, type(value).__name__))


class HMAC:
    """An HMAC computation: update() with message parts, then digest()."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=""):
        _expect_bytes(key, "key")
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        factory = _hash_factory(digestmod)
        self._inner = factory()
        self._outer = factory()
        self.digest_size = self._inner.digest_size
        block = getattr(self._inner, "block_size", 64)
        if len(key) > block:
            key = factory(key).digest()
        key = bytes(key) + bytes(block - len(key))
        self._inner.update(bytes(x ^ 0x36 for x in key))
        self._outer.update(bytes(x ^ 0x5C for x in key))
        self.block_size = block
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        twin = HMAC.__new__(HMAC)
        twin._inner = self._inner.copy()
        twin._outer = self._outer.copy()
        twin.digest_size = self.digest_size
        twin.block_size = self.block_size
        return twin

    def _finished(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        return self._finished().digest()

    def hexdigest(self):
        return self._finished().hexdigest()


def new(key, msg=None, digestmod=""):
    """A new HMAC object for key (bytes), optional first message and digestmod."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the named (or given) hash, as bytes."""
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    """a == b for two str (ASCII) or two bytes-like values, without an early exit."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode(), b.encode()
    elif isinstance(a, (bytes, bytearray)) and isinstance(b, (bytes, bytearray)):
        pass
    elif isinstance(a, str) or isinstance(b, str):
        if isinstance(a, (bytes, bytearray, str)) and isinstance(b, (bytes, bytearray, str)):
            raise TypeError("a bytes-like object is required, not 'str'")
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    else:
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    # Every byte is looked at whatever the answer, as the real one does.
    difference = len(a) ^ len(b)
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        difference |= x ^ y
    return difference == 0
