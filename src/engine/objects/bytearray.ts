// bytearray: a mutable bytes sequence. A PyByteArray is a PyBytes whose `bytes` array
// changes in place, so every `instanceof PyBytes` argument check (bytes + bytearray,
// str(ba, enc), int(ba), b"".join([ba]), ...) accepts it as a bytes-like object. It is
// charged like bytes (1 byte per item) and re-charged with heap.resize on every change
// of length. The read-only methods are bytes' own implementations, with their bytes
// results (also inside returned lists and tuples) turned into bytearrays, as in CPython.
//
// Deviation: bytearray cannot be subclassed (instances have no attribute dict).

import type { PyValue } from "./object.js";
import { None, NotImplemented, bytearrayType, bytesType } from "./builtin-types.js";
import type { Kwargs, PyType } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { sizeFor } from "../heap/heap.js";
import { PyBuiltinFunction, defineMethods } from "./function.js";
import { raiseIndexError, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { forEachItem, typeMsgName, typeOf } from "../vm/abstract.js";
import { PyBytes, bytesRepr, bytesReprLength, encodeStr, newBytesIterator, repeatBytes } from "./bytes.js";
import { PyStr, ensureStrRoom } from "./str.js";
import { PyList } from "./list.js";
import { PyTuple } from "./tuple.js";
import { isInt } from "./int.js";
import { PySlice, hasIndex, indexValue, seqIndex, sliceArray, sliceIndices, ssizeValue } from "./slice.js";
import { repeatCount } from "./seq.js";
import { reserveItems } from "./reserve.js";
import { PyBuiltinClassMethod, builtinClassMethod } from "./classmethod-builtin.js";
import { checkArgs } from "./args.js";
import "./bytes-methods.js";
import { bytesPercent } from "./bytes-percent.js";
import { type BufferView, checkNoExports, exportedBytes } from "./buffer-exports.js";

export class PyByteArray extends PyBytes {
  static override get name(): string {
    return "PyByteArray";
  }
  /** Memoryviews made over this bytearray (objects/buffer-exports.ts): while one lives it cannot change size. */
  views: BufferView[] | null = null;
  constructor(cls: PyType, bytes: number[]) {
    super(cls, bytes);
  }
}

export function newByteArray(interp: Interpreter, bytes: number[]): PyByteArray {
  if (bytes.length > 65536) interp.heap.ensure(sizeFor(bytes.length));
  return interp.heap.alloc(new PyByteArray(bytearrayType, bytes), sizeFor(bytes.length));
}

/** Before a change of length: refused while a memoryview exports the bytes. */
function resizable(interp: Interpreter, ba: PyByteArray): void {
  if (ba.views !== null) checkNoExports(interp, ba, "Existing exports of data: object cannot be re-sized");
}

/** Re-charge after a change of length. */
function resized(interp: Interpreter, ba: PyByteArray): void {
  if (ba.size !== 0) interp.heap.resize(ba, sizeFor(ba.bytes.length));
}

function asByteArray(interp: Interpreter, v: PyValue, method: string): PyByteArray {
  if (!(v instanceof PyByteArray)) raiseTypeError(interp, `descriptor '${method}' for 'bytearray' objects doesn't apply to a '${typeOf(v).name}' object`);
  return v;
}

/** One byte value: an int (or __index__) in range(0, 256). */
function byteValue(interp: Interpreter, v: PyValue): number {
  if (typeof v === "number" && v >= 0 && v < 256) return v;
  const n = indexValue(interp, v, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (n < 0 || n > 255) raiseValueError(interp, "byte must be in range(0, 256)");
  return n;
}

/** The bytes of an iterable of ints (or a bytes-like object). */
function bytesOfIterable(interp: Interpreter, v: PyValue): number[] {
  if (v instanceof PyBytes) return v.bytes.slice();
  const exported = exportedBytes(interp, v);
  if (exported !== null) return exported;
  const out: number[] = [];
  forEachItem(interp, v, (x) => {
    // Grows without charging until the caller's resize: check the room as it grows.
    if ((out.length & 4095) === 4095) reserveItems(interp, out.length + 1, 1);
    out.push(byteValue(interp, x));
  });
  return out;
}

function isIterable(v: PyValue): boolean {
  const t = typeOf(v);
  return t.iter !== undefined || t.getitem !== undefined;
}

function fill(interp: Interpreter, ba: PyByteArray, args: PyValue[], kwargs: Kwargs): void {
  let source: PyValue | undefined = args[0];
  let encoding: PyValue | undefined = args[1];
  let errors: PyValue | undefined = args[2];
  if (args.length > 3) raiseTypeError(interp, `bytearray() takes at most 3 arguments (${args.length} given)`);
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (k === "source") source = v;
      else if (k === "encoding") encoding = v;
      else if (k === "errors") errors = v;
      else raiseTypeError(interp, `'${k}' is an invalid keyword argument for bytearray()`);
    }
  }
  if (source === undefined) {
    if (encoding !== undefined || errors !== undefined) raiseTypeError(interp, "encoding or errors without sequence argument");
    ba.bytes = [];
    return;
  }
  if (source instanceof PyStr) {
    if (encoding === undefined) raiseTypeError(interp, "string argument without an encoding");
    if (!(encoding instanceof PyStr)) raiseTypeError(interp, `bytearray() argument 'encoding' must be str, not ${typeOf(encoding).name}`);
    const err = errors instanceof PyStr ? errors.v : "strict";
    ba.bytes = encodeStr(interp, source.v, encoding.v, err);
    return;
  }
  if (encoding !== undefined) raiseTypeError(interp, "encoding without a string argument");
  if (errors !== undefined) raiseTypeError(interp, "errors without a string argument");
  if (hasIndex(source)) {
    const n = ssizeValue(interp, source, `'${typeOf(source).name}' object cannot be interpreted as an integer`, "cannot fit 'int' into an index-sized integer");
    if (n < 0) raiseValueError(interp, "negative count");
    reserveItems(interp, n, 1);
    ba.bytes = new Array<number>(n).fill(0);
    return;
  }
  if (!isIterable(source)) raiseTypeError(interp, `cannot convert '${typeOf(source).name}' object to bytearray`);
  ba.bytes = bytesOfIterable(interp, source);
}

