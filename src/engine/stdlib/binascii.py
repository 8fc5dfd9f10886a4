"""Conversions between binary data and ASCII: hex, base64, crc32, crc_hqx (heapscope)."""

__all__ = ["Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex",
           "b2a_base64", "a2b_base64", "crc32", "crc_hqx"]


class Error(ValueError):
    pass


Error.__module__ = "binascii"


class Incomplete(Exception):
    pass


Incomplete.__module__ = "binascii"

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_INDEX = {c: i for i, c in enumerate(_B64)}


def _as_bytes(data, name="argument"):
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    if sep is None:
        return bytes(data).hex().encode("ascii")
    if isinstance(sep, bytes):
        sep = sep.decode("ascii")
    return bytes(data).hex(sep, bytes_per_sep).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    data = _as_bytes(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(data.decode("ascii"))
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    data = bytes(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b"=="
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    data = _as_bytes(data)
    quad = []
    out = bytearray()
    pads = 0
    for c in data:
        if c == 61:  # '='
            if len(quad) >= 2:
                pads += 1
                if len(quad) + pads == 4:
                    break
            continue
        v = _B64_INDEX.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if pads:
            pads = 0
        quad.append(v)
        if len(quad) == 4:
            n = (quad[0] << 18) | (quad[1] << 12) | (quad[2] << 6) | quad[3]
            out += bytes(((n >> 16) & 255, (n >> 8) & 255, n & 255))
            quad = []
    if quad:
        if len(quad) == 1:
            raise Error("Invalid base64-encoded string: number of data characters (%d) "
                        "cannot be 1 more than a multiple of 4" % (len(out) // 3 * 4 + 1))
        if len(quad) + pads < 4:
            raise Error("Incorrect padding")
        n = 0
        for i, v in enumerate(quad):
            n |= v << (18 - 6 * i)
        out += bytes(((n >> 16) & 255,))
        if len(quad) == 3:
            out += bytes(((n >> 8) & 255,))
    return bytes(out)


def _crc32_table():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32 = _crc32_table()


def crc32(data, crc=0):
    crc = ~crc & 0xFFFFFFFF
    table = _CRC32
    for b in _as_bytes(data):
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, crc):
    crc &= 0xFFFF
    for b in _as_bytes(data):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
