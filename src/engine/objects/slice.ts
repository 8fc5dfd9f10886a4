// slice objects and the index arithmetic every sequence shares: turning an index or
// a slice into positions (CPython's PySlice_GetIndicesEx / adjust_indices), with
// CPython's error messages.

import { PyObject, type PyValue } from "./object.js";
import { None, sliceType } from "./builtin-types.js";
import type { Interpreter } from "../vm/interpreter.js";
import { PyInt } from "./int.js";
import { raiseIndexError, raiseOverflow, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { typeName, typeOf, callValue, pyRepr, compareBool } from "../vm/abstract.js";
import { sizeFor } from "../heap/heap.js";
import { defineMethods } from "./function.js";

export class PySlice extends PyObject {
  static override get name(): string {
    return "PySlice";
  }
  start: PyValue;
  stop: PyValue;
  step: PyValue;
  constructor(start: PyValue, stop: PyValue, step: PyValue) {
    super(sliceType);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}

export function newSlice(interp: Interpreter, start: PyValue, stop: PyValue, step: PyValue): PySlice {
  return interp.heap.alloc(new PySlice(start, stop, step), sizeFor(24));
}

/**
 * An index-like value as a JS number (`__index__`); huge values clamp to +-Infinity-ish
 * safe extremes so callers' range checks still fail correctly.
 */
export function indexValue(interp: Interpreter, v: PyValue, what = "slice indices must be integers or None or have an __index__ method"): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyInt) {
    const b = v.v;
    if (b > BigInt(Number.MAX_SAFE_INTEGER)) return Number.MAX_SAFE_INTEGER;
    if (b < -BigInt(Number.MAX_SAFE_INTEGER)) return -Number.MAX_SAFE_INTEGER;
    return Number(b);
  }
  const m = typeOf(v).lookup("__index__");
  if (m !== null) {
    const r = callValue(interp, m, [v]);
    if (typeof r === "number" || typeof r === "boolean" || r instanceof PyInt) return indexValue(interp, r, what);
    raiseTypeError(interp, `__index__ returned non-int (type ${typeOf(r).name})`);
  }
  return raiseTypeError(interp, what);
}

const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * A size argument (a width, a repeat count, a length) as CPython's Py_ssize_t: an
 * index-like value beyond +-(2**63 - 1) raises OverflowError with `overflow` (CPython
 * words it differently per caller). In range, the result may exceed 2**53 (rounded):
 * callers reserve it from the heap, which refuses anything that large.
 */
export function ssizeValue(interp: Interpreter, v: PyValue, what: string, overflow: string): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (!(v instanceof PyInt)) {
    const m = typeOf(v).lookup("__index__");
    if (m === null) return raiseTypeError(interp, what);
    v = callValue(interp, m, [v]);
    if (!(typeof v === "number" || typeof v === "boolean" || v instanceof PyInt)) raiseTypeError(interp, `__index__ returned non-int (type ${typeOf(v).name})`);
    return ssizeValue(interp, v, what, overflow);
  }
  const b = v.v;
  if (b > SSIZE_MAX || b < -SSIZE_MAX - 1n) raiseOverflow(interp, overflow);
  return Number(b);
}

/** Does v support __index__ (int, bool, or a user class with __index__)? */
export function hasIndex(v: PyValue): boolean {
  return typeof v === "number" || typeof v === "boolean" || v instanceof PyInt || (typeof v === "object" && v.cls.lookup("__index__") !== null && !v.cls.frozen);
}

/** Normalize a sequence index (negative from the end); raises IndexError "<what> index out of range". */
export function seqIndex(interp: Interpreter, key: PyValue, len: number, what: string): number {
  let i: number;
  if (typeof key === "number") i = key;
  else {
    if (key instanceof PyInt) {
      const b = key.v;
      if (b > BigInt(Number.MAX_SAFE_INTEGER) || b < -BigInt(Number.MAX_SAFE_INTEGER))
        raiseIndexError(interp, `cannot fit 'int' into an index-sized integer`);
    }
    i = indexValue(interp, key, `${what} indices must be integers or slices, not ${typeName(key)}`);
  }
  if (i < 0) i += len;
  if (i < 0 || i >= len) raiseIndexError(interp, `${what} index out of range`);
  return i;
}

export interface SliceRange {
  start: number;
  stop: number;
  step: number;
  count: number;
}

/** The concrete positions a slice selects from a sequence of `len` items. */
export function sliceIndices(interp: Interpreter, s: PySlice, len: number): SliceRange {
  let step = 1;
  if (s.step !== None) {
    step = indexValue(interp, s.step);
    if (step === 0) raiseValueError(interp, "slice step cannot be zero");
  }
  let start: number;
  let stop: number;
  if (s.start === None) start = step < 0 ? len - 1 : 0;
  else {
    start = indexValue(interp, s.start);
    if (start < 0) {
      start += len;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= len) start = step < 0 ? len - 1 : len;
  }
  if (s.stop === None) stop = step < 0 ? -1 : len;
  else {
    stop = indexValue(interp, s.stop);
    if (stop < 0) {
      stop += len;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= len) stop = step < 0 ? len - 1 : len;
  }
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  return { start, stop, step, count };
}

/** items[slice] for a JS array. */
export function sliceArray<T>(items: T[], r: SliceRange): T[] {
  if (r.step === 1) return items.slice(r.start, r.start + r.count);
  const out = new Array<T>(r.count);
  for (let i = 0, j = r.start; i < r.count; i++, j += r.step) out[i] = items[j];
  return out;
}

// ---------------------------------------------------------------- the slice type

sliceType.construct = (interp, _cls, args) => {
  if (args.length === 0) raiseTypeError(interp, "slice expected at least 1 argument, got 0");
  if (args.length > 3) raiseTypeError(interp, `slice expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return newSlice(interp, None, args[0], None);
  return newSlice(interp, args[0], args[1], args.length === 3 ? args[2] : None);
};
sliceType.repr = (interp, self) => {
  const s = self as PySlice;
  return `slice(${pyRepr(interp, s.start)}, ${pyRepr(interp, s.stop)}, ${pyRepr(interp, s.step)})`;
};
sliceType.getattr = (_interp, self, name) => {
  const s = self as PySlice;
  if (name === "start") return s.start;
  if (name === "stop") return s.stop;
  if (name === "step") return s.step;
  return undefined;
};
sliceType.compare = (interp, op, self, other) => {
  if (!(other instanceof PySlice)) return op === "eq" ? false : op === "ne" ? true : NotImplementedValue();
  const a = self as PySlice;
  const eq = compareBool(interp, "eq", a.start, other.start) && compareBool(interp, "eq", a.stop, other.stop) && compareBool(interp, "eq", a.step, other.step);
  if (op === "eq") return eq;
  if (op === "ne") return !eq;
  return NotImplementedValue();
};
sliceType.traverse = (self, visit) => {
  const s = self as PySlice;
  visit(s.start);
  visit(s.stop);
  visit(s.step);
};
defineMethods(sliceType, {
  indices(interp, args) {
    const s = args[0] as PySlice;
    const len = indexValue(interp, args[1]);
    if (len < 0) raiseValueError(interp, "length should not be negative");
    const r = sliceIndices(interp, s, len);
    return makeTuple(interp, [r.start, r.stop, r.step]);
  },
});

import { NotImplemented } from "./builtin-types.js";
import { newTuple } from "./tuple.js";
function NotImplementedValue(): PyValue {
  return NotImplemented;
}
function makeTuple(interp: Interpreter, items: PyValue[]): PyValue {
  return newTuple(interp, items);
}
