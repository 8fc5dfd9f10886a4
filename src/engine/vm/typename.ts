// typeOf / typeName: the two helpers every error message needs, kept in a leaf
// module so errors.ts and abstract.ts can both import them without a cycle.

import type { PyValue } from "../objects/object.js";
import type { PyType } from "../objects/type.js";
import { boolType, intType } from "../objects/builtin-types.js";

/** The Python type of a value (small ints are JS numbers, bools JS booleans). */
export function typeOf(v: PyValue): PyType {
  if (typeof v === "number") return intType;
  if (typeof v === "boolean") return boolType;
  return v.cls;
}

/**
 * A type's name as CPython's messages print it: `__name__`, except for the stdlib
 * classes CPython implements in C, whose messages carry the C type's dotted name
 * (`datetime.date`, `decimal.Decimal`); see PyType.tpName.
 */
export function typeMsgName(t: PyType): string {
  return t.tpName ?? t.name;
}

/** `type(v).__name__`, as CPython's messages print it (see typeMsgName). */
export function typeName(v: PyValue): string {
  return typeMsgName(typeOf(v));
}
