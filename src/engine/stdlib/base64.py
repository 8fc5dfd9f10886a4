"""Base16, Base32, Base64 and Base85 encodings (heapscope)."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b16encode', 'b16decode', 'standard_b64encode',
           'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode', 'b85encode',
           'b85decode', 'a85encode', 'a85decode']


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                    % s.__class__.__name__)


def _translate(data, frm, to):
    # What data.translate(bytes.maketrans(frm, to)) gives (the engine's bytes lack both).
    table = dict(zip(frm, to))
    return bytes(table.get(c, c) for c in data)


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _translate(encoded, b'+/', altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _translate(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    s = _translate(s, b'-_', b'+/')
    return b64decode(s)


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'


def b32encode(s):
    s = bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        chars = bytes(_B32[(n >> (35 - 5 * k)) & 31] for k in range(8))
        used = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out += chars[:used] + b'=' * (8 - used)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        s = _translate(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    padchars = len(s) - len(stripped)
    out = bytearray()
    index = {c: i for i, c in enumerate(_B32)}
    for i in range(0, len(stripped), 8):
        chunk = stripped[i:i + 8]
        n = 0
        for c in chunk:
            if c not in index:
                raise binascii.Error('Non-base32 digit found')
            n = (n << 5) | index[c]
        n <<= 5 * (8 - len(chunk))
        out += n.to_bytes(5, 'big')
    if padchars:
        keep = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}.get(padchars)
        if keep is None:
            raise binascii.Error('Incorrect padding')
        out = out[:len(out) - 5 + keep]
    return bytes(out)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


_B85 = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
        b"!#$%&()*+-;<=>?@^_`{|}~")


def b85encode(b, pad=False):
    b = bytes(b)
    padding = (-len(b)) % 4
    data = b + bytes(padding)
    out = bytearray()
    for i in range(0, len(data), 4):
        n = int.from_bytes(data[i:i + 4], 'big')
        digits = []
        for _ in range(5):
            n, r = divmod(n, 85)
            digits.append(_B85[r])
        out += bytes(reversed(digits))
    if padding and not pad:
        out = out[:len(out) - padding]
    return bytes(out)


def b85decode(b):
    b = _bytes_from_decode_data(b)
    index = {c: i for i, c in enumerate(_B85)}
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        n = 0
        for j, c in enumerate(b[i:i + 5]):
            if c not in index:
                raise ValueError('bad base85 character at position %d' % (i + j))
            n = n * 85 + index[c]
        if n > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += n.to_bytes(4, 'big')
    if padding:
        out = out[:-padding]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    raise NotImplementedError("heapscope: a85encode is not available")


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    raise NotImplementedError("heapscope: a85decode is not available")


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        chunk = s[i: i + MAXBINSIZE]
        pieces.append(binascii.b2a_base64(chunk))
    return b"".join(pieces)


def decodebytes(s):
    return binascii.a2b_base64(s)
