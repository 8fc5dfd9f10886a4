// `type`: calling a type creates an instance (or `type(x)` / `type(name, bases, ns)`),
// attribute lookup on classes, and the isolation rule that builtin types are frozen.

import type { PyValue } from "./object.js";
import { None, objectType, typeType } from "./builtin-types.js";
import { PyType } from "./type.js";
import { defineMethods, PyFunction } from "./function.js";
import { PyStr, internStr } from "./str.js";
import { PyTuple, newTuple } from "./tuple.js";
import { PyDict } from "./dict.js";
import { newList } from "./list.js";
import { AttributeError, TypeError } from "./exceptions.js";
import type { Interpreter } from "../vm/interpreter.js";
import { callMethodValue, callValue, typeOf, toArray } from "../vm/abstract.js";
import type { Kwargs } from "./type.js";
import { classmethodType, staticmethodType } from "./builtin-types.js";
import { PyClassMethod, PyStaticMethod } from "./property.js";
import { sizeFor } from "../heap/heap.js";
import { newException, raiseTypeError } from "../vm/errors.js";
import { buildClass, classChanged } from "../vm/classes.js";
import { dictEntries } from "../vm/attrs.js";
import { newMappingProxy } from "./mappingproxy.js";

typeType.call = (interp, self, args, kwargs) => {
  const t = self as PyType;
  if (t === typeType) {
    if (args.length === 1 && (kwargs === null || kwargs.size === 0)) return typeOf(args[0]);
    if (args.length === 3) return typeCall3(interp, args, kwargs);
    return raiseTypeError(interp, "type() takes 1 or 3 arguments");
  }
  if (t.construct !== undefined) return t.construct(interp, t, args, kwargs);
  return raiseTypeError(interp, `cannot create '${t.name}' instances`);
};

// A metaclass deriving from type: `Meta(name, bases, ns, **kw)` creates a class.
typeType.construct = (interp, cls, args, kwargs) => {
  if (args.length === 3) return typeCall3(interp, args, kwargs, cls);
  return raiseTypeError(interp, "type() takes 1 or 3 arguments");
};

function typeCall3(interp: Interpreter, args: PyValue[], kwargs: Kwargs = null, mcls: PyType | null = null): PyValue {
  const [name, bases, ns] = args;
  if (!(name instanceof PyStr)) return raiseTypeError(interp, "type.__new__() argument 1 must be str");
  if (!(bases instanceof PyTuple)) return raiseTypeError(interp, "type.__new__() argument 2 must be tuple");
  if (!(ns instanceof PyDict)) return raiseTypeError(interp, "type.__new__() argument 3 must be dict");
  const map = new Map<string, PyValue>();
  for (const [k, v] of dictEntries(interp, ns)) {
    if (!(k instanceof PyStr)) return raiseTypeError(interp, "type.__new__(): attribute names must be str");
    map.set(k.v, v);
  }
  return typeNew(interp, mcls, name.v, bases.items, map, kwargs);
}

/** Class-body name whose str value sets PyType.tpName (the stdlib's C-type stand-ins). */
const TP_NAME_KEY = "__heapscope_tp_name__";

/**
 * type.__new__: create the class (`mcls` its metaclass, null: derived from the bases),
 * then, like CPython, call `__set_name__` on its attributes and the parent's
 * `__init_subclass__` with the class keywords.
 */
