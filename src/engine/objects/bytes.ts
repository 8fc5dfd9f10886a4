// bytes: an immutable PyBytes over a JS array of byte values (1 byte each in the
// size model). Basic support: literals, len, indexing (-> int), slicing, iteration,
// comparison, hash, +, *, `in`, decode, hex, bytes(n) / bytes(iterable) / bytes(str, enc).

import { Hash64, bytesHash64 } from "./hash64.js";
import { PyObject, type PyValue } from "./object.js";
import { NotImplemented, bytesType } from "./builtin-types.js";
import type { PyType } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { sizeFor } from "../heap/heap.js";
import { defineMethods } from "./function.js";
import { raiseTypeError, raiseValueError } from "../vm/errors.js";
import { callValue, toArray, typeOf } from "../vm/abstract.js";
import { hexOf } from "./bytes-hex.js";
import { exportedBytes } from "./buffer-exports.js";
import { PyInt, isInt } from "./int.js";
import { PyStr, ensureStrRoom, newStr } from "./str.js";
import { PySlice, indexValue, seqIndex, sliceArray, sliceIndices, ssizeValue } from "./slice.js";
import { repeatCount } from "./seq.js";
import { TextBuilder, charCodesToString } from "./text-builder.js";
import { reserveItems } from "./reserve.js";
import { ITERATOR_SIZE, makeIteratorType } from "./iterators.js";
import { newException } from "../vm/errors.js";
import { LookupError, UnicodeDecodeError, UnicodeEncodeError } from "./exceptions.js";
import { builtinClassMethod } from "./classmethod-builtin.js";

export class PyBytes extends PyObject {
  static override get name(): string {
    return "PyBytes";
  }
  bytes: number[];
  h = -1;
  constructor(cls: PyType, bytes: number[]) {
    super(cls);
    this.bytes = bytes;
  }
}

export function newBytes(interp: Interpreter, bytes: number[]): PyBytes {
  return interp.heap.alloc(new PyBytes(bytesType, bytes), sizeFor(bytes.length));
}

/** A bytes literal of the source (not a heap object). */
export function internBytes(bytes: number[]): PyBytes {
  return new PyBytes(bytesType, bytes);
}

/** `b * k` (k already checked and reserved): one allocation of the final length, no growth copies. */
export function repeatBytes(b: number[], k: number): number[] {
  const n = b.length;
  const out = new Array<number>(n * k);
  for (let i = 0, at = 0; i < k; i++, at += n) for (let j = 0; j < n; j++) out[at + j] = b[j];
  return out;
}

export function encodeUtf8(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** Strict UTF-8 decoding; null at the first invalid byte (its index in `bad`). */
function decodeUtf8(bytes: number[], bad: { at: number }): string | null {
  const out = new TextBuilder();
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    let cp: number;
    let n: number;
    if (b < 0x80) { cp = b; n = 1; }
    else if (b >= 0xc2 && b < 0xe0) { cp = b & 31; n = 2; }
    else if (b >= 0xe0 && b < 0xf0) { cp = b & 15; n = 3; }
    else if (b >= 0xf0 && b < 0xf5) { cp = b & 7; n = 4; }
    else { bad.at = i; return null; }
    if (i + n > bytes.length) { bad.at = i; return null; }
    for (let k = 1; k < n; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) { bad.at = i; return null; }
      cp = (cp << 6) | (c & 63);
    }
    out.add(String.fromCodePoint(cp));
    i += n;
  }
  return out.done();
}

/** Escaped form of a character in codec error messages ('\xe9', '\u20ac', '\U0001f600'). */
function charEscape(cp: number): string {
  if (cp < 0x100) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp < 0x10000) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

/**
 * str.encode: utf-8, ascii, latin-1, with the error handlers "strict" (UnicodeEncodeError),
 * "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "surrogateescape" and
 * "surrogatepass" (utf-8). A handler name is looked up only when an error occurs, as in CPython.
 */
