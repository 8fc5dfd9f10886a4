// memoryview: a view of the bytes of a bytes, bytearray or array.array (or of another
// view's), sharing them: writes through a view of a bytearray are seen by the
// bytearray and by every other view. A view over bytes or a bytearray reads the
// exporter's byte array at each access (a bytearray may replace its JS array), at
// `start + i * stride`; a view over an array indexes the array's items directly.
// Casting a view over an array works on a copy of its bytes (the one difference from
// CPython, documented). Views lock their exporter's size (objects/buffer-exports.ts).
// One-dimensional views; `cast` accepts a shape of several dimensions for
// `tolist`/`shape`/`strides`, and indexing those raises CPython's NotImplementedError.

import { PyObject, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { None, NotImplemented, bytearrayType, objectType, typeType } from "./builtin-types.js";
import type { Interpreter } from "../vm/interpreter.js";
import { sizeFor } from "../heap/heap.js";
import { defineMethods } from "./function.js";
import { checkArgs, takeKwargs } from "./args.js";
import { isTruthy, pyId, typeOf } from "../vm/abstract.js";
import { raise, raiseIndexError, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { NotImplementedError } from "./exceptions.js";
import { PyBytes, newBytes } from "./bytes.js";
import { PyByteArray, newByteArray } from "./bytearray.js";
import { PyArray, arrayType, fromItem, itemsToBytes, toItem } from "./array.js";
import { PyInt, intFromBigInt, intFromNumber, isInt, toBig } from "./int.js";
import { PyFloat, newFloat } from "./float.js";
import { PyStr, internStr } from "./str.js";
import { PySlice, indexValue, sliceIndices } from "./slice.js";
import { PyList, newList } from "./list.js";
import { PyTuple, newTuple } from "./tuple.js";
import { reserveItems } from "./reserve.js";
import { Hash64, bytesHash64 } from "./hash64.js";
import { INT_SIGNED, NATIVE_SIZE, Scratch, halfBits, halfValue, readFloat, readInt, writeFloat, writeInt } from "./buffer-codec.js";
import { addExport, type BufferView } from "./buffer-exports.js";
import { hexOf } from "./bytes-hex.js";
import { ITERATOR_SIZE, makeIteratorType } from "./iterators.js";

const CAST_FORMATS = "BbcHhIiLlQqfde?nNP";

export class PyMemoryView extends PyObject implements BufferView {
  static override get name(): string {
    return "PyMemoryView";
  }
  released = false;
  born = 0;
  /** The exporter: bytes, bytearray or array (a view of a view shares its exporter). */
  base: PyBytes | PyArray;
  readonly: boolean;
  format: string;
  itemsize: number;
  /** Byte offset (over bytes) or item index (over an array) of element 0. */
  start: number;
  /** Distance between elements, in bytes (over bytes) or items (over an array). */
  stride: number;
  length: number;
  /** Dimensions of a multi-dimensional cast (null: one dimension of `length`). */
  dims: number[] | null = null;
  /** The format as given to cast() ('@H' stays '@H'); null: `format` itself. */
  formatName: string | null = null;
  h = -1;
  constructor(cls: PyType, base: PyBytes | PyArray, readonly: boolean, format: string, itemsize: number, start: number, stride: number, length: number) {
    super(cls);
    this.base = base;
    this.readonly = readonly;
    this.format = format;
    this.itemsize = itemsize;
    this.start = start;
    this.stride = stride;
    this.length = length;
  }
  get overArray(): boolean {
    return this.base instanceof PyArray;
  }
  /** hash() exactly (hash64.ts pureHash64): a hashable view hashes as its bytes. */
  exactHash64(out: Hash64): boolean {
    if (this.released || !this.readonly || !"Bbc".includes(this.format) || !(this.base instanceof PyBytes)) return false;
    const bytes: number[] = [];
    for (let i = 0, at = this.start; i < this.length; i++, at += this.stride) bytes.push((this.base as PyBytes).bytes[at]);
    bytesHash64(bytes, out);
    return true;
  }
  /** The bytes of the view, in order (what tobytes() returns). */
  exportBytes(interp: Interpreter): number[] {
    return viewBytes(interp, this);
  }
}

export const memoryviewType = new PyType(typeType, "memoryview", [objectType], true);
memoryviewType.mro = [memoryviewType, objectType];
memoryviewType.instancesHaveDict = false;
memoryviewType.subclassable = false;
// memoryview.__hash__ exists (readonly views are hashable), unlike bytearray's.

const VIEW_SIZE = sizeFor(64);

function makeView(interp: Interpreter, base: PyBytes | PyArray, readonly: boolean, format: string, itemsize: number, start: number, stride: number, length: number): PyMemoryView {
  const v = interp.heap.alloc(new PyMemoryView(memoryviewType, base, readonly, format, itemsize, start, stride, length), VIEW_SIZE);
  if (base instanceof PyByteArray || base instanceof PyArray) addExport(interp, base, v);
  return v;
}

function live(interp: Interpreter, v: PyValue): PyMemoryView {
  if (!(v instanceof PyMemoryView)) return raiseTypeError(interp, `descriptor for 'memoryview' objects doesn't apply to a '${typeOf(v).name}' object`);
  if (v.released) raiseValueError(interp, "operation forbidden on released memoryview object");
  return v;
}

/** memoryview(obj) */
export function memoryviewOf(interp: Interpreter, obj: PyValue): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    const v = live(interp, obj);
    const r = makeView(interp, v.base, v.readonly, v.format, v.itemsize, v.start, v.stride, v.length);
    r.dims = v.dims;
    r.formatName = v.formatName;
    return r;
  }
  if (obj instanceof PyArray) {
    const v = makeView(interp, obj, false, obj.code, obj.itemsize, 0, 1, obj.items.length);
    // An array of 'u' exports its wide characters as format 'w' (CPython 3.11).
    if (obj.code === "u") v.formatName = "w";
    return v;
  }
  if (obj instanceof PyBytes) return makeView(interp, obj, !(obj instanceof PyByteArray), "B", 1, 0, 1, obj.bytes.length);
  return raiseTypeError(interp, `memoryview: a bytes-like object is required, not '${typeOf(obj).name}'`);
}

