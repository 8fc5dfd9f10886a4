// Slots of function-like types: user functions bind as methods (descriptor),
// bound methods call through, builtin method descriptors bind; reprs and attributes.

import { codeObjectOf } from "../objects/code.js";
import type { PyValue } from "../objects/object.js";
import { None, builtinFunctionType, functionType, methodType } from "../objects/builtin-types.js";
import { PyBoundMethod, PyBuiltinFunction, PyFunction } from "../objects/function.js";
import { internStr, PyStr } from "../objects/str.js";
import { newTuple } from "../objects/tuple.js";
import { AttributeError } from "../objects/exceptions.js";
import { callValue, pyRepr } from "./abstract.js";
import { callFunction } from "./call.js";
import { newBoundMethod } from "./attrs.js";
import { newException, raiseTypeError } from "./errors.js";
import { PyDict, dictSet, newDict } from "../objects/dict-core.js";
import { ExecNamespace } from "./exec.js";

functionType.descrGet = (interp, descr, obj) => (obj === null ? descr : newBoundMethod(interp, obj, descr));
functionType.call = (interp, self, args, kwargs) => callFunction(interp, self as PyFunction, args, kwargs);
functionType.repr = (_interp, self) => {
  const f = self as PyFunction;
  return `<function ${f.qualname} at 0x${f.id.toString(16).padStart(12, "0")}>`;
};
functionType.instancesHaveDict = true;
functionType.getattr = (interp, self, name) => {
  const f = self as PyFunction;
  switch (name) {
    case "__name__": return internStr(f.name);
    case "__qualname__": return internStr(f.qualname);
    case "__module__": return internStr(f.module);
    case "__doc__": return f.doc ?? None;
    case "__defaults__": return f.defaults === null ? None : newTuple(interp, f.defaults.slice());
    case "__globals__": return undefined;
    case "__code__": return codeObjectOf(f.code);
    case "__closure__": return f.closure === null || f.closure.length === 0 ? None : newTuple(interp, f.closure.slice());
    case "__kwdefaults__": {
      if (f.kwDefaults === null || f.kwDefaults.size === 0) return None;
      const d = newDict(interp);
      interp.frame.temps.push(d);
      for (const [k, v] of f.kwDefaults) dictSet(interp, d, internStr(k), v);
      return d;
    }
    case "__annotations__":
      if (f.annotations === null) f.annotations = newDict(interp);
      return f.annotations;
  }
  if (f.dict !== null) return f.dict.get(name);
  return undefined;
};
functionType.setattr = (interp, self, name, value) => {
  const f = self as PyFunction;
  if (name === "__name__" && value instanceof PyStr) {
    f.name = value.v;
    return;
  }
  if (name === "__qualname__" && value instanceof PyStr) {
    f.qualname = value.v;
    return;
  }
  if (name === "__doc__" && value !== undefined) {
    f.doc = value;
    return;
  }
  if (name === "__annotations__") {
    if (value !== undefined && value !== None && !(value instanceof PyDict)) raiseTypeError(interp, "__annotations__ must be set to a dict object");
    f.annotations = value === undefined || value === None ? null : value;
    return;
  }
  if (value === undefined) {
    if (f.dict === null || !f.dict.delete(name)) throw newException(interp, AttributeError, `'function' object has no attribute '${name}'`);
    return;
  }
  if (f.dict === null) f.dict = new Map();
  f.dict.set(name, value);
};
functionType.traverse = (self, visit) => {
  const f = self as PyFunction;
  if (f.defaults !== null) for (const v of f.defaults) visit(v);
  if (f.kwDefaults !== null) for (const v of f.kwDefaults.values()) visit(v);
  if (f.closure !== null) for (const c of f.closure) visit(c);
  if (f.doc !== null) visit(f.doc);
  if (f.annotations !== null) visit(f.annotations);
  if (f.dict !== null) for (const v of f.dict.values()) visit(v);
  // Functions made by exec'd code hold namespaces no module roots.
  if (f.globals instanceof ExecNamespace) for (const v of f.globals.values()) visit(v);
};

methodType.call = (interp, self, args, kwargs) => {
  const m = self as PyBoundMethod;
  const n = args.length;
  const all = new Array<PyValue>(n + 1);
  all[0] = m.self;
  for (let i = 0; i < n; i++) all[i + 1] = args[i];
  if (m.func instanceof PyFunction) return callFunction(interp, m.func, all, kwargs);
  return callValue(interp, m.func, all, kwargs);
};
methodType.getattr = (interp, self, name) => {
  const m = self as PyBoundMethod;
  if (name === "__self__") return m.self;
  if (name === "__func__") return m.func;
  if (name === "__name__" || name === "__qualname__" || name === "__doc__" || name === "__module__") {
    const f = m.func;
    if (f instanceof PyFunction) return functionType.getattr!(interp, f, name);
    if (f instanceof PyBuiltinFunction) return internStr(f.name);
  }
  // Other attributes come from the function (its __dict__, __code__, __defaults__...), as in CPython.
  if (m.func instanceof PyFunction) return functionType.getattr!(interp, m.func, name) ?? m.func.dict?.get(name);
  return undefined;
};
// fn.__get__(obj, type=None): the descriptor protocol made callable (None binds nothing).
functionType.dict.set("__get__", new PyBuiltinFunction("__get__", (interp, args) => {
  if (args.length < 2 || args.length > 3) raiseTypeError(interp, `expected 1 or 2 arguments, got ${args.length - 1}`);
  const [fn, obj] = args;
  if (obj === None) {
    if (args.length < 3 || args[2] === None) raiseTypeError(interp, "__get__(None, None) is invalid");
    return fn;
  }
  return newBoundMethod(interp, obj, fn);
}, true, "function.__get__"));
methodType.repr = (interp, self) => {
  const m = self as PyBoundMethod;
  const f = m.func;
  const name = f instanceof PyFunction ? f.qualname : f instanceof PyBuiltinFunction ? f.qualname : "?";
  return `<bound method ${name} of ${pyRepr(interp, m.self)}>`;
};
methodType.compare = (_interp, op, self, other) => {
  if (op !== "eq" && op !== "ne") return NotImplementedValue;
  const a = self as PyBoundMethod;
  const eq = other instanceof PyBoundMethod && a.self === other.self && a.func === other.func;
  return op === "eq" ? eq : !eq;
};
methodType.traverse = (self, visit) => {
  const m = self as PyBoundMethod;
  visit(m.self);
  visit(m.func);
};

import { NotImplemented as NotImplementedValue } from "../objects/builtin-types.js";

builtinFunctionType.descrGet = (interp, descr, obj) => {
  const b = descr as PyBuiltinFunction;
  return obj === null || !b.isMethod ? descr : newBoundMethod(interp, obj, descr);
};
builtinFunctionType.call = (interp, self, args, kwargs) => (self as PyBuiltinFunction).fn(interp, args, kwargs);
builtinFunctionType.repr = (_interp, self) => {
  const b = self as PyBuiltinFunction;
  if (b.isMethod) {
    const owner = b.qualname.slice(0, b.qualname.length - b.name.length - 1);
    return `<method '${b.name}' of '${owner}' objects>`;
  }
  return `<built-in function ${b.name}>`;
};
builtinFunctionType.getattr = (_interp, self, name) => {
  const b = self as PyBuiltinFunction;
  if (name === "__name__") return internStr(b.name);
  if (name === "__qualname__") return internStr(b.qualname);
  return undefined;
};