export function encodeStr(interp: Interpreter, s: string, encoding: string, errors = "strict"): number[] {
  const enc = encoding.toLowerCase().replace(/[-_]/g, "");
  // At least one byte per code unit (the bytes are built as a JS array first).
  reserveItems(interp, s.length, 1);
  let codec: string;
  let max: number;
  if (enc === "utf8") {
    if (!hasLoneSurrogate(s)) return encodeUtf8(s);
    codec = "utf-8";
    max = 0x10ffff;
  } else if (enc === "ascii") {
    codec = "ascii";
    max = 0x7f;
  } else if (enc === "latin1" || enc === "iso88591" || enc === "latin") {
    codec = "latin-1";
    max = 0xff;
  } else {
    throw newException(interp, LookupError, `unknown encoding: ${encoding}`);
  }
  const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
  const encodable = (c: number): boolean => c <= max && !(c >= 0xd800 && c < 0xe000 && codec === "utf-8");
  const out: number[] = [];
  for (let pos = 0; pos < cps.length; pos++) {
    const c = cps[pos];
    if (encodable(c)) {
      if (codec === "utf-8") out.push(...encodeUtf8(String.fromCodePoint(c)));
      else out.push(c);
      continue;
    }
    const replacement = encodeErrorReplacement(codec, errors, c);
    if (replacement !== null) {
      out.push(...replacement);
      continue;
    }
    if (!KNOWN_ENCODE_HANDLERS.has(errors)) throw newException(interp, LookupError, `unknown error handler name '${errors}'`);
    // CPython reports the whole run of characters the codec cannot encode.
    let end = pos + 1;
    while (end < cps.length && !encodable(cps[end])) end++;
    const reason = codec === "utf-8" ? "surrogates not allowed" : `ordinal not in range(${max + 1})`;
    const where = end - pos === 1 ? `character '${charEscape(c)}' in position ${pos}` : `characters in position ${pos}-${end - 1}`;
    throw newException(interp, UnicodeEncodeError, `'${codec}' codec can't encode ${where}: ${reason}`);
  }
  return out;
}

const KNOWN_ENCODE_HANDLERS = new Set(["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "surrogateescape", "surrogatepass"]);

/** The bytes an error handler puts in place of an unencodable code point, or null when it raises. */
function encodeErrorReplacement(codec: string, errors: string, c: number): number[] | null {
  switch (errors) {
    case "ignore":
      return [];
    case "replace":
      return [63];
    case "xmlcharrefreplace":
      return asciiCodes(`&#${c};`);
    case "backslashreplace":
      return asciiCodes(charEscape(c));
    case "surrogateescape":
      // A byte smuggled through decoding as U+DC80..U+DCFF goes back as that byte.
      return c >= 0xdc80 && c <= 0xdcff ? [c - 0xdc00] : null;
    case "surrogatepass":
      return codec === "utf-8" && c >= 0xd800 && c < 0xe000 ? [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)] : null;
    default:
      return null;
  }
}

function asciiCodes(text: string): number[] {
  return Array.from(text, (ch) => ch.charCodeAt(0));
}

/** Whether `s` holds a UTF-16 surrogate that is not half of a pair (UTF-8 cannot encode it). */
function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c >= 0xe000) continue;
    if (c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        i++;
        continue;
      }
    }
    return true;
  }
  return false;
}

export function bytesRepr(bytes: number[], prefix = "b"): string {
  const hasSingle = bytes.includes(39);
  const hasDouble = bytes.includes(34);
  const quote = hasSingle && !hasDouble ? '"' : "'";
  const out = new TextBuilder();
  out.add(prefix + quote);
  for (const b of bytes) {
    if (b === quote.charCodeAt(0) || b === 92) out.add("\\" + String.fromCharCode(b));
    else if (b === 9) out.add("\\t");
    else if (b === 10) out.add("\\n");
    else if (b === 13) out.add("\\r");
    else if (b < 32 || b >= 127) out.add(HEX_ESCAPES[b]);
    else out.add(String.fromCharCode(b));
  }
  out.add(quote);
  return out.done();
}