bytearrayType.subclassable = false;
bytearrayType.construct = (interp, _cls, args, kwargs) => {
  const ba = newByteArray(interp, []);
  fill(interp, ba, args, kwargs);
  resized(interp, ba);
  return ba;
};
// CPython's bytearray repr escapes a single quote even inside double quotes: bytearray(b"a\'b").
bytearrayType.repr = (interp, self) => {
  const bytes = (self as PyBytes).bytes;
  if (bytes.length > 1024) ensureStrRoom(interp, bytesReprLength(bytes) + 11);
  const r = bytesRepr(bytes);
  return `bytearray(${r[1] === '"' ? r.replace(/'/g, "\\'") : r})`;
};
bytearrayType.hash = (interp) => raiseTypeError(interp, "unhashable type: 'bytearray'");
bytearrayType.len = (_interp, self) => (self as PyBytes).bytes.length;
bytearrayType.bool = (_interp, self) => (self as PyBytes).bytes.length !== 0;
bytearrayType.getitem = (interp, self, key) => {
  const bytes = (self as PyBytes).bytes;
  if (typeof key === "number" && key >= 0 && key < bytes.length) return bytes[key];
  if (key instanceof PySlice) return newByteArray(interp, sliceArray(bytes, sliceIndices(interp, key, bytes.length)));
  return bytes[seqIndex(interp, key, bytes.length, "bytearray")];
};
bytearrayType.setitem = (interp, self, key, value) => {
  const ba = self as PyByteArray;
  if (key instanceof PySlice) {
    assignSlice(interp, ba, key, value);
    return;
  }
  const i = seqIndex(interp, key, ba.bytes.length, "bytearray");
  ba.bytes[i] = byteValue(interp, value);
};
bytearrayType.delitem = (interp, self, key) => {
  const ba = self as PyByteArray;
  resizable(interp, ba);
  const bytes = ba.bytes;
  if (key instanceof PySlice) {
    const r = sliceIndices(interp, key, bytes.length);
    if (r.count === 0) return;
    if (r.step === 1) bytes.splice(r.start, r.count);
    else {
      const drop = new Set<number>();
      for (let i = 0, j = r.start; i < r.count; i++, j += r.step) drop.add(j);
      ba.bytes = bytes.filter((_, idx) => !drop.has(idx));
    }
  } else {
    bytes.splice(seqIndex(interp, key, bytes.length, "bytearray"), 1);
  }
  resized(interp, ba);
};

