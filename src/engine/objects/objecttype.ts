// `object`: the root type. Instances of user classes are PyInstance objects (a type
// plus an attribute dict); `object()` itself is a PyPlain with no dict.

import { PyObject, PyPlain, type PyValue } from "./object.js";
import { None, NotImplemented, objectType, typeType } from "./builtin-types.js";
import { PyType } from "./type.js";
import { defineMethods } from "./function.js";
import { sizeFor } from "../heap/heap.js";
import { TypeError } from "./exceptions.js";
import type { Interpreter } from "../vm/interpreter.js";
import { defaultRepr, genericSetAttr, pyRepr, pyStr, typeOf } from "../vm/abstract.js";
import { newException, raiseTypeError } from "../vm/errors.js";
import { internStr, newStr, PyStr } from "./str.js";
import { DictEntry } from "./dict-core.js";
import type { PyDict } from "./dict.js";
import { defineGetSet } from "./property.js";
import { dictSet, newDict } from "./dict.js";
import { builtinClassMethod } from "./classmethod-builtin.js";

/** An instance of a user class (whose native base is object). */
export class PyInstance extends PyObject {
  static override get name(): string {
    return "PyInstance";
  }
  declare dict: Map<string, PyValue>;
  constructor(cls: PyType) {
    // An assignment, not a field initializer (see PyObject: initializers are slow defines).
    super(cls);
    this.dict = new Map();
  }
}

/** Size of an instance: header + 16 bytes per attribute (abstract.ts re-charges as attributes come and go). */
export const INSTANCE_SIZE = sizeFor(0);

export function newInstance(interp: Interpreter, cls: PyType): PyInstance {
  return interp.heap.alloc(new PyInstance(cls), INSTANCE_SIZE);
}

objectType.construct = (interp, cls, args, kwargs) => {
  if (cls === objectType) {
    if (args.length > 0 || (kwargs !== null && kwargs.size > 0)) raiseTypeError(interp, "object() takes no arguments");
    return interp.heap.alloc(new PyPlain(objectType), sizeFor(0));
  }
  return newInstance(interp, cls);
};

objectType.traverse = (self, visit) => {
  const d = (self as PyInstance).dict;
  if (d instanceof Map) for (const v of d.values()) visit(v);
};

function checkStrName(interp: Interpreter, v: PyValue): string {
  if (!(v instanceof PyStr)) raiseTypeError(interp, `attribute name must be string, not '${typeOf(v).name}'`);
  return v.v;
}

defineMethods(objectType, {
  __init__: (interp, args, kwargs) => {
    if (args.length > 1 || (kwargs !== null && kwargs.size > 0)) {
      raiseTypeError(interp, "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    return None;
  },
  __new__: (interp, args, kwargs) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) return raiseTypeError(interp, `object.__new__(X): X is not a type object (${typeOf(cls).name})`);
    // Extra arguments are an error unless they are meant for the class's own __init__ (CPython's rule).
    if (args.length > 1 || (kwargs !== null && kwargs !== undefined && kwargs.size > 0)) {
      if (cls.lookup("__new__") !== objectType.dict.get("__new__")) raiseTypeError(interp, "object.__new__() takes exactly one argument (the type to instantiate)");
      if (cls.lookup("__init__") === objectType.dict.get("__init__")) raiseTypeError(interp, `${cls.name}() takes no arguments`);
    }
    if (cls.construct !== undefined && cls.construct !== objectType.construct && !cls.isSubtypeOf(objectType)) return None;
    // A builtin-backed class (int, tuple, list... subclasses) needs its base's __new__.
    for (const b of cls.mro) {
      if (b !== objectType && b.frozen && b.dict.has("__new__")) {
        return raiseTypeError(interp, `object.__new__(${cls.name}) is not safe, use ${b.name}.__new__()`);
      }
    }
    return cls === objectType ? interp.heap.alloc(new PyPlain(objectType), sizeFor(0)) : newInstance(interp, cls);
  },
  __repr__: (interp, args) => newStr(interp, defaultRepr(interp, args[0] as PyObject)),
  __str__: (interp, args) => newStr(interp, pyRepr(interp, args[0])),
  __eq__: (_interp, args) => (args[0] === args[1] ? true : NotImplemented),
  __ne__: (_interp, args) => (args[0] === args[1] ? false : NotImplemented),
  __hash__: (interp, args) => {
    const t = typeOf(args[0]);
    return t.hash !== undefined ? t.hash(interp, args[0]) : (args[0] as PyObject).id;
  },
  __setattr__: (interp, args) => {
    // A class's attributes are type.__setattr__'s business (CPython's check, too).
    if (args[0] instanceof PyType) raiseTypeError(interp, `can't apply this __setattr__ to ${typeOf(args[0]).name} object`);
    genericSetAttr(interp, args[0], checkStrName(interp, args[1]), args[2]);
    return None;
  },
  __delattr__: (interp, args) => {
    if (args[0] instanceof PyType) raiseTypeError(interp, `can't apply this __delattr__ to ${typeOf(args[0]).name} object`);
    genericSetAttr(interp, args[0], checkStrName(interp, args[1]), undefined);
    return None;
  },
  __format__: (interp, args) => {
    const spec = args[1];
    if (spec instanceof PyStr && spec.v !== "") {
      throw newException(interp, TypeError, `unsupported format string passed to ${typeOf(args[0]).name}.__format__`);
    }
    return newStr(interp, pyStr(interp, args[0]));
  },
  __dir__: (interp, args) => {
    void args;
    return raiseTypeError(interp, "dir() is not supported");
  },
});

