// range objects whose bounds are beyond safe JS integers (range(10**20, 10**20 + 5),
// range(2**61 - 20, 2**61)): the same type as range, kept in bigints, with a slower
// iterator ("longrange_iterator", as CPython names it). range.ts dispatches here when a
// slot receives a PyBigRange; ordinary ranges never pay for this.
// Deviation: len() and indexing need a length below 2**53 (CPython: 2**63).

import { PyObject, type PyValue } from "./object.js";
import { rangeType } from "./builtin-types.js";
import type { Interpreter } from "../vm/interpreter.js";
import { sizeFor } from "../heap/heap.js";
import { raiseIndexError, raiseOverflow, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { pyEq, pyRepr, typeName, typeOf } from "../vm/abstract.js";
import { PyInt, intFromBigInt, isInt, toBig } from "./int.js";
import { PySlice, indexValue, sliceIndices } from "./slice.js";
import { ITERATOR_SIZE, makeIteratorType } from "./iterators.js";

export class PyBigRange extends PyObject {
  static override get name(): string {
    return "PyBigRange";
  }
  start: bigint;
  stop: bigint;
  step: bigint;
  length: bigint;
  constructor(start: bigint, stop: bigint, step: bigint) {
    super(rangeType);
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = bigRangeLength(start, stop, step);
  }
}

function bigRangeLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

export function newBigRange(interp: Interpreter, start: bigint, stop: bigint, step: bigint): PyBigRange {
  return interp.heap.alloc(new PyBigRange(start, stop, step), sizeFor(48));
}

class BigRangeIterator extends PyObject {
  static override get name(): string {
    return "BigRangeIterator";
  }
  next: bigint;
  step: bigint;
  remaining: bigint;
  constructor(start: bigint, step: bigint, count: bigint) {
    super(bigRangeIteratorType);
    this.next = start;
    this.step = step;
    this.remaining = count;
  }
}

const bigRangeIteratorType = makeIteratorType("longrange_iterator", (interp, self) => {
  const it = self as BigRangeIterator;
  if (it.remaining <= 0n) return undefined;
  it.remaining--;
  const v = it.next;
  it.next = v + it.step;
  return intFromBigInt(interp, v);
});

const MAX_LEN = BigInt(Number.MAX_SAFE_INTEGER);

export function bigRangeLen(interp: Interpreter, r: PyBigRange): number {
  if (r.length > MAX_LEN) return raiseOverflow(interp, "Python int too large to convert to C ssize_t");
  return Number(r.length);
}

export function bigRangeRepr(r: PyBigRange): string {
  return r.step === 1n ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
}

export function bigRangeIter(interp: Interpreter, r: PyBigRange, reversed: boolean): PyValue {
  const it = reversed
    ? new BigRangeIterator(r.start + (r.length - 1n) * r.step, -r.step, r.length)
    : new BigRangeIterator(r.start, r.step, r.length);
  return interp.heap.alloc(it, ITERATOR_SIZE);
}

function containsBig(r: PyBigRange, n: bigint): boolean {
  if (r.step > 0n ? n < r.start || n >= r.stop : n > r.start || n <= r.stop) return false;
  return (n - r.start) % r.step === 0n;
}

export function bigRangeContains(interp: Interpreter, r: PyBigRange, item: PyValue): boolean {
  if (typeof item === "number" || typeof item === "boolean" || (item instanceof PyInt && item.cls.name === "int")) {
    return containsBig(r, toBig(item as number | boolean | PyInt));
  }
  if (r.length > MAX_LEN) return false;
  for (let i = 0n; i < r.length; i++) if (pyEq(interp, intFromBigInt(interp, r.start + i * r.step), item)) return true;
  return false;
}

export function bigRangeGetItem(interp: Interpreter, r: PyBigRange, key: PyValue): PyValue {
  if (key instanceof PySlice) {
    const s = sliceIndices(interp, key, bigRangeLen(interp, r));
    const start = r.start + BigInt(s.start) * r.step;
    return newBigRange(interp, start, r.start + BigInt(s.stop) * r.step, BigInt(s.step) * r.step);
  }
  if (!isInt(key) && typeOf(key).lookup("__index__") === null) raiseTypeError(interp, `range indices must be integers or slices, not ${typeName(key)}`);
  let i = isInt(key) ? toBig(key) : BigInt(indexValue(interp, key));
  if (i < 0n) i += r.length;
  if (i < 0n || i >= r.length) raiseIndexError(interp, "range object index out of range");
  return intFromBigInt(interp, r.start + i * r.step);
}

/** (start, step, length) of either kind of range, for comparisons between them. */
export function bigRangeEquals(a: PyBigRange, start: bigint, step: bigint, length: bigint): boolean {
  return a.length === length && (length === 0n || (a.start === start && (length === 1n || a.step === step)));
}

export function bigRangeHash(r: PyBigRange): number {
  return Number(BigInt.asIntN(32, r.length * 31n ^ (r.length === 0n ? 0n : r.start * 17n) ^ (r.length > 1n ? r.step : 0n)));
}

export function bigRangeAttr(interp: Interpreter, r: PyBigRange, name: string): PyValue | undefined {
  if (name === "start") return intFromBigInt(interp, r.start);
  if (name === "stop") return intFromBigInt(interp, r.stop);
  if (name === "step") return intFromBigInt(interp, r.step);
  return undefined;
}

export function bigRangeIndex(interp: Interpreter, r: PyBigRange, v: PyValue): PyValue {
  if (isInt(v)) {
    const n = toBig(v);
    if (containsBig(r, n)) return intFromBigInt(interp, (n - r.start) / r.step);
  }
  return raiseValueError(interp, `${pyRepr(interp, v)} is not in range`);
}