export function typeNew(interp: Interpreter, mcls: PyType | null, name: string, bases: PyValue[], ns: Map<string, PyValue>, kwargs: Kwargs): PyType {
  const q = ns.get("__qualname__");
  let qualname = name;
  if (q !== undefined) {
    if (!(q instanceof PyStr)) raiseTypeError(interp, `type __qualname__ must be a str, not ${typeOf(q).name}`);
    qualname = q.v;
    ns.delete("__qualname__");
  }
  // A stdlib class standing for a C type names the dotted name its messages print;
  // read here once and kept off the class dict (not an attribute, not inherited).
  const tpName = ns.get(TP_NAME_KEY);
  if (tpName !== undefined) ns.delete(TP_NAME_KEY);
  // __init_subclass__ and __class_getitem__ are implicit classmethods.
  for (const k of ["__init_subclass__", "__class_getitem__"]) {
    const f = ns.get(k);
    if (f instanceof PyFunction) ns.set(k, interp.heap.alloc(new PyClassMethod(classmethodType, f), sizeFor(16)));
  }
  // ... and __new__ an implicit staticmethod (`instance.__new__(C)` does not bind).
  const newFn = ns.get("__new__");
  if (newFn instanceof PyFunction) ns.set("__new__", interp.heap.alloc(new PyStaticMethod(staticmethodType, newFn), sizeFor(16)));
  const cls = buildClass(interp, name, bases, ns, mcls, qualname);
  if (tpName instanceof PyStr) cls.tpName = tpName.v;
  interp.frame.temps.push(cls);
  for (const [k, v] of [...ns]) {
    const setName = typeof v === "object" ? typeOf(v).lookup("__set_name__") : null;
    if (setName !== null) callMethodValue(interp, setName, v, [cls, internStr(k)]);
  }
  initSubclass(interp, cls, kwargs);
  return cls;
}

/** super(cls, cls).__init_subclass__(**kwargs) */
function initSubclass(interp: Interpreter, cls: PyType, kwargs: Kwargs): void {
  const mro = cls.mro;
  for (let i = 1; i < mro.length; i++) {
    const v = mro[i].dict.get("__init_subclass__");
    if (v === undefined) continue;
    if (mro[i].frozen) break;
    const bound = typeof v === "object" && v.cls.descrGet !== undefined ? v.cls.descrGet(interp, v, null, cls) : v;
    callValue(interp, bound, [], kwargs);
    return;
  }
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, `${cls.name}.__init_subclass__() takes no keyword arguments`);
}

/** Attributes every class has, computed from the type object itself. */
function typeSpecial(interp: Interpreter, t: PyType, name: string): PyValue | undefined {
  switch (name) {
    case "__name__": return internStr(t.name);
    case "__qualname__": return internStr(t.qualname);
    case "__module__": return t.dict.get("__module__") ?? internStr(t.module);
    case "__bases__": return t.bases.length === 0 ? newTuple(interp, []) : newTuple(interp, t.bases.slice());
    case "__base__": return t.bases.length === 0 ? None : t.bases[0];
    case "__mro__": return newTuple(interp, t.mro.slice());
    case "__class__": return t.cls;
    case "__dict__": return newMappingProxy(interp, t);
    case "__doc__": return t.dict.get("__doc__") ?? None;
  }
  return undefined;
}


typeType.getattr = (interp, self, name) => {
  const t = self as PyType;
  const special = typeSpecial(interp, t, name);
  if (special !== undefined) return special;
  const v = t.lookup(name);
  if (v !== null) {
    if (typeof v === "object" && v.cls.descrGet !== undefined && !(v instanceof PyFunction)) {
      return v.cls.descrGet(interp, v, null, t);
    }
    return v;
  }
  return undefined;
};

typeType.setattr = (interp, self, name, value) => {
  const t = self as PyType;
  if (t.frozen) {
    // CPython 3.11 says "set" for a deletion too.
    throw newException(interp, TypeError, `cannot set '${name}' attribute of immutable type '${t.name}'`);
  }
  if (name === "__name__" && value instanceof PyStr) {
    t.name = value.v;
    return;
  }
  if (name === "__qualname__" && value instanceof PyStr) {
    t.qualname = value.v;
    return;
  }
  // A data descriptor on the metatype (e.g. a property of a metaclass) wins.
  const meta = typeOf(t).lookup(name);
  if (meta !== null && typeof meta === "object" && meta.cls.descrSet !== undefined && typeOf(t) !== typeType) {
    meta.cls.descrSet(interp, meta, t, value);
    return;
  }
  if (value === undefined) {
    if (!t.dict.delete(name)) throw newException(interp, AttributeError, `type object '${t.name}' has no attribute '${name}'`);
  } else {
    const before = t.dict.size;
    t.dict.set(name, value);
    if (t.dict.size !== before && t.size !== 0) interp.heap.resize(t, t.size + 24);
  }
  classChanged(interp, t, name);
};