function assignSlice(interp: Interpreter, ba: PyByteArray, key: PySlice, value: PyValue): void {
  let src: number[];
  if (value instanceof PyBytes) src = value.bytes.slice();
  else if (isInt(value) || value instanceof PyStr || !isIterable(value)) {
    return raiseTypeError(interp, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  } else src = bytesOfIterable(interp, value);
  const r = sliceIndices(interp, key, ba.bytes.length);
  if (r.step === 1) {
    const stop = Math.max(r.start, r.start + r.count);
    if (src.length !== stop - r.start) resizable(interp, ba);
    const bytes = ba.bytes;
    ba.bytes = bytes.slice(0, r.start).concat(src, bytes.slice(stop));
    resized(interp, ba);
    return;
  }
  if (src.length !== r.count) raiseValueError(interp, `attempt to assign bytes of size ${src.length} to extended slice of size ${r.count}`);
  for (let i = 0, j = r.start; i < r.count; i++, j += r.step) ba.bytes[j] = src[i];
}

bytearrayType.contains = (interp, self, item) => {
  const bytes = (self as PyBytes).bytes;
  if (item instanceof PyBytes) {
    const needle = item.bytes;
    outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
      for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
      return true;
    }
    return false;
  }
  if (isInt(item)) return bytes.includes(byteValue(interp, item));
  return raiseTypeError(interp, `a bytes-like object is required, not '${typeOf(item).name}'`);
};

bytearrayType.iter = (interp, self) => newBytesIterator(interp, self as PyBytes, true);

// Comparisons with bytes and bytearray alike (bytes' own slot accepts any PyBytes).
bytearrayType.compare = (interp, op, self, other) => {
  if (!(other instanceof PyBytes)) return op === "eq" ? false : op === "ne" ? true : NotImplemented;
  return bytesType.compare!(interp, op, self, other);
};
bytearrayType.binary = (interp, op, self, other, reflected) => {
  if (op === "mod") return reflected ? NotImplemented : bytesPercent(interp, self as PyBytes, other);
  if (op === "add" && !reflected) {
    const otherBytes = other instanceof PyBytes ? other.bytes : exportedBytes(interp, other);
    if (otherBytes !== null) {
      reserveItems(interp, (self as PyBytes).bytes.length + otherBytes.length, 1);
      return newByteArray(interp, (self as PyBytes).bytes.concat(otherBytes));
    }
    if (typeof other === "object" && !other.cls.frozen && other.cls.lookup("__radd__") !== null) return NotImplemented;
    return raiseTypeError(interp, `can't concat ${typeOf(other).name} to bytearray`);
  }
  if (op === "mul") {
    if (typeof other === "object" && !hasIndex(other)) {
      if (!other.cls.frozen) return NotImplemented;
      return raiseTypeError(interp, `can't multiply sequence by non-int of type '${typeMsgName(other.cls)}'`);
    }
    return newByteArray(interp, repeated(interp, (self as PyBytes).bytes, other));
  }
  return NotImplemented;
};
bytearrayType.inplace = (interp, op, self, other) => {
  const ba = self as PyByteArray;
  if (op === "add") {
    const otherBytes = other instanceof PyBytes ? other.bytes : exportedBytes(interp, other);
    if (otherBytes === null) return raiseTypeError(interp, `can't concat ${typeOf(other).name} to bytearray`);
    resizable(interp, ba);
    reserveItems(interp, otherBytes.length, 1);
    const src = otherBytes.slice();
    for (let i = 0; i < src.length; i++) ba.bytes.push(src[i]);
    resized(interp, ba);
    return ba;
  }
  if (op === "mul") {
    if (typeof other === "object" && !hasIndex(other)) return NotImplemented;
    resizable(interp, ba);
    ba.bytes = repeated(interp, ba.bytes, other);
    resized(interp, ba);
    return ba;
  }
  return NotImplemented;
};

function repeated(interp: Interpreter, b: number[], count: PyValue): number[] {
  return repeatBytes(b, repeatCount(interp, count, b.length, 1));
}

/** A bytes method's result for a bytearray receiver: bytes become bytearrays (in lists and tuples too). */
function toByteArrays(interp: Interpreter, r: PyValue): PyValue {
  if (r instanceof PyBytes && r.cls === bytesType) return newByteArray(interp, r.bytes.slice());
  if (r instanceof PyList || r instanceof PyTuple) {
    const items = r.items;
    for (let i = 0; i < items.length; i++) items[i] = toByteArrays(interp, items[i]);
  }
  return r;
}

// The read-only methods, taken from bytes before objects/index.ts adds the dunders.
const NOT_BYTES_RESULT = new Set(["decode", "hex", "count", "find", "rfind", "index", "rindex", "startswith", "endswith"]);
for (const [name, m] of bytesType.dict) {
  // maketrans is a static method with its own bytearray entry (bytes-percent.ts).
  if (!(m instanceof PyBuiltinFunction) || name.startsWith("__") || name === "maketrans") continue;
  const fn = m.fn;
  const impl = NOT_BYTES_RESULT.has(name) || name.startsWith("is")
    ? (interp: Interpreter, args: PyValue[], kwargs: Kwargs): PyValue => {
      asByteArray(interp, args[0], name);
      return fn(interp, args, kwargs);
    }
    : (interp: Interpreter, args: PyValue[], kwargs: Kwargs): PyValue => {
      asByteArray(interp, args[0], name);
      return toByteArrays(interp, fn(interp, args, kwargs));
    };
  bytearrayType.dict.set(name, new PyBuiltinFunction(name, impl, true, `bytearray.${name}`));
}

