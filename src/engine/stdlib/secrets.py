"""Random tokens and choices for passwords, keys and the like.

heapscope: a sandbox run is reproducible, so this module draws from a Mersenne Twister
seeded with a fixed constant when the module is imported, not from OS entropy: every
run produces the same sequence. It is separate from `random`'s generator (so using
secrets does not shift random's numbers), but it is NOT suitable for real secrets.
"""

import random as _random
from hmac import compare_digest

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes",
           "token_hex", "token_urlsafe", "compare_digest"]

DEFAULT_ENTROPY = 32            # bytes in a token when no size is given

# The run's "system" source: fixed seed, see the module docstring.
_sysrand = _random.Random(0x5EC2E75)


class SystemRandom(_random.Random):
    """A Random whose stream comes from the secrets source (reproducible in heapscope)."""

    def __init__(self, x=None):
        super().__init__(_sysrand.getrandbits(128))

    def seed(self, *args, **kwds):
        return None

    def getstate(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    setstate = getstate


def randbelow(exclusive_upper_bound):
    """A random int in range(exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def randbits(k):
    """An int with k random bits."""
    return _sysrand.getrandbits(k)


def choice(seq):
    """A random element of the non-empty sequence seq."""
    return _sysrand.choice(seq)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    if nbytes < 0:
        raise ValueError("negative argument not allowed")
    return _sysrand.getrandbits(nbytes * 8).to_bytes(nbytes, "little")


def token_hex(nbytes=None):
    """A random text of 2 * nbytes hexadecimal digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A random URL-safe base64 text of nbytes random bytes (no padding)."""
    import base64
    return base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b"=").decode("ascii")
