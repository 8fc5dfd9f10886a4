// `array`: the module of objects/array.ts's type (array.array, ArrayType, typecodes).

import { makeModule, type PyModule } from "../objects/module.js";
import { internStr } from "../objects/str.js";
import type { Interpreter } from "../vm/interpreter.js";
import { TYPECODES, arrayType } from "../objects/array.js";
import "../objects/array-methods.js";

export function createArrayModule(interp: Interpreter): PyModule {
  void interp;
  return makeModule("array", [
    ["array", arrayType],
    ["ArrayType", arrayType],
    ["typecodes", internStr(TYPECODES)],
  ]);
}
