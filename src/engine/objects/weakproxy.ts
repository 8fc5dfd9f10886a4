// `weakref.proxy` objects: CPython's `weakref.ProxyType` / `weakref.CallableProxyType`
// (the latter when the target is callable). A proxy is a PyRef (objects/weakref.ts)
// with another type, so the run's WeakRegistry clears it and runs its callback (with
// the proxy as argument) exactly like a ref's, in the same newest-first order. Every
// slot forwards to the target, or raises ReferenceError once the target was freed.

import type { PyObject, PyValue } from "./object.js";
import { PyType } from "./type.js";
import { None, objectType, typeType } from "./builtin-types.js";
import { ReferenceError } from "./exceptions.js";
import { PyRef, hexId, newRef } from "./weakref.js";
import type { Interpreter } from "../vm/interpreter.js";
import { raise, raiseTypeError } from "../vm/errors.js";
import {
  binaryOp, callValue, containsOp, delAttr, delItem, getAttr, getItem, getIter, inplaceOp, isTruthy, iterNext, pyId,
  pyLen, pyStr, richCompare, setAttr, setItem, typeOf, unaryOp,
} from "../vm/abstract.js";

function makeProxyType(name: string): PyType {
  const t = new PyType(typeType, name, [objectType], true);
  t.instancesHaveDict = false;
  t.subclassable = false;
  t.module = "weakref";
  t.mro = [t, objectType];
  return t;
}

export const proxyType = makeProxyType("ProxyType");
export const callableProxyType = makeProxyType("CallableProxyType");

function isCallable(v: PyObject): boolean {
  const t = v.cls;
  return v instanceof PyType || t.call !== undefined || t.lookup("__call__") !== null;
}

/** `weakref.proxy(obj[, callback])`. */
export function newProxy(interp: Interpreter, target: PyValue, callback: PyValue | null): PyRef {
  const cls = typeof target === "object" && isCallable(target) ? callableProxyType : proxyType;
  return newRef(interp, target, callback, cls);
}

export function isProxy(v: PyValue): v is PyRef {
  return v instanceof PyRef && (v.cls === proxyType || v.cls === callableProxyType);
}

/** The proxy's target, or ReferenceError once it was freed. */
function live(interp: Interpreter, self: PyValue): PyObject {
  const t = (self as PyRef).target;
  if (t === null) raise(interp, ReferenceError, "weakly-referenced object no longer exists");
  return t;
}

/** An operand as the operation sees it: a proxy stands for its target. */
function unwrap(interp: Interpreter, v: PyValue): PyValue {
  return isProxy(v) ? live(interp, v) : v;
}

for (const t of [proxyType, callableProxyType]) {
  t.repr = (interp, self) => {
    const r = self as PyRef;
    const target: PyValue = r.target ?? None;
    return `<weakproxy at ${hexId(r.id)} to ${typeOf(target).name} at ${hexId(pyId(interp, target))}>`;
  };
  t.str = (interp, self) => pyStr(interp, live(interp, self));
  t.hash = (interp) => raiseTypeError(interp, `unhashable type: 'weakref.${t.name}'`);
  t.bool = (interp, self) => isTruthy(interp, live(interp, self));
  t.len = (interp, self) => pyLen(interp, live(interp, self));
  t.contains = (interp, self, item) => containsOp(interp, live(interp, self), item);
  t.getitem = (interp, self, key) => getItem(interp, live(interp, self), key);
  t.setitem = (interp, self, key, value) => setItem(interp, live(interp, self), key, value);
  t.delitem = (interp, self, key) => delItem(interp, live(interp, self), key);
  t.iter = (interp, self) => getIter(interp, live(interp, self));
  t.next = (interp, self) => iterNext(interp, live(interp, self));
  t.binary = (interp, op, self, other, reflected) => {
    const a = live(interp, self);
    const b = unwrap(interp, other);
    return reflected ? binaryOp(interp, op, b, a) : binaryOp(interp, op, a, b);
  };
  // Like CPython, `p += x` evaluates to the target's in-place result (not the proxy).
  t.inplace = (interp, op, self, other) => inplaceOp(interp, op, live(interp, self), unwrap(interp, other));
  t.unary = (interp, op, self) => unaryOp(interp, op, live(interp, self));
  t.compare = (interp, op, self, other) => richCompare(interp, op, live(interp, self), unwrap(interp, other));
  // Every attribute, `__class__` included, is the target's (as in CPython).
  t.getattr = (interp, self, name) => getAttr(interp, live(interp, self), name);
  t.setattr = (interp, self, name, value) => {
    const target = live(interp, self);
    if (value === undefined) delAttr(interp, target, name);
    else setAttr(interp, target, name, value);
  };
  t.traverse = (self, visit) => {
    const cb = (self as PyRef).callback;
    if (cb !== null) visit(cb);
  };
}

callableProxyType.call = (interp, self, args, kwargs) => callValue(interp, live(interp, self), args, kwargs);
