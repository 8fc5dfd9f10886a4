// Loads every builtin type's file (each installs its slots and methods on the bare
// type from builtin-types.ts), then gives each builtin type the dunder methods its
// slots imply (`list.__getitem__`, `int.__add__`, ... so `super().__getitem__(i)` and
// explicit dunder calls work), and checks the types are frozen. Import this once
// before running anything.

import type { PyValue } from "./object.js";
import type { BinaryOpName, CompareOpName, PyType } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import {
  boolType, bytearrayType, bytesType, dictItemsType, dictKeysType, dictType, dictValuesType, ellipsisType, floatType, frozensetType, intType,
  listType, noneType, notImplementedType, rangeType, setType, sliceType, strType, tupleType, enumerateType, zipType, mapType,
  filterType, reversedType,
} from "./builtin-types.js";
import { PyBuiltinFunction } from "./function.js";
import { NotImplemented, None } from "./builtin-types.js";
import { newStr } from "./str.js";
import { newTuple } from "./tuple.js";
import { isInt } from "./int.js";
import { raiseTypeError } from "../vm/errors.js";
import { exceptionTypes } from "./exceptions.js";

import "./none.js";
import "./int-slots.js";
import "./bool.js";
import "./float-slots.js";
import "./complex.js";
import "./str-methods.js";
import "./str-slots.js";
import "./bytes.js";
import "./bytes-methods.js";
import "./bytearray.js";
import "./tuple.js";
import "./list.js";
import "./dict.js";
import "./set.js";
import "./range.js";
import "./slice.js";
import { iteratorTypes } from "./iterators.js";
import "./exception-methods.js";
import "./unicode-error.js";
import "./exception-groups.js";
import { frameType, tracebackType } from "./frame-object.js";
import { classMethodDescriptorType } from "./classmethod-builtin.js";
import "./builtin-new.js";
import "./genericalias.js";

const ARITH: BinaryOpName[] = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"];
const FLOAT_ARITH: BinaryOpName[] = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow"];
const SET_OPS: BinaryOpName[] = ["and", "or", "sub", "xor"];
const DUNDER: Record<BinaryOpName, string> = {
  add: "add", sub: "sub", mul: "mul", truediv: "truediv", floordiv: "floordiv", mod: "mod", pow: "pow", matmul: "matmul",
  lshift: "lshift", rshift: "rshift", and: "and", or: "or", xor: "xor",
};
const COMPARES: CompareOpName[] = ["eq", "ne", "lt", "le", "gt", "ge"];

function put(t: PyType, name: string, fn: (interp: Interpreter, args: PyValue[]) => PyValue): void {
  if (t.dict.has(name)) return;
  t.dict.set(name, new PyBuiltinFunction(name, (interp, args) => {
    if (args.length === 0) raiseTypeError(interp, `descriptor '${name}' of '${t.name}' object needs an argument`);
    return fn(interp, args);
  }, true, `${t.name}.${name}`));
}

const BOOL_TYPES = new Set<PyType>([intType, boolType, floatType, noneType, rangeType]);
const SEQUENCE_TYPES = new Set<PyType>([strType, bytesType, bytearrayType, tupleType, listType]);

function exposeSlots(t: PyType, ops: BinaryOpName[], inplace: BinaryOpName[] = []): void {
  if (t.repr) put(t, "__repr__", (interp, a) => newStr(interp, t.repr!(interp, a[0])));
  if (t.str) put(t, "__str__", (interp, a) => newStr(interp, t.str!(interp, a[0])));
  if (t.hash) put(t, "__hash__", (interp, a) => t.hash!(interp, a[0]));
  if (t.len) put(t, "__len__", (interp, a) => t.len!(interp, a[0]));
  // CPython gives only numbers, None and range a __bool__ (containers answer through __len__).
  if (t.bool && BOOL_TYPES.has(t)) put(t, "__bool__", (interp, a) => t.bool!(interp, a[0]));
  if (t.getitem) put(t, "__getitem__", (interp, a) => t.getitem!(interp, a[0], a[1]));
  if (t.setitem) put(t, "__setitem__", (interp, a) => (t.setitem!(interp, a[0], a[1], a[2]), None));
  if (t.delitem) put(t, "__delitem__", (interp, a) => (t.delitem!(interp, a[0], a[1]), None));
  if (t.contains) put(t, "__contains__", (interp, a) => t.contains!(interp, a[0], a[1]));
  if (t.iter) put(t, "__iter__", (interp, a) => t.iter!(interp, a[0]));
  if (t.compare) for (const op of COMPARES) put(t, `__${op}__`, (interp, a) => t.compare!(interp, op, a[0], a[1]));
  if (t.binary) {
    for (const op of ops) {
      put(t, `__${DUNDER[op]}__`, (interp, a) => t.binary!(interp, op, a[0], a[1], false));
      // Sequence concatenation has no reflected form in CPython (no str.__radd__).
      if (op === "add" && SEQUENCE_TYPES.has(t)) continue;
      put(t, `__r${DUNDER[op]}__`, (interp, a) => t.binary!(interp, op, a[0], a[1], true));
    }
  }
  if (t.inplace) for (const op of inplace) put(t, `__i${DUNDER[op]}__`, (interp, a) => t.inplace!(interp, op, a[0], a[1]));
  if (t.unary) {
    put(t, "__neg__", (interp, a) => t.unary!(interp, "neg", a[0]));
    put(t, "__pos__", (interp, a) => t.unary!(interp, "pos", a[0]));
    if (t === intType || t === boolType) put(t, "__invert__", (interp, a) => t.unary!(interp, "invert", a[0]));
  }
}