memoryviewType.construct = (interp, _cls, args, kwargs) => {
  const kw = takeKwargs(interp, "memoryview", kwargs, ["object"]);
  if (args.length > 1) raiseTypeError(interp, `memoryview() takes at most 1 argument (${args.length} given)`);
  const obj = args.length > 0 ? args[0] : kw.get("object");
  if (obj === undefined) return raiseTypeError(interp, "memoryview() missing required argument 'object' (pos 1)");
  return memoryviewOf(interp, obj);
};

// ---------------------------------------------------------------- elements

function viewBytes(interp: Interpreter, v: PyMemoryView): number[] {
  if (v.base instanceof PyArray) {
    const a = v.base;
    const items = [];
    for (let i = 0, j = v.start; i < v.length; i++, j += v.stride) items.push(a.items[j]);
    return itemsToBytes(interp, a, items);
  }
  const src = v.base.bytes;
  const size = v.itemsize;
  reserveItems(interp, v.length * size, 1);
  const out = new Array<number>(v.length * size);
  for (let i = 0, at = v.start; i < v.length; i++, at += v.stride) for (let k = 0; k < size; k++) out[i * size + k] = src[at + k];
  return out;
}

function readElement(interp: Interpreter, v: PyMemoryView, i: number): PyValue {
  if (v.base instanceof PyArray) return fromItem(interp, v.base, v.base.items[v.start + i * v.stride]);
  const bytes = v.base.bytes;
  const at = v.start + i * v.stride;
  const f = v.format;
  if (f === "B") return bytes[at];
  if (f === "c") return newBytes(interp, [bytes[at]]);
  if (f === "?") return bytes[at] !== 0;
  if (f === "f" || f === "d") return newFloat(interp, readFloat(new Scratch(), bytes, at, v.itemsize, true));
  if (f === "e") return newFloat(interp, halfValue(readInt(bytes, at, 2, true, false) as number));
  const x = readInt(bytes, at, v.itemsize, true, INT_SIGNED.get(f)!);
  return typeof x === "bigint" ? intFromBigInt(interp, x) : intFromNumber(interp, x);
}

