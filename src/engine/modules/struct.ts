// `struct`: packing values into C structs as bytes and back. Formats are parsed once
// per Struct (and per format string in the module functions) into a list of fields with
// their offsets: native mode ('@', the default) uses x86-64 Linux sizes and aligns each
// field to its size; '=', '<', '>' and '!' use the standard sizes without alignment.
// Range errors carry CPython's messages, which differ by mode and by byte order for a
// few codes. A packed result is reserved from the heap before it is built.

import { PyObject, type PyValue } from "../objects/object.js";
import { PyType } from "../objects/type.js";
import { None, objectType, typeType } from "../objects/builtin-types.js";
import { builtin, defineMethods } from "../objects/function.js";
import { makeModule, type PyModule } from "../objects/module.js";
import { Exception, OverflowError } from "../objects/exceptions.js";
import type { Interpreter } from "../vm/interpreter.js";
import { sizeFor } from "../heap/heap.js";
import { callValue, getAttr, isTruthy, pyLen, typeOf } from "../vm/abstract.js";
import { raise, raiseTypeError } from "../vm/errors.js";
import { PyBytes, newBytes } from "../objects/bytes.js";
import { PyByteArray } from "../objects/bytearray.js";
import { PyStr, newStr } from "../objects/str.js";
import { PyInt, intFromBigInt, intFromNumber, intToFloat, isInt, toBig } from "../objects/int.js";
import { PyFloat, newFloat } from "../objects/float.js";
import { newTuple } from "../objects/tuple.js";
import { indexValue, newSlice } from "../objects/slice.js";
import { takeKwargs } from "../objects/args.js";
import { reserveItems } from "../objects/reserve.js";
import { exportedBytes } from "../objects/buffer-exports.js";
import { ITERATOR_SIZE, makeIteratorType } from "../objects/iterators.js";
import { INT_SIGNED, NATIVE_SIZE, STANDARD_SIZE, Scratch, halfBits, halfValue, readFloat, readInt, writeFloat, writeInt } from "../objects/buffer-codec.js";

// ---------------------------------------------------------------- struct.error

export const structErrorType = new PyType(typeType, "error", [Exception], true);
structErrorType.mro = [structErrorType, ...Exception.mro];
structErrorType.instancesHaveDict = true;
structErrorType.module = "struct";
// Exception's native slots (construct, repr, str, attributes...), as a subclass inherits them.
for (const [k, v] of Object.entries(Exception)) if (typeof v === "function") (structErrorType as unknown as Record<string, unknown>)[k] = v;

function fail(interp: Interpreter, msg: string): never {
  return raise(interp, structErrorType, msg);
}

// ---------------------------------------------------------------- formats

interface Field {
  code: string;
  /** Byte offset in the struct. */
  offset: number;
  size: number;
  /** For 's' and 'p': the byte length; 1 otherwise. */
  count: number;
  /** How many consecutive items of this code ('10i' is one field), each `size` bytes. */
  repeat: number;
}

interface Layout {
  format: string;
  fields: Field[];
  /** How many values pack takes and unpack returns. */
  items: number;
  size: number;
  little: boolean;
  native: boolean;
  /** Big-endian standard mode ('>' and '!'): some range messages differ there. */
  big: boolean;
}

const MAX_STRUCT_SIZE = 2 ** 63 - 1;

