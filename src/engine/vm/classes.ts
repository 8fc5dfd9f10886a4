// Class creation (`class` statements and type(name, bases, ns)) and the dunder
// dispatchers: a user class gets, in each type slot, a dispatcher calling the Python
// method found along its MRO, for every dunder defined by a Python class there; the
// other slots are inherited from its nearest builtin base.

import type { PyValue } from "../objects/object.js";
import { None, NotImplemented, objectType, typeType } from "../objects/builtin-types.js";
import { PyType, c3Linearize, type BinaryOpName, type CompareOpName, type Kwargs, type TypeSlots } from "../objects/type.js";
import { PyFunction } from "../objects/function.js";
import { PyStr, internStr } from "../objects/str.js";
import { OverflowError, PyException, StopIteration, TypeError, ValueError } from "../objects/exceptions.js";
import { PyInt, toBig } from "../objects/int.js";
import { newInstance } from "../objects/objecttype.js";
import { PyProperty } from "../objects/property.js";
import { sizeFor } from "../heap/heap.js";
import type { Interpreter } from "./interpreter.js";
import { callMethodValue, callValue, isTruthy, pyRepr, typeMsgName, typeName, typeOf } from "./abstract.js";
import { newException, raiseTypeError } from "./errors.js";
import { callPrepared } from "./call.js";
import { typeNew } from "../objects/typetype.js";
import { dictSet, newDict } from "../objects/dict-core.js";
import { newTuple } from "../objects/tuple.js";

const BIN_DUNDERS: Record<BinaryOpName, [string, string, string]> = {
  add: ["__add__", "__radd__", "__iadd__"], sub: ["__sub__", "__rsub__", "__isub__"], mul: ["__mul__", "__rmul__", "__imul__"],
  truediv: ["__truediv__", "__rtruediv__", "__itruediv__"], floordiv: ["__floordiv__", "__rfloordiv__", "__ifloordiv__"],
  mod: ["__mod__", "__rmod__", "__imod__"], pow: ["__pow__", "__rpow__", "__ipow__"], matmul: ["__matmul__", "__rmatmul__", "__imatmul__"],
  lshift: ["__lshift__", "__rlshift__", "__ilshift__"], rshift: ["__rshift__", "__rrshift__", "__irshift__"],
  and: ["__and__", "__rand__", "__iand__"], or: ["__or__", "__ror__", "__ior__"], xor: ["__xor__", "__rxor__", "__ixor__"],
};
const CMP_DUNDERS: Record<CompareOpName, string> = { lt: "__lt__", le: "__le__", eq: "__eq__", ne: "__ne__", gt: "__gt__", ge: "__ge__" };

/** Which dunders feed which slot. */
const SLOT_DUNDERS: [keyof TypeSlots, string[]][] = [
  ["repr", ["__repr__"]],
  ["str", ["__str__", "__repr__"]],
  ["hash", ["__hash__", "__eq__"]],
  ["bool", ["__bool__", "__len__"]],
  ["len", ["__len__"]],
  ["binary", Object.values(BIN_DUNDERS).flatMap((d) => [d[0], d[1]])],
  ["inplace", Object.values(BIN_DUNDERS).map((d) => d[2])],
  ["unary", ["__neg__", "__pos__", "__invert__"]],
  ["compare", Object.values(CMP_DUNDERS)],
  ["contains", ["__contains__"]],
  ["getitem", ["__getitem__"]],
  ["setitem", ["__setitem__"]],
  ["delitem", ["__delitem__"]],
  ["iter", ["__iter__"]],
  ["next", ["__next__"]],
  ["call", ["__call__"]],
  ["setattr", ["__setattr__", "__delattr__"]],
  ["descrGet", ["__get__"]],
  ["descrSet", ["__set__", "__delete__"]],
];

/** The nearest builtin (frozen) base other than object, or objectType. */
export function nativeBase(t: PyType): PyType {
  for (const b of t.mro) if (b.frozen && b !== objectType) return b;
  return objectType;
}

