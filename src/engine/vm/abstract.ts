// The abstract object protocol: the one place that turns "do X to a Python value"
// into slot calls. Generic over PyType slots: builtin types fill their slots in
// objects/*.ts, user classes get dunder dispatchers in theirs (vm/classes.ts), and
// nothing here special-cases a builtin type beyond the small-int/bool fast paths.

import { PyObject, SMALL_INT_LIMIT, type PyValue } from "../objects/object.js";
import { PyType, type BinaryOpName, type CompareOpName, type Kwargs, type UnaryOpName } from "../objects/type.js";
import { None, NotImplemented, boolType, intType, rangeType } from "../objects/builtin-types.js";
import { PyBuiltinFunction, PyFunction } from "../objects/function.js";
import type { Interpreter } from "./interpreter.js";
import { attributeErrorMessage, newAttributeError, newException, raiseTypeError } from "./errors.js";
import { AttributeError } from "../objects/exceptions.js";
import { typeMsgName, typeName, typeOf } from "./typename.js";
import { callFunction } from "./call.js";
import { trimTemps } from "./frame.js";
import { reserveItems, reserveRange } from "../objects/reserve.js";

export { typeOf, typeName, typeMsgName };

export const BINARY_SYMBOLS: Record<BinaryOpName, string> = {
  add: "+", sub: "-", mul: "*", truediv: "/", floordiv: "//", mod: "%", pow: "** or pow()", matmul: "@",
  lshift: "<<", rshift: ">>", and: "&", or: "|", xor: "^",
};
const INPLACE_SYMBOLS: Record<BinaryOpName, string> = {
  add: "+=", sub: "-=", mul: "*=", truediv: "/=", floordiv: "//=", mod: "%=", pow: "**=", matmul: "@=",
  lshift: "<<=", rshift: ">>=", and: "&=", or: "|=", xor: "^=",
};
export const COMPARE_SYMBOLS: Record<CompareOpName, string> = { lt: "<", le: "<=", eq: "==", ne: "!=", gt: ">", ge: ">=" };
const REFLECTED: Record<CompareOpName, CompareOpName> = { lt: "gt", le: "ge", eq: "eq", ne: "ne", gt: "lt", ge: "le" };
const UNARY_SYMBOLS: Record<UnaryOpName, string> = { neg: "-", pos: "+", invert: "~" };

export function isInstance(v: PyValue, type: PyType): boolean {
  return typeOf(v).isSubtypeOf(type);
}

// ---------------------------------------------------------------- truth, repr, str, hash, id

export function isTruthy(interp: Interpreter, v: PyValue): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v === None) return false;
  const t = v.cls;
  if (t.bool !== undefined) return t.bool(interp, v);
  if (t.len !== undefined) return t.len(interp, v) !== 0;
  return true;
}

export function pyRepr(interp: Interpreter, v: PyValue): string {
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "True" : "False";
  const t = v.cls;
  if (t.repr !== undefined) return t.repr(interp, v);
  return defaultRepr(interp, v);
}

/** `<__main__.A object at 0x...>`: the address is the object's id, so it is deterministic. */
export function defaultRepr(interp: Interpreter, v: PyObject): string {
  const t = v.cls;
  const mod = t.module === "builtins" ? "" : `${t.module}.`;
  return `<${mod}${t.qualname} object at 0x${pyId(interp, v).toString(16).padStart(12, "0")}>`;
}

export function pyStr(interp: Interpreter, v: PyValue): string {
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "True" : "False";
  const t = v.cls;
  if (t.str !== undefined) return t.str(interp, v);
  return pyRepr(interp, v);
}

export function pyHash(interp: Interpreter, v: PyValue): number {
  if (typeof v === "number") return v === -1 ? -2 : v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const t = v.cls;
  if (t.hash !== undefined) return t.hash(interp, v);
  return pyId(interp, v);
}

/** Deviation: ids of values that are not heap objects (small ints, builtins) come from separate ranges. */
const NONHEAP_ID_BASE = 2 ** 40;
const SMALLINT_ID_BASE = 2 ** 42;