function parseFormat(interp: Interpreter, fmtArg: PyValue, who = "Struct()"): Layout {
  let fmt: string;
  if (fmtArg instanceof PyStr) fmt = fmtArg.v;
  else if (fmtArg instanceof PyBytes && !(fmtArg instanceof PyByteArray)) fmt = String.fromCharCode(...fmtArg.bytes);
  else return raiseTypeError(interp, `${who} argument 1 must be a str or bytes object, not ${typeOf(fmtArg).name}`);
  let i = 0;
  let native = true;
  let little = true;
  let big = false;
  const order = fmt[0];
  if (order === "@" || order === "=" || order === "<" || order === ">" || order === "!") {
    i = 1;
    native = order === "@";
    little = order === "@" || order === "=" || order === "<";
    big = !little;
  }
  const sizes = native ? NATIVE_SIZE : STANDARD_SIZE;
  const fields: Field[] = [];
  let offset = 0;
  let items = 0;
  while (i < fmt.length) {
    const ch = fmt[i];
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\v" || ch === "\f") {
      i++;
      continue;
    }
    let count = 1;
    if (ch >= "0" && ch <= "9") {
      let j = i;
      while (j < fmt.length && fmt[j] >= "0" && fmt[j] <= "9") j++;
      count = Number(fmt.slice(i, j));
      if (j >= fmt.length) fail(interp, "repeat count given without format specifier");
      if (!(count <= MAX_STRUCT_SIZE)) fail(interp, "total struct size too long");
      i = j;
    }
    const code = fmt[i++];
    const size = code === "u" ? undefined : sizes.get(code);
    if (size === undefined && code !== "s" && code !== "p") fail(interp, "bad char in struct format");
    const itemSize = code === "s" || code === "p" ? 1 : size!;
    if (native && itemSize > 1) offset = Math.ceil(offset / itemSize) * itemSize;
    if (code === "s" || code === "p") {
      fields.push({ code, offset, size: count, count, repeat: 1 });
      items++;
      offset += count;
    } else if (code === "x") {
      offset += count;
    } else {
      if (count > 0) fields.push({ code, offset, size: itemSize, count: 1, repeat: count });
      items += count;
      offset += count * itemSize;
    }
    if (!(offset <= MAX_STRUCT_SIZE)) fail(interp, "total struct size too long");
  }
  return { format: fmt, fields, items, size: offset, little, native, big };
}

// ---------------------------------------------------------------- packing

function intArg(interp: Interpreter, v: PyValue): bigint {
  if (isInt(v)) return toBig(v);
  if (v instanceof PyFloat || v instanceof PyStr) fail(interp, "required argument is not an integer");
  const m = typeof v === "object" ? typeOf(v).lookup("__index__") : null;
  if (m === null) return fail(interp, "required argument is not an integer");
  const r = callValue(interp, m, [v]);
  if (!isInt(r)) raiseTypeError(interp, `__index__ returned non-int (type ${typeOf(r).name})`);
  return toBig(r);
}