/** Is `name` defined by a Python class (not a builtin one) along t's MRO, before any builtin defines it? */
function userDefines(t: PyType, name: string): boolean {
  for (const b of t.mro) {
    if (b.dict.has(name)) return !b.frozen;
  }
  return false;
}

/** The user-defined method `name` of type(self), or null when a builtin base provides it. */
function userMethod(self: PyValue, name: string): PyValue | null {
  const t = typeOf(self);
  // A Python function can only come from a Python class (builtin types are frozen):
  // the cached lookup answers without walking the MRO.
  const found = t.lookup(name);
  if (found === null) return null;
  if (found instanceof PyFunction) return found;
  for (const b of t.mro) {
    const v = b.dict.get(name);
    if (v !== undefined) return b.frozen ? null : v;
  }
  return null;
}

function call1(interp: Interpreter, m: PyValue, self: PyValue, args: PyValue[]): PyValue {
  if (m instanceof PyFunction) {
    const code = m.code;
    const n = args.length;
    if (code.simple && code.argcount === n + 1) {
      const locals = new Array<PyValue | undefined>(code.nlocals);
      locals[0] = self;
      for (let i = 0; i < n; i++) locals[i + 1] = args[i];
      return callPrepared(interp, m, locals);
    }
  }
  return callMethodValue(interp, m, self, args);
}

/** Slot to fall back to: the native base's. */
function nativeSlot<K extends keyof TypeSlots>(self: PyValue, slot: K): TypeSlots[K] {
  return nativeBase(typeOf(self))[slot];
}

