// The builtin type objects and singletons, created once and shared by every
// interpreter. They are created here *bare* (name, base, no slots) so that every file
// can import them without import cycles; each type's own file (objects/list.ts, ...)
// installs its slots and methods at load time, and objects/index.ts loads them all and
// then freezes the lot. After that nothing here ever changes: there is no per-run state
// in this module.

import { PyPlain } from "./object.js";
import { PyType } from "./type.js";

function make(name: string, base: PyType | null, opts: { subclassable?: boolean } = {}): PyType {
  const t = new PyType(typeType, name, base ? [base] : [], true);
  t.instancesHaveDict = false;
  if (opts.subclassable === false) t.subclassable = false;
  t.mro = base ? [t, ...base.mro] : [t];
  return t;
}

// `type` and `object` are each other's foundations: patch them by hand.
export const typeType: PyType = new PyType(null, "type", [], true);
export const objectType: PyType = new PyType(null, "object", [], true);
typeType.cls = typeType;
objectType.cls = typeType;
objectType.mro = [objectType];
objectType.instancesHaveDict = false;
typeType.bases = [objectType];
typeType.mro = [typeType, objectType];
typeType.instancesHaveDict = false;

export const noneType = make("NoneType", objectType, { subclassable: false });
export const notImplementedType = make("NotImplementedType", objectType, { subclassable: false });
export const ellipsisType = make("ellipsis", objectType, { subclassable: false });
export const intType = make("int", objectType);
export const boolType = make("bool", intType, { subclassable: false });
export const floatType = make("float", objectType);
export const complexType = make("complex", objectType);
export const strType = make("str", objectType);
export const bytesType = make("bytes", objectType);
export const bytearrayType = make("bytearray", objectType);
export const listType = make("list", objectType);
export const tupleType = make("tuple", objectType);
export const dictType = make("dict", objectType);
export const setType = make("set", objectType);
export const frozensetType = make("frozenset", objectType);
export const rangeType = make("range", objectType, { subclassable: false });
export const sliceType = make("slice", objectType, { subclassable: false });
export const functionType = make("function", objectType, { subclassable: false });
export const builtinFunctionType = make("builtin_function_or_method", objectType, { subclassable: false });
export const methodType = make("method", objectType, { subclassable: false });
export const cellType = make("cell", objectType, { subclassable: false });
export const codeType = make("code", objectType, { subclassable: false });
export const generatorType = make("generator", objectType, { subclassable: false });
export const coroutineType = make("coroutine", objectType, { subclassable: false });
export const asyncGeneratorType = make("async_generator", objectType, { subclassable: false });
export const moduleType = make("module", objectType);
export const propertyType = make("property", objectType);
export const staticmethodType = make("staticmethod", objectType);
export const classmethodType = make("classmethod", objectType);
export const superType = make("super", objectType);
export const iteratorType = make("iterator", objectType, { subclassable: false });
export const dictKeysType = make("dict_keys", objectType, { subclassable: false });
export const dictValuesType = make("dict_values", objectType, { subclassable: false });
export const dictItemsType = make("dict_items", objectType, { subclassable: false });
export const mapType = make("map", objectType);
export const filterType = make("filter", objectType);
export const zipType = make("zip", objectType);
export const enumerateType = make("enumerate", objectType);
export const reversedType = make("reversed", objectType);
export const weakrefType = make("ref", objectType);
export const finalizeType = make("finalize", objectType, { subclassable: false });

export const None = new PyPlain(noneType);
export const NotImplemented = new PyPlain(notImplementedType);
export const Ellipsis = new PyPlain(ellipsisType);
