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

/** `type(v).__name__`, as CPython's messages print it. */
export function typeName(v: PyValue): string {
  return typeOf(v).name;
}