const dispatchers: TypeSlots = {
  repr(interp, self) {
    const m = userMethod(self, "__repr__");
    if (m === null) return nativeSlot(self, "repr")?.(interp, self) ?? pyReprDefault(interp, self);
    const r = call1(interp, m, self, []);
    if (!(r instanceof PyStr)) return raiseTypeError(interp, `__repr__ returned non-string (type ${typeName(r)})`);
    return r.v;
  },
  str(interp, self) {
    const m = userMethod(self, "__str__");
    let r: PyValue;
    if (m === null) {
      const s = nativeSlot(self, "str");
      if (s !== undefined) return s(interp, self);
      // object.__str__ calls the repr slot directly: a bad __repr__ result is reported as __str__'s.
      const rm = userMethod(self, "__repr__");
      if (rm === null) return pyRepr(interp, self);
      r = call1(interp, rm, self, []);
    } else r = call1(interp, m, self, []);
    if (!(r instanceof PyStr)) return raiseTypeError(interp, `__str__ returned non-string (type ${typeName(r)})`);
    return r.v;
  },
  hash(interp, self) {
    const t = typeOf(self);
    const m = t.lookup("__hash__");
    if (m === None) return raiseTypeError(interp, `unhashable type: '${typeMsgName(t)}'`);
    const um = userMethod(self, "__hash__");
    if (um === null) {
      const s = nativeSlot(self, "hash");
      return s !== undefined ? s(interp, self) : (self as { id: number }).id;
    }
    const r = call1(interp, um, self, []);
    if (typeof r === "number") return r === -1 ? -2 : r;
    if (typeof r === "boolean") return r ? 1 : 0;
    if (typeOf(r).hash !== undefined && typeOf(r).isSubtypeOf(typeOf(0))) return typeOf(r).hash!(interp, r);
    return raiseTypeError(interp, "__hash__ method should return an integer");
  },
  bool(interp, self) {
    const m = userMethod(self, "__bool__");
    if (m !== null) {
      const r = call1(interp, m, self, []);
      if (typeof r !== "boolean") return raiseTypeError(interp, `__bool__ should return bool, returned ${typeName(r)}`);
      return r;
    }
    const l = userMethod(self, "__len__");
    if (l !== null) return dispatchers.len!(interp, self) !== 0;
    const s = nativeSlot(self, "bool");
    if (s !== undefined) return s(interp, self);
    const ls = nativeSlot(self, "len");
    return ls !== undefined ? ls(interp, self) !== 0 : true;
  },
  len(interp, self) {
    const m = userMethod(self, "__len__");
    if (m === null) return nativeSlot(self, "len")!(interp, self);
    const r = call1(interp, m, self, []);
    if (typeof r === "boolean") return r ? 1 : 0;
    if (typeof r !== "number") {
      if (r instanceof PyInt) {
        if (toBig(r) < 0n) throw newException(interp, ValueError, "__len__() should return >= 0");
        throw newException(interp, OverflowError, "cannot fit 'int' into an index-sized integer");
      }
      return raiseTypeError(interp, `'${typeName(r)}' object cannot be interpreted as an integer`);
    }
    if (r < 0) throw newException(interp, ValueError, "__len__() should return >= 0");
    return r;
  },
  binary(interp, op, self, other, reflected) {
    const names = BIN_DUNDERS[op];
    const m = userMethod(self, reflected ? names[1] : names[0]);
    if (m === null) {
      const s = nativeSlot(self, "binary");
      return s !== undefined ? s(interp, op, self, other, reflected) : NotImplemented;
    }
    // The common `def __add__(self, other)`: straight into the frame's locals (no argument array).
    if (m instanceof PyFunction && m.code.simple && m.code.argcount === 2) {
      const locals = new Array<PyValue | undefined>(m.code.nlocals);
      locals[0] = self;
      locals[1] = other;
      return callPrepared(interp, m, locals);
    }
    return call1(interp, m, self, [other]);
  },
  inplace(interp, op, self, other) {
    const m = userMethod(self, BIN_DUNDERS[op][2]);
    if (m === null) {
      const s = nativeSlot(self, "inplace");
      return s !== undefined ? s(interp, op, self, other) : NotImplemented;
    }
    return call1(interp, m, self, [other]);
  },
  unary(interp, op, self) {
    const m = userMethod(self, op === "neg" ? "__neg__" : op === "pos" ? "__pos__" : "__invert__");
    if (m === null) {
      const s = nativeSlot(self, "unary");
      return s !== undefined ? s(interp, op, self) : NotImplemented;
    }
    return call1(interp, m, self, []);
  },
  compare(interp, op, self, other) {
    const m = userMethod(self, CMP_DUNDERS[op]);
    if (m === null) {
      if (op === "ne" && userMethod(self, "__eq__") !== null) {
        const r = dispatchers.compare!(interp, "eq", self, other);
        return r === NotImplemented ? r : !isTruthy(interp, r);
      }
      const s = nativeSlot(self, "compare");
      if (s !== undefined) return s(interp, op, self, other);
      if (op === "eq") return self === other ? true : NotImplemented;
      if (op === "ne") return self === other ? false : NotImplemented;
      return NotImplemented;
    }
    return call1(interp, m, self, [other]);
  },
  contains(interp, self, item) {
    const m = userMethod(self, "__contains__");
    if (m === null) {
      const s = nativeSlot(self, "contains");
      if (s !== undefined) return s(interp, self, item);
      return raiseTypeError(interp, `argument of type '${typeName(self)}' is not iterable`);
    }
    return isTruthy(interp, call1(interp, m, self, [item]));
  },
  getitem(interp, self, key) {
    const m = userMethod(self, "__getitem__");
    if (m === null) return nativeSlot(self, "getitem")!(interp, self, key);
    return call1(interp, m, self, [key]);
  },
  setitem(interp, self, key, value) {
    const m = userMethod(self, "__setitem__");
    if (m === null) {
      const s = nativeSlot(self, "setitem");
      if (s === undefined) raiseTypeError(interp, `'${typeName(self)}' object does not support item assignment`);
      return s(interp, self, key, value);
    }
    call1(interp, m, self, [key, value]);
  },
  delitem(interp, self, key) {
    const m = userMethod(self, "__delitem__");
    if (m === null) {
      const s = nativeSlot(self, "delitem");
      if (s === undefined) raiseTypeError(interp, `'${typeName(self)}' object doesn't support item deletion`);
      return s(interp, self, key);
    }
    call1(interp, m, self, [key]);
  },
  iter(interp, self) {
    const m = userMethod(self, "__iter__");
    if (m === null) return nativeSlot(self, "iter")!(interp, self);
    const r = call1(interp, m, self, []);
    if (typeOf(r).next === undefined) return raiseTypeError(interp, `iter() returned non-iterator of type '${typeName(r)}'`);
    return r;
  },
  next(interp, self) {
    const m = userMethod(self, "__next__");
    if (m === null) return nativeSlot(self, "next")!(interp, self);
    try {
      return call1(interp, m, self, []);
    } catch (e) {
      if (e instanceof PyException && e.cls.isSubtypeOf(StopIteration)) return undefined;
      throw e;
    }
  },
  call(interp, self, args, kwargs) {
    const m = userMethod(self, "__call__");
    if (m === null) return nativeSlot(self, "call")!(interp, self, args, kwargs);
    return callMethodValue(interp, m, self, args, kwargs);
  },
  setattr(interp, self, name, value) {
    const m = userMethod(self, value === undefined ? "__delattr__" : "__setattr__");
    if (m === null) {
      const s = nativeSlot(self, "setattr");
      if (s !== undefined) return s(interp, self, name, value);
      return genericSetAttrLazy(interp, self, name, value);
    }
    call1(interp, m, self, value === undefined ? [internStr(name)] : [internStr(name), value]);
  },
  descrGet(interp, descr, obj, owner) {
    const m = userMethod(descr, "__get__");
    if (m === null) return descr;
    return call1(interp, m, descr, [obj === null ? None : obj, owner]);
  },
  descrSet(interp, descr, obj, value) {
    const m = userMethod(descr, value === undefined ? "__delete__" : "__set__");
    if (m === null) return raiseTypeError(interp, value === undefined ? "__delete__" : "__set__");
    call1(interp, m, descr, value === undefined ? [obj] : [obj, value]);
  },
};