const bytesFromhex = bytesType.dict.get("fromhex");
if (bytesFromhex instanceof PyBuiltinClassMethod) {
  const fromhex = bytesFromhex.fn.fn;
  bytearrayType.dict.set("fromhex", builtinClassMethod("fromhex", "bytearray", (interp, args, kwargs) => {
    return toByteArrays(interp, fromhex(interp, args, kwargs));
  }));
}

defineMethods(bytearrayType, {
  append(interp, args, kwargs) {
    checkArgs(interp, "bytearray.append", args, 1, 1, kwargs);
    const ba = asByteArray(interp, args[0], "append");
    resizable(interp, ba);
    const b = byteValue(interp, args[1]);
    ba.bytes.push(b);
    resized(interp, ba);
    return None;
  },
  extend(interp, args, kwargs) {
    checkArgs(interp, "bytearray.extend", args, 1, 1, kwargs);
    const ba = asByteArray(interp, args[0], "extend");
    resizable(interp, ba);
    const v = args[1];
    if (v instanceof PyStr) raiseTypeError(interp, "'str' object cannot be interpreted as an integer");
    if (!(v instanceof PyBytes) && !isIterable(v)) raiseTypeError(interp, `can't extend bytearray with ${typeOf(v).name}`);
    const src = bytesOfIterable(interp, v);
    reserveItems(interp, src.length, 1);
    for (let i = 0; i < src.length; i++) ba.bytes.push(src[i]);
    resized(interp, ba);
    return None;
  },
  insert(interp, args, kwargs) {
    checkArgs(interp, "insert", args, 2, 2, kwargs);
    const ba = asByteArray(interp, args[0], "insert");
    resizable(interp, ba);
    const n = ba.bytes.length;
    let i = indexValue(interp, args[1], `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
    const b = byteValue(interp, args[2]);
    if (i < 0) i = Math.max(0, i + n);
    else if (i > n) i = n;
    ba.bytes.splice(i, 0, b);
    resized(interp, ba);
    return None;
  },
  pop(interp, args, kwargs) {
    checkArgs(interp, "pop", args, 0, 1, kwargs);
    const ba = asByteArray(interp, args[0], "pop");
    resizable(interp, ba);
    const bytes = ba.bytes;
    if (bytes.length === 0) raiseIndexError(interp, "pop from empty bytearray");
    let i = bytes.length - 1;
    if (args.length === 2) {
      i = indexValue(interp, args[1], `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
      if (i < 0) i += bytes.length;
      if (i < 0 || i >= bytes.length) raiseIndexError(interp, "pop index out of range");
    }
    const v = bytes.splice(i, 1)[0];
    resized(interp, ba);
    return v;
  },
  remove(interp, args, kwargs) {
    checkArgs(interp, "bytearray.remove", args, 1, 1, kwargs);
    const ba = asByteArray(interp, args[0], "remove");
    resizable(interp, ba);
    const i = ba.bytes.indexOf(byteValue(interp, args[1]));
    if (i < 0) raiseValueError(interp, "value not found in bytearray");
    ba.bytes.splice(i, 1);
    resized(interp, ba);
    return None;
  },
  reverse(interp, args, kwargs) {
    checkArgs(interp, "bytearray.reverse", args, 0, 0, kwargs);
    asByteArray(interp, args[0], "reverse").bytes.reverse();
    return None;
  },
  clear(interp, args, kwargs) {
    checkArgs(interp, "bytearray.clear", args, 0, 0, kwargs);
    const ba = asByteArray(interp, args[0], "clear");
    resizable(interp, ba);
    ba.bytes = [];
    resized(interp, ba);
    return None;
  },
  copy(interp, args, kwargs) {
    checkArgs(interp, "bytearray.copy", args, 0, 0, kwargs);
    return newByteArray(interp, asByteArray(interp, args[0], "copy").bytes.slice());
  },
  __init__(interp, args, kwargs) {
    const ba = asByteArray(interp, args[0], "__init__");
    resizable(interp, ba);
    fill(interp, ba, args.slice(1), kwargs);
    resized(interp, ba);
    return None;
  },
  __alloc__(_interp, args) {
    return (args[0] as PyBytes).bytes.length + 1;
  },
});

