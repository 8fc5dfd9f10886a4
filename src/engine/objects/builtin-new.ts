// `T.__new__(cls, ...)` for the builtin types a Python class may derive from: a user
// `__new__` calling `tuple.__new__(cls, items)` / `super().__new__(cls, v)` gets an
// instance of `cls` backed by the builtin's own representation (a PyTuple, PyInt...),
// built by the type's `construct` slot. Without these, the lookup would find
// object.__new__, which makes plain instances.
//
// Immutable types take their value from the arguments; mutable ones (list, dict, set)
// start empty, like CPython, and are filled by their __init__.

import type { PyValue } from "./object.js";
import { PyType, type Kwargs } from "./type.js";
import {
  boolType, bytesType, dictType, floatType, frozensetType, intType, listType, setType, strType, tupleType, weakrefType,
} from "./builtin-types.js";
import { BaseException } from "./exceptions.js";
import { PyBuiltinFunction } from "./function.js";
import type { Interpreter } from "../vm/interpreter.js";
import { raiseTypeError } from "../vm/errors.js";
import { typeName } from "../vm/typename.js";

const NEW_TYPES: [PyType, boolean][] = [
  [intType, true], [boolType, true], [floatType, true], [strType, true], [bytesType, true], [tupleType, true],
  [frozensetType, true], [BaseException, true], [listType, false], [dictType, false], [setType, false],
  [weakrefType, true],
];

function makeNew(t: PyType, immutable: boolean): PyBuiltinFunction {
  const impl = (interp: Interpreter, args: PyValue[], kwargs: Kwargs): PyValue => {
    if (args.length === 0) return raiseTypeError(interp, `${t.name}.__new__(): not enough arguments`);
    const cls = args[0];
    if (!(cls instanceof PyType)) return raiseTypeError(interp, `${t.name}.__new__(X): X is not a type object (${typeName(cls)})`);
    if (!cls.isSubtypeOf(t)) return raiseTypeError(interp, `${t.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${t.name}`);
    if (!immutable) return t.construct!(interp, cls, [], null);
    // BaseException.__new__ keeps the arguments as .args and ignores keywords (its __init__ checks them).
    return t.construct!(interp, cls, args.slice(1), t === BaseException ? null : kwargs);
  };
  return new PyBuiltinFunction("__new__", impl, true, `${t.name}.__new__`);
}

for (const [t, immutable] of NEW_TYPES) {
  t.dict.set("__new__", makeNew(t, immutable));
  t.changed();
}