import { defaultRepr, genericSetAttr } from "./abstract.js";
function pyReprDefault(interp: Interpreter, self: PyValue): string {
  return defaultRepr(interp, self as PyType);
}
function genericSetAttrLazy(interp: Interpreter, self: PyValue, name: string, value: PyValue | undefined): void {
  genericSetAttr(interp, self, name, value);
}

/** Install the slots of a user class: inherited native slots, then dispatchers for Python dunders. */
export function installSlots(t: PyType): void {
  const native = nativeBase(t);
  for (const [slot] of SLOT_DUNDERS) (t as unknown as Record<string, unknown>)[slot] = native[slot];
  (t as unknown as Record<string, unknown>).traverse = native.traverse ?? objectType.traverse;
  (t as unknown as Record<string, unknown>).getattr = native.getattr;
  for (const [slot, names] of SLOT_DUNDERS) {
    if (names.some((n) => userDefines(t, n))) (t as unknown as Record<string, unknown>)[slot] = dispatchers[slot];
  }
  // __eq__ without __hash__ makes instances unhashable (CPython sets __hash__ = None).
  if (t.dict.has("__eq__") && !t.dict.has("__hash__")) t.dict.set("__hash__", None);
  if (t.lookup("__hash__") === None) t.hash = dispatchers.hash;
  t.construct = constructInstance;
}

/**
 * The Python `__init__` of `cls` when calling `cls(args...)` with positional arguments is
 * exactly "a new plain instance, then __init__" (constructInstance's common case), else
 * null. Stays valid while `cls.version` is unchanged (compiled call sites cache it).
 */