// Methods taking exactly one argument that do not check their arity themselves
// (CPython's METH_O: "str.zfill() takes exactly one argument (0 given)").
const ONE_ARG: [PyType, string[]][] = [
  [strType, ["startswith", "endswith", "zfill", "partition", "rpartition", "removeprefix", "removesuffix", "translate", "__format__"]],
  [tupleType, ["count", "index"]],
  [bytesType, ["count", "find", "startswith", "endswith", "join"]],
  [bytearrayType, ["count", "find", "startswith", "endswith", "join"]],
  [intType, ["__format__"]],
  [floatType, ["__format__", "__divmod__"]],
  [rangeType, ["index", "count"]],
  [sliceType, ["indices"]],
];
for (const [t, names] of ONE_ARG) {
  for (const name of names) {
    const m = t.dict.get(name);
    if (!(m instanceof PyBuiltinFunction)) continue;
    const fn = m.fn;
    const qual = `${t.name}.${name}`;
    const needsExactlyOne = !(name === "index" || name === "startswith" || name === "endswith" || ((name === "count" || name === "find") && t !== tupleType && t !== rangeType));
    t.dict.set(name, new PyBuiltinFunction(name, (interp, args, kwargs) => {
      const n = args.length - 1;
      if (n < 1 || (needsExactlyOne && n > 1)) {
        if (needsExactlyOne) raiseTypeError(interp, `${qual}() takes exactly one argument (${n} given)`);
        raiseTypeError(interp, `${name} expected at least 1 argument, got ${n}`);
      }
      return fn(interp, args, kwargs);
    }, true, qual));
  }
}

// Unhashable builtin types: hash() raises CPython's TypeError and `__hash__` is None
// (so `[].__hash__ is None`, and exposeSlots below adds no method for it).
for (const t of [listType, dictType, setType, bytearrayType, dictKeysType, dictItemsType, sliceType]) {
  const message = `unhashable type: '${t.name}'`;
  t.hash = (interp) => raiseTypeError(interp, message);
  t.dict.set("__hash__", None);
}

exposeSlots(intType, ARITH);
exposeSlots(boolType, ARITH);
// int.__divmod__ / __rdivmod__: int's own floor division and modulo (NotImplemented for non-ints).
for (const t of [intType, boolType]) {
  const divmod = (interp: Interpreter, a: PyValue, b: PyValue): PyValue => {
    if (!isInt(a) || !isInt(b)) return NotImplemented;
    const q = intType.binary!(interp, "floordiv", a, b, false);
    return newTuple(interp, [q, intType.binary!(interp, "mod", a, b, false)]);
  };
  put(t, "__divmod__", (interp, a) => divmod(interp, a[0], a[1]));
  put(t, "__rdivmod__", (interp, a) => divmod(interp, a[1], a[0]));
}
exposeSlots(floatType, FLOAT_ARITH);
exposeSlots(strType, ["add", "mul", "mod"]);
exposeSlots(bytesType, ["add", "mul"]);
exposeSlots(bytearrayType, ["add", "mul"], ["add", "mul"]);
exposeSlots(tupleType, ["add", "mul"]);
exposeSlots(listType, ["add", "mul"], ["add", "mul"]);
exposeSlots(dictType, ["or"], ["or"]);
exposeSlots(setType, SET_OPS, SET_OPS);
exposeSlots(frozensetType, SET_OPS);
exposeSlots(dictKeysType, SET_OPS);
exposeSlots(dictItemsType, SET_OPS);
exposeSlots(dictValuesType, []);
exposeSlots(rangeType, []);
exposeSlots(sliceType, []);
exposeSlots(noneType, []);
exposeSlots(notImplementedType, []);
exposeSlots(ellipsisType, []);
for (const t of [enumerateType, zipType, mapType, filterType, reversedType]) exposeSlots(t, []);
for (const t of exceptionTypes.values()) exposeSlots(t, []);

/** Every builtin type this package defines beyond builtin-types.ts (for id()/freezing checks). */
export const extraBuiltinTypes: PyType[] = [...iteratorTypes, tracebackType, frameType, classMethodDescriptorType];
for (const t of extraBuiltinTypes) {
  t.frozen = true;
  t.changed();
}
for (const t of [intType, boolType, floatType, strType, bytesType, bytearrayType, tupleType, listType, dictType, setType, frozensetType, rangeType, sliceType]) {
  t.frozen = true;
  t.changed();
}

void NotImplemented;
