// array.array: a typed sequence of C scalars. The items are kept as JS numbers (a
// bigint only for 64-bit integer codes past 2**53), converted and range-checked on the
// way in with CPython's messages; the heap charges `itemsize` bytes per item, so
// `array('d', [0]) * 10**9` is refused from the heap before JavaScript allocates.
// This file holds the type, its conversions and its slots; array-methods.ts the methods.

import { PyObject, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { NotImplemented, objectType, typeType } from "./builtin-types.js";
import type { Interpreter } from "../vm/interpreter.js";
import { sizeFor } from "../heap/heap.js";
import { callValue, forEachItem, pyRepr, richCompare, isTruthy, typeOf } from "../vm/abstract.js";
import { raiseIndexError, raiseOverflow, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { type BufferView, checkNoExports } from "./buffer-exports.js";
import { PyInt, intFromBigInt, intFromNumber, intToFloat, isInt } from "./int.js";
import { PyFloat, newFloat } from "./float.js";
import { PyStr, newStr } from "./str.js";
import { PySlice, seqIndex, sliceIndices } from "./slice.js";
import { repeatCount } from "./seq.js";
import { reserveItems } from "./reserve.js";
import { ITERATOR_SIZE, makeIteratorType } from "./iterators.js";
import { PyBytes } from "./bytes.js";
import { INT_SIGNED, NATIVE_SIZE, Scratch, readFloat, readInt, writeFloat, writeInt } from "./buffer-codec.js";
import { PyList, newList } from "./list.js";
import { PyTuple } from "./tuple.js";

export type ArrayItem = number | bigint;

export const TYPECODES = "bBuhHiIlLqQfd";

/** How items are boxed: floats, ints that always fit a JS number, 64-bit ints, unicode characters. */
const enum Kind { Float, Int, Int64, Char }

export class PyArray extends PyObject {
  static override get name(): string {
    return "PyArray";
  }
  readonly code: string;
  readonly itemsize: number;
  readonly kind: Kind;
  items: ArrayItem[];
  /** Memoryviews made over this array (objects/buffer-exports.ts): while one lives it cannot change size. */
  views: BufferView[] | null = null;
  constructor(cls: PyType, code: string, items: ArrayItem[]) {
    super(cls);
    this.code = code;
    this.itemsize = NATIVE_SIZE.get(code)!;
    this.kind = code === "d" || code === "f" ? Kind.Float : code === "u" ? Kind.Char : this.itemsize === 8 ? Kind.Int64 : Kind.Int;
    this.items = items;
  }
  /** The machine bytes of the items (bytes(a), bytearray(a), struct; see buffer-exports.ts). */
  exportBytes(interp: Interpreter): number[] {
    return itemsToBytes(interp, this);
  }
}

export const arrayType = new PyType(typeType, "array", [objectType], true);
arrayType.mro = [arrayType, objectType];
arrayType.instancesHaveDict = false;
arrayType.module = "array";
arrayType.tpName = "array.array";

export function newArray(interp: Interpreter, code: string, items: ArrayItem[]): PyArray {
  const a = new PyArray(arrayType, code, items);
  return interp.heap.alloc(a, sizeFor(a.itemsize * items.length));
}

/** Re-charge after a change of length. */
export function arrayResized(interp: Interpreter, a: PyArray): void {
  if (a.size !== 0) interp.heap.resize(a, sizeFor(a.itemsize * a.items.length));
}

/** Refuse a change of size while a memoryview exports the array (CPython's BufferError). */
export function checkResizable(interp: Interpreter, a: PyArray): void {
  checkNoExports(interp, a, "cannot resize an array that is exporting buffers");
}

// ---------------------------------------------------------------- item conversion

const LIMITS: Record<string, [bigint, bigint, string]> = {
  b: [-128n, 127n, "signed char"],
  B: [0n, 255n, "unsigned byte integer"],
  h: [-32768n, 32767n, "signed short integer"],
  H: [0n, 65535n, "unsigned short"],
  i: [-2147483648n, 2147483647n, "signed integer"],
};
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;

/** An int argument as a number or bigint (via __index__), else CPython's TypeError. */
function intArg(interp: Interpreter, v: PyValue): number | bigint {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyInt) return v.n === v.n ? v.n : v.v;
  const m = typeOf(v).lookup("__index__");
  if (m !== null && !(v instanceof PyFloat)) {
    const r = callValue(interp, m, [v]);
    if (isInt(r)) return intArg(interp, r);
    raiseTypeError(interp, `__index__ returned non-int (type ${typeOf(r).name})`);
  }
  return raiseTypeError(interp, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

function intItem(interp: Interpreter, code: string, v: PyValue): ArrayItem {
  const n = intArg(interp, v);
  const lim = LIMITS[code];
  if (lim !== undefined && typeof n === "number" && n >= Number(lim[0]) && n <= Number(lim[1])) return n;
  const b = BigInt(n);
  switch (code) {
    case "I": case "L":
      if (b < 0n) raiseOverflow(interp, "can't convert negative value to unsigned int");
      if (b > ULONG_MAX) raiseOverflow(interp, "Python int too large to convert to C unsigned long");
      if (code === "I" && b > 0xffffffffn) raiseOverflow(interp, "unsigned int is greater than maximum");
      return n;
    case "l":
      if (b < LONG_MIN || b > LONG_MAX) raiseOverflow(interp, "Python int too large to convert to C long");
      return n;
    case "q":
      if (b < LONG_MIN || b > LONG_MAX) raiseOverflow(interp, "int too big to convert");
      return n;
    case "Q":
      if (b < 0n) raiseOverflow(interp, "can't convert negative int to unsigned");
      if (b > ULONG_MAX) raiseOverflow(interp, "int too big to convert");
      return n;
  }
  if (b < LONG_MIN || b > LONG_MAX) raiseOverflow(interp, "Python int too large to convert to C long");
  return raiseOverflow(interp, `${lim[2]} is ${b < lim[0] ? "less than minimum" : "greater than maximum"}`);
}

function floatItem(interp: Interpreter, v: PyValue): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "number") return v;
  if (isInt(v)) return intToFloat(interp, v);
  const t = typeOf(v);
  const m = t.lookup("__float__");
  if (m !== null) {
    const r = callValue(interp, m, [v]);
    if (r instanceof PyFloat) return r.v;
    raiseTypeError(interp, `${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
  }
  const idx = t.lookup("__index__");
  if (idx !== null) return intToFloat(interp, intArg(interp, v) as number);
  return raiseTypeError(interp, `must be real number, not ${t.name}`);
}

/** A Python value as an item of an array of typecode `code` (CPython's checks and messages). */
export function toItem(interp: Interpreter, code: string, v: PyValue): ArrayItem {
  if (code === "d") return v instanceof PyFloat ? v.v : floatItem(interp, v);
  if (code === "f") return Math.fround(floatItem(interp, v));
  if (code === "u") {
    if (v instanceof PyStr) {
      const cp = v.v.codePointAt(0);
      if (cp !== undefined && v.v.length === (cp > 0xffff ? 2 : 1)) return cp;
    }
    return raiseTypeError(interp, "array item must be unicode character");
  }
  return intItem(interp, code, v);
}

/** An item as a Python value. */
export function fromItem(interp: Interpreter, a: PyArray, x: ArrayItem): PyValue {
  switch (a.kind) {
    case Kind.Float: return newFloat(interp, x as number);
    case Kind.Int: return intFromNumber(interp, x as number);
    case Kind.Int64: return typeof x === "bigint" ? intFromBigInt(interp, x) : intFromNumber(interp, x);
    default: return newStr(interp, String.fromCodePoint(x as number));
  }
}

// ---------------------------------------------------------------- bytes

/** The items as machine bytes (little-endian, as on x86-64). */
export function itemsToBytes(interp: Interpreter, a: PyArray, items: ArrayItem[] = a.items): number[] {
  const size = a.itemsize;
  reserveItems(interp, items.length * size, 1);
  const out = new Array<number>(items.length * size);
  const s = new Scratch();
  if (a.kind === Kind.Float) for (let i = 0; i < items.length; i++) writeFloat(s, out, i * size, size, true, items[i] as number);
  else for (let i = 0; i < items.length; i++) writeInt(out, i * size, size, true, items[i]);
  return out;
}

/** Machine bytes as items of typecode `code` (length already checked to be a multiple). */
export function bytesToItems(code: string, bytes: ArrayLike<number>, start = 0, end = bytes.length): ArrayItem[] {
  const size = NATIVE_SIZE.get(code)!;
  const out: ArrayItem[] = new Array((end - start) / size);
  if (code === "d" || code === "f") {
    const s = new Scratch();
    for (let i = 0, at = start; at < end; i++, at += size) out[i] = readFloat(s, bytes, at, size, true);
  } else {
    const signed = code === "u" ? false : INT_SIGNED.get(code)!;
    for (let i = 0, at = start; at < end; i++, at += size) out[i] = readInt(bytes, at, size, true, signed);
  }
  return out;
}

// ---------------------------------------------------------------- construction

export function checkTypecode(interp: Interpreter, v: PyValue): string {
  if (!(v instanceof PyStr) || v.v.length !== 1) {
    raiseTypeError(interp, `array() argument 1 must be a unicode character, not ${typeOf(v).name}`);
  }
  if (!TYPECODES.includes(v.v)) raiseValueError(interp, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  return v.v;
}

/** Items of an iterable converted for `code`, checking the heap's room as the array grows. */
export function itemsOf(interp: Interpreter, code: string, iterable: PyValue): ArrayItem[] {
  if (iterable instanceof PyList || iterable instanceof PyTuple) {
    const src = iterable.items;
    reserveItems(interp, src.length, NATIVE_SIZE.get(code)!);
    const out: ArrayItem[] = new Array(src.length);
    for (let i = 0; i < src.length; i++) out[i] = toItem(interp, code, src[i]);
    return out;
  }
  const out: ArrayItem[] = [];
  forEachItem(interp, iterable, (v) => {
    if ((out.length & 4095) === 4095) reserveItems(interp, out.length + 1, NATIVE_SIZE.get(code)!);
    out.push(toItem(interp, code, v));
  });
  return out;
}

arrayType.construct = (interp, cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, "array.array() takes no keyword arguments");
  if (args.length < 1 || args.length > 2) raiseTypeError(interp, `array() takes at most 2 arguments (${args.length} given)`);
  const code = checkTypecode(interp, args[0]);
  let items: ArrayItem[] = [];
  const init = args[1];
  if (init !== undefined) {
    if (init instanceof PyStr) {
      if (code !== "u") raiseTypeError(interp, `cannot use a str to initialize an array with typecode '${code}'`);
      items = Array.from(init.v, (ch) => ch.codePointAt(0)!);
    } else if (init instanceof PyBytes) {
      if (init.bytes.length % NATIVE_SIZE.get(code)! !== 0) raiseValueError(interp, "bytes length not a multiple of item size");
      items = bytesToItems(code, init.bytes);
    } else if (init instanceof PyArray && init.code === "u" && code !== "u") {
      raiseTypeError(interp, `cannot use a unicode array to initialize an array with typecode '${code}'`);
    } else if (init instanceof PyArray && (init.code === code || (init.kind === Kind.Float && code === "d"))) {
      items = init.items.slice();
    } else items = itemsOf(interp, code, init);
  }
  const a = new PyArray(cls, code, items);
  return interp.heap.alloc(a, sizeFor(a.itemsize * items.length));
};

// ---------------------------------------------------------------- slots

arrayType.repr = (interp, self) => {
  const a = self as PyArray;
  const name = a.cls === arrayType ? "array" : a.cls.name;
  if (a.items.length === 0) return `${name}('${a.code}')`;
  if (a.code === "u") return `${name}('u', ${pyRepr(interp, newStr(interp, String.fromCodePoint(...a.items as number[])))})`;
  const parts = a.items.map((x) => pyRepr(interp, fromItem(interp, a, x)));
  return `${name}('${a.code}', [${parts.join(", ")}])`;
};
arrayType.hash = (interp) => raiseTypeError(interp, "unhashable type: 'array.array'");
arrayType.len = (_interp, self) => (self as PyArray).items.length;
arrayType.bool = (_interp, self) => (self as PyArray).items.length !== 0;

arrayType.getitem = (interp, self, key) => {
  const a = self as PyArray;
  const items = a.items;
  if (typeof key === "number" && key >= 0 && key < items.length) {
    return a.kind === Kind.Float ? newFloat(interp, items[key] as number) : fromItem(interp, a, items[key]);
  }
  if (key instanceof PySlice) {
    const r = sliceIndices(interp, key, items.length);
    const out: ArrayItem[] = new Array(r.count);
    for (let i = 0, j = r.start; i < r.count; i++, j += r.step) out[i] = items[j];
    return newArray(interp, a.code, out);
  }
  return fromItem(interp, a, items[seqIndex(interp, key, items.length, "array")]);
};

arrayType.setitem = (interp, self, key, value) => {
  const a = self as PyArray;
  const items = a.items;
  if (typeof key === "number" && key >= 0 && key < items.length) {
    items[key] = a.code === "d" && value instanceof PyFloat ? value.v : toItem(interp, a.code, value);
    return;
  }
  if (key instanceof PySlice) return assignSlice(interp, a, key, value);
  const i = seqIndex(interp, key, items.length, "array assignment");
  items[i] = toItem(interp, a.code, value);
};

function assignSlice(interp: Interpreter, a: PyArray, key: PySlice, value: PyValue): void {
  if (!(value instanceof PyArray)) return raiseTypeError(interp, `can only assign array (not "${typeOf(value).name}") to array slice`);
  if (value.code !== a.code) return raiseTypeError(interp, "bad argument type for built-in operation");
  const src = value.items.slice();
  const r = sliceIndices(interp, key, a.items.length);
  if (r.step === 1) {
    if (src.length !== r.count) {
      checkResizable(interp, a);
      reserveItems(interp, a.items.length - r.count + src.length, a.itemsize);
    }
    a.items.splice(r.start, Math.max(0, r.count), ...src);
    arrayResized(interp, a);
    return;
  }
  if (src.length !== r.count) raiseValueError(interp, `attempt to assign array of size ${src.length} to extended slice of size ${r.count}`);
  for (let i = 0, j = r.start; i < r.count; i++, j += r.step) a.items[j] = src[i];
}

arrayType.delitem = (interp, self, key) => {
  const a = self as PyArray;
  checkResizable(interp, a);
  if (key instanceof PySlice) {
    const r = sliceIndices(interp, key, a.items.length);
    if (r.count === 0) return;
    if (r.step === 1) a.items.splice(r.start, r.count);
    else {
      const drop = new Set<number>();
      for (let i = 0, j = r.start; i < r.count; i++, j += r.step) drop.add(j);
      a.items = a.items.filter((_, idx) => !drop.has(idx));
    }
  } else a.items.splice(seqIndex(interp, key, a.items.length, "array assignment"), 1);
  arrayResized(interp, a);
};

/** Index of the first item equal to v in [start, stop), or -1. */
export function arrayFind(interp: Interpreter, a: PyArray, v: PyValue, start = 0, stop = a.items.length): number {
  for (let i = start; i < Math.min(stop, a.items.length); i++) {
    if (isTruthy(interp, richCompare(interp, "eq", fromItem(interp, a, a.items[i]), v))) return i;
  }
  return -1;
}

arrayType.contains = (interp, self, item) => arrayFind(interp, self as PyArray, item) >= 0;

class ArrayIterator extends PyObject {
  static override get name(): string {
    return "ArrayIterator";
  }
  a: PyArray;
  index = 0;
  constructor(type: PyType, a: PyArray) {
    super(type);
    this.a = a;
  }
}
const arrayIteratorType = makeIteratorType(
  "arrayiterator",
  (interp, self) => {
    const it = self as ArrayIterator;
    return it.index < it.a.items.length ? fromItem(interp, it.a, it.a.items[it.index++]) : undefined;
  },
  (self, visit) => visit((self as ArrayIterator).a),
);
arrayType.iter = (interp, self) => interp.heap.alloc(new ArrayIterator(arrayIteratorType, self as PyArray), ITERATOR_SIZE);

arrayType.compare = (interp, op, self, other) => {
  if (!(other instanceof PyArray)) return NotImplemented;
  const a = self as PyArray;
  const x = a.items;
  const y = other.items;
  if ((op === "eq" || op === "ne") && x.length !== y.length) return op === "ne";
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] === y[i]) continue;
    const u = fromItem(interp, a, x[i]);
    const v = fromItem(interp, other, y[i]);
    if (isTruthy(interp, richCompare(interp, "eq", u, v))) continue;
    if (op === "eq") return false;
    if (op === "ne") return true;
    return richCompare(interp, op, u, v);
  }
  const c = x.length - y.length;
  switch (op) {
    case "lt": return c < 0;
    case "le": return c <= 0;
    case "eq": return c === 0;
    case "ne": return c !== 0;
    case "gt": return c > 0;
    default: return c >= 0;
  }
};

arrayType.binary = (interp, op, self, other, reflected) => {
  const a = self as PyArray;
  if (op === "add" && !reflected) {
    if (!(other instanceof PyArray)) return raiseTypeError(interp, `can only append array (not "${typeOf(other).name}") to array`);
    if (other.code !== a.code) return raiseTypeError(interp, "bad argument type for built-in operation");
    reserveItems(interp, a.items.length + other.items.length, a.itemsize);
    return newArray(interp, a.code, a.items.concat(other.items));
  }
  if (op === "mul" && isInt(other)) {
    const k = repeatCount(interp, other, a.items.length, a.itemsize);
    return newArray(interp, a.code, repeatItems(a.items, k));
  }
  return NotImplemented;
};

arrayType.inplace = (interp, op, self, other) => {
  const a = self as PyArray;
  if (op === "add") {
    if (!(other instanceof PyArray)) return raiseTypeError(interp, `can only extend array with array (not "${typeOf(other).name}")`);
    if (other.code !== a.code) return raiseTypeError(interp, "can only extend with array of same kind");
    checkResizable(interp, a);
    reserveItems(interp, a.items.length + other.items.length, a.itemsize);
    const src = other.items.slice();
    for (let i = 0; i < src.length; i++) a.items.push(src[i]);
    arrayResized(interp, a);
    return a;
  }
  if (op === "mul" && isInt(other)) {
    const k = repeatCount(interp, other, a.items.length, a.itemsize);
    if (k !== 1) checkResizable(interp, a);
    a.items = repeatItems(a.items, k);
    arrayResized(interp, a);
    return a;
  }
  return NotImplemented;
};

function repeatItems(src: ArrayItem[], k: number): ArrayItem[] {
  const n = src.length;
  // Allocated at the final length: no growth slack beyond the modelled itemsize.
  if (n === 1) return new Array<ArrayItem>(k).fill(src[0]);
  const out = new Array<ArrayItem>(n * k);
  for (let i = 0, at = 0; i < k; i++, at += n) for (let j = 0; j < n; j++) out[at + j] = src[j];
  return out;
}

/** The items as a Python list. */
export function arrayToList(interp: Interpreter, a: PyArray): PyValue {
  reserveItems(interp, a.items.length, 8);
  const out = new Array<PyValue>(a.items.length);
  for (let i = 0; i < out.length; i++) out[i] = fromItem(interp, a, a.items[i]);
  return newList(interp, out);
}

export { Kind as ArrayKind };
