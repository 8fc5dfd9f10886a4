// Runtime helpers the compiled closures call: container construction, unpacking,
// calls with */** arguments, f-string formatting. Containers are built through the
// builtin types' slots and methods so this file depends only on the slot contracts.

import { plainSeqItems } from "../objects/seq.js";
import type { PyValue } from "../objects/object.js";
import { None, setType, strType } from "../objects/builtin-types.js";
import type { Kwargs } from "../objects/type.js";
import { PyStr, newStr } from "../objects/str.js";
import { PyTuple, newTuple } from "../objects/tuple.js";
import { PyList, listAppend as listAppendItem, newList } from "../objects/list.js";
import { PyDict, dictSet as dictSetItem, newDict } from "../objects/dict.js";
import { PyFunction, PyBuiltinFunction, PyBoundMethod } from "../objects/function.js";
import { PyType } from "../objects/type.js";
import { ValueError, TypeError } from "../objects/exceptions.js";
import type { Interpreter } from "../vm/interpreter.js";
import { callFunction } from "../vm/call.js";
import { callMethod, callValue, getAttrOpt, getItem, pyRepr, pyStr, toArray, typeMsgName, typeName, typeOf } from "../vm/abstract.js";
import { newException, raiseTypeError } from "../vm/errors.js";
import { newConstantSet } from "../objects/set.js";

export function makeTuple(interp: Interpreter, items: PyValue[]): PyValue {
  return newTuple(interp, items);
}

export function makeList(interp: Interpreter, items: PyValue[]): PyValue {
  return newList(interp, items);
}

export function makeSet(interp: Interpreter, items: PyValue[]): PyValue {
  return setType.construct!(interp, setType, [newTuple(interp, items)], null);
}

/** A set display of 3+ constants (CPython builds those through a frozenset constant). */
export function makeConstantSet(interp: Interpreter, items: PyValue[]): PyValue {
  return newConstantSet(interp, items);
}

export function makeDict(interp: Interpreter): PyValue {
  return newDict(interp);
}

export function dictSet(interp: Interpreter, d: PyValue, k: PyValue, v: PyValue): void {
  dictSetItem(interp, d as PyDict, k, v);
}

export function listAppend(interp: Interpreter, list: PyValue, v: PyValue): void {
  listAppendItem(interp, list as PyList, v);
}

export function setAdd(interp: Interpreter, set: PyValue, v: PyValue): void {
  callMethod(interp, set, "add", [v]);
}

/** `{**m}` / `f(**m)`: every key/value of a mapping (keys() + getitem, like CPython). */
export function mappingItems(interp: Interpreter, m: PyValue, forCall: string | null): [PyValue, PyValue][] {
  const t = typeOf(m);
  if (t.lookup("keys") === null) {
    if (forCall !== null) throw newException(interp, TypeError, `${forCall} argument after ** must be a mapping, not ${t.name}`);
    throw newException(interp, TypeError, `'${t.name}' object is not a mapping`);
  }
  const keys = toArray(interp, callMethod(interp, m, "keys", []));
  return keys.map((k) => [k, getItem(interp, m, k)]);
}

/**
 * CPython's _PyObject_FunctionStr, used by the star-argument call errors: "mod.qualname()"
 * ("qualname()" for builtins), the callee's str() when it has no __qualname__.
 */
export function calleeName(interp: Interpreter, fn: PyValue): string {
  if (fn instanceof PyBoundMethod) fn = fn.func;
  if (fn instanceof PyFunction) return fn.module === "builtins" ? `${fn.qualname}()` : `${fn.module}.${fn.qualname}()`;
  if (fn instanceof PyBuiltinFunction) return `${fn.qualname}()`;
  if (fn instanceof PyType) return fn.module === "builtins" ? `${fn.qualname}()` : `${fn.module}.${fn.qualname}()`;
  const q = getAttrOpt(interp, fn, "__qualname__");
  if (q === undefined) return pyStr(interp, fn);
  const m = getAttrOpt(interp, fn, "__module__");
  const mod = m === undefined || m === None ? null : pyStr(interp, m);
  return mod === null || mod === "builtins" ? `${pyStr(interp, q)}()` : `${mod}.${pyStr(interp, q)}()`;
}

