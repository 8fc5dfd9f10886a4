// Attribute fast paths used by compiled code: reading an attribute of an instance
// of a user class, and calling `obj.name(...)` without allocating a bound method.

import type { PyValue } from "../objects/object.js";
import { PyBoundMethod, PyBuiltinFunction, PyFunction } from "../objects/function.js";
import { PyInstance } from "../objects/objecttype.js";
import type { PyDict } from "../objects/dict.js";
import { sizeFor } from "../heap/heap.js";
import type { Interpreter } from "./interpreter.js";
import { callValue, genericSetAttr, getAttr, setAttr, typeOf } from "./abstract.js";
import { callFunction, callPrepared } from "./call.js";
import type { PyType } from "../objects/type.js";
import { PyProperty } from "../objects/property.js";
import { propertyType } from "../objects/builtin-types.js";

const BOUND_SIZE = sizeFor(16);

export function newBoundMethod(interp: Interpreter, self: PyValue, func: PyValue): PyBoundMethod {
  return interp.heap.alloc(new PyBoundMethod(self, func), BOUND_SIZE);
}

/**
 * An inline cache for one attribute site of the compiled code: the result of
 * `type.lookup(name)` for the last type seen there. Valid while that type's `version`
 * is unchanged (a class's version is bumped whenever its dict, or the dict of a class
 * on its MRO, changes: vm/classes.ts classChanged), exactly like the type's own
 * lookup cache, but without its Map probe.
 */
export class AttrSite {
  readonly name: string;
  type: PyType | null = null;
  version = -1;
  descr: PyValue | null = null;
  constructor(name: string) {
    this.name = name;
  }
}

/** `t.lookup(site.name)`, through the site's cache. */
export function siteLookup(site: AttrSite, t: PyType): PyValue | null {
  if (t === site.type && t.version === site.version) return site.descr;
  const d = t.lookup(site.name);
  site.type = t;
  site.version = t.version;
  site.descr = d;
  return d;
}

/** `o.name` at a compiled site: instance attributes, methods (bound) and properties fast. */
export function loadAttrAt(interp: Interpreter, o: PyValue, site: AttrSite): PyValue {
  if (o instanceof PyInstance) {
    const d = siteLookup(site, o.cls);
    if (d === null) {
      const v = o.dict.get(site.name);
      if (v !== undefined) return v;
    } else if (d instanceof PyFunction) {
      const v = o.dict.get(site.name);
      if (v !== undefined) return v;
      return newBoundMethod(interp, o, d);
    } else if (d instanceof PyProperty && d.cls === propertyType) {
      const g = d.fget;
      if (g instanceof PyFunction && g.code.simple && g.code.argcount === 1) {
        const locals = new Array<PyValue | undefined>(g.code.nlocals);
        locals[0] = o;
        return callPrepared(interp, g, locals);
      }
    }
  }
  return getAttr(interp, o, site.name);
}

/** `o.name = v` at a compiled site. */
export function storeAttrAt(interp: Interpreter, o: PyValue, site: AttrSite, v: PyValue): void {
  if (o instanceof PyInstance) {
    const t = o.cls;
    if (t.setattr === undefined) {
      const d = siteLookup(site, t);
      if (d === null || typeof d !== "object" || d.cls.descrSet === undefined) {
        const dict = o.dict;
        const before = dict.size;
        dict.set(site.name, v);
        if (dict.size !== before) interp.heap.resize(o, o.size + 16);
        return;
      }
    }
  }
  setAttr(interp, o, site.name, v);
}

export function loadAttr(interp: Interpreter, o: PyValue, name: string): PyValue {
  if (o instanceof PyInstance) {
    const d = o.cls.lookup(name);
    if (d === null) {
      const v = o.dict.get(name);
      if (v !== undefined) return v;
    } else if (d instanceof PyFunction) {
      const v = o.dict.get(name);
      if (v !== undefined) return v;
      return newBoundMethod(interp, o, d);
    }
  }
  return getAttr(interp, o, name);
}

export function storeAttr(interp: Interpreter, o: PyValue, name: string, v: PyValue): void {
  if (o instanceof PyInstance) {
    const t = o.cls;
    if (t.setattr === undefined) {
      const d = t.lookup(name);
      if (d === null || typeof d !== "object" || d.cls.descrSet === undefined) {
        const dict = o.dict;
        const before = dict.size;
        dict.set(name, v);
        if (dict.size !== before) interp.heap.resize(o, o.size + 16);
        return;
      }
    }
    setAttr(interp, o, name, v);
    return;
  }
  setAttr(interp, o, name, v);
}

/** `o.name(*args)`: `args` is a fresh array the callee may own. */
export function callAttr(interp: Interpreter, o: PyValue, name: string, args: PyValue[]): PyValue {
  const t = typeOf(o);
  if (t.getattr === undefined) {
    const m = t.lookup(name);
    if (m instanceof PyFunction) {
      if (!(o instanceof PyInstance) || !o.dict.has(name)) {
        args.unshift(o);
        return callFunction(interp, m, args, null);
      }
    } else if (m instanceof PyBuiltinFunction && m.isMethod) {
      const d = t.instancesHaveDict ? (o as unknown as { dict: Map<string, PyValue> | null }).dict : null;
      if (d === null || d === undefined || !d.has(name)) {
        args.unshift(o);
        return m.fn(interp, args, null);
      }
    }
  }
  const f = getAttr(interp, o, name);
  if (f instanceof PyFunction) return callFunction(interp, f, args, null);
  return callValue(interp, f, args, null);
}

/** Key/value pairs of a dict, in order. */
export function dictEntries(_interp: Interpreter, d: PyDict): [PyValue, PyValue][] {
  const out: [PyValue, PyValue][] = [];
  for (const e of d.table.map.values()) out.push([e.key, e.value]);
  return out;
}

export { genericSetAttr };