export function plainInit(cls: PyType): PyFunction | null {
  if (cls.construct !== constructInstance || cls.cls !== typeType) return null;
  if (userDefines(cls, "__new__") || !userDefines(cls, "__init__") || nativeBase(cls) !== objectType) return null;
  const init = cls.lookup("__init__");
  return init instanceof PyFunction ? init : null;
}

/** Calling a user class: __new__ (if a Python class defines it) then __init__. */
function constructInstance(interp: Interpreter, cls: PyType, args: PyValue[], kwargs: Kwargs): PyValue {
  if (cls.ctorVersion !== cls.version) {
    cls.ctorVersion = cls.version;
    cls.ctorNewUser = userDefines(cls, "__new__");
    cls.ctorInitUser = userDefines(cls, "__init__");
  }
  const newUser = cls.ctorNewUser;
  const initUser = cls.ctorInitUser;
  const native = nativeBase(cls);
  if (!newUser && initUser && native === objectType && kwargs === null) {
    // The common case: a plain class with a Python __init__ taking positional arguments.
    const init = cls.lookup("__init__");
    if (init instanceof PyFunction && init.code.simple && init.code.argcount === args.length + 1) {
      const obj = newInstance(interp, cls);
      const locals = new Array<PyValue | undefined>(init.code.nlocals);
      locals[0] = obj;
      for (let i = 0; i < args.length; i++) locals[i + 1] = args[i];
      const r = callPrepared(interp, init, locals);
      if (r !== None) throw newException(interp, TypeError, `__init__() should return None, not '${typeName(r)}'`);
      return obj;
    }
  }
  let obj: PyValue;
  if (newUser) {
    const nf = cls.lookup("__new__")!;
    const fn = nf instanceof PyFunction ? nf : nf;
    obj = callValue(interp, unwrapStatic(fn), [cls, ...args], kwargs);
    if (!typeOf(obj).isSubtypeOf(cls)) return obj;
  } else if (native === objectType) {
    if (!initUser && (args.length > 0 || (kwargs !== null && kwargs.size > 0))) {
      return raiseTypeError(interp, `${cls.name}() takes no arguments`);
    }
    obj = newInstance(interp, cls);
  } else {
    const mutable = !IMMUTABLE_NATIVE.has(native.name) && !native.isSubtypeOf(baseExceptionType());
    // A metaclass: type.__new__ takes the class keywords too (for __init_subclass__).
    // An immutable base's __new__ sees the keywords even when the class has an __init__
    // (int(5, scale=2) is refused by int.__new__, as CPython).
    const kw = native === typeType ? kwargs : initUser && !IMMUTABLE_NATIVE.has(native.name) ? null : kwargs;
    obj = initUser && mutable ? native.construct!(interp, cls, [], null) : native.construct!(interp, cls, args, kw);
    if (!initUser) return obj;
  }
  interp.frame.temps.push(obj);
  if (initUser || newUser) {
    const init = cls.lookup("__init__");
    // After a user __new__, a builtin __init__ runs only for mutable bases (list.__init__
    // fills the list); object's ignores the arguments.
    // An exception's BaseException.__init__ runs too: it sets .args from the call's arguments.
    if (init !== null && (initUser || !newUser || native.isSubtypeOf(baseExceptionType()) || (native !== objectType && !IMMUTABLE_NATIVE.has(native.name)))) {
      const r = callMethodValue(interp, init, obj, args, kwargs);
      if (r !== None) throw newException(interp, TypeError, `__init__() should return None, not '${typeName(r)}'`);
    }
  }
  return obj;
}

// Builtins whose __new__ takes the constructor's arguments (`ref` needs its target there).
const IMMUTABLE_NATIVE = new Set(["int", "float", "str", "tuple", "frozenset", "bytes", "complex", "type", "ref"]);
import { BaseException } from "../objects/exceptions.js";
import { PyStaticMethod } from "../objects/property.js";
function baseExceptionType(): PyType {
  return BaseException;
}
function unwrapStatic(v: PyValue): PyValue {
  return v instanceof PyStaticMethod ? v.func : v;
}

