// bool: a subclass of int whose two values are the JS booleans. Arithmetic gives
// ints (int's slots); &, |, ^ of two bools give bools.

import { NotImplemented, boolType, intType } from "./builtin-types.js";
import { isTruthy } from "../vm/abstract.js";
import { raiseTypeError } from "../vm/errors.js";
import { defineMethods } from "./function.js";
import { newStr } from "./str.js";

boolType.construct = (interp, _cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, "bool() takes no keyword arguments");
  if (args.length > 1) raiseTypeError(interp, `bool expected at most 1 argument, got ${args.length}`);
  return args.length === 0 ? false : isTruthy(interp, args[0]);
};
boolType.repr = (_interp, self) => (self ? "True" : "False");
boolType.hash = (_interp, self) => (self ? 1 : 0);
boolType.bool = (_interp, self) => self === true;
boolType.binary = (interp, op, self, other, reflected) => {
  if (typeof other === "boolean" && (op === "and" || op === "or" || op === "xor")) {
    const a = self as boolean;
    return op === "and" ? a && other : op === "or" ? a || other : a !== other;
  }
  return intType.binary!(interp, op, self, other, reflected);
};
boolType.unary = (interp, op, self) => intType.unary!(interp, op, self);
boolType.compare = (interp, op, self, other) => {
  const r = intType.compare!(interp, op, self, other);
  return r === NotImplemented ? NotImplemented : r;
};
boolType.getattr = (interp, self, name) => intType.getattr!(interp, self, name);

defineMethods(boolType, {
  __format__(interp, args) {
    const spec = args[1];
    if (spec !== undefined && typeof spec === "object" && "v" in spec && (spec as { v: string }).v !== "") {
      return intType.dict.get("__format__") !== undefined ? callFormat(interp, args) : newStr(interp, "");
    }
    return newStr(interp, args[0] ? "True" : "False");
  },
});

import { PyBuiltinFunction } from "./function.js";
import type { Interpreter } from "../vm/interpreter.js";
import type { PyValue } from "./object.js";
function callFormat(interp: Interpreter, args: PyValue[]): PyValue {
  return (intType.dict.get("__format__") as PyBuiltinFunction).fn(interp, args, null);
}