/** id(v): a heap object's allocation number; stable numbers for everything else. */
export function pyId(interp: Interpreter, v: PyValue): number {
  if (typeof v === "number") return SMALLINT_ID_BASE + v * 2;
  if (typeof v === "boolean") return v ? NONHEAP_ID_BASE - 2 : NONHEAP_ID_BASE - 4;
  if (v.id !== 0) return v.id;
  let id = interp.nonHeapIds.get(v);
  if (id === undefined) {
    id = NONHEAP_ID_BASE + 16 * (interp.nonHeapIds.size + 1);
    interp.nonHeapIds.set(v, id);
  }
  return id;
}

// ---------------------------------------------------------------- comparison

export function pyEq(interp: Interpreter, a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return false;
  const r = richCompare(interp, "eq", a, b);
  return typeof r === "boolean" ? r : isTruthy(interp, r);
}

export function richCompare(interp: Interpreter, op: CompareOpName, a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") {
    switch (op) {
      case "lt": return a < b;
      case "le": return a <= b;
      case "eq": return a === b;
      case "ne": return a !== b;
      case "gt": return a > b;
      case "ge": return a >= b;
    }
  }
  const ta = typeOf(a);
  const tb = typeOf(b);
  let checkedReflected = false;
  if (ta !== tb && tb.compare !== undefined && tb.isSubtypeOf(ta)) {
    checkedReflected = true;
    const r = tb.compare(interp, REFLECTED[op], b, a);
    if (r !== NotImplemented) return r;
  }
  if (ta.compare !== undefined) {
    const r = ta.compare(interp, op, a, b);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReflected && tb.compare !== undefined) {
    const r = tb.compare(interp, REFLECTED[op], b, a);
    if (r !== NotImplemented) return r;
  }
  if (op === "eq") return a === b;
  if (op === "ne") return a !== b;
  return raiseTypeError(interp, `'${COMPARE_SYMBOLS[op]}' not supported between instances of '${typeMsgName(ta)}' and '${typeMsgName(tb)}'`);
}

export function compareBool(interp: Interpreter, op: CompareOpName, a: PyValue, b: PyValue): boolean {
  const r = richCompare(interp, op, a, b);
  return typeof r === "boolean" ? r : isTruthy(interp, r);
}

// ---------------------------------------------------------------- arithmetic

