// Sorting for list.sort and sorted(): stable (JS's Array.prototype.sort is a stable
// TimSort), ordered by `<` only (as CPython), with native fast paths when every key
// is a small int, every key a float/int, or every key an exact str.

import type { PyValue } from "./object.js";
import { None, strType, tupleType } from "./builtin-types.js";
import type { Interpreter } from "../vm/interpreter.js";
import { callValue, compareBool, isTruthy, pyEq, typeOf } from "../vm/abstract.js";
import { raiseTypeError } from "../vm/errors.js";
import { isInt } from "./int.js";
import { PyStr } from "./str.js";
import { PyFloat } from "./float.js";
import { PyTuple } from "./tuple.js";

/** `a < b` with inline fast paths for the common key types (ints, strs, tuples of them). */
export function lessThan(interp: Interpreter, a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (a instanceof PyStr && b instanceof PyStr && a.cls === strType && b.cls === strType) return a.v < b.v;
  if (a instanceof PyTuple && b instanceof PyTuple && a.cls === tupleType && b.cls === tupleType) {
    const x = a.items;
    const y = b.items;
    const n = x.length < y.length ? x.length : y.length;
    for (let i = 0; i < n; i++) {
      const p = x[i];
      const q = y[i];
      if (p === q) continue;
      if (typeof p === "number" && typeof q === "number") return p < q;
      if (p instanceof PyStr && q instanceof PyStr && p.cls === strType && q.cls === strType) {
        if (p.v === q.v) continue;
        return p.v < q.v;
      }
      if (pyEq(interp, p, q)) continue;
      return lessThan(interp, p, q);
    }
    return x.length < y.length;
  }
  if (a instanceof PyFloat && b instanceof PyFloat) return a.v < b.v;
  return compareBool(interp, "lt", a, b);
}

type Kind = "int" | "num" | "str" | "any";

function kindOf(keys: PyValue[]): Kind {
  let kind: Kind = "int";
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (typeof k === "number") {
      if (kind === "str") return "any";
      continue;
    }
    if (k instanceof PyFloat && k.cls.name === "float") {
      if (k.v !== k.v || kind === "str") return "any";
      kind = "num";
      continue;
    }
    if (k instanceof PyStr && k.cls === strType) {
      if (i === 0) kind = "str";
      else if (kind !== "str") return "any";
      continue;
    }
    return "any";
  }
  return kind;
}

function numOf(v: PyValue): number {
  return typeof v === "number" ? v : (v as PyFloat).v;
}

/**
 * Sort `items` (an array the caller owns) by `key` (None: the items themselves).
 * Returns the sorted array (possibly `items` itself, sorted in place).
 */
export function sortValues(interp: Interpreter, items: PyValue[], key: PyValue, reverse: boolean): PyValue[] {
  const n = items.length;
  if (n < 2) {
    // CPython calls the key for a single item too (a bad key fails even then).
    if (n === 1 && key !== None) callValue(interp, key, [items[0]]);
    return items;
  }
  let keys = items;
  if (key !== None) {
    keys = new Array<PyValue>(n);
    // Keys are new objects only this array holds: keep them visible to the collector.
    const temps = interp.frame.temps;
    for (let i = 0; i < n; i++) {
      const k = callValue(interp, key, [items[i]]);
      keys[i] = k;
      if (typeof k === "object" && k.size !== 0) temps.push(k);
    }
  }
  const kind = kindOf(keys);
  const sign = reverse ? -1 : 1;
  if (keys === items) {
    switch (kind) {
      case "int": return items.sort(reverse ? (a, b) => (b as number) - (a as number) : (a, b) => (a as number) - (b as number));
      case "num": return items.sort((a, b) => sign * (numOf(a) - numOf(b)));
      case "str": return items.sort((a, b) => {
        const x = (a as PyStr).v;
        const y = (b as PyStr).v;
        return x < y ? -sign : x > y ? sign : 0;
      });
      default: return items.sort((a, b) => {
        if (lessThan(interp, a, b)) return -sign;
        if (lessThan(interp, b, a)) return sign;
        return 0;
      });
    }
  }
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  switch (kind) {
    case "int": case "num":
      order.sort((i, j) => sign * (numOf(keys[i]) - numOf(keys[j])));
      break;
    case "str":
      order.sort((i, j) => {
        const x = (keys[i] as PyStr).v;
        const y = (keys[j] as PyStr).v;
        return x < y ? -sign : x > y ? sign : 0;
      });
      break;
    default:
      order.sort((i, j) => {
        if (lessThan(interp, keys[i], keys[j])) return -sign;
        if (lessThan(interp, keys[j], keys[i])) return sign;
        return 0;
      });
  }
  const out = new Array<PyValue>(n);
  for (let i = 0; i < n; i++) out[i] = items[order[i]];
  return out;
}

/** The `reverse=` argument of sort()/sorted(): an int-like flag, as CPython's argument clinic reads it. */
export function reverseFlag(interp: Interpreter, v: PyValue): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (isInt(v)) return isTruthy(interp, v);
  return raiseTypeError(interp, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
}