function floatArg(interp: Interpreter, v: PyValue): number {
  if (v instanceof PyFloat) return v.v;
  if (isInt(v)) return intToFloat(interp, v);
  const t = typeOf(v);
  const m = t.lookup("__float__") ?? t.lookup("__index__");
  if (m === null || v instanceof PyStr) return fail(interp, "required argument is not a float");
  const r = callValue(interp, m, [v]);
  if (r instanceof PyFloat) return r.v;
  if (isInt(r)) return intToFloat(interp, r);
  return raiseTypeError(interp, `${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;
const RANGE_NAMES: Record<string, string> = { b: "byte", B: "ubyte", h: "short", H: "ushort" };

/** Check an int for field `code` of `size` bytes, with CPython's message for the mode. */
function checkInt(interp: Interpreter, L: Layout, code: string, size: number, n: bigint): void {
  const signed = INT_SIGNED.get(code)!;
  const bits = BigInt(size * 8);
  const lo = signed ? -(1n << (bits - 1n)) : 0n;
  const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (code === "P") {
    if (n < LONG_MIN || n > ULONG_MAX) fail(interp, "int too large to convert");
    return;
  }
  if (size === 8) {
    if (n >= lo && n <= hi) return;
    fail(interp, L.big ? "int too large to convert" : "argument out of range");
  }
  if (n < LONG_MIN || n > LONG_MAX) fail(interp, "argument out of range");
  if (n >= lo && n <= hi) return;
  // Sizes 1 and 2 of native and little-endian modes name the C type; the rest quote the code.
  const named = size === 1 || (size === 2 && !L.big);
  if (!signed && n < 0n && !named) fail(interp, "argument out of range");
  const range = `${lo} <= number <= ${hi}`;
  fail(interp, named ? `${RANGE_NAMES[code]} format requires ${range}` : `'${code}' format requires ${range}`);
}

function packField(interp: Interpreter, L: Layout, f: Field, v: PyValue, out: number[], at: number, s: Scratch): void {
  switch (f.code) {
    case "c":
      if (!(v instanceof PyBytes) || v.bytes.length !== 1) fail(interp, "char format requires a bytes object of length 1");
      out[at] = (v as PyBytes).bytes[0];
      return;
    case "?":
      out[at] = isTruthy(interp, v) ? 1 : 0;
      return;
    case "s": case "p": {
      if (!(v instanceof PyBytes)) fail(interp, `argument for '${f.code}' must be a bytes object`);
      const src = (v as PyBytes).bytes;
      if (f.code === "s") {
        const n = Math.min(src.length, f.count);
        for (let k = 0; k < n; k++) out[at + k] = src[k];
      } else if (f.count > 0) {
        const n = Math.min(src.length, f.count - 1, 255);
        out[at] = n;
        for (let k = 0; k < n; k++) out[at + 1 + k] = src[k];
      }
      return;
    }
    case "f": case "d": {
      const x = floatArg(interp, v);
      if (f.code === "f" && !L.native && Number.isFinite(x) && !Number.isFinite(Math.fround(x))) {
        raise(interp, OverflowError, "float too large to pack with f format");
      }
      writeFloat(s, out, at, f.size, L.little, x);
      return;
    }
    case "e": {
      const bits = halfBits(s, floatArg(interp, v));
      if (bits === null) raise(interp, OverflowError, "float too large to pack with e format");
      writeInt(out, at, 2, L.little, bits as number);
      return;
    }
  }
  const n = intArg(interp, v);
  checkInt(interp, L, f.code, f.size, n);
  writeInt(out, at, f.size, L.little, f.size <= 4 ? Number(n) : n);
}

function packInto(interp: Interpreter, L: Layout, values: PyValue[], out: number[], base: number): void {
  if (values.length !== L.items) fail(interp, `pack expected ${L.items} items for packing (got ${values.length})`);
  const s = new Scratch();
  let k = 0;
  for (const f of L.fields) {
    for (let r = 0, at = base + f.offset; r < f.repeat; r++, at += f.size) packField(interp, L, f, values[k++], out, at, s);
  }
}

function pack(interp: Interpreter, L: Layout, values: PyValue[]): PyBytes {
  if (values.length !== L.items) fail(interp, `pack expected ${L.items} items for packing (got ${values.length})`);
  reserveItems(interp, L.size, 1);
  const out = new Array<number>(L.size).fill(0);
  packInto(interp, L, values, out, 0);
  return newBytes(interp, out);
}

// ---------------------------------------------------------------- unpacking

/** The bytes of a bytes-like argument (bytes, bytearray, memoryview, array). */
function bufferArg(interp: Interpreter, v: PyValue): ArrayLike<number> {
  if (v instanceof PyBytes) return v.bytes;
  const exported = exportedBytes(interp, v);
  if (exported !== null) return exported;
  return raiseTypeError(interp, `a bytes-like object is required, not '${typeOf(v).name}'`);
}

function unpackAt(interp: Interpreter, L: Layout, bytes: ArrayLike<number>, base: number): PyValue {
  const s = new Scratch();
  reserveItems(interp, L.items, 8);
  const out: PyValue[] = [];
  for (const f of L.fields) for (let r = 0, at = base + f.offset; r < f.repeat; r++, at += f.size) {
    switch (f.code) {
      case "c": out.push(newBytes(interp, [bytes[at]])); break;
      case "?": out.push(bytes[at] !== 0); break;
      case "s": out.push(newBytes(interp, Array.prototype.slice.call(bytes, at, at + f.count) as number[])); break;
      case "p": {
        const n = f.count === 0 ? 0 : Math.min(bytes[at], f.count - 1);
        out.push(newBytes(interp, Array.prototype.slice.call(bytes, at + 1, at + 1 + n) as number[]));
        break;
      }
      case "f": case "d": out.push(newFloat(interp, readFloat(s, bytes, at, f.size, L.little))); break;
      case "e": out.push(newFloat(interp, halfValue(readInt(bytes, at, 2, L.little, false) as number))); break;
      default: {
        const x = readInt(bytes, at, f.size, L.little, INT_SIGNED.get(f.code)!);
        out.push(typeof x === "bigint" ? intFromBigInt(interp, x) : intFromNumber(interp, x));
      }
    }
  }
  return newTuple(interp, out);
}

function unpack(interp: Interpreter, L: Layout, buf: PyValue): PyValue {
  const bytes = bufferArg(interp, buf);
  if (bytes.length !== L.size) fail(interp, `unpack requires a buffer of ${L.size} bytes`);
  return unpackAt(interp, L, bytes, 0);
}

function unpackFrom(interp: Interpreter, L: Layout, buf: PyValue, offArg: PyValue | undefined): PyValue {
  const bytes = bufferArg(interp, buf);
  let off = offArg === undefined ? 0 : indexValue(interp, offArg, `'${typeOf(offArg).name}' object cannot be interpreted as an integer`);
  const n = bytes.length;
  if (off < 0) {
    if (off + n < 0) fail(interp, `offset ${off} out of range for ${n}-byte buffer`);
    off += n;
  }
  if (n - off < L.size) {
    fail(interp, `unpack_from requires a buffer of at least ${L.size + off} bytes for unpacking ${L.size} bytes at offset ${off} (actual buffer size is ${n})`);
  }
  return unpackAt(interp, L, bytes, off);
}

/** A writable buffer: a bytearray, or a writable memoryview of bytes ('B' format). */
function writableBuffer(interp: Interpreter, buf: PyValue): PyValue {
  if (buf instanceof PyByteArray) return buf;
  const t = typeOf(buf);
  if (t.name === "memoryview" && t.frozen && getAttr(interp, buf, "readonly") === false && t.setitem !== undefined) return buf;
  return raiseTypeError(interp, `argument must be read-write bytes-like object, not ${t.name}`);
}

function packIntoBuffer(interp: Interpreter, L: Layout, buf: PyValue, offArg: PyValue, values: PyValue[]): PyValue {
  writableBuffer(interp, buf);
  if (values.length !== L.items) fail(interp, `pack expected ${L.items} items for packing (got ${values.length})`);
  let off = indexValue(interp, offArg, `'${typeOf(offArg).name}' object cannot be interpreted as an integer`);
  const n = buf instanceof PyByteArray ? buf.bytes.length : pyLen(interp, buf) * (getAttr(interp, buf, "itemsize") as number);
  if (off < 0) {
    if (off + n < 0) fail(interp, `offset ${off} out of range for ${n}-byte buffer`);
    off += n;
  }
  if (n - off < L.size) {
    fail(interp, `pack_into requires a buffer of at least ${L.size + off} bytes for packing ${L.size} bytes at offset ${off} (actual buffer size is ${n})`);
  }
  // Packed apart first: a bad value leaves the buffer as it was.
  const packed = pack(interp, L, values);
  if (buf instanceof PyByteArray) {
    for (let k = 0; k < packed.bytes.length; k++) buf.bytes[off + k] = packed.bytes[k];
  } else {
    // A memoryview: its own slice assignment (which checks its format) writes the bytes.
    typeOf(buf).setitem!(interp, buf, newSlice(interp, off, off + L.size, None), packed);
  }
  return None;
}

// ---------------------------------------------------------------- Struct objects and iter_unpack

class PyStruct extends PyObject {
  static override get name(): string {
    return "PyStruct";
  }
  layout: Layout;
  constructor(cls: PyType, layout: Layout) {
    super(cls);
    this.layout = layout;
  }
}

export const structType = new PyType(typeType, "Struct", [objectType], true);
structType.mro = [structType, objectType];
structType.instancesHaveDict = false;
structType.module = "_struct";

structType.construct = (interp, cls, args, kwargs) => {
  const kw = takeKwargs(interp, "Struct", kwargs, ["format"]);
  const f = args.length > 0 ? args[0] : kw.get("format");
  if (f === undefined) return raiseTypeError(interp, "Struct() missing required argument 'format' (pos 1)");
  return interp.heap.alloc(new PyStruct(cls, parseFormat(interp, f)), sizeFor(32));
};

function self(interp: Interpreter, v: PyValue): Layout {
  if (!(v instanceof PyStruct)) return raiseTypeError(interp, `descriptor requires a '_struct.Struct' object but received a '${typeOf(v).name}'`);
  return v.layout;
}

class UnpackIterator extends PyObject {
  static override get name(): string {
    return "UnpackIterator";
  }
  layout: Layout;
  bytes: ArrayLike<number>;
  source: PyValue;
  at = 0;
  constructor(type: PyType, layout: Layout, bytes: ArrayLike<number>, source: PyValue) {
    super(type);
    this.layout = layout;
    this.bytes = bytes;
    this.source = source;
  }
}
const unpackIteratorType = makeIteratorType(
  "unpack_iterator",
  (interp, v) => {
    const it = v as UnpackIterator;
    if (it.at + it.layout.size > it.bytes.length) return undefined;
    const r = unpackAt(interp, it.layout, it.bytes, it.at);
    it.at += it.layout.size;
    return r;
  },
  (v, visit) => visit((v as UnpackIterator).source),
);

function iterUnpack(interp: Interpreter, L: Layout, buf: PyValue): PyValue {
  const bytes = bufferArg(interp, buf);
  if (L.size === 0) fail(interp, "cannot iteratively unpack with a struct of length 0");
  if (bytes.length % L.size !== 0) fail(interp, `iterative unpacking requires a buffer of a multiple of ${L.size} bytes`);
  return interp.heap.alloc(new UnpackIterator(unpackIteratorType, L, bytes, buf), ITERATOR_SIZE);
}

defineMethods(structType, {
  pack: (interp, args) => pack(interp, self(interp, args[0]), args.slice(1)),
  unpack: (interp, args) => unpack(interp, self(interp, args[0]), args[1]),
  unpack_from: (interp, args, kw) => {
    const k = takeKwargs(interp, "unpack_from", kw, ["buffer", "offset"]);
    return unpackFrom(interp, self(interp, args[0]), args.length > 1 ? args[1] : k.get("buffer")!, args.length > 2 ? args[2] : k.get("offset"));
  },
  pack_into: (interp, args) => packIntoBuffer(interp, self(interp, args[0]), args[1], args[2], args.slice(3)),
  iter_unpack: (interp, args) => iterUnpack(interp, self(interp, args[0]), args[1]),
});
structType.getattr = (interp, v, name) => {
  if (name === "format") return newStr(interp, (v as PyStruct).layout.format);
  if (name === "size") return (v as PyStruct).layout.size;
  return undefined;
};

// ---------------------------------------------------------------- the module

function need(interp: Interpreter, name: string, args: PyValue[], n: number): void {
  if (args.length < n) raiseTypeError(interp, `${name} expected ${n} arguments, got ${args.length}`);
}

const functions: [string, PyValue][] = [
  ["calcsize", builtin("calcsize", (interp, args) => {
    need(interp, "calcsize", args, 1);
    return parseFormat(interp, args[0]).size;
  })],
  ["pack", builtin("pack", (interp, args) => {
    if (args.length === 0) raiseTypeError(interp, "pack expected at least 1 argument, got 0");
    return pack(interp, parseFormat(interp, args[0]), args.slice(1));
  })],
  ["unpack", builtin("unpack", (interp, args) => {
    need(interp, "unpack", args, 2);
    return unpack(interp, parseFormat(interp, args[0]), args[1]);
  })],
  ["unpack_from", builtin("unpack_from", (interp, args, kw) => {
    const k = takeKwargs(interp, "unpack_from", kw, ["buffer", "offset"]);
    const buf = args.length > 1 ? args[1] : k.get("buffer");
    if (args.length < 1 || buf === undefined) raiseTypeError(interp, "unpack_from() missing required argument 'buffer' (pos 2)");
    return unpackFrom(interp, parseFormat(interp, args[0]), buf!, args.length > 2 ? args[2] : k.get("offset"));
  })],
  ["pack_into", builtin("pack_into", (interp, args) => {
    if (args.length < 3) raiseTypeError(interp, `pack_into expected buffer argument`);
    return packIntoBuffer(interp, parseFormat(interp, args[0]), args[1], args[2], args.slice(3));
  })],
  ["iter_unpack", builtin("iter_unpack", (interp, args) => {
    need(interp, "iter_unpack", args, 2);
    return iterUnpack(interp, parseFormat(interp, args[0]), args[1]);
  })],
];

export function createStructModule(interp: Interpreter): PyModule {
  void interp;
  return makeModule("struct", [["error", structErrorType], ["Struct", structType], ...functions]);
}