typeType.repr = (_interp, self) => {
  const t = self as PyType;
  const mod = t.dict.get("__module__");
  const m = mod instanceof PyStr ? mod.v : t.module;
  return m === "builtins" ? `<class '${t.qualname}'>` : `<class '${m}.${t.qualname}'>`;
};

typeType.traverse = (self, visit) => {
  const t = self as PyType;
  for (const v of t.dict.values()) visit(v);
  for (const b of t.mro) visit(b);
};

defineMethods(typeType, {
  // type.__new__(mcls, name, bases, ns, **kw): reached through super().__new__ in a metaclass.
  __new__: (interp, args, kwargs) => {
    const mcls = args[0];
    if (!(mcls instanceof PyType)) return raiseTypeError(interp, `type.__new__(X): X is not a type object (${typeOf(mcls).name})`);
    if (!mcls.isSubtypeOf(typeType)) return raiseTypeError(interp, `type.__new__(${mcls.name}): ${mcls.name} is not a subtype of type`);
    if (args.length === 2 && mcls === typeType) return typeOf(args[1]);
    if (args.length !== 4) return raiseTypeError(interp, "type.__new__() takes exactly 3 arguments");
    return typeCall3(interp, args.slice(1), kwargs, mcls);
  },
  __init__: () => None,
  // type.__setattr__(C, name, value) / type.__delattr__(C, name): what `C.name = value`
  // does (a metaclass's __setattr__ reaches it through super()).
  __setattr__: (interp, args) => {
    typeSetAttrArgs(interp, "__setattr__", args, 3);
    typeType.setattr!(interp, args[0], (args[1] as PyStr).v, args[2]);
    return None;
  },
  __delattr__: (interp, args) => {
    typeSetAttrArgs(interp, "__delattr__", args, 2);
    typeType.setattr!(interp, args[0], (args[1] as PyStr).v, undefined);
    return None;
  },
  __call__: (interp, args, kwargs) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) return raiseTypeError(interp, "descriptor '__call__' requires a 'type' object");
    return typeType.call!(interp, cls, args.slice(1), kwargs);
  },
  mro: (interp, args) => newList(interp, (args[0] as PyType).mro.slice()),
  /**
   * Deviation (isolation): builtin types report no subclasses (they are shared by all
   * runs); a class of this run reports the classes of this run derived from it.
   */
  __subclasses__: (interp, args) => {
    const t = args[0] as PyType;
    if (t.frozen) return newList(interp, []);
    return newList(interp, interp.userClassesDerivedFrom(t));
  },
  __instancecheck__: (_interp, args) => typeOf(args[1]).isSubtypeOf(args[0] as PyType),
  __subclasscheck__: (_interp, args) => args[1] instanceof PyType && args[1].isSubtypeOf(args[0] as PyType),
});

function typeSetAttrArgs(interp: Interpreter, name: string, args: PyValue[], n: number): void {
  if (args.length === 0 || !(args[0] instanceof PyType)) {
    raiseTypeError(interp, `descriptor '${name}' requires a 'type' object but received a '${args.length === 0 ? "nothing" : typeOf(args[0]).name}'`);
  }
  // CPython's message starts with a space here (an empty function name before it).
  if (args.length !== n) raiseTypeError(interp, ` expected ${n - 1} argument${n === 2 ? "" : "s"}, got ${args.length - 1}`);
  if (!(args[1] instanceof PyStr)) raiseTypeError(interp, `attribute name must be string, not '${typeOf(args[1]).name}'`);
}

void objectType;
void toArray;
