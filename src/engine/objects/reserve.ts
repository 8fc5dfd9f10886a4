// Reservations made before building a large result, so that the modelled heap says
// no (MemoryError, traced as `memory-error`) before JavaScript spends the memory or
// throws one of its own RangeErrors ("Invalid string length", "Invalid array length").
//
// The rule every builder follows: compute the size of the result first (a width, a
// repeat count times an item size, a bit length), call one of these, and only then
// build. A reservation is not a charge (heap.ensure charges and releases), so the
// object is charged once, by `heap.alloc`, when it exists.
//
// JavaScript caps some sizes below any heap the model could allow (a string holds at
// most MAX_STR_UNITS code units): a result past such a cap is refused with the same
// MemoryError, as CPython refuses what its allocator cannot provide.

import type { Interpreter } from "../vm/interpreter.js";
import { sizeFor } from "../heap/heap.js";
import { raiseMemoryError, raiseOverflow } from "../vm/errors.js";

/** V8's longest string (String::kMaxLength on 64-bit targets), in UTF-16 code units. */
export const MAX_STR_UNITS = 2 ** 29 - 24;
/** Longest JS array we build for a Python sequence (its items are 8 bytes each in the model). */
export const MAX_ARRAY_ITEMS = 2 ** 31;
/** Below this many bytes a result is built without a reservation (the next alloc checks it). */
const SMALL = 4096;

/**
 * Make sure a result of `bytes` modelled bytes can exist, else refuse it: beyond the
 * heap's free room (through the heap: a collection, then the `memory-error` event and
 * MemoryError) or beyond what JavaScript can hold even when the heap would allow it.
 */
function reserve(interp: Interpreter, bytes: number, jsCapExceeded: boolean): void {
  const heap = interp.heap;
  const safe = Number.isFinite(bytes) ? Math.min(bytes, Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER;
  // What fits needs no `ensure`: that would count toward the gc threshold, and the
  // `alloc` of the result counts it anyway (a builder growing in steps reserves often).
  if (heap.used + safe > heap.limit) heap.ensure(safe);
  if (jsCapExceeded) raiseMemoryError(interp, `memory allocation failed, allocating ${safe} bytes`);
}

/** Before building a str of `units` UTF-16 code units. */
export function reserveStr(interp: Interpreter, units: number): void {
  if (units <= SMALL) return;
  reserve(interp, sizeFor(units), !(units <= MAX_STR_UNITS));
}

/** Before building a sequence of `items` items of `bytesPerItem` bytes each (list/tuple 8, bytes 1). */
export function reserveItems(interp: Interpreter, items: number, bytesPerItem: number): void {
  const payload = items * bytesPerItem;
  if (payload <= SMALL) return;
  reserve(interp, sizeFor(payload), !(items <= MAX_ARRAY_ITEMS));
}

/** Before building an int of `bits` bits (int payload: 4 bytes per 32-bit digit). */
export function reserveIntBits(interp: Interpreter, bits: number): void {
  const payload = Math.ceil(bits / 32) * 4;
  if (payload <= SMALL) return;
  // V8 refuses BigInts past 2**30 bits ("Maximum BigInt size exceeded").
  reserve(interp, sizeFor(payload), !(bits <= 2 ** 30));
}

/**
 * Before materializing a range (list(r), tuple(r), sorted(r), ...): its length is known,
 * so a huge one is refused before any item is made, and one past Py_ssize_t raises
 * CPython's OverflowError. (`length` is a number, or a bigint for a range of big ints.)
 */
export function reserveRange(interp: Interpreter, r: object): void {
  const length = (r as { length: number | bigint }).length;
  if (typeof length === "bigint" && length > 2n ** 63n - 1n) raiseOverflow(interp, "Python int too large to convert to C ssize_t");
  reserveItems(interp, Number(length), 8);
}
