"""Base16, Base32, Base64 and Base85 encodings (heapscope).

Base64 and Base16 lean on binascii; Base32 and Base85 are done here as positional
notation: a group of input bytes is one big integer written with a fixed number of
digits of the alphabet (5 bytes -> 8 base-32 digits, 4 bytes -> 5 base-85 digits).
"""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b16encode', 'b16decode', 'standard_b64encode',
           'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode', 'b85encode',
           'b85decode', 'a85encode', 'a85decode']


def _ascii_input(data):
    # The decoders take bytes-like objects or str holding only ASCII.
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if not isinstance(data, str):
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % type(data).__name__)
    if not data.isascii():
        raise ValueError('string argument should contain only ASCII characters')
    return data.encode('ascii')


def _swap_bytes(data, old, new):
    # data.translate(bytes.maketrans(old, new)), which the engine's bytes lack.
    mapping = dict(zip(old, new))
    return bytes([mapping.get(byte, byte) for byte in data])


def _two_altchars(chars):
    if len(chars) != 2:
        raise AssertionError(repr(chars))
    return chars


# ---- Base64 ---------------------------------------------------------------------------

def b64encode(s, altchars=None):
    text = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return text
    return _swap_bytes(text, b'+/', _two_altchars(altchars))


def b64decode(s, altchars=None, validate=False):
    raw = _ascii_input(s)
    if altchars is not None:
        raw = _swap_bytes(raw, _two_altchars(_ascii_input(altchars)), b'+/')
    return binascii.a2b_base64(raw, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    return b64decode(_swap_bytes(_ascii_input(s), b'-_', b'+/'))


# ---- positional groups (Base32, Base85) ----------------------------------------------

def _group_to_digits(group, alphabet, width):
    """The integer of `group` (big-endian) as `width` digits of `alphabet`."""
    value = int.from_bytes(group, 'big')
    base = len(alphabet)
    digits = bytearray(width)
    for place in range(width - 1, -1, -1):
        value, digits[place] = divmod(value, base)
    return bytes([alphabet[d] for d in digits])


def _digits_to_int(digits, lookup, base):
    value = 0
    for d in digits:
        value = value * base + lookup[d]
    return value


# ---- Base32 ---------------------------------------------------------------------------

_B32_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_VALUE = {ch: i for i, ch in enumerate(_B32_ALPHABET)}
# bytes in the last group -> significant base-32 digits (the rest is '=' padding)
_B32_DIGITS_FOR = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}
# '=' count at the end -> bytes carried by the last group
_B32_BYTES_FOR_PAD = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def b32encode(s):
    data = bytes(s)
    out = bytearray()
    for start in range(0, len(data), 5):
        group = data[start:start + 5]
        full = _group_to_digits(group + bytes(5 - len(group)), _B32_ALPHABET, 8)
        kept = _B32_DIGITS_FOR[len(group)]
        out += full[:kept] + b'=' * (8 - kept)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    text = _ascii_input(s)
    if len(text) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        # '0' always means 'O'; '1' means the letter the caller names (I or L).
        text = _swap_bytes(text, b'01', b'O' + _ascii_input(map01))
    if casefold:
        text = text.upper()
    body = text.rstrip(b'=')
    out = bytearray()
    for start in range(0, len(body), 8):
        digits = body[start:start + 8]
        if any(d not in _B32_VALUE for d in digits):
            raise binascii.Error('Non-base32 digit found')
        value = _digits_to_int(digits, _B32_VALUE, 32) << (5 * (8 - len(digits)))
        out += value.to_bytes(5, 'big')
    last_group_bytes = _B32_BYTES_FOR_PAD.get(len(text) - len(body))
    if last_group_bytes is None:
        raise binascii.Error('Incorrect padding')
    if last_group_bytes != 5:
        del out[len(out) - 5 + last_group_bytes:]
    return bytes(out)


# ---- Base16 ---------------------------------------------------------------------------

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    text = _ascii_input(s)
    if casefold:
        text = text.upper()
    if any(ch not in b'0123456789ABCDEF' for ch in text):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(text)


# ---- Base85 ---------------------------------------------------------------------------

_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                 b"!#$%&()*+-;<=>?@^_`{|}~")
_B85_VALUE = {ch: i for i, ch in enumerate(_B85_ALPHABET)}


def b85encode(b, pad=False):
    data = bytes(b)
    filler = -len(data) % 4
    data += bytes(filler)
    out = bytearray()
    for start in range(0, len(data), 4):
        out += _group_to_digits(data[start:start + 4], _B85_ALPHABET, 5)
    if filler and not pad:
        del out[len(out) - filler:]
    return bytes(out)


def b85decode(b):
    # A short last group is completed with the highest digit and cut back afterwards.
    text = _ascii_input(b)
    filler = -len(text) % 5
    text += b'~' * filler
    out = bytearray()
    for start in range(0, len(text), 5):
        digits = text[start:start + 5]
        for offset, ch in enumerate(digits):
            if ch not in _B85_VALUE:
                raise ValueError('bad base85 character at position %d' % (start + offset))
        value = _digits_to_int(digits, _B85_VALUE, 85)
        if value >= 1 << 32:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += value.to_bytes(4, 'big')
    if filler:
        del out[len(out) - filler:]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    raise NotImplementedError("heapscope: a85encode is not available")


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    raise NotImplementedError("heapscope: a85decode is not available")


# ---- MIME-style line-wrapped Base64 ---------------------------------------------------

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    # Each output line (with its newline) encodes MAXBINSIZE input bytes.
    return b"".join([binascii.b2a_base64(s[start:start + MAXBINSIZE])
                     for start in range(0, len(s), MAXBINSIZE)])


def decodebytes(s):
    return binascii.a2b_base64(s)


def encode(input, output):
    """Base64-encode the binary file `input` into the binary file `output`, in lines."""
    pending = b''
    while True:
        block = input.read(MAXBINSIZE)
        if not block:
            break
        pending += block
        whole = len(pending) - len(pending) % MAXBINSIZE
        if whole:
            output.write(encodebytes(pending[:whole]))
            pending = pending[whole:]
    if pending:
        output.write(encodebytes(pending))


def decode(input, output):
    """Decode the Base64 lines of the binary file `input` into the binary file `output`."""
    for line in iter(input.readline, b''):
        output.write(binascii.a2b_base64(line))
