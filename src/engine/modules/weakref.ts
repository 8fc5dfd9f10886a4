// The `weakref` module: `ref` and `finalize` are the types themselves (so
// `type(weakref.ref(x)) is weakref.ref`); their behaviour is in objects/weakref.ts.

import type { PyValue } from "../objects/object.js";
import { finalizeType, weakrefType } from "../objects/builtin-types.js";
import { makeModule, type PyModule } from "../objects/module.js";
import type { Interpreter } from "../vm/interpreter.js";
import "../objects/weakref.js";

export function createWeakrefModule(_interp: Interpreter): PyModule {
  return makeModule("weakref", [
    ["ref", weakrefType as PyValue],
    ["finalize", finalizeType as PyValue],
  ]);
}
