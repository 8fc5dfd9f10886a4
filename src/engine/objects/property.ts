// Descriptors: property, staticmethod, classmethod, and the builtin getset
// descriptor (a data descriptor implemented in JS, e.g. `obj.__class__`).

import { PyObject, type PyValue } from "./object.js";
import { None, classmethodType, objectType, propertyType, staticmethodType, typeType } from "./builtin-types.js";
import { PyType, type Kwargs } from "./type.js";
import { PyBoundMethod, defineMethods } from "./function.js";
import { AttributeError } from "./exceptions.js";
import { sizeFor } from "../heap/heap.js";
import type { Interpreter } from "../vm/interpreter.js";
import { callValue, typeOf } from "../vm/abstract.js";
import { newException, raiseTypeError } from "../vm/errors.js";

// ---------------------------------------------------------------- property

export class PyProperty extends PyObject {
  static override get name(): string {
    return "PyProperty";
  }
  fget: PyValue;
  fset: PyValue;
  fdel: PyValue;
  doc: PyValue;
  /** The attribute name, learned from the class body (for error messages). */
  name: string | null = null;
  dict: Map<string, PyValue> | null = null;
  constructor(cls: PyType, fget: PyValue, fset: PyValue, fdel: PyValue, doc: PyValue) {
    super(cls);
    this.fget = fget;
    this.fset = fset;
    this.fdel = fdel;
    this.doc = doc;
  }
}

function newProperty(interp: Interpreter, cls: PyType, fget: PyValue, fset: PyValue, fdel: PyValue, doc: PyValue): PyProperty {
  return interp.heap.alloc(new PyProperty(cls, fget, fset, fdel, doc), sizeFor(32));
}

function argOrKw(args: PyValue[], kwargs: Kwargs, i: number, name: string): PyValue {
  if (i < args.length) return args[i];
  const v = kwargs === null ? undefined : kwargs.get(name);
  return v === undefined ? None : v;
}

propertyType.construct = (interp, cls, args, kwargs) =>
  args.length > 4 ? raiseTypeError(interp, `property() takes at most 4 arguments (${args.length} given)`) : newProperty(interp, cls, argOrKw(args, kwargs, 0, "fget"), argOrKw(args, kwargs, 1, "fset"), argOrKw(args, kwargs, 2, "fdel"), argOrKw(args, kwargs, 3, "doc"));

propertyType.descrGet = (interp, descr, obj) => {
  const p = descr as PyProperty;
  if (obj === null) return p;
  if (p.fget === None) {
    throw newException(interp, AttributeError, p.name !== null ? `property '${p.name}' of '${typeOf(obj).name}' object has no getter` : "unreadable attribute");
  }
  return callValue(interp, p.fget, [obj]);
};
propertyType.descrSet = (interp, descr, obj, value) => {
  const p = descr as PyProperty;
  if (value === undefined) {
    if (p.fdel === None) throw newException(interp, AttributeError, p.name !== null ? `property '${p.name}' of '${typeOf(obj).name}' object has no deleter` : "can't delete attribute");
    callValue(interp, p.fdel, [obj]);
    return;
  }
  if (p.fset === None) throw newException(interp, AttributeError, p.name !== null ? `property '${p.name}' of '${typeOf(obj).name}' object has no setter` : "can't set attribute");
  callValue(interp, p.fset, [obj, value]);
};
propertyType.traverse = (self, visit) => {
  const p = self as PyProperty;
  visit(p.fget);
  visit(p.fset);
  visit(p.fdel);
  visit(p.doc);
};
propertyType.getattr = (_interp, self, name) => {
  const p = self as PyProperty;
  switch (name) {
    case "fget": return p.fget;
    case "fset": return p.fset;
    case "fdel": return p.fdel;
    case "__doc__": return p.doc;
  }
  return undefined;
};

function copyProperty(interp: Interpreter, p: PyProperty, fget: PyValue, fset: PyValue, fdel: PyValue): PyProperty {
  const np = newProperty(interp, p.cls, fget, fset, fdel, p.doc);
  np.name = p.name;
  return np;
}

defineMethods(propertyType, {
  getter: (interp, args) => copyProperty(interp, args[0] as PyProperty, args[1], (args[0] as PyProperty).fset, (args[0] as PyProperty).fdel),
  setter: (interp, args) => copyProperty(interp, args[0] as PyProperty, (args[0] as PyProperty).fget, args[1], (args[0] as PyProperty).fdel),
  deleter: (interp, args) => copyProperty(interp, args[0] as PyProperty, (args[0] as PyProperty).fget, (args[0] as PyProperty).fset, args[1]),
  __get__: (interp, args) => propertyType.descrGet!(interp, args[0], args[1] === None ? null : args[1], typeOf(args[1])),
  __set__: (interp, args) => {
    propertyType.descrSet!(interp, args[0], args[1], args[2]);
    return None;
  },
});