function writeElement(interp: Interpreter, v: PyMemoryView, i: number, value: PyValue): void {
  if (v.base instanceof PyArray) {
    v.base.items[v.start + i * v.stride] = toItem(interp, v.base.code, value);
    return;
  }
  const f = v.format;
  const invalidType = (): never => raiseTypeError(interp, `memoryview: invalid type for format '${f}'`);
  const invalidValue = (): never => raiseValueError(interp, `memoryview: invalid value for format '${f}'`);
  const out = v.base.bytes;
  const at = v.start + i * v.stride;
  if (f === "c") {
    if (!(value instanceof PyBytes)) invalidType();
    if ((value as PyBytes).bytes.length !== 1) invalidValue();
    out[at] = (value as PyBytes).bytes[0];
    return;
  }
  if (f === "?") {
    out[at] = isTruthy(interp, value) ? 1 : 0;
    return;
  }
  if (f === "f" || f === "d" || f === "e") {
    let x: number;
    if (value instanceof PyFloat) x = value.v;
    else if (isInt(value)) x = Number(toBig(value));
    else return invalidType();
    if (f === "e") {
      const s = new Scratch();
      const bits = halfBits(s, x);
      if (bits === null) invalidValue();
      writeInt(out, at, 2, true, bits as number);
    } else writeFloat(new Scratch(), out, at, v.itemsize, true, x);
    return;
  }
  if (!isInt(value)) invalidType();
  const n = toBig(value as number | boolean | PyInt);
  const bits = BigInt(v.itemsize * 8);
  const signed = INT_SIGNED.get(f)!;
  const lo = signed ? -(1n << (bits - 1n)) : 0n;
  const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (n < lo || n > hi) invalidValue();
  writeInt(out, at, v.itemsize, true, v.itemsize <= 4 ? Number(n) : n);
}

function elementIndex(interp: Interpreter, v: PyMemoryView, key: PyValue): number {
  if (v.dims !== null && v.dims.length > 1) raise(interp, NotImplementedError, "multi-dimensional sub-views are not implemented");
  let i = indexValue(interp, key, "memoryview: invalid slice key");
  if (i < 0) i += v.length;
  if (i < 0 || i >= v.length) raiseIndexError(interp, "index out of bounds on dimension 1");
  return i;
}

/** mv[i, j, ...]: one element of a (C-contiguous) view of as many dimensions. */
function tupleIndex(interp: Interpreter, v: PyMemoryView, key: PyTuple): number {
  const dims = v.dims ?? [v.length];
  if (key.items.length !== dims.length) {
    if (key.items.some((x) => x instanceof PySlice)) raise(interp, NotImplementedError, "multi-dimensional slicing is not implemented");
    raiseTypeError(interp, `cannot index ${dims.length}-dimension view with ${key.items.length}-element tuple`);
  }
  let flat = 0;
  for (let d = 0; d < dims.length; d++) {
    let i = indexValue(interp, key.items[d], "memoryview: invalid slice key");
    if (i < 0) i += dims[d];
    if (i < 0 || i >= dims[d]) raiseIndexError(interp, `index out of bounds on dimension ${d + 1}`);
    flat = flat * dims[d] + i;
  }
  return flat;
}

memoryviewType.len = (interp, self) => {
  const v = live(interp, self);
  return v.dims !== null ? v.dims[0] : v.length;
};
memoryviewType.getitem = (interp, self, key) => {
  const v = live(interp, self);
  if (key instanceof PySlice) {
    const r = sliceIndices(interp, key, v.length);
    return makeView(interp, v.base, v.readonly, v.format, v.itemsize, v.start + r.start * v.stride, v.stride * r.step, r.count);
  }
  if (key instanceof PyTuple) return readElement(interp, v, tupleIndex(interp, v, key));
  return readElement(interp, v, elementIndex(interp, v, key));
};
memoryviewType.setitem = (interp, self, key, value) => {
  const v = live(interp, self);
  if (v.readonly) raiseTypeError(interp, "cannot modify read-only memory");
  if (key instanceof PySlice) {
    const r = sliceIndices(interp, key, v.length);
    const src = memoryviewOf(interp, value);
    if (src.length !== r.count || src.format !== v.format || src.itemsize !== v.itemsize) {
      raiseValueError(interp, "memoryview assignment: lvalue and rvalue have different structures");
    }
    // Read everything first: the source may overlap the destination.
    const vals: PyValue[] = [];
    for (let i = 0; i < src.length; i++) vals.push(readElement(interp, src, i));
    src.released = true;
    const dst = makeView(interp, v.base, false, v.format, v.itemsize, v.start + r.start * v.stride, v.stride * r.step, r.count);
    for (let i = 0; i < vals.length; i++) writeElement(interp, dst, i, vals[i]);
    dst.released = true;
    return;
  }
  writeElement(interp, v, elementIndex(interp, v, key), value);
};
class MemoryViewIterator extends PyObject {
  static override get name(): string {
    return "MemoryViewIterator";
  }
  v: PyMemoryView;
  index = 0;
  constructor(type: PyType, v: PyMemoryView) {
    super(type);
    this.v = v;
  }
}
const memoryIteratorType = makeIteratorType(
  "memory_iterator",
  (interp, self) => {
    const it = self as MemoryViewIterator;
    const v = live(interp, it.v);
    return it.index < v.length ? readElement(interp, v, it.index++) : undefined;
  },
  (self, visit) => visit((self as MemoryViewIterator).v),
);
memoryviewType.iter = (interp, self) => {
  const v = live(interp, self);
  if (v.dims !== null && v.dims.length > 1) raise(interp, NotImplementedError, "multi-dimensional sub-views are not implemented");
  return interp.heap.alloc(new MemoryViewIterator(memoryIteratorType, v), ITERATOR_SIZE);
};
memoryviewType.repr = (interp, self) => {
  const v = self as PyMemoryView;
  return `<${v.released ? "released " : ""}memory at 0x${pyId(interp, v).toString(16).padStart(12, "0")}>`;
};
memoryviewType.hash = (interp, self) => {
  const v = live(interp, self);
  if (v.h !== -1) return v.h;
  if (!v.readonly) raiseValueError(interp, "cannot hash writable memoryview object");
  if (v.format !== "B" && v.format !== "b" && v.format !== "c") raiseValueError(interp, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  return (v.h = bytesHash64(viewBytes(interp, v), new Hash64()).number());
};

/** The elements as comparable JS values (numbers; bigints; 'c' as byte values). */
function elementValues(interp: Interpreter, v: PyMemoryView): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < v.length; i++) {
    const x = readElement(interp, v, i);
    out.push(x instanceof PyFloat ? x.v : x instanceof PyInt ? x.v : x instanceof PyBytes ? x.bytes[0] : typeof x === "boolean" ? (x ? 1 : 0) : x);
  }
  return out;
}

