// The `weakref` module: `ref` and `finalize` are the types themselves (so
// `type(weakref.ref(x)) is weakref.ref`); their behaviour is in objects/weakref.ts,
// proxies in objects/weakproxy.ts.
//
// Beyond the contract (seed/weakref.txt): ReferenceType (= ref), ProxyType,
// CallableProxyType, ProxyTypes, proxy, getweakrefcount, getweakrefs, and the Python
// classes WeakValueDictionary, WeakKeyDictionary, WeakSet and WeakMethod
// (modules/weakref-classes.ts). Those classes are loaded by the module's PEP 562
// `__getattr__` on first use, so `import weakref` itself allocates nothing on the
// program's heap (ids and gc.mem_alloc() stay as the contract's programs expect).

import type { PyObject, PyValue } from "../objects/object.js";
import { finalizeType, None, weakrefType } from "../objects/builtin-types.js";
import { builtin, makeModule, type PyModule } from "../objects/module.js";
import { PyStr } from "../objects/str.js";
import { newList } from "../objects/list.js";
import { newTuple } from "../objects/tuple.js";
import { checkFnArgs } from "../objects/args.js";
import { AttributeError } from "../objects/exceptions.js";
import type { PyRef } from "../objects/weakref.js";
import { callableProxyType, newProxy, proxyType } from "../objects/weakproxy.js";
import type { Interpreter } from "../vm/interpreter.js";
import { raise, raiseTypeError } from "../vm/errors.js";
import { getAttr } from "../vm/abstract.js";
import { importModule } from "../vm/imports.js";
import "../objects/weakref.js";

/** Names the Python part (module `_weakrefset`, modules/weakref-classes.ts) defines. */
const LAZY = new Set(["WeakValueDictionary", "WeakKeyDictionary", "WeakSet", "WeakMethod"]);

/**
 * The weak references to `v` as CPython lists them: the callback-less ref, then the
 * callback-less proxy (CPython shares one of each per object; heapscope makes a new one
 * per call, listed oldest first), then those with callbacks, newest first.
 * Deviation: finalize objects are not listed (CPython's are refs with callbacks).
 */
function weakrefsOf(interp: Interpreter, v: PyValue): PyRef[] {
  if (typeof v !== "object") return [];
  const refs = interp.collector.registry.refsTo(v as PyObject);
  const out: PyRef[] = [];
  for (const r of refs) if (r.callback === null && r.cls === weakrefType) out.push(r);
  for (const r of refs) if (r.callback === null && r.cls !== weakrefType) out.push(r);
  for (let i = refs.length - 1; i >= 0; i--) if (refs[i].callback !== null) out.push(refs[i]);
  return out;
}

const getweakrefcount = builtin("getweakrefcount", (interp, args, kwargs) => {
  checkFnArgs(interp, "_weakref.getweakrefcount", args, 1, 1, kwargs);
  return weakrefsOf(interp, args[0]).length;
});

const getweakrefs = builtin("getweakrefs", (interp, args, kwargs) => {
  checkFnArgs(interp, "_weakref.getweakrefs", args, 1, 1, kwargs);
  return newList(interp, weakrefsOf(interp, args[0]));
});

const proxy = builtin("proxy", (interp, args, kwargs) => {
  checkFnArgs(interp, "proxy", args, 1, 2, kwargs);
  const cb = args.length === 2 && args[1] !== None ? args[1] : null;
  return newProxy(interp, args[0], cb);
});

const lazyGetattr = builtin("__getattr__", (interp, args) => {
  const name = args[0];
  if (!(name instanceof PyStr)) return raiseTypeError(interp, "attribute name must be string");
  const m = interp.modules.get("weakref");
  let v: PyValue;
  if (LAZY.has(name.v)) v = getAttr(interp, importModule(interp, "_weakrefset"), name.v);
  else if (name.v === "ProxyTypes") v = newTuple(interp, [proxyType, callableProxyType]);
  else return raise(interp, AttributeError, `module 'weakref' has no attribute '${name.v}'`);
  if (m !== undefined) m.dict.set(name.v, v); // found once, then an ordinary attribute
  return v;
});

export function createWeakrefModule(_interp: Interpreter): PyModule {
  return makeModule("weakref", [
    ["ref", weakrefType as PyValue],
    ["finalize", finalizeType as PyValue],
    ["ReferenceType", weakrefType as PyValue],
    ["ProxyType", proxyType as PyValue],
    ["CallableProxyType", callableProxyType as PyValue],
    ["proxy", proxy],
    ["getweakrefcount", getweakrefcount],
    ["getweakrefs", getweakrefs],
    ["__getattr__", lazyGetattr],
  ]);
}
