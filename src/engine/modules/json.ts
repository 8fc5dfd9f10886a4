// `json`: dumps/dump/loads/load, JSONEncoder/JSONDecoder (subclassable: default(),
// object_hook) and JSONDecodeError with CPython's message format, over the native
// encoder/decoder of modules/_json.ts.
// Deviations: no parse_float/parse_int/parse_constant hooks (NotImplementedError), no
// iterencode (dump writes the whole text at once); bytes input must be UTF-8.
// Our own code over the observable behaviour of CPython's json.

import { pythonModule } from "./pysource.js";

const SOURCE = String.raw`
import _json

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]


class JSONDecodeError(ValueError):
    """A JSON text could not be parsed; carries where (line, column, offset)."""

    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        before = doc[:pos]
        line = before.count("\n") + 1
        column = pos - before.rfind("\n")
        super().__init__(f"{msg}: line {line} column {column} (char {pos})")
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = line, column


def _no_encoding_for(o):
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


class JSONEncoder:
    """Turns Python values into JSON text; override default() for other types."""

    __module__ = "json.encoder"
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        for name, value in (("skipkeys", skipkeys), ("ensure_ascii", ensure_ascii),
                            ("check_circular", check_circular), ("allow_nan", allow_nan),
                            ("sort_keys", sort_keys), ("indent", indent)):
            setattr(self, name, value)
        # Indented output puts a newline after each comma, so no trailing blank.
        if separators is None:
            if indent is not None:
                self.item_separator = ","
        else:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default

    def default(self, o):
        _no_encoding_for(o)

    def encode(self, o):
        pad = self.indent
        if pad is not None and not isinstance(pad, str):
            pad = " " * pad
        return _json.encode(o, pad, self.item_separator, self.key_separator,
                            self.sort_keys, self.ensure_ascii, self.skipkeys,
                            self.allow_nan, self.check_circular, self.default)

    def iterencode(self, o, _one_shot=False):
        # The native encoder builds the whole text; hand it out as one chunk.
        yield self.encode(o)


class JSONDecoder:
    """Turns JSON text into Python values (object_hook / object_pairs_hook honoured)."""

    __module__ = "json.decoder"

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        if (parse_float, parse_int, parse_constant) != (None, None, None):
            raise NotImplementedError("json: parse_float/parse_int/parse_constant are not supported")
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.strict = strict

    def decode(self, s):
        ok, payload, *where = _json.decode(s, self.object_hook, self.object_pairs_hook)
        if not ok:
            raise JSONDecodeError(payload, s, where[0])
        return payload

    def raw_decode(self, s, idx=0):
        raise NotImplementedError("json: raw_decode is not supported")


_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan,
                   indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys)
    all_defaults = (cls is None and not kw and indent is None and separators is None
                    and default is None and not skipkeys and not sort_keys
                    and ensure_ascii and check_circular and allow_nan)
    if all_defaults:
        return _plain_encoder.encode(obj)
    encoder_class = JSONEncoder if cls is None else cls
    return encoder_class(**options, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


def _as_text(s):
    if isinstance(s, str):
        if s[:1] == "\ufeff":
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
        return s
    if isinstance(s, (bytes, bytearray)):
        return bytes(s).decode("utf-8")
    raise TypeError("the JSON object must be str, bytes or bytearray, not "
                    + type(s).__name__)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    text = _as_text(s)
    hooks = {"object_hook": object_hook, "object_pairs_hook": object_pairs_hook,
             "parse_float": parse_float, "parse_int": parse_int,
             "parse_constant": parse_constant}
    given = {name: hook for name, hook in hooks.items() if hook is not None}
    if cls is None and not given and not kw:
        return _plain_decoder.decode(text)
    decoder_class = JSONDecoder if cls is None else cls
    return decoder_class(**kw, **given).decode(text)


def load(fp, **kw):
    return loads(fp.read(), **kw)
`;

export const createJsonModule = pythonModule("json", () => SOURCE);
