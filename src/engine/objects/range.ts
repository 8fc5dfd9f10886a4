// range: lazy (start, stop, step), O(1) len / index / `in` for ints, fast iteration.
// Bounds beyond safe JS integers make a PyBigRange (range-big.ts), which every slot here
// hands over to.

import { PyObject, type PyValue } from "./object.js";
import { NotImplemented, rangeType } from "./builtin-types.js";
import type { Interpreter } from "../vm/interpreter.js";
import { sizeFor } from "../heap/heap.js";
import { defineMethods } from "./function.js";
import { raiseIndexError, raiseOverflow, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { pyEq, pyRepr, typeName, typeOf } from "../vm/abstract.js";
import { PyInt, intFromNumber, isInt, toBig, toSafeNumber } from "./int.js";
import { PySlice, indexValue, sliceIndices } from "./slice.js";
import { ITERATOR_SIZE, RangeIterator } from "./iterators.js";
import { PyFloat } from "./float.js";
import {
  PyBigRange, bigRangeAttr, bigRangeContains, bigRangeEquals, bigRangeGetItem, bigRangeHash, bigRangeIndex, bigRangeIter,
  bigRangeLen, bigRangeRepr, newBigRange,
} from "./range-big.js";

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

function bound(interp: Interpreter, v: PyValue): number | bigint {
  if (typeof v === "number") return v;
  if (!isInt(v)) {
    if (v instanceof PyFloat || typeOf(v).lookup("__index__") === null) raiseTypeError(interp, `'${typeName(v)}' object cannot be interpreted as an integer`);
    return indexValue(interp, v);
  }
  const n = toSafeNumber(v);
  return n === null ? toBig(v) : n;
}

function makeRange(interp: Interpreter, start: number | bigint, stop: number | bigint, step: number | bigint): PyRange | PyBigRange {
  if (typeof start === "number" && typeof stop === "number" && typeof step === "number") {
    // Every element stays a safe integer (the last one is within the bounds).
    return newRange(interp, start, stop, step);
  }
  return newBigRange(interp, BigInt(start), BigInt(stop), BigInt(step));
}

rangeType.construct = (interp, _cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, "range() takes no keyword arguments");
  if (args.length === 0) raiseTypeError(interp, "range expected at least 1 argument, got 0");
  if (args.length > 3) raiseTypeError(interp, `range expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return makeRange(interp, 0, bound(interp, args[0]), 1);
  const start = bound(interp, args[0]);
  const stop = bound(interp, args[1]);
  const step = args.length === 3 ? bound(interp, args[2]) : 1;
  if (step === 0) raiseValueError(interp, "range() arg 3 must not be zero");
  return makeRange(interp, start, stop, step);
};
rangeType.repr = (_interp, self) => {
  if (self instanceof PyBigRange) return bigRangeRepr(self);
  const r = self as PyRange;
  return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
};
rangeType.len = (interp, self) => (self instanceof PyBigRange ? bigRangeLen(interp, self) : (self as PyRange).length);
rangeType.bool = (_interp, self) => (self instanceof PyBigRange ? self.length !== 0n : (self as PyRange).length !== 0);
rangeType.iter = (interp, self) => {
  if (self instanceof PyBigRange) return bigRangeIter(interp, self, false);
  const r = self as PyRange;
  return interp.heap.alloc(new RangeIterator(r.start, r.step, r.length), ITERATOR_SIZE);
};
rangeType.hash = (interp, self) => {
  if (self instanceof PyBigRange) return bigRangeHash(self);
  const r = self as PyRange;
  return (Math.imul(r.length, 31) ^ (r.length === 0 ? 0 : Math.imul(r.start, 17)) ^ (r.length > 1 ? r.step : 0)) | 0;
};
function rangeContainsInt(r: PyRange, n: number): boolean {
  if (r.step > 0 ? n < r.start || n >= r.stop : n > r.start || n <= r.stop) return false;
  return (n - r.start) % r.step === 0;
}
rangeType.contains = (interp, self, item) => {
  if (self instanceof PyBigRange) return bigRangeContains(interp, self, item);
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
  if (self instanceof PyBigRange) return bigRangeGetItem(interp, self, key);
  const r = self as PyRange;
  if (key instanceof PySlice) {
    const s = sliceIndices(interp, key, r.length);
    // CPython keeps the slice's own clipped stop (range(4)[1::2] is range(1, 4, 2)).
    return newRange(interp, r.start + s.start * r.step, r.start + s.stop * r.step, s.step * r.step);
  }
  if (!isInt(key) && typeOf(key).lookup("__index__") === null) raiseTypeError(interp, `range indices must be integers or slices, not ${typeName(key)}`);
  let i = indexValue(interp, key);
  if (i < 0) i += r.length;
  if (i < 0 || i >= r.length) raiseIndexError(interp, "range object index out of range");
  return intFromNumber(interp, r.start + i * r.step);
};
rangeType.compare = (_interp, op, self, other) => {
  if (!(other instanceof PyRange || other instanceof PyBigRange) || (op !== "eq" && op !== "ne")) return NotImplemented;
  let eq: boolean;
  if (self instanceof PyBigRange || other instanceof PyBigRange) {
    const [big, o] = self instanceof PyBigRange ? [self, other] : [other as PyBigRange, self as PyRange | PyBigRange];
    eq = bigRangeEquals(big, BigInt(o.start), BigInt(o.step), BigInt(o.length));
  } else {
    const a = self as PyRange;
    eq = a.length === other.length && (a.length === 0 || (a.start === other.start && (a.length === 1 || a.step === other.step)));
  }
  return op === "eq" ? eq : !eq;
};
rangeType.getattr = (interp, self, name) => {
  if (self instanceof PyBigRange) return bigRangeAttr(interp, self, name);
  const r = self as PyRange;
  if (name === "start") return r.start;
  if (name === "stop") return r.stop;
  if (name === "step") return r.step;
  return undefined;
};

defineMethods(rangeType, {
  index(interp, args) {
    if (args[0] instanceof PyBigRange) return bigRangeIndex(interp, args[0], args[1]);
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
    if (args[0] instanceof PyBigRange) return bigRangeIter(interp, args[0], true);
    const r = args[0] as PyRange;
    return interp.heap.alloc(new RangeIterator(r.start + (r.length - 1) * r.step, -r.step, r.length), ITERATOR_SIZE);
  },
});
