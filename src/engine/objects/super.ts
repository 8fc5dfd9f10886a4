// super(): attribute lookup that starts after a given class in the MRO of the
// instance's type. The zero-argument form is compiled to `makeSuper(class from the
// __class__ cell, first argument of the frame)`.

import { PyObject, type PyValue } from "./object.js";
import { superType } from "./builtin-types.js";
import { PyType } from "./type.js";
import { RuntimeError } from "./exceptions.js";
import { sizeFor } from "../heap/heap.js";
import type { Interpreter } from "../vm/interpreter.js";
import { isInstance, typeOf } from "../vm/abstract.js";
import { newException, raiseTypeError } from "../vm/errors.js";

export class PySuper extends PyObject {
  static override get name(): string {
    return "PySuper";
  }
  thisClass: PyType;
  obj: PyValue;
  /** The type whose MRO is searched: type(obj), or obj itself when obj is a class. */
  objType: PyType;
  constructor(thisClass: PyType, obj: PyValue, objType: PyType) {
    super(superType);
    this.thisClass = thisClass;
    this.obj = obj;
    this.objType = objType;
  }
}

export function makeSuper(interp: Interpreter, cls: PyValue | undefined, obj: PyValue | undefined): PySuper {
  if (cls === undefined || !(cls instanceof PyType)) throw newException(interp, RuntimeError, "super(): __class__ cell not found");
  if (obj === undefined) throw newException(interp, RuntimeError, "super(): no arguments");
  let objType: PyType;
  if (obj instanceof PyType && obj.isSubtypeOf(cls)) objType = obj;
  else if (isInstance(obj, cls)) objType = typeOf(obj);
  else return raiseTypeError(interp, "super(type, obj): obj must be an instance or subtype of type");
  return interp.heap.alloc(new PySuper(cls, obj, objType), sizeFor(24));
}

superType.construct = (interp, _cls, args) => {
  if (args.length === 0) throw newException(interp, RuntimeError, "super(): no arguments");
  if (args.length > 2) raiseTypeError(interp, `super() expected at most 2 arguments, got ${args.length}`);
  if (!(args[0] instanceof PyType)) return raiseTypeError(interp, `super() argument 1 must be a type, not ${typeOf(args[0]).name}`);
  if (args.length === 1) return raiseTypeError(interp, "unbound super objects are not supported");
  return makeSuper(interp, args[0], args[1]);
};

superType.getattr = (interp, self, name) => {
  const s = self as PySuper;
  if (name === "__class__") return undefined;
  // The super object's own data (CPython's member descriptors).
  if (name === "__thisclass__") return s.thisClass;
  if (name === "__self__") return s.obj;
  if (name === "__self_class__") return s.objType;
  const mro = s.objType.mro;
  let i = mro.indexOf(s.thisClass);
  for (i++; i < mro.length; i++) {
    const v = mro[i].dict.get(name);
    if (v === undefined) continue;
    if (typeof v === "object" && v.cls.descrGet !== undefined) {
      return v.cls.descrGet(interp, v, s.obj === s.objType ? null : s.obj, s.objType);
    }
    return v;
  }
  return undefined;
};

superType.repr = (_interp, self) => {
  const s = self as PySuper;
  return `<super: <class '${s.thisClass.name}'>, <${s.objType.name} object>>`;
};

superType.traverse = (self, visit) => {
  const s = self as PySuper;
  visit(s.thisClass);
  visit(s.obj);
  visit(s.objType);
};