/**
 * Create a class. `ns` becomes the class dict. Raises TypeError for bad bases and
 * inconsistent MROs, like CPython.
 */
export function buildClass(interp: Interpreter, name: string, basesIn: PyValue[], ns: Map<string, PyValue>, metaclass: PyType | null, qualname: string): PyType {
  const bases: PyType[] = [];
  for (const b of basesIn) {
    if (!(b instanceof PyType)) return raiseTypeError(interp, "bases must be types");
    if (!b.subclassable) return raiseTypeError(interp, `type '${b.name}' is not an acceptable base type`);
    if (bases.indexOf(b) >= 0) return raiseTypeError(interp, `duplicate base class ${b.name}`);
    bases.push(b);
  }
  if (bases.length === 0) bases.push(objectType);
  let meta = metaclass ?? typeType;
  for (const b of bases) if (typeOf(b).isSubtypeOf(meta)) meta = typeOf(b);
  const t = new PyType(meta, name, bases, false);
  t.qualname = qualname;
  const mod = ns.get("__module__");
  t.module = mod instanceof PyStr ? mod.v : "__main__";
  t.dict = ns;
  const mro = c3Linearize(t, bases);
  if (mro === null) {
    return raiseTypeError(interp, `Cannot create a consistent method resolution\norder (MRO) for bases ${bases.map((b) => b.name).join(", ")}`);
  }
  t.mro = mro;
  t.instancesHaveDict = true;
  for (const [k, v] of ns) if (v instanceof PyProperty && v.name === null) v.name = k;
  installSlots(t);
  interp.heap.alloc(t, sizeFor(64 + 24 * ns.size));
  interp.userClasses.push(t);
  return t;
}

/**
 * The end of a `class` statement: the namespace `ns` (with __qualname__) becomes a class
 * through the metaclass: the explicit one, or the most derived metaclass of the bases.
 * With `type` itself the class is built directly; any other metaclass (or callable) is
 * called as `meta(name, bases, ns_dict, **kwargs)`, like CPython's __build_class__.
 * `prepared`: the namespace the metaclass's `__prepare__` made (vm/class-build.ts), already
 * holding the body's bindings; it is what the metaclass receives.
 */
export function makeClass(interp: Interpreter, name: string, bases: PyValue[], ns: Map<string, PyValue>, explicit: PyValue | null, kwargs: Kwargs, prepared: PyValue | null = null): PyValue {
  let meta: PyValue = explicit ?? (bases.length > 0 ? typeOf(bases[0]) : typeType);
  if (meta instanceof PyType) {
    let winner: PyType = meta;
    for (const b of bases) {
      const bt = typeOf(b);
      if (winner.isSubtypeOf(bt)) continue;
      if (bt.isSubtypeOf(winner)) winner = bt;
      else {
        return raiseTypeError(interp, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
      }
    }
    meta = winner;
  }
  if (meta === typeType && prepared === null) return typeNew(interp, null, name, bases, ns, kwargs);
  let d: PyValue = prepared ?? newDict(interp);
  if (prepared === null) {
    const fresh = d as ReturnType<typeof newDict>;
    interp.frame.temps.push(fresh);
    for (const [k, v] of ns) dictSet(interp, fresh, internStr(k), v);
    d = fresh;
  }
  const basesTuple = newTuple(interp, bases.slice());
  interp.frame.temps.push(basesTuple);
  return callValue(interp, meta, [internStr(name), basesTuple, d], kwargs);
}

/** After `C.name = value`: drop lookup caches of C and its subclasses, refresh slots for dunders. */
export function classChanged(interp: Interpreter, t: PyType, name: string): void {
  for (const u of interp.userClasses) {
    if (u.mro.indexOf(t) >= 0) {
      u.changed();
      if (name.startsWith("__") && name.endsWith("__")) installSlots(u);
    }
  }
}

export { typeName };