/** Build kwargs for a call from `name=value` pairs and `**mapping` entries. */
export function addKwargsFromMapping(interp: Interpreter, fn: PyValue, kwargs: Map<string, PyValue>, m: PyValue): void {
  for (const [k, v] of mappingItems(interp, m, calleeName(interp, fn))) {
    if (!(k instanceof PyStr)) throw newException(interp, TypeError, "keywords must be strings");
    if (kwargs.has(k.v)) duplicateKeyword(interp, fn, k.v);
    kwargs.set(k.v, v);
  }
}

export function duplicateKeyword(interp: Interpreter, fn: PyValue, name: string): never {
  throw newException(interp, TypeError, `${calleeName(interp, fn)} got multiple values for keyword argument '${name}'`);
}

/**
 * The items of `*v`: `fn` is the callee for a call's arguments, undefined in a
 * list/tuple display, null in a set display (CPython words each case differently).
 */
export function starredArgs(interp: Interpreter, fn: PyValue | null | undefined, v: PyValue): PyValue[] {
  if (v instanceof PyTuple) {
    const plain = plainSeqItems(v);
    if (plain !== null) return plain;
  }
  const t = typeOf(v);
  if (t.iter === undefined && t.getitem === undefined) {
    if (fn === undefined) throw newException(interp, TypeError, `Value after * must be an iterable, not ${typeMsgName(t)}`);
    if (fn === null) throw newException(interp, TypeError, `'${typeMsgName(t)}' object is not iterable`);
    throw newException(interp, TypeError, `${calleeName(interp, fn)} argument after * must be an iterable, not ${typeMsgName(t)}`);
  }
  return toArray(interp, v);
}

export function callGeneric(interp: Interpreter, fn: PyValue, args: PyValue[], kwargs: Kwargs): PyValue {
  if (fn instanceof PyFunction) return callFunction(interp, fn, args, kwargs);
  return callValue(interp, fn, args, kwargs);
}

// ---------------------------------------------------------------- unpacking

/** The items of `v` for `a, b = v`: exactly `n` of them (CPython's messages otherwise). */
export function unpackExact(interp: Interpreter, v: PyValue, n: number): PyValue[] {
  let items: PyValue[];
  const plain = plainSeqItems(v);
  if (plain !== null) items = v instanceof PyTuple ? plain : plain.slice();
  else {
    const t = typeOf(v);
    if (t.iter === undefined && t.getitem === undefined) raiseTypeError(interp, `cannot unpack non-iterable ${t.name} object`);
    items = toArray(interp, v);
  }
  if (items.length === n) return items;
  if (items.length < n) throw newException(interp, ValueError, `not enough values to unpack (expected ${n}, got ${items.length})`);
  throw newException(interp, ValueError, `too many values to unpack (expected ${n})`);
}

/** `a, *b, c = v`: `before` items, a list of the middle, `after` items. */
export function unpackStarred(interp: Interpreter, v: PyValue, before: number, after: number): PyValue[] {
  const t = typeOf(v);
  if (t.iter === undefined && t.getitem === undefined) raiseTypeError(interp, `cannot unpack non-iterable ${t.name} object`);
  const items = toArray(interp, v);
  if (items.length < before + after) {
    throw newException(interp, ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const out = items.slice(0, before);
  out.push(makeList(interp, items.slice(before, items.length - after)));
  for (let i = items.length - after; i < items.length; i++) out.push(items[i]);
  return out;
}

// ---------------------------------------------------------------- f-strings

export function formatValue(interp: Interpreter, v: PyValue, conversion: number, spec: string | null): string {
  let s: string | null = null;
  if (conversion === 115) s = pyStr(interp, v);
  else if (conversion === 114) s = pyRepr(interp, v);
  else if (conversion === 97) s = asciiOf(pyRepr(interp, v));
  if (s !== null) {
    if (spec === null || spec === "") return s;
    v = newStr(interp, s);
  }
  if (spec === null || spec === "") {
    if (typeof v === "object" && v.cls === strType) return (v as PyStr).v;
    return pyStr(interp, v);
  }
  const r = callMethod(interp, v, "__format__", [newStr(interp, spec)]);
  if (!(r instanceof PyStr)) raiseTypeError(interp, `__format__ must return a str, not ${typeName(r)}`);
  return r.v;
}

export function asciiOf(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 0x100) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}

export { None };
