// The text-like methods of bytes (split, strip, replace, find, partition, padding...),
// run by the str implementations over a latin-1 view of the bytes (one char per
// byte) and mapped back; case and predicates are ASCII-only here, as in CPython.
//
// Deviation: split()/strip() without arguments use str's whitespace, which also counts
// the bytes 0x1c-0x1f, 0x85 and 0xa0 (CPython's bytes use ASCII whitespace only).

import type { PyValue } from "./object.js";
import { bytesType, strType } from "./builtin-types.js";
import type { Kwargs } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { PyBuiltinFunction, defineMethods } from "./function.js";
import { raiseTypeError, raiseValueError } from "../vm/errors.js";
import { typeOf } from "../vm/abstract.js";
import { PyBytes, newBytes } from "./bytes.js";
import { PyStr } from "./str.js";
import { PyList, newList } from "./list.js";
import { PyTuple, newTuple } from "./tuple.js";
import { isInt } from "./int.js";
import { indexValue } from "./slice.js";
import "./str-methods.js";

function latin1(bytes: number[]): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode.apply(null, bytes.slice(i, i + 8192));
  return s;
}

function codes(s: string): number[] {
  const out = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** A bytes argument as a (temporary, non-heap) str; ints are single bytes where `intOk`. */
function asStr(interp: Interpreter, v: PyValue, intOk: boolean): PyValue {
  if (v instanceof PyBytes) return new PyStr(strType, latin1(v.bytes));
  if (v instanceof PyTuple) return new PyTuple(v.cls, v.items.map((x) => asStr(interp, x, false)));
  if (v instanceof PyStr) return raiseTypeError(interp, `a bytes-like object is required, not 'str'`);
  if (intOk && isInt(v)) {
    const n = indexValue(interp, v);
    if (n < 0 || n > 255) raiseValueError(interp, "byte must be in range(0, 256)");
    return new PyStr(strType, String.fromCharCode(n));
  }
  return v;
}

/** A str method's result mapped back to bytes (str -> bytes, inside lists and tuples too). */
function back(interp: Interpreter, r: PyValue): PyValue {
  if (r instanceof PyStr) return newBytes(interp, codes(r.v));
  if (r instanceof PyList) return newList(interp, r.items.map((x) => back(interp, x)));
  if (r instanceof PyTuple) return newTuple(interp, r.items.map((x) => back(interp, x)));
  return r;
}

function delegate(name: string, intNeedle = false, mapBack = true) {
  const impl = (strType.dict.get(name) as PyBuiltinFunction).fn;
  return (interp: Interpreter, args: PyValue[], kwargs: Kwargs): PyValue => {
    const self = args[0];
    if (!(self instanceof PyBytes)) return raiseTypeError(interp, `descriptor '${name}' for 'bytes' objects doesn't apply to a '${typeOf(self).name}' object`);
    const sargs = new Array<PyValue>(args.length);
    sargs[0] = new PyStr(strType, latin1(self.bytes));
    for (let i = 1; i < args.length; i++) sargs[i] = asStr(interp, args[i], intNeedle && i === 1);
    let skw: Kwargs = null;
    if (kwargs !== null && kwargs.size > 0) {
      skw = new Map();
      for (const [k, v] of kwargs) skw.set(k, asStr(interp, v, false));
    }
    const r = impl(interp, sargs, skw);
    return mapBack ? back(interp, r) : r;
  };
}

const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

function predicate(test: (c: number) => boolean) {
  return (_interp: Interpreter, args: PyValue[]): PyValue => {
    const b = (args[0] as PyBytes).bytes;
    return b.length > 0 && b.every(test);
  };
}

function notFound(interp: Interpreter, i: PyValue): PyValue {
  if (i === -1) raiseValueError(interp, "subsection not found");
  return i;
}

const find = delegate("find", true, false);
const rfind = delegate("rfind", true, false);

defineMethods(bytesType, {
  split: delegate("split"),
  rsplit: delegate("rsplit"),
  strip: delegate("strip"),
  lstrip: delegate("lstrip"),
  rstrip: delegate("rstrip"),
  replace: delegate("replace"),
  find,
  rfind,
  index: (interp, args, kwargs) => notFound(interp, find(interp, args, kwargs)),
  rindex: (interp, args, kwargs) => notFound(interp, rfind(interp, args, kwargs)),
  count: delegate("count", true, false),
  startswith: delegate("startswith", false, false),
  endswith: delegate("endswith", false, false),
  partition: delegate("partition"),
  rpartition: delegate("rpartition"),
  center: delegate("center"),
  ljust: delegate("ljust"),
  rjust: delegate("rjust"),
  zfill: delegate("zfill"),
  splitlines: delegate("splitlines"),
  expandtabs: delegate("expandtabs"),
  removeprefix: delegate("removeprefix"),
  removesuffix: delegate("removesuffix"),
  isalpha: predicate((c) => isLower(c) || isUpper(c)),
  isdigit: predicate(isDigit),
  isalnum: predicate((c) => isLower(c) || isUpper(c) || isDigit(c)),
  isspace: predicate(isSpace),
  isascii: (_interp, args) => (args[0] as PyBytes).bytes.every((c) => c < 128),
  isupper(_interp, args) {
    const b = (args[0] as PyBytes).bytes;
    return b.some(isUpper) && !b.some(isLower);
  },
  islower(_interp, args) {
    const b = (args[0] as PyBytes).bytes;
    return b.some(isLower) && !b.some(isUpper);
  },
  swapcase: (interp, args) => newBytes(interp, (args[0] as PyBytes).bytes.map((c) => (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c))),
  capitalize: (interp, args) => newBytes(interp, (args[0] as PyBytes).bytes.map((c, i) => (i === 0 ? (isLower(c) ? c - 32 : c) : isUpper(c) ? c + 32 : c))),
  istitle(_interp, args) {
    // Uppercase only after an uncased byte, lowercase only after a cased one; at least one cased.
    let prevCased = false;
    let cased = false;
    for (const c of (args[0] as PyBytes).bytes) {
      if (isUpper(c)) {
        if (prevCased) return false;
        prevCased = cased = true;
      } else if (isLower(c)) {
        if (!prevCased) return false;
        prevCased = cased = true;
      } else prevCased = false;
    }
    return cased;
  },
  title(interp, args) {
    let prevCased = false;
    return newBytes(interp, (args[0] as PyBytes).bytes.map((c) => {
      const cased = isLower(c) || isUpper(c);
      const r = cased ? (prevCased ? (isUpper(c) ? c + 32 : c) : isLower(c) ? c - 32 : c) : c;
      prevCased = cased;
      return r;
    }));
  },
});
