"""UUID objects (RFC 4122) and the uuid1/uuid3/uuid4/uuid5 generators (heapscope's own code).

heapscope: uuid4() takes its 16 bytes from the secrets module's source, which is
reproducible (the same sequence in every run, see secrets); uuid1() and getnode() use
the run's clock and a random node (no network card is visible), as CPython does when it
finds no hardware address.
"""

from enum import Enum

__all__ = ["UUID", "SafeUUID", "uuid1", "uuid3", "uuid4", "uuid5", "getnode",
           "NAMESPACE_DNS", "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500",
           "RESERVED_NCS", "RFC_4122", "RESERVED_MICROSOFT", "RESERVED_FUTURE"]

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

_MAX = 1 << 128
# Where the version nibble sits in the 128-bit integer.
_VERSION_SHIFT = 76


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


# (name, bit width) of the six RFC 4122 fields, most significant first.
_FIELDS = (("time_low", 32), ("time_mid", 16), ("time_hi_version", 16),
           ("clock_seq_hi_variant", 8), ("clock_seq_low", 8), ("node", 48))
_WIDTH_WORDS = {8: "an 8-bit", 16: "a 16-bit", 32: "a 32-bit", 48: "a 48-bit"}


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError("fields is not a 6-tuple")
    value = 0
    for number, ((_, width), field) in enumerate(zip(_FIELDS, fields), 1):
        if not 0 <= field < (1 << width):
            raise ValueError("field %d out of range (need %s value)"
                             % (number, _WIDTH_WORDS[width]))
        value = (value << width) | field
    return value


def _little_endian_groups(data):
    # bytes_le stores the first three fields byte-reversed.
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


class UUID:
    """A universally unique identifier: a 128-bit number with RFC 4122 views."""

    __slots__ = ("int", "is_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        given = [hex, bytes, bytes_le, fields, int].count(None)
        if given != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, "
                            "or int arguments must be given")
        if hex is not None:
            text = hex.replace("urn:", "").replace("uuid:", "").strip("{}").replace("-", "")
            if len(text) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            value = _int_type(text, 16)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            value = _int_type.from_bytes(_little_endian_groups(bytes_le), "big")
        elif bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            value = _int_type.from_bytes(bytes, "big")
        elif fields is not None:
            value = _from_fields(fields)
        else:
            value = int
            if not 0 <= value < _MAX:
                raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            # The RFC 4122 variant (binary 10) and the version nibble.
            value &= ~(0xC000 << 48)
            value |= 0x8000 << 48
            value &= ~(0xF000 << 64)
            value |= version << _VERSION_SHIFT
        object.__setattr__(self, "int", value)
        object.__setattr__(self, "is_safe", is_safe)

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __getstate__(self):
        state = {"int": self.int}
        if self.is_safe != SafeUUID.unknown:
            state["is_safe"] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, "int", state["int"])
        object.__setattr__(self, "is_safe", SafeUUID(state["is_safe"])
                           if "is_safe" in state else SafeUUID.unknown)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    def __str__(self):
        digits = "%032x" % self.int
        return "%s-%s-%s-%s-%s" % (digits[:8], digits[8:12], digits[12:16], digits[16:20],
                                   digits[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        return _little_endian_groups(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xFFFF

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xFFFF

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xFF

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xFF

    @property
    def time(self):
        return ((self.time_hi_version & 0x0FFF) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3F) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xFFFFFFFFFFFF

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        top = (self.int >> 61) & 0b111     # the variant's leading bits
        if top < 0b100:
            return RESERVED_NCS
        if top < 0b110:
            return RFC_4122
        if top == 0b110:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> _VERSION_SHIFT) & 0xF
        return None


_int_type = int


def _name_bytes(name):
    # 3.11 takes str names only (bytes are refused by the encoding step).
    if not isinstance(name, str):
        raise TypeError("encoding without a string argument")
    return name.encode("utf-8")


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    from hashlib import md5
    digest = md5(namespace.bytes + _name_bytes(name), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + _name_bytes(name), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=5)


def uuid4():
    """A random UUID (heapscope: from the reproducible secrets source)."""
    from secrets import token_bytes
    return UUID(bytes=token_bytes(16), version=4)


_node = None
_last_timestamp = None


def getnode():
    """A 48-bit node number: random with the multicast bit set (no hardware address here)."""
    global _node
    if _node is None:
        from secrets import randbits
        _node = randbits(48) | (1 << 40)
    return _node


def uuid1(node=None, clock_seq=None):
    """A UUID from the run's clock (100 ns steps since 1582-10-15), a clock sequence and node."""
    global _last_timestamp
    import time
    ticks = time.time_ns() // 100 + 0x01B21DD213814000
    if _last_timestamp is not None and ticks <= _last_timestamp:
        ticks = _last_timestamp + 1
    _last_timestamp = ticks
    if clock_seq is None:
        from secrets import randbits
        clock_seq = randbits(14)
    fields = (ticks & 0xFFFFFFFF, (ticks >> 32) & 0xFFFF, (ticks >> 48) & 0x0FFF,
              (clock_seq >> 8) & 0x3F, clock_seq & 0xFF,
              getnode() if node is None else node)
    return UUID(fields=fields, version=1)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
