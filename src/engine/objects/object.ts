// The value representation and the object header every Python object shares.
//
// A Python value (`PyValue`) is one of:
//   - a JS `number`  : an int with |n| < 2**30 (a *small int*: not a heap object,
//                      and the fast path of all integer arithmetic). Always an integer.
//   - a JS `boolean` : True / False.
//   - a `PyObject`   : everything else, including None, floats (PyFloat), ints outside
//                      the small range (PyInt, always holding a bigint), and str (PyStr).
// Invariant: an int value in the small range is ALWAYS a JS number, never a PyInt, so
// `is`/`==` on small ints are JS `===`. Helpers in int.ts (`intFromBigInt`) normalize.
//
// Every PyObject carries the header the collector and `id()` need:
//   cls   its Python type (for instances of subclasses of builtins, the subclass)
//   id    allocation number (== id(obj) and the trace's object id); 0 until allocated
//   size  bytes charged to the heap (0: not a heap object, e.g. interned literals)
//   mark  the collector's epoch stamp (see heap/collector.ts)
// Heap objects are created with `interp.heap.alloc(obj)` (heap/heap.ts), which assigns
// id and charges `size`; objects that are not heap objects are never passed to alloc.

import type { PyType } from "./type.js";

export type PyValue = number | boolean | PyObject;

/** Largest magnitude (exclusive) of a small int: |n| < SMALL_INT_LIMIT. */
export const SMALL_INT_LIMIT = 2 ** 30;

export abstract class PyObject {
  static get name(): string {
    return "PyObject";
  }
  // Plain assignments in the constructor, not field initializers: an initializer in a
  // base class shared by every object kind becomes a megamorphic *define* in V8, which
  // was measured to cost ~200 ns per object; assignments stay on the fast path.
  declare cls: PyType;
  declare id: number;
  declare size: number;
  declare mark: number;
  constructor(cls: PyType) {
    this.cls = cls;
    this.id = 0;
    this.size = 0;
    this.mark = 0;
  }
}

/**
 * An object whose attributes live in a per-object dict (instances of user classes,
 * and instances of user subclasses of builtins use `dict` too). Attribute names are
 * always str, so a JS Map keyed by the name is exact and fast.
 */
export interface HasDict {
  dict: Map<string, PyValue> | null;
}

/** Python objects with no payload beyond their type: None, Ellipsis, NotImplemented, plain `object()`. */
export class PyPlain extends PyObject {}

export function isSmallInt(v: number): boolean {
  return v < SMALL_INT_LIMIT && v > -SMALL_INT_LIMIT;
}