export function binaryOp(interp: Interpreter, op: BinaryOpName, a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") {
    let r: number | undefined;
    if (op === "add") r = a + b;
    else if (op === "sub") r = a - b;
    if (r !== undefined && r < SMALL_INT_LIMIT && r > -SMALL_INT_LIMIT) return r;
  }
  const r = binaryOpOrNotImplemented(interp, op, a, b);
  if (r !== NotImplemented) return r;
  return raiseTypeError(interp, `unsupported operand type(s) for ${BINARY_SYMBOLS[op]}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** The binary protocol without the final TypeError (returns NotImplemented). */
export function binaryOpOrNotImplemented(interp: Interpreter, op: BinaryOpName, a: PyValue, b: PyValue): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let checkedReflected = false;
  if (ta !== tb && tb.binary !== undefined && tb.isSubtypeOf(ta) && !ta.isSubtypeOf(tb)) {
    checkedReflected = true;
    const r = tb.binary(interp, op, b, a, true);
    if (r !== NotImplemented) return r;
  }
  if (ta.binary !== undefined) {
    const r = ta.binary(interp, op, a, b, false);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReflected && ta !== tb && tb.binary !== undefined) {
    const r = tb.binary(interp, op, b, a, true);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

export function inplaceOp(interp: Interpreter, op: BinaryOpName, a: PyValue, b: PyValue): PyValue {
  if (typeof a === "object") {
    const t = a.cls;
    if (t.inplace !== undefined) {
      const r = t.inplace(interp, op, a, b);
      if (r !== NotImplemented) return r;
    }
  }
  const r = binaryOpOrNotImplemented(interp, op, a, b);
  if (r !== NotImplemented) return r;
  return raiseTypeError(interp, `unsupported operand type(s) for ${INPLACE_SYMBOLS[op]}: '${typeName(a)}' and '${typeName(b)}'`);
}

export function unaryOp(interp: Interpreter, op: UnaryOpName, v: PyValue): PyValue {
  if (typeof v === "number") {
    if (op === "neg") return v === 0 ? 0 : -v;
    if (op === "pos") return v;
    return ~v;
  }
  const t = typeOf(v);
  if (t.unary !== undefined) {
    const r = t.unary(interp, op, v);
    if (r !== NotImplemented) return r;
  }
  return raiseTypeError(interp, `bad operand type for unary ${UNARY_SYMBOLS[op]}: '${typeMsgName(t)}'`);
}

// ---------------------------------------------------------------- attributes

interface DictHolder {
  dict: Map<string, PyValue> | null;
}

/**
 * Generic attribute lookup (object.__getattribute__): the type's getattr hook, then
 * data descriptors on the type, the instance dict, other class attributes (bound
 * through their descriptor), and finally a user `__getattr__`. undefined = missing.
 */
export function getAttrOpt(interp: Interpreter, obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  if (t.getattr !== undefined) {
    const r = t.getattr(interp, obj, name);
    if (r !== undefined) return r;
  }
  const descr = t.lookup(name);
  if (descr !== null && typeof descr === "object") {
    const dt = descr.cls;
    if (dt.descrSet !== undefined && dt.descrGet !== undefined) return dt.descrGet(interp, descr, obj, t);
  }
  if (t.instancesHaveDict) {
    const d = (obj as unknown as DictHolder).dict;
    if (d !== null && d !== undefined) {
      const v = d.get(name);
      if (v !== undefined) return v;
    }
  }
  if (descr !== null) {
    if (typeof descr === "object") {
      const dt = descr.cls;
      if (dt.descrGet !== undefined) return dt.descrGet(interp, descr, obj, t);
    }
    return descr;
  }
  if (name !== "__getattr__" && t.instancesHaveDict) {
    const hook = t.lookup("__getattr__");
    if (hook !== null) {
      try {
        return callMethodValue(interp, hook, obj, [newStrFor(interp, name)]);
      } catch (e) {
        // A user __getattr__ raising AttributeError means "missing" to getattr(obj, name, default).
        if (e instanceof PyObject && typeOf(e).isSubtypeOf(AttributeError)) throw e;
        throw e;
      }
    }
  }
  return undefined;
}

import { newStr } from "../objects/str.js";
function newStrFor(interp: Interpreter, s: string): PyValue {
  return newStr(interp, s);
}

export function getAttr(interp: Interpreter, obj: PyValue, name: string): PyValue {
  const v = getAttrOpt(interp, obj, name);
  if (v !== undefined) return v;
  throw newAttributeError(interp, obj, name);
}

/** `getattr(obj, name, default)` / hasattr: AttributeError means missing. */
export function getAttrDefault(interp: Interpreter, obj: PyValue, name: string): PyValue | undefined {
  try {
    return getAttrOpt(interp, obj, name);
  } catch (e) {
    if (e instanceof PyObject && typeOf(e).isSubtypeOf(AttributeError)) return undefined;
    throw e;
  }
}

export function setAttr(interp: Interpreter, obj: PyValue, name: string, value: PyValue): void {
  const t = typeOf(obj);
  if (t.setattr !== undefined) {
    t.setattr(interp, obj, name, value);
    return;
  }
  genericSetAttr(interp, obj, name, value);
}

export function delAttr(interp: Interpreter, obj: PyValue, name: string): void {
  const t = typeOf(obj);
  if (t.setattr !== undefined) {
    t.setattr(interp, obj, name, undefined);
    return;
  }
  genericSetAttr(interp, obj, name, undefined);
}

/** Bytes charged per instance attribute (heap.ts size model). */
const ATTR_BYTES = 16;

/** object.__setattr__ / __delattr__: data descriptors, then the instance dict. */
export function genericSetAttr(interp: Interpreter, obj: PyValue, name: string, value: PyValue | undefined): void {
  const t = typeOf(obj);
  const descr = t.lookup(name);
  if (descr !== null && typeof descr === "object" && descr.cls.descrSet !== undefined) {
    descr.cls.descrSet(interp, descr, obj, value);
    return;
  }
  if (!t.instancesHaveDict || typeof obj !== "object") {
    if (descr !== null) raiseAttributeReadOnly(interp, obj, name);
    throw newAttributeError(interp, obj, name);
  }
  const holder = obj as unknown as DictHolder;
  let d = holder.dict;
  if (value === undefined) {
    // Deleting a missing attribute: CPython 3.11 sets neither .name nor .obj.
    if (d === null || d === undefined || !d.delete(name)) throw newException(interp, AttributeError, attributeErrorMessage(obj, name));
    interp.heap.resize(obj, obj.size - ATTR_BYTES);
    return;
  }
  if (d === null || d === undefined) d = holder.dict = new Map();
  const before = d.size;
  d.set(name, value);
  if (d.size !== before && obj.size !== 0) interp.heap.resize(obj, obj.size + ATTR_BYTES);
}

function raiseAttributeReadOnly(interp: Interpreter, obj: PyValue, name: string): never {
  throw newException(interp, AttributeError, `'${typeName(obj)}' object attribute '${name}' is read-only`);
}

// ---------------------------------------------------------------- calls

export function callValue(interp: Interpreter, callee: PyValue, args: PyValue[], kwargs: Kwargs = null): PyValue {
  if (callee instanceof PyFunction) return callFunction(interp, callee, args, kwargs);
  if (callee instanceof PyBuiltinFunction) return callee.fn(interp, args, kwargs);
  const t = typeOf(callee);
  if (t.call !== undefined) return t.call(interp, callee, args, kwargs);
  return raiseTypeError(interp, `'${typeMsgName(t)}' object is not callable`);
}

/** Call `attr` (found on the type of `self`) as a method of `self`, binding as its descriptor says. */
export function callMethodValue(interp: Interpreter, attr: PyValue, self: PyValue, args: PyValue[], kwargs: Kwargs = null): PyValue {
  if (attr instanceof PyFunction) return callFunction(interp, attr, prepend(self, args), kwargs);
  if (attr instanceof PyBuiltinFunction && attr.isMethod) return attr.fn(interp, prepend(self, args), kwargs);
  if (typeof attr === "object" && attr.cls.descrGet !== undefined) {
    return callValue(interp, attr.cls.descrGet(interp, attr, self, typeOf(self)), args, kwargs);
  }
  return callValue(interp, attr, args, kwargs);
}

function prepend(self: PyValue, args: PyValue[]): PyValue[] {
  const n = args.length;
  const out = new Array<PyValue>(n + 1);
  out[0] = self;
  for (let i = 0; i < n; i++) out[i + 1] = args[i];
  return out;
}

/** `obj.name(*args, **kwargs)` without allocating a bound method when the attribute is a plain method. */
export function callMethod(interp: Interpreter, obj: PyValue, name: string, args: PyValue[], kwargs: Kwargs = null): PyValue {
  const t = typeOf(obj);
  if (t.getattr === undefined) {
    const attr = t.lookup(name);
    if (attr instanceof PyFunction || (attr instanceof PyBuiltinFunction && attr.isMethod)) {
      const d = t.instancesHaveDict ? (obj as unknown as DictHolder).dict : null;
      if (d === null || d === undefined || !d.has(name)) return callMethodValue(interp, attr, obj, args, kwargs);
    }
  }
  return callValue(interp, getAttr(interp, obj, name), args, kwargs);
}

/** Look up a special method on the type only (like CPython's _PyObject_LookupSpecial); null when absent. */
export function lookupSpecial(v: PyValue, name: string): PyValue | null {
  return typeOf(v).lookup(name);
}

// ---------------------------------------------------------------- iteration

export function getIter(interp: Interpreter, v: PyValue): PyValue {
  const t = typeOf(v);
  if (t.iter !== undefined) return t.iter(interp, v);
  if (t.getitem !== undefined && typeof v === "object") return interp.sequenceIterator(v);
  return raiseTypeError(interp, `'${typeMsgName(t)}' object is not iterable`);
}

/** The next item, or undefined when the iterator is exhausted. */
export function iterNext(interp: Interpreter, it: PyValue): PyValue | undefined {
  const t = typeOf(it);
  if (t.next !== undefined) return t.next(interp, it);
  return raiseTypeError(interp, `'${typeMsgName(t)}' object is not an iterator`);
}

/**
 * Run `fn` on every item of `iterable` (false from fn stops early). The iterator is
 * kept on the frame's temps; temps are trimmed back after each item, so a consumer
 * that keeps items must keep them reachable itself (e.g. push them on temps, or store
 * them in a heap object that is rooted).
 */
export function forEachItem(interp: Interpreter, iterable: PyValue, fn: (v: PyValue) => void | boolean): void {
  const temps = interp.frame.temps;
  const it = getIter(interp, iterable);
  temps.push(it);
  const mark = temps.length;
  const t = typeOf(it);
  const next = t.next;
  if (next === undefined) raiseTypeError(interp, `'${typeMsgName(t)}' object is not an iterator`);
  for (;;) {
    const v = next(interp, it);
    if (v === undefined) break;
    const r = fn(v);
    if (temps.length > mark) trimTemps(temps, mark);
    if (r === false) break;
  }
}

/** All items of an iterable, kept rooted on the frame's temps until the statement ends. */
export function toArray(interp: Interpreter, iterable: PyValue): PyValue[] {
  if (typeof iterable === "object" && iterable.cls === rangeType) reserveRange(interp, iterable);
  const out: PyValue[] = [];
  const temps = interp.frame.temps;
  const it = getIter(interp, iterable);
  temps.push(it);
  let mark = temps.length;
  const t = typeOf(it);
  const next = t.next;
  if (next === undefined) raiseTypeError(interp, `'${typeMsgName(t)}' object is not an iterator`);
  for (;;) {
    const v = next(interp, it);
    if (v === undefined) break;
    // The array becomes (or is as big as) a list or tuple of 8 bytes per item: check the
    // heap has room for it as it grows, so `tuple(range(10**8))` stops at the heap limit
    // instead of first building an 800 MB JS array.
    if ((out.length & 1023) === 1023) reserveItems(interp, out.length + 1, 8);
    out.push(v);
    if (typeof v === "object" && v.size !== 0) {
      trimTemps(temps, mark);
      temps.push(v);
      mark++;
    } else if (temps.length > mark) trimTemps(temps, mark);
  }
  return out;
}

// ---------------------------------------------------------------- containers

export function getItem(interp: Interpreter, obj: PyValue, key: PyValue): PyValue {
  const t = typeOf(obj);
  if (t.getitem !== undefined) return t.getitem(interp, obj, key);
  if (obj instanceof PyType) {
    const cgi = obj.lookup("__class_getitem__");
    if (cgi !== null) {
      // An implicit classmethod (type.__new__ wraps it): bind it to the class.
      const f = typeof cgi === "object" && cgi.cls.descrGet !== undefined ? cgi.cls.descrGet(interp, cgi, null, obj) : cgi;
      return callValue(interp, f, [key]);
    }
    return raiseTypeError(interp, `type '${typeMsgName(obj)}' is not subscriptable`);
  }
  return raiseTypeError(interp, `'${typeMsgName(t)}' object is not subscriptable`);
}

export function setItem(interp: Interpreter, obj: PyValue, key: PyValue, value: PyValue): void {
  const t = typeOf(obj);
  if (t.setitem !== undefined) return t.setitem(interp, obj, key, value);
  raiseTypeError(interp, `'${typeMsgName(t)}' object does not support item assignment`);
}

export function delItem(interp: Interpreter, obj: PyValue, key: PyValue): void {
  const t = typeOf(obj);
  if (t.delitem !== undefined) return t.delitem(interp, obj, key);
  raiseTypeError(interp, `'${typeMsgName(t)}' object doesn't support item deletion`);
}