memoryviewType.compare = (interp, op, self, other) => {
  if (op !== "eq" && op !== "ne") return NotImplemented;
  const v = self as PyMemoryView;
  let equal: boolean;
  if (self === other) equal = true;
  else if (!(other instanceof PyMemoryView || other instanceof PyBytes || other instanceof PyArray)) return NotImplemented;
  else if (v.released || (other instanceof PyMemoryView && other.released)) equal = false;
  else {
    const w = other instanceof PyMemoryView ? other : memoryviewOf(interp, other);
    const a = elementValues(interp, v);
    const b = elementValues(interp, w);
    if (w !== other) w.released = true;
    // eslint-disable-next-line eqeqeq
    equal = a.length === b.length && a.every((x, i) => x == b[i]);
  }
  return op === "eq" ? equal : !equal;
};

// ---------------------------------------------------------------- methods and attributes

function nestedList(interp: Interpreter, v: PyMemoryView, dims: number[], level: number, at: { i: number }): PyValue {
  const items: PyValue[] = [];
  for (let k = 0; k < dims[level]; k++) items.push(level === dims.length - 1 ? readElement(interp, v, at.i++) : nestedList(interp, v, dims, level + 1, at));
  return newList(interp, items);
}

function castView(interp: Interpreter, v: PyMemoryView, fmtArg: PyValue, shapeArg: PyValue | undefined): PyMemoryView {
  if (!(fmtArg instanceof PyStr)) return raiseTypeError(interp, `cast() argument 'format' must be str, not ${typeOf(fmtArg).name}`);
  let f = fmtArg.v;
  if (f.length === 2 && f[0] === "@") f = f[1];
  if (f.length !== 1 || !CAST_FORMATS.includes(f)) raiseValueError(interp, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  const byteFormat = (x: string): boolean => x === "B" || x === "b" || x === "c";
  if (!byteFormat(f) && !byteFormat(v.format)) raiseTypeError(interp, "memoryview: cannot cast between two non-byte formats");
  if (v.stride !== (v.overArray ? 1 : v.itemsize) && v.length > 1) raiseTypeError(interp, "memoryview: casts are restricted to C-contiguous views");
  const size = NATIVE_SIZE.get(f)!;
  const nbytes = v.length * v.itemsize;
  let base: PyBytes | PyArray = v.base;
  let start = v.start;
  if (base instanceof PyArray) {
    // A copy of the array's bytes (deliberate difference: writes do not reach the array).
    base = newByteArray(interp, viewBytes(interp, v));
    start = 0;
  }
  let dims: number[] | null = null;
  if (shapeArg !== undefined && shapeArg !== None) {
    if (!(shapeArg instanceof PyList || shapeArg instanceof PyTuple)) return raiseTypeError(interp, "shape must be a list or a tuple");
    dims = shapeArg.items.map((x) => indexValue(interp, x, "memoryview.cast(): elements of shape must be integers"));
    if (dims.some((d) => d <= 0)) raiseValueError(interp, "memoryview.cast(): elements of shape must be integers > 0");
    if (dims.reduce((p, d) => p * d, 1) * size !== nbytes) raiseTypeError(interp, "memoryview: product(shape) * itemsize != buffer size");
  } else if (nbytes % size !== 0) raiseTypeError(interp, "memoryview: length is not a multiple of itemsize");
  const r = makeView(interp, base, v.readonly, f, size, start, size, nbytes / size);
  if (dims !== null && dims.length !== 1) r.dims = dims;
  if (fmtArg.v !== f) r.formatName = fmtArg.v;
  return r;
}

defineMethods(memoryviewType, {
  tobytes(interp, args, kw) {
    takeKwargs(interp, "tobytes", kw, ["order"]);
    return newBytes(interp, viewBytes(interp, live(interp, args[0])));
  },
  tolist(interp, args, kw) {
    checkArgs(interp, "tolist", args, 0, 0, kw);
    const v = live(interp, args[0]);
    if (v.dims !== null) return nestedList(interp, v, v.dims, 0, { i: 0 });
    reserveItems(interp, v.length, 8);
    const out: PyValue[] = [];
    for (let i = 0; i < v.length; i++) out.push(readElement(interp, v, i));
    return newList(interp, out);
  },
  hex(interp, args, kw) {
    const v = live(interp, args[0]);
    return hexOf(interp, viewBytes(interp, v), "hex", args.slice(1), kw);
  },
  release(interp, args, kw) {
    checkArgs(interp, "release", args, 0, 0, kw);
    if (!(args[0] instanceof PyMemoryView)) return raiseTypeError(interp, "descriptor 'release' requires a 'memoryview' object");
    args[0].released = true;
    return None;
  },
  __enter__(interp, args) {
    return live(interp, args[0]);
  },
  __exit__(interp, args) {
    if (args[0] instanceof PyMemoryView) args[0].released = true;
    void interp;
    return None;
  },
  cast(interp, args, kw) {
    const k = takeKwargs(interp, "cast", kw, ["format", "shape"]);
    const v = live(interp, args[0]);
    const f = args.length > 1 ? args[1] : k.get("format");
    if (f === undefined) return raiseTypeError(interp, "cast() missing required argument 'format' (pos 1)");
    return castView(interp, v, f, args.length > 2 ? args[2] : k.get("shape"));
  },
  toreadonly(interp, args, kw) {
    checkArgs(interp, "toreadonly", args, 0, 0, kw);
    const v = live(interp, args[0]);
    const r = makeView(interp, v.base, true, v.format, v.itemsize, v.start, v.stride, v.length);
    r.dims = v.dims;
    return r;
  },
  __len__(interp, args) {
    return memoryviewType.len!(interp, args[0]);
  },
  __getitem__(interp, args) {
    return memoryviewType.getitem!(interp, args[0], args[1]);
  },
  __setitem__(interp, args) {
    memoryviewType.setitem!(interp, args[0], args[1], args[2]);
    return None;
  },
});

memoryviewType.getattr = (interp, self, name) => {
  switch (name) {
    case "format": case "itemsize": case "nbytes": case "readonly": case "ndim": case "shape": case "strides": case "obj":
    case "c_contiguous": case "f_contiguous": case "contiguous": case "suboffsets":
      break;
    default:
      return undefined;
  }
  const v = live(interp, self);
  const dims = v.dims ?? [v.length];
  const stepBytes = v.overArray ? v.stride * v.itemsize : v.stride;
  const contiguous = v.length <= 1 || stepBytes === v.itemsize;
  switch (name) {
    case "format": return internStr(v.formatName ?? v.format);
    case "itemsize": return v.itemsize;
    case "nbytes": return v.length * v.itemsize;
    case "readonly": return v.readonly;
    case "ndim": return dims.length;
    case "shape": return newTuple(interp, dims);
    case "strides": {
      const strides: number[] = [];
      let s = v.dims === null ? stepBytes : v.itemsize;
      for (let k = dims.length - 1; k >= 0; k--) {
        strides.unshift(s);
        s *= dims[k];
      }
      return newTuple(interp, strides);
    }
    case "obj": return v.base;
    case "suboffsets": return newTuple(interp, []);
    case "f_contiguous": return contiguous && dims.length <= 1;
    default: return contiguous;
  }
};

void arrayType; void bytearrayType;
