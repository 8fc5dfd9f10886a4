// range: lazy (start, stop, step), O(1) len / index / `in` for ints, fast iteration.
// Deviation: bounds must be safe JS integers (|n| < 2**53); larger raise OverflowError.

import { PyObject, type PyValue } from "./object.js";
import { NotImplemented, rangeType } from "./builtin-types.js";
import type { Interpreter } from "../vm/interpreter.js";
import { sizeFor } from "../heap/heap.js";
import { defineMethods } from "./function.js";
import { raiseIndexError, raiseOverflow, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { pyEq, pyRepr, typeOf } from "../vm/abstract.js";
import { PyInt, intFromNumber, isInt, toSafeNumber } from "./int.js";
import { PySlice, indexValue, sliceIndices } from "./slice.js";
import { ITERATOR_SIZE, RangeIterator } from "./iterators.js";
import { PyFloat } from "./float.js";

export class PyRange extends PyObject {
  static override get name(): string {
    return "PyRange";
  }
  start: number;
  stop: number;
  step: number;
  length: number;
  constructor(start: number, stop: number, step: number) {
    super(rangeType);
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = rangeLength(start, stop, step);
  }
}

export function rangeLength(start: number, stop: number, step: number): number {
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

export function newRange(interp: Interpreter, start: number, stop: number, step: number): PyRange {
  return interp.heap.alloc(new PyRange(start, stop, step), sizeFor(24));
}

function bound(interp: Interpreter, v: PyValue): number {
  if (typeof v === "number") return v;
  if (!isInt(v)) {
    if (v instanceof PyFloat || typeOf(v).lookup("__index__") === null) raiseTypeError(interp, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
    return indexValue(interp, v);
  }
  const n = toSafeNumber(v);
  if (n === null) return raiseOverflow(interp, "Python int too large to convert to C ssize_t");
  return n;
}

rangeType.construct = (interp, _cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, "range() takes no keyword arguments");
  if (args.length === 0) raiseTypeError(interp, "range expected at least 1 argument, got 0");
  if (args.length > 3) raiseTypeError(interp, `range expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return newRange(interp, 0, bound(interp, args[0]), 1);
  const step = args.length === 3 ? bound(interp, args[2]) : 1;
  if (step === 0) raiseValueError(interp, "range() arg 3 must not be zero");
  return newRange(interp, bound(interp, args[0]), bound(interp, args[1]), step);
};
rangeType.repr = (_interp, self) => {
  const r = self as PyRange;
  return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
};
rangeType.len = (_interp, self) => (self as PyRange).length;
rangeType.bool = (_interp, self) => (self as PyRange).length !== 0;
rangeType.iter = (interp, self) => {
  const r = self as PyRange;
  return interp.heap.alloc(new RangeIterator(r.start, r.step, r.length), ITERATOR_SIZE);
};
rangeType.hash = (interp, self) => {
  const r = self as PyRange;
  return (Math.imul(r.length, 31) ^ (r.length === 0 ? 0 : Math.imul(r.start, 17)) ^ (r.length > 1 ? r.step : 0)) | 0;
};
function rangeContainsInt(r: PyRange, n: number): boolean {
  if (r.step > 0 ? n < r.start || n >= r.stop : n > r.start || n <= r.stop) return false;
  return (n - r.start) % r.step === 0;
}
rangeType.contains = (interp, self, item) => {
  const r = self as PyRange;
  if (typeof item === "number" || typeof item === "boolean") return rangeContainsInt(r, +item);
  if (item instanceof PyInt && item.cls.name === "int") {
    const n = toSafeNumber(item);
    return n !== null && rangeContainsInt(r, n);
  }
  for (let i = 0; i < r.length; i++) if (pyEq(interp, r.start + i * r.step, item)) return true;
  return false;
};
rangeType.getitem = (interp, self, key) => {
  const r = self as PyRange;
  if (key instanceof PySlice) {
    const s = sliceIndices(interp, key, r.length);
    return newRange(interp, r.start + s.start * r.step, r.start + (s.start + s.count * s.step) * r.step, s.step * r.step);
  }
  if (!isInt(key) && typeOf(key).lookup("__index__") === null) raiseTypeError(interp, `range indices must be integers or slices, not ${typeOf(key).name}`);
  let i = indexValue(interp, key);
  if (i < 0) i += r.length;
  if (i < 0 || i >= r.length) raiseIndexError(interp, "range object index out of range");
  return intFromNumber(interp, r.start + i * r.step);
};
rangeType.compare = (_interp, op, self, other) => {
  if (!(other instanceof PyRange) || (op !== "eq" && op !== "ne")) return NotImplemented;
  const a = self as PyRange;
  const eq = a.length === other.length && (a.length === 0 || (a.start === other.start && (a.length === 1 || a.step === other.step)));
  return op === "eq" ? eq : !eq;
};
rangeType.getattr = (_interp, self, name) => {
  const r = self as PyRange;
  if (name === "start") return r.start;
  if (name === "stop") return r.stop;
  if (name === "step") return r.step;
  return undefined;
};

defineMethods(rangeType, {
  index(interp, args) {
    const r = args[0] as PyRange;
    const v = args[1];
    if (isInt(v)) {
      const n = toSafeNumber(v);
      if (n !== null && rangeContainsInt(r, n)) return (n - r.start) / r.step;
    }
    return raiseValueError(interp, `${pyRepr(interp, v)} is not in range`);
  },
  count(interp, args) {
    const r = args[0] as PyRange;
    return rangeType.contains!(interp, r, args[1]) ? 1 : 0;
  },
  __reversed__(interp, args) {
    const r = args[0] as PyRange;
    return interp.heap.alloc(new RangeIterator(r.start + (r.length - 1) * r.step, -r.step, r.length), ITERATOR_SIZE);
  },
});
