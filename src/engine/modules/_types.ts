// `_types`: what `types.coroutine` (stdlib/types.py) needs from the engine. Marking a
// generator function as an iterable coroutine (CPython's CO_ITERABLE_COROUTINE) gives the
// function a copy of its Code with the flag set, so a Code shared by other functions (or
// by other runs, for the standard library) is never written.

import type { PyValue } from "../objects/object.js";
import { None } from "../objects/builtin-types.js";
import type { Interpreter } from "../vm/interpreter.js";
import { builtin, makeModule, type PyModule } from "../objects/module.js";
import { Code, PyFunction } from "../objects/function.js";
import { internStr } from "../objects/str.js";
import { raiseTypeError } from "../vm/errors.js";

const markIterableCoroutine = builtin("mark_iterable_coroutine", (interp: Interpreter, args: PyValue[]) => {
  const fn = args[0];
  if (!(fn instanceof PyFunction) || !fn.code.isGenerator || fn.code.isCoroutine) return raiseTypeError(interp, "expected a generator function");
  if (fn.code.iterableCoroutine) return None;
  const copy = Object.assign(Object.create(Code.prototype) as Code, fn.code);
  copy.iterableCoroutine = true;
  copy.view = null;
  fn.code = copy;
  return None;
});

export function createTypesNativeModule(_interp: Interpreter): PyModule {
  return makeModule("_types", [
    ["__name__", internStr("_types")],
    ["mark_iterable_coroutine", markIterableCoroutine],
  ]);
}