export function containsOp(interp: Interpreter, container: PyValue, item: PyValue): boolean {
  const t = typeOf(container);
  if (t.contains !== undefined) return t.contains(interp, container, item);
  if (t.iter === undefined && t.getitem === undefined) {
    return raiseTypeError(interp, `argument of type '${typeMsgName(t)}' is not iterable`);
  }
  let found = false;
  forEachItem(interp, container, (v) => {
    if (pyEq(interp, v, item)) {
      found = true;
      return false;
    }
    return true;
  });
  return found;
}

export function pyLen(interp: Interpreter, v: PyValue): number {
  const t = typeOf(v);
  if (t.len !== undefined) return t.len(interp, v);
  return raiseTypeError(interp, `object of type '${typeMsgName(t)}' has no len()`);
}

export { intType, boolType };

/**
 * The StopIteration to raise when `it` is exhausted (next(it) / it.__next__()): a
 * finished generator's carries its return value (`e.value`).
 */
export function stopIterationFor(interp: Interpreter, it: PyValue): PyObject {
  const rv = it instanceof PyGenerator ? it.returnValue : it instanceof PyResumable ? it.result : None;
  return newException(interp, StopIteration, rv === None ? [] : [rv]);
}
import { PyGenerator, PyResumable } from "../objects/generator.js";
import { StopIteration } from "../objects/exceptions.js";
