// Builtin class methods (dict.fromkeys, int.from_bytes, str.maketrans...): a
// descriptor that binds its function to the class, whether read from the class or
// from an instance (CPython's classmethod_descriptor). Created once at load time;
// not heap objects.

import { PyObject, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { objectType, typeType } from "./builtin-types.js";
import { PyBoundMethod, PyBuiltinFunction, type BuiltinImpl } from "./function.js";
import { sizeFor } from "../heap/heap.js";
import { typeOf } from "../vm/abstract.js";

export const classMethodDescriptorType = new PyType(typeType, "classmethod_descriptor", [objectType], true);
classMethodDescriptorType.mro = [classMethodDescriptorType, objectType];
classMethodDescriptorType.instancesHaveDict = false;
classMethodDescriptorType.subclassable = false;

export class PyBuiltinClassMethod extends PyObject {
  static override get name(): string {
    return "PyBuiltinClassMethod";
  }
  fn: PyBuiltinFunction;
  constructor(fn: PyBuiltinFunction) {
    super(classMethodDescriptorType);
    this.fn = fn;
  }
}

/** A class method of a builtin type: `impl` receives the class as args[0]. */
export function builtinClassMethod(name: string, typeName: string, impl: BuiltinImpl): PyBuiltinClassMethod {
  return new PyBuiltinClassMethod(new PyBuiltinFunction(name, impl, false, `${typeName}.${name}`));
}

classMethodDescriptorType.descrGet = (interp, descr, obj, owner) => {
  const cls = obj === null ? owner : typeOf(obj);
  return interp.heap.alloc(new PyBoundMethod(cls, (descr as PyBuiltinClassMethod).fn), sizeFor(16));
};

/** A static method of a builtin type (str.maketrans): stored as the plain function. */
export function builtinStaticMethod(name: string, typeName: string, impl: BuiltinImpl): PyValue {
  return new PyBuiltinFunction(name, impl, false, `${typeName}.${name}`);
}