/** Length of bytesRepr(bytes, prefix), computed without building it (to reserve it first). */
export function bytesReprLength(bytes: number[], prefix = "b"): number {
  let n = prefix.length + 2;
  const quote = bytes.includes(39) && !bytes.includes(34) ? 34 : 39;
  for (const b of bytes) n += b === quote || b === 92 || b === 9 || b === 10 || b === 13 ? 2 : b < 32 || b >= 127 ? 4 : 1;
  return n;
}

const HEX_PAIRS: string[] = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));
const HEX_ESCAPES: string[] = HEX_PAIRS.map((h) => "\\x" + h);

bytesType.construct = (interp, _cls, args) => {
  if (args.length === 0) return newBytes(interp, []);
  const x = args[0];
  if (x instanceof PyStr) {
    if (args.length < 2) raiseTypeError(interp, "string argument without an encoding");
    return newBytes(interp, encodeStr(interp, x.v, (args[1] as PyStr).v, args.length > 2 && args[2] instanceof PyStr ? args[2].v : "strict"));
  }
  if (isInt(x)) {
    const n = ssizeValue(interp, x, `'${typeOf(x).name}' object cannot be interpreted as an integer`, "cannot fit 'int' into an index-sized integer");
    if (n < 0) raiseValueError(interp, "negative count");
    reserveItems(interp, n, 1);
    return newBytes(interp, new Array<number>(n).fill(0));
  }
  // A bytearray (a PyBytes too) is copied; bytes are immutable and returned as they are.
  if (x instanceof PyBytes) return x.cls === bytesType ? x : newBytes(interp, x.bytes.slice());
  const exported = exportedBytes(interp, x);
  if (exported !== null) return newBytes(interp, exported);
  const dunder = typeof x === "object" && !x.cls.frozen ? x.cls.lookup("__bytes__") : null;
  if (dunder !== null) {
    const r = callValue(interp, dunder, [x]);
    if (!(r instanceof PyBytes) || r.cls !== bytesType) raiseTypeError(interp, `__bytes__ returned non-bytes (type ${typeOf(r).name})`);
    return r;
  }
  const items = toArray(interp, x);
  const out: number[] = [];
  for (const v of items) {
    if (!isInt(v)) raiseTypeError(interp, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
    const b = indexValue(interp, v);
    if (b < 0 || b > 255) raiseValueError(interp, "bytes must be in range(0, 256)");
    out.push(b);
  }
  return newBytes(interp, out);
};
bytesType.repr = (interp, self) => {
  const bytes = (self as PyBytes).bytes;
  if (bytes.length > 1024) ensureStrRoom(interp, bytesReprLength(bytes));
  return bytesRepr(bytes);
};
bytesType.len = (_interp, self) => (self as PyBytes).bytes.length;
bytesType.hash = (_interp, self) => {
  const b = self as PyBytes;
  if (b.h !== -1) return b.h;
  // CPython's bytes hash (SipHash-1-3, PYTHONHASHSEED=0; see hash64.ts).
  return (b.h = bytesHash64(b.bytes, new Hash64()).number());
};
bytesType.getitem = (interp, self, key) => {
  const bytes = (self as PyBytes).bytes;
  if (key instanceof PySlice) return newBytes(interp, sliceArray(bytes, sliceIndices(interp, key, bytes.length)));
  return bytes[seqIndex(interp, key, bytes.length, "index")];
};
bytesType.contains = (interp, self, item) => {
  const bytes = (self as PyBytes).bytes;
  if (typeof item === "number") return bytes.includes(item);
  if (item instanceof PyBytes) return findSub(bytes, item.bytes, 0) >= 0;
  return raiseTypeError(interp, `a bytes-like object is required, not '${typeOf(item).name}'`);
};
bytesType.iter = (interp, self) => newBytesIterator(interp, self as PyBytes, false);
bytesType.compare = (_interp, op, self, other) => {
  if (!(other instanceof PyBytes)) return op === "eq" ? false : op === "ne" ? true : NotImplemented;
  const a = (self as PyBytes).bytes;
  const b = other.bytes;
  let c = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n && c === 0; i++) c = a[i] - b[i];
  if (c === 0) c = a.length - b.length;
  switch (op) {
    case "lt": return c < 0;
    case "le": return c <= 0;
    case "eq": return c === 0;
    case "ne": return c !== 0;
    case "gt": return c > 0;
    case "ge": return c >= 0;
  }
};
bytesType.binary = (interp, op, self, other, reflected) => {
  if (op === "add" && !reflected) {
    const otherBytes = other instanceof PyBytes ? other.bytes : exportedBytes(interp, other);
    if (otherBytes !== null) {
      reserveItems(interp, (self as PyBytes).bytes.length + otherBytes.length, 1);
      return newBytes(interp, (self as PyBytes).bytes.concat(otherBytes));
    }
    if (typeof other === "object" && !other.cls.frozen && other.cls.lookup("__radd__") !== null) return NotImplemented;
    return raiseTypeError(interp, `can't concat ${typeOf(other).name} to bytes`);
  }
  if (op === "mul" && (isInt(other) || other instanceof PyInt)) {
    const b = (self as PyBytes).bytes;
    return newBytes(interp, repeatBytes(b, repeatCount(interp, other, b.length, 1)));
  }
  return NotImplemented;
};