// ---------------------------------------------------------------- staticmethod / classmethod

export class PyStaticMethod extends PyObject {
  static override get name(): string {
    return "PyStaticMethod";
  }
  func: PyValue;
  dict: Map<string, PyValue> | null = null;
  constructor(cls: PyType, func: PyValue) {
    super(cls);
    this.func = func;
  }
}

export class PyClassMethod extends PyObject {
  static override get name(): string {
    return "PyClassMethod";
  }
  func: PyValue;
  dict: Map<string, PyValue> | null = null;
  constructor(cls: PyType, func: PyValue) {
    super(cls);
    this.func = func;
  }
}

/** A classmethod for builtin types (dict.fromkeys...): not a heap object. */
export function builtinClassMethod(func: PyValue): PyClassMethod {
  return new PyClassMethod(classmethodType, func);
}
export function builtinStaticMethod(func: PyValue): PyStaticMethod {
  return new PyStaticMethod(staticmethodType, func);
}

function oneArg(interp: Interpreter, name: string, args: PyValue[], kwargs: Kwargs): PyValue {
  if (args.length !== 1 || (kwargs !== null && kwargs.size > 0)) raiseTypeError(interp, `${name} expected 1 argument, got ${args.length}`);
  return args[0];
}

staticmethodType.construct = (interp, cls, args, kwargs) =>
  interp.heap.alloc(new PyStaticMethod(cls, oneArg(interp, "staticmethod", args, kwargs)), sizeFor(16));
staticmethodType.descrGet = (_interp, descr) => (descr as PyStaticMethod).func;
staticmethodType.call = (interp, self, args, kwargs) => callValue(interp, (self as PyStaticMethod).func, args, kwargs);
staticmethodType.traverse = (self, visit) => visit((self as PyStaticMethod).func);
staticmethodType.getattr = (_interp, self, name) => (name === "__func__" ? (self as PyStaticMethod).func : undefined);

classmethodType.construct = (interp, cls, args, kwargs) =>
  interp.heap.alloc(new PyClassMethod(cls, oneArg(interp, "classmethod", args, kwargs)), sizeFor(16));
classmethodType.descrGet = (interp, descr, _obj, owner) =>
  interp.heap.alloc(new PyBoundMethod(owner, (descr as PyClassMethod).func), sizeFor(16));
classmethodType.traverse = (self, visit) => visit((self as PyClassMethod).func);
classmethodType.getattr = (_interp, self, name) => (name === "__func__" ? (self as PyClassMethod).func : undefined);

// ---------------------------------------------------------------- getset descriptors

export type Getter = (interp: Interpreter, self: PyValue) => PyValue;
export type Setter = (interp: Interpreter, self: PyValue, value: PyValue | undefined) => void;

export class PyGetSet extends PyObject {
  static override get name(): string {
    return "PyGetSet";
  }
  name: string;
  owner: PyType;
  get: Getter;
  set: Setter | null;
  constructor(name: string, owner: PyType, get: Getter, set: Setter | null) {
    super(getsetType);
    this.name = name;
    this.owner = owner;
    this.get = get;
    this.set = set;
  }
}

export const getsetType = new PyType(typeType, "getset_descriptor", [objectType], true);
getsetType.mro = [getsetType, objectType];
getsetType.instancesHaveDict = false;
getsetType.subclassable = false;
getsetType.descrGet = (_interp, descr, obj) => (obj === null ? descr : (descr as PyGetSet).get(_interp, obj));
getsetType.descrSet = (interp, descr, obj, value) => {
  const d = descr as PyGetSet;
  if (d.set === null) {
    throw newException(interp, AttributeError, `attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
  }
  d.set(interp, obj, value);
};
getsetType.repr = (_interp, self) => `<attribute '${(self as PyGetSet).name}' of '${(self as PyGetSet).owner.name}' objects>`;

/** Define a computed attribute on a builtin type (a data descriptor: it wins over the instance dict). */
export function defineGetSet(type: PyType, name: string, get: Getter, set: Setter | null = null): void {
  type.dict.set(name, new PyGetSet(name, type, get, set));
  type.changed();
}
