"""The codec entry points pickles of bytes name (`_codecs.encode`): encode and decode
through str.encode / bytes.decode. Written for heapscope."""


def encode(obj, encoding="utf-8", errors="strict"):
    if not isinstance(obj, str):
        raise TypeError("encode() argument 'obj' must be str, not %s" % type(obj).__name__)
    return obj.encode(encoding, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    return bytes(obj).decode(encoding, errors)