function findSub(hay: number[], needle: number[], start: number): number {
  outer: for (let i = start; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** The iterator of bytes and bytearray (the two differ only in their type's name). */
class BytesIterator extends PyObject {
  static override get name(): string {
    return "BytesIterator";
  }
  b: PyBytes;
  index = 0;
  constructor(type: PyType, b: PyBytes) {
    super(type);
    this.b = b;
  }
}
function bytesLikeIteratorType(name: string): PyType {
  return makeIteratorType(
    name,
    (_interp, self) => {
      const it = self as BytesIterator;
      return it.index < it.b.bytes.length ? it.b.bytes[it.index++] : undefined;
    },
    (self, visit) => visit((self as BytesIterator).b),
  );
}
const bytesIteratorType = bytesLikeIteratorType("bytes_iterator");
const bytearrayIteratorType = bytesLikeIteratorType("bytearray_iterator");

/** iter() of a bytes or bytearray: `type` is bytesIteratorType or bytearrayIteratorType. */
export function newBytesIterator(interp: Interpreter, b: PyBytes, mutable: boolean): PyObject {
  return interp.heap.alloc(new BytesIterator(mutable ? bytearrayIteratorType : bytesIteratorType, b), ITERATOR_SIZE);
}

defineMethods(bytesType, {
  decode(interp, args) {
    const b = args[0] as PyBytes;
    const enc = args.length > 1 ? (args[1] as PyStr).v.toLowerCase().replace(/[-_]/g, "") : "utf8";
    if (enc === "utf8") {
      const bad = { at: 0 };
      // At least one code unit per 3 bytes of valid UTF-8; at most one per byte.
      ensureStrRoom(interp, Math.ceil(b.bytes.length / 3));
      const s = decodeUtf8(b.bytes, bad);
      if (s === null) {
        throw newException(interp, UnicodeDecodeError, `'utf-8' codec can't decode byte 0x${b.bytes[bad.at].toString(16)} in position ${bad.at}: invalid start byte`);
      }
      return newStr(interp, s);
    }
    if (enc === "ascii" || enc === "latin1" || enc === "iso88591") {
      if (enc === "ascii") {
        const i = b.bytes.findIndex((x) => x > 127);
        if (i >= 0) throw newException(interp, UnicodeDecodeError, `'ascii' codec can't decode byte 0x${b.bytes[i].toString(16)} in position ${i}: ordinal not in range(128)`);
      }
      ensureStrRoom(interp, b.bytes.length);
      return newStr(interp, charCodesToString(b.bytes));
    }
    throw newException(interp, LookupError, `unknown encoding: ${(args[1] as PyStr).v}`);
  },
  hex(interp, args, kwargs) {
    return hexOf(interp, (args[0] as PyBytes).bytes, "hex", args.slice(1), kwargs);
  },
  count(interp, args) {
    const hay = (args[0] as PyBytes).bytes;
    const needle = args[1] instanceof PyBytes ? args[1].bytes : [indexValue(interp, args[1])];
    let n = 0;
    for (let i = findSub(hay, needle, 0); i >= 0; i = findSub(hay, needle, i + Math.max(1, needle.length))) n++;
    return n;
  },
  find(interp, args) {
    const needle = args[1] instanceof PyBytes ? args[1].bytes : [indexValue(interp, args[1])];
    return findSub((args[0] as PyBytes).bytes, needle, 0);
  },
  startswith(_interp, args) {
    const a = (args[0] as PyBytes).bytes;
    const p = (args[1] as PyBytes).bytes;
    return p.length <= a.length && p.every((x, i) => a[i] === x);
  },
  endswith(_interp, args) {
    const a = (args[0] as PyBytes).bytes;
    const p = (args[1] as PyBytes).bytes;
    return p.length <= a.length && p.every((x, i) => a[a.length - p.length + i] === x);
  },
  upper(interp, args) {
    return newBytes(interp, (args[0] as PyBytes).bytes.map((x) => (x >= 97 && x <= 122 ? x - 32 : x)));
  },
  lower(interp, args) {
    return newBytes(interp, (args[0] as PyBytes).bytes.map((x) => (x >= 65 && x <= 90 ? x + 32 : x)));
  },
  join(interp, args) {
    const sep = (args[0] as PyBytes).bytes;
    const items = toArray(interp, args[1]).map((v) => {
      const exported = exportedBytes(interp, v);
      return exported === null ? v : newBytes(interp, exported);
    });
    // Size first (reserved), then copy: no spread (a million-byte item overflowed the JS stack).
    let total = 0;
    items.forEach((v, i) => {
      if (!(v instanceof PyBytes)) raiseTypeError(interp, `sequence item ${i}: expected a bytes-like object, ${typeOf(v).name} found`);
      total += v.bytes.length + (i > 0 ? sep.length : 0);
    });
    reserveItems(interp, total, 1);
    const out: number[] = [];
    items.forEach((v, i) => {
      if (i > 0) for (let k = 0; k < sep.length; k++) out.push(sep[k]);
      const src = (v as PyBytes).bytes;
      for (let k = 0; k < src.length; k++) out.push(src[k]);
    });
    return newBytes(interp, out);
  },
});

bytesType.dict.set(
  "fromhex",
  builtinClassMethod("fromhex", "bytes", (interp, args) => {
    // args[0] is the class.
    const s = args[1];
    if (!(s instanceof PyStr)) return raiseTypeError(interp, `fromhex() argument must be str, not ${typeOf(s).name}`);
    const out: number[] = [];
    const t = s.v;
    let i = 0;
    while (i < t.length) {
      if (t[i] === " ") {
        i++;
        continue;
      }
      const pair = t.slice(i, i + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(pair)) {
        const at = /^[0-9a-fA-F]$/.test(t[i]) ? i + 1 : i;
        return raiseValueError(interp, `non-hexadecimal number found in fromhex() arg at position ${at}`);
      }
      out.push(parseInt(pair, 16));
      i += 2;
    }
    return newBytes(interp, out);
  }),
);
