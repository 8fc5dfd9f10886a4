// `mappingproxy`: the read-only live view a class's `__dict__` returns. Reads go to
// the type's own attribute map, so later changes to the class are seen; item
// assignment raises TypeError (no setitem slot). Methods that hand out a dict or a
// view (keys/values/items/copy) work on a snapshot dict of the moment.

import type { PyValue } from "./object.js";
import { PyObject } from "./object.js";
import { PyType } from "./type.js";
import { None, NotImplemented, objectType, typeType } from "./builtin-types.js";
import { PyStr, newStr } from "./str.js";
import { PyDict, dictSet, newDict } from "./dict.js";
import { defineMethods } from "./function.js";
import type { Interpreter } from "../vm/interpreter.js";
import { callMethod, getIter, pyRepr, richCompare } from "../vm/abstract.js";
import { raiseKeyError, raiseTypeError } from "../vm/errors.js";
import { sizeFor } from "../heap/heap.js";

export const mappingProxyType = new PyType(typeType, "mappingproxy", [objectType], true);
mappingProxyType.mro = [mappingProxyType, objectType];
mappingProxyType.subclassable = false;

export class PyMappingProxy extends PyObject {
  static override get name(): string {
    return "PyMappingProxy";
  }
  owner: PyType;
  constructor(owner: PyType) {
    super(mappingProxyType);
    this.owner = owner;
  }
}

export function newMappingProxy(interp: Interpreter, owner: PyType): PyMappingProxy {
  return interp.heap.alloc(new PyMappingProxy(owner), sizeFor(8));
}

/** A dict holding the class attributes now (for methods returning dicts and views). */
function snapshot(interp: Interpreter, p: PyValue): PyDict {
  const d = newDict(interp);
  interp.frame.temps.push(d);
  for (const [k, v] of (p as PyMappingProxy).owner.dict) dictSet(interp, d, newStr(interp, k), v);
  return d;
}

mappingProxyType.getitem = (interp, self, key) => {
  const v = key instanceof PyStr ? (self as PyMappingProxy).owner.dict.get(key.v) : undefined;
  return v === undefined ? raiseKeyError(interp, key) : v;
};
mappingProxyType.len = (_interp, self) => (self as PyMappingProxy).owner.dict.size;
mappingProxyType.contains = (_interp, self, key) => key instanceof PyStr && (self as PyMappingProxy).owner.dict.has(key.v);
mappingProxyType.iter = (interp, self) => getIter(interp, snapshot(interp, self));
mappingProxyType.repr = (interp, self) => `mappingproxy(${pyRepr(interp, snapshot(interp, self))})`;
mappingProxyType.compare = (interp, op, self, other) => {
  if (op !== "eq" && op !== "ne") return NotImplemented;
  const o = other instanceof PyMappingProxy ? snapshot(interp, other) : other;
  return richCompare(interp, op, snapshot(interp, self), o);
};
mappingProxyType.hash = (interp) => raiseTypeError(interp, "unhashable type: 'mappingproxy'");
mappingProxyType.traverse = (self, visit) => visit((self as PyMappingProxy).owner);

defineMethods(mappingProxyType, {
  keys: (interp, args) => callMethod(interp, snapshot(interp, args[0]), "keys", []),
  values: (interp, args) => callMethod(interp, snapshot(interp, args[0]), "values", []),
  items: (interp, args) => callMethod(interp, snapshot(interp, args[0]), "items", []),
  copy: (interp, args) => snapshot(interp, args[0]),
  get: (interp, args) => {
    if (args.length < 2 || args.length > 3) raiseTypeError(interp, `get expected at least 1 argument, got ${args.length - 1}`);
    const key = args[1];
    const v = key instanceof PyStr ? (args[0] as PyMappingProxy).owner.dict.get(key.v) : undefined;
    return v !== undefined ? v : args.length === 3 ? args[2] : None;
  },
});
mappingProxyType.frozen = true;
mappingProxyType.changed();