// object.__init_subclass__: the end of every super().__init_subclass__(**kw) chain.
objectType.dict.set("__init_subclass__", builtinClassMethod("__init_subclass__", "object", (interp, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, `${(args[0] as PyType).name}.__init_subclass__() takes no keyword arguments`);
  return None;
}));
objectType.changed();

defineGetSet(objectType, "__class__", (_interp, self) => typeOf(self));
defineGetSet(objectType, "__dict__", (interp, self) => {
  const d = (self as { dict?: Map<string, PyValue> | null }).dict;
  if (!(d instanceof Map)) return raiseTypeError(interp, `'${typeOf(self).name}' object has no attribute '__dict__'`);
  return dictView(interp, self, d);
});

/**
 * An instance's attributes once its `__dict__` has been read: the Map interface the VM
 * uses (`get`/`set`/`has`/`delete`/iteration), backed by the table of the dict object
 * handed out, so `obj.__dict__` and `vars(obj)` are live both ways. Attributes stay
 * in a plain Map (the fast path) for instances whose __dict__ is never asked for.
 * Deviation: attributes set through the instance do not re-charge the dict object's
 * size (the instance is charged for them, as before).
 */
export class InstanceAttrs extends Map<string, PyValue> {
  static override get name(): string {
    return "InstanceAttrs";
  }
  readonly pydict: PyDict;
  constructor(pydict: PyDict) {
    super();
    this.pydict = pydict;
  }
  override get(name: string): PyValue | undefined {
    const e = this.pydict.table.map.get(name);
    return e === undefined ? undefined : e.value;
  }
  override has(name: string): boolean {
    return this.pydict.table.map.has(name);
  }
  override set(name: string, value: PyValue): this {
    const map = this.pydict.table.map;
    const e = map.get(name);
    if (e !== undefined) e.value = value;
    else map.set(name, new DictEntry(internStr(name), value));
    return this;
  }
  override delete(name: string): boolean {
    return this.pydict.table.map.delete(name);
  }
  override clear(): void {
    for (const k of [...this.keys()]) this.delete(k);
  }
  override get size(): number {
    let n = 0;
    for (const e of this.pydict.table.map.values()) if (e.key instanceof PyStr) n++;
    return n;
  }
  override *entries(): MapIterator<[string, PyValue]> {
    for (const e of [...this.pydict.table.map.values()]) if (e.key instanceof PyStr) yield [e.key.v, e.value];
  }
  override *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }
  override *values(): MapIterator<PyValue> {
    for (const e of [...this.pydict.table.map.values()]) {
      // Non-str keys put in through __dict__ are held too (the collector must see them).
      if (!(e.key instanceof PyStr)) yield e.key;
      yield e.value;
    }
  }
  override [Symbol.iterator](): MapIterator<[string, PyValue]> {
    return this.entries();
  }
  override forEach(fn: (value: PyValue, key: string, map: Map<string, PyValue>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}

/** `obj.__dict__`: the live dict of the instance's attributes (created on first use). */
function dictView(interp: Interpreter, self: PyValue, d: Map<string, PyValue>): PyValue {
  if (d instanceof InstanceAttrs) return d.pydict;
  const out = newDict(interp);
  for (const [k, v] of d) dictSet(interp, out, internStr(k), v);
  (self as unknown as { dict: Map<string, PyValue> }).dict = new InstanceAttrs(out);
  return out;
}

void typeType;
