// Helpers shared by list and tuple (and other sequences): lexicographic comparison,
// repr with the recursion guard, count/index, and repetition sizing.

import type { PyObject, PyValue } from "./object.js";
import type { CompareOpName } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { pyEq, pyRepr, richCompare, typeOf } from "../vm/abstract.js";
import { raiseTypeError, raiseValueError } from "../vm/errors.js";
import { reserveItems } from "./reserve.js";
import { NotImplemented, listType, tupleType } from "./builtin-types.js";
import { indexValue, ssizeValue } from "./slice.js";

/**
 * The items of a list or tuple that iterates as itself: the exact type, or a subclass
 * that keeps the builtin __iter__. The fast paths of list(), extend and unpacking use
 * them; null means "go through iter()" (a subclass may override it, as CPython honours).
 */
export function plainSeqItems(v: PyValue): PyValue[] | null {
  if (typeof v !== "object") return null;
  const cls = v.cls;
  if (cls === listType || cls === tupleType) return (v as unknown as { items: PyValue[] }).items;
  const base = cls.isSubtypeOf(tupleType) ? tupleType : cls.isSubtypeOf(listType) ? listType : null;
  if (base === null || cls.lookup("__iter__") !== base.lookup("__iter__")) return null;
  return (v as unknown as { items: PyValue[] }).items;
}

/** Lexicographic rich comparison of two item arrays (list/tuple semantics). */
export function seqCompare(interp: Interpreter, op: CompareOpName, a: PyValue[], b: PyValue[]): PyValue {
  const la = a.length;
  const lb = b.length;
  if ((op === "eq" || op === "ne") && la !== lb) return op === "ne";
  const n = la < lb ? la : lb;
  let i = 0;
  for (; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") break;
    if (!pyEq(interp, x, y)) break;
  }
  if (i >= n) {
    switch (op) {
      case "lt": return la < lb;
      case "le": return la <= lb;
      case "eq": return la === lb;
      case "ne": return la !== lb;
      case "gt": return la > lb;
      case "ge": return la >= lb;
    }
  }
  if (op === "eq") return false;
  if (op === "ne") return true;
  return richCompare(interp, op, a[i], b[i]);
}

/** repr of a container with the `...` guard against self-reference. */
export function guardedRepr(interp: Interpreter, self: PyObject, placeholder: string, build: () => string): string {
  const active = interp.reprActive;
  if (active.includes(self)) return placeholder;
  active.push(self);
  try {
    return build();
  } finally {
    active.pop();
  }
}

export function joinReprs(interp: Interpreter, items: PyValue[]): string {
  let out = "";
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ", ";
    out += pyRepr(interp, items[i]);
  }
  return out;
}

export function seqCount(interp: Interpreter, items: PyValue[], v: PyValue): number {
  let n = 0;
  for (let i = 0; i < items.length; i++) if (items[i] === v || pyEq(interp, items[i], v)) n++;
  return n;
}

/** seq.index(v[, start[, stop]]) */
export function seqIndexOf(interp: Interpreter, items: PyValue[], args: PyValue[], what: string): number {
  const v = args[1];
  const len = items.length;
  let start = 0;
  let stop = len;
  if (args.length > 2) {
    start = indexValue(interp, args[2]);
    if (start < 0) start = Math.max(0, start + len);
  }
  if (args.length > 3) {
    stop = indexValue(interp, args[3]);
    if (stop < 0) stop = Math.max(0, stop + len);
  }
  for (let i = start; i < Math.min(stop, items.length); i++) if (items[i] === v || pyEq(interp, items[i], v)) return i;
  return raiseValueError(interp, what === "list" ? `${pyRepr(interp, v)} is not in list` : "tuple.index(x): x not in tuple");
}

/** Repeat count for seq * n (negative -> 0), refusing absurd sizes before building. */
export function repeatCount(interp: Interpreter, n: PyValue, itemCount: number, bytesPerItem: number): number {
  let k = ssizeValue(interp, n, "can't multiply sequence by non-int", "cannot fit 'int' into an index-sized integer");
  if (k < 0) k = 0;
  if (itemCount === 0) return 0;
  reserveItems(interp, k * itemCount, bytesPerItem);
  return k;
}

/**
 * `seq + other` where `other` is not of the sequence's type: CPython tries the right
 * operand's reflected `__radd__` first (a user class, a weakref proxy), and only then
 * reports the concatenation error in the sequence's own words.
 */
export function concatOther(interp: Interpreter, self: PyValue, other: PyValue, typeName: string): PyValue {
  const t = typeOf(other);
  if (t.binary !== undefined) {
    const r = t.binary(interp, "add", other, self, true);
    if (r !== NotImplemented) return r;
  }
  return raiseTypeError(interp, `can only concatenate ${typeName} (not "${t.name}") to ${typeName}`);
}
