// The builtins module. The builtin functions are created once at load time (shared,
// immutable); each run gets its own module object and dict.

import { frameLocals } from "../objects/frame-object.js";
import { namespaceDict } from "../objects/namespace-dict.js";
import { Hash64, pureHash64 } from "../objects/hash64.js";
import { PyGenericAlias, PyUnion } from "../objects/genericalias.js";
import type { PyValue } from "../objects/object.js";
import { PyObject } from "../objects/object.js";
import {
  Ellipsis, None, NotImplemented, boolType, bytesType, classmethodType, dictType, enumerateType, filterType, floatType,
  frozensetType, intType, listType, mapType, objectType, propertyType, rangeType, reversedType, setType, sliceType,
  staticmethodType, strType, superType, tupleType, typeType, zipType, bytearrayType, complexType, functionType, builtinFunctionType,
} from "../objects/builtin-types.js";
import { PyType, type Kwargs } from "../objects/type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { builtin, PyModule } from "../objects/module.js";
import { namespaceFrom } from "../vm/namespace.js";
import { PyBuiltinFunction, PyFunction, PyBoundMethod } from "../objects/function.js";
import { exceptionTypes, StopIteration, PyException, EOFError, NotImplementedError } from "../objects/exceptions.js";
import { newException, raiseTypeError, raiseValueError, raiseAttributeError } from "../vm/errors.js";
import {
  callMethod, callValue, compareBool, delAttr, forEachItem, getAttr, getAttrDefault, getAttrOpt, getIter, isInstance, isTruthy,
  pyHash, pyId, pyLen, pyRepr, pyStr, setAttr, toArray, typeName, typeOf, binaryOp, stopIterationFor,
} from "../vm/abstract.js";
import { PyInt, intFromBigInt, isInt, toBig, intPowMod, bitLength, intToRadix } from "../objects/int.js";
import { intAbs, intHashValue, intRound } from "../objects/int-slots.js";
import { PyFloat, newFloat, floatRoundToInt, floatHashBig, floatDivmod } from "../objects/float.js";
import { floatRound, asFloatOperand } from "../objects/float-slots.js";
import { PyStr, internStr, newStr } from "../objects/str.js";
import { asciiRepr } from "../objects/str-methods.js";
import { PyTuple, newTuple } from "../objects/tuple.js";
import { PyList, newList, listAppend } from "../objects/list.js";
import { PyDict, newDict, dictSet } from "../objects/dict-core.js";
import { reverseFlag, sortValues, lessThan } from "../objects/sort.js";
import { reversedOf, nextOrStop, CallableIterator, ITERATOR_SIZE } from "../objects/iterators.js";
import { formatValue } from "../objects/format.js";
import { indexValue } from "../objects/slice.js";
import { takeKwargs, checkFnArgs } from "../objects/args.js";
import { readLine, reboundStream, writeProgramStream } from "./sys.js";
import { importModule } from "../vm/imports.js";
import { trimTemps } from "../vm/frame.js";
import { builtinAiter, builtinAnext } from "../objects/coroutine.js";
import "../objects/index.js";
import { memoryviewType } from "../objects/memoryview.js";

type Fn = (interp: Interpreter, args: PyValue[], kwargs: Kwargs) => PyValue;
const table: [string, PyValue][] = [];
function def(name: string, fn: Fn): void {
  table.push([name, builtin(name, fn)]);
}

// ---------------------------------------------------------------- I/O

def("print", (interp, args, kwargs) => {
  let sep = " ";
  let end = "\n";
  let file: PyValue = None;
  let flush: PyValue = None;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (k === "sep") {
        if (v !== None) {
          if (!(v instanceof PyStr)) raiseTypeError(interp, `sep must be None or a string, not ${typeName(v)}`);
          sep = v.v;
        }
      } else if (k === "end") {
        if (v !== None) {
          if (!(v instanceof PyStr)) raiseTypeError(interp, `end must be None or a string, not ${typeName(v)}`);
          end = v.v;
        }
      } else if (k === "file") file = v;
      else if (k === "flush") flush = v;
      else raiseTypeError(interp, `'${k}' is an invalid keyword argument for print()`);
    }
  }
  if (file !== None) {
    // A file given: one write() per piece, as CPython does (a user object sees each one).
    for (let i = 0; i < args.length; i++) {
      if (i > 0) callMethod(interp, file, "write", [newStr(interp, sep)]);
      const a = args[i];
      callMethod(interp, file, "write", [a instanceof PyStr ? a : newStr(interp, pyStr(interp, a))]);
    }
    callMethod(interp, file, "write", [newStr(interp, end)]);
    if (flush !== None && isTruthy(interp, flush)) callMethod(interp, file, "flush", []);
    return None;
  }
  let text: string;
  if (args.length === 1) {
    const a = args[0];
    text = (a instanceof PyStr ? a.v : typeof a === "number" ? String(a) : pyStr(interp, a)) + end;
  } else {
    text = "";
    for (let i = 0; i < args.length; i++) {
      if (i > 0) text += sep;
      const a = args[i];
      text += a instanceof PyStr ? a.v : pyStr(interp, a);
    }
    text += end;
  }
  writeProgramStream(interp, "stdout", text);
  return None;
});

def("input", (interp, args) => {
  if (args.length > 1) raiseTypeError(interp, `input expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) writeProgramStream(interp, "stdout", pyStr(interp, args[0]));
  // A replaced sys.stdin (io.StringIO(...)) is read through its readline().
  const stdin = reboundStream(interp, "stdin");
  let line: string | null;
  if (stdin === null) line = readLine(interp);
  else {
    const got = callMethod(interp, stdin, "readline", []);
    if (!(got instanceof PyStr)) return raiseTypeError(interp, "object.readline() returned non-string");
    line = got.v === "" ? null : got.v;
  }
  if (line === null) throw newException(interp, EOFError, "EOF when reading a line");
  return newStr(interp, line.endsWith("\n") ? line.slice(0, -1) : line);
});

// ---------------------------------------------------------------- introspection

def("len", (interp, args, kwargs) => {
  if (args.length !== 1 || kwargs !== null) checkFnArgs(interp, "len", args, 1, 1, kwargs);
  const v = args[0];
  if (typeof v === "object") {
    const t = v.cls;
    if (t.len !== undefined) return t.len(interp, v);
  }
  return pyLen(interp, v);
});

function typeTuple(interp: Interpreter, spec: PyValue, fname: string): PyType[] {
  if (spec instanceof PyType) return [spec];
  if (spec instanceof PyTuple || spec instanceof PyUnion) {
    const out: PyType[] = [];
    for (const t of spec instanceof PyTuple ? spec.items : spec.args) out.push(...typeTuple(interp, t, fname));
    return out;
  }
  if (spec instanceof PyGenericAlias) return raiseTypeError(interp, `${fname}() argument 2 cannot be a parameterized generic`);
  return raiseTypeError(interp, `${fname}() arg 2 must be a type, a tuple of types, or a union`);
}

def("isinstance", (interp, args, kwargs) => {
  checkFnArgs(interp, "isinstance", args, 2, 2, kwargs);
  const t = typeOf(args[0]);
  const spec = args[1];
  if (spec instanceof PyType) return t.isSubtypeOf(spec) || customCheck(interp, spec, "__instancecheck__", args[0]);
  for (const c of typeTuple(interp, spec, "isinstance")) if (t.isSubtypeOf(c) || customCheck(interp, c, "__instancecheck__", args[0])) return true;
  return false;
});

function customCheck(interp: Interpreter, cls: PyType, hook: string, v: PyValue): boolean {
  if (cls.cls === typeType) return false;
  const m = cls.cls.lookup(hook);
  return m !== null && isTruthy(interp, callValue(interp, m, [cls, v]));
}

def("issubclass", (interp, args, kwargs) => {
  checkFnArgs(interp, "issubclass", args, 2, 2, kwargs);
  const c = args[0];
  if (!(c instanceof PyType)) return raiseTypeError(interp, "issubclass() arg 1 must be a class");
  // A metaclass's __subclasscheck__ (abc.ABCMeta: registration, __subclasshook__) decides too.
  for (const t of typeTuple(interp, args[1], "issubclass")) if (c.isSubtypeOf(t) || customCheck(interp, t, "__subclasscheck__", c)) return true;
  return false;
});

function attrName(interp: Interpreter, v: PyValue, fname: string): string {
  if (!(v instanceof PyStr)) return raiseTypeError(interp, `attribute name must be string, not '${typeName(v)}'`);
  return v.v;
}

def("getattr", (interp, args, kwargs) => {
  checkFnArgs(interp, "getattr", args, 2, 3, kwargs);
  const name = attrName(interp, args[1], "getattr");
  if (args.length === 3) {
    const v = getAttrDefault(interp, args[0], name);
    return v === undefined ? args[2] : v;
  }
  return getAttr(interp, args[0], name);
});
def("hasattr", (interp, args, kwargs) => {
  checkFnArgs(interp, "hasattr", args, 2, 2, kwargs);
  return getAttrDefault(interp, args[0], attrName(interp, args[1], "hasattr")) !== undefined;
});
def("setattr", (interp, args, kwargs) => {
  checkFnArgs(interp, "setattr", args, 3, 3, kwargs);
  setAttr(interp, args[0], attrName(interp, args[1], "setattr"), args[2]);
  return None;
});
def("delattr", (interp, args, kwargs) => {
  checkFnArgs(interp, "delattr", args, 2, 2, kwargs);
  delAttr(interp, args[0], attrName(interp, args[1], "delattr"));
  return None;
});
def("id", (interp, args, kwargs) => {
  checkFnArgs(interp, "id", args, 1, 1, kwargs);
  const id = pyId(interp, args[0]);
  return id < 1073741824 ? id : intFromBigInt(interp, BigInt(id));
});
def("hash", (interp, args, kwargs) => {
  checkFnArgs(interp, "hash", args, 1, 1, kwargs);
  const v = args[0];
  if (isInt(v)) return intHashValue(interp, v);
  if (v instanceof PyFloat && v.v === v.v && v.cls === floatType) return intFromBigInt(interp, floatHashBig(v.v));
  const exact = new Hash64();
  if (pureHash64(v, exact)) return intFromBigInt(interp, exact.big());
  // A Python-level __hash__ returning a large int: hash that int exactly (the slot's number rounds).
  const m = typeOf(v).lookup("__hash__");
  if (m instanceof PyFunction) {
    const r = callMethod(interp, v, "__hash__", []);
    // CPython keeps a result that fits a C Py_ssize_t (-1 becomes -2) and hashes a larger one.
    if (r instanceof PyInt && r.v >= -(2n ** 63n) && r.v < 2n ** 63n) return r.v === -1n ? -2 : r;
    if (isInt(r)) return intHashValue(interp, r);
    raiseTypeError(interp, "__hash__ method should return an integer");
  }
  const h = pyHash(interp, v);
  return h < 1073741824 && h > -1073741824 ? h : intFromBigInt(interp, BigInt(h));
});
function isCallable(v: PyValue): boolean {
  if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyBoundMethod || v instanceof PyType) return true;
  const t = typeOf(v);
  return t.call !== undefined || t.lookup("__call__") !== null;
}
def("callable", (interp, args, kwargs) => {
  checkFnArgs(interp, "callable", args, 1, 1, kwargs);
  return isCallable(args[0]);
});
def("repr", (interp, args, kwargs) => {
  checkFnArgs(interp, "repr", args, 1, 1, kwargs);
  return newStr(interp, pyRepr(interp, args[0]));
});
def("ascii", (interp, args, kwargs) => {
  checkFnArgs(interp, "ascii", args, 1, 1, kwargs);
  return newStr(interp, asciiRepr(interp, args[0]));
});
def("format", (interp, args, kwargs) => {
  checkFnArgs(interp, "format", args, 1, 2, kwargs);
  let spec = "";
  if (args.length === 2) {
    if (!(args[1] instanceof PyStr)) raiseTypeError(interp, `format() argument 2 must be str, not ${typeName(args[1])}`);
    spec = args[1].v;
  }
  return newStr(interp, formatValue(interp, args[0], spec));
});
def("vars", (interp, args) => {
  if (args.length > 1) raiseTypeError(interp, `vars expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return localsDict(interp);
  const v = args[0];
  const d = v instanceof PyObject ? (v as unknown as { dict?: Map<string, PyValue> | null }).dict : undefined;
  if (d === undefined || d === null) return raiseTypeError(interp, "vars() argument must have __dict__ attribute");
  return getAttr(interp, v, "__dict__");
});
// Deviation: CPython's object has these; dir() lists them although the engine resolves few of them.
const OBJECT_DIR_NAMES = ["__doc__", "__ge__", "__gt__", "__le__", "__lt__", "__getattribute__", "__getstate__",
  "__reduce__", "__reduce_ex__", "__sizeof__", "__subclasshook__"];
// Attributes some builtin instances compute without a type-dict entry.
const COMPUTED_DIR_NAMES = ["real", "imag", "numerator", "denominator", "start", "stop", "step"];
const BUILTIN_DIR_EXTRAS: [PyType, string[]][] = [
  [intType, ["real", "imag", "numerator", "denominator"]],
  [floatType, ["real", "imag"]],
  [rangeType, ["start", "stop", "step"]],
  [sliceType, ["start", "stop", "step"]],
  [exceptionTypes.get("BaseException")!, ["args", "__cause__", "__context__", "__suppress_context__", "__traceback__", "__dict__", "__setstate__"]],
  [functionType, ["__annotations__", "__closure__", "__code__", "__defaults__", "__dict__", "__get__", "__globals__", "__kwdefaults__", "__module__", "__name__", "__qualname__"]],
  [builtinFunctionType, ["__call__", "__module__", "__name__", "__qualname__", "__self__", "__text_signature__"]],
];
def("dir", (interp, args) => {
  if (args.length > 1) raiseTypeError(interp, `dir expected at most 1 argument, got ${args.length}`);
  const names = new Set<string>();
  if (args.length === 0) {
    // The caller's local names (as locals() has them): a function's variables, else the namespace.
    const f = interp.frame;
    if (f.ns !== null) for (const k of f.ns.keys()) names.add(k);
    else {
      const localNames = f.code.localNames;
      for (let i = 0; i < localNames.length; i++) if (localNames[i] !== "" && f.locals[i] !== undefined) names.add(localNames[i]);
    }
  } else {
    const v = args[0];
    const custom = typeOf(v).lookup("__dir__");
    if (custom !== null && custom !== objectType.dict.get("__dir__")) {
      // A class's own __dir__ decides (dir() only sorts what it returns).
      const listed = toArray(interp, callMethod(interp, v, "__dir__", []));
      return newList(interp, sortValues(interp, listed, None, false));
    }
    // An instance's own attributes (a class's own dict comes with its MRO below).
    const d = v instanceof PyObject && !(v instanceof PyType) ? (v as unknown as { dict?: Map<string, PyValue> | null }).dict : undefined;
    if (d instanceof Map) for (const k of d.keys()) names.add(k);
    // A module lists its namespace only (not the attributes of the module type).
    if (!(v instanceof PyModule)) {
      const t = v instanceof PyType ? v : typeOf(v);
      let userClass = false;
      for (const c of t.mro) {
        if (!c.frozen) userClass = true;
        // object's __dict__ getter serves user classes; builtin instances have none.
        for (const k of c.dict.keys()) if (k !== "__dict__" || c !== objectType) names.add(k);
      }
      if (userClass && t.instancesHaveDict) names.add("__dict__");
      // Attributes CPython's object provides that are not in the engine's type dicts.
      for (const k of OBJECT_DIR_NAMES) names.add(k);
      for (const k of COMPUTED_DIR_NAMES) if (!names.has(k) && getAttrOpt(interp, v, k) !== undefined) names.add(k);
      // Attributes builtin types compute in their getattr slot (no type-dict entry).
      for (const [base, extra] of BUILTIN_DIR_EXTRAS) if (t.isSubtypeOf(base)) for (const k of extra) names.add(k);
      if (userClass && t.instancesHaveDict) names.add("__weakref__");
    }
  }
  return newList(interp, [...names].sort().map((n) => newStr(interp, n)));
});

/** The running module's namespace as a live dict (objects/namespace-dict.ts). */
function globalsDict(interp: Interpreter): PyDict {
  return namespaceDict(interp, interp.frame.globals);
}
def("globals", (interp, args) => {
  if (args.length > 0) raiseTypeError(interp, `globals() takes no arguments (${args.length} given)`);
  return globalsDict(interp);
});
def("locals", (interp, args) => {
  if (args.length > 0) raiseTypeError(interp, `locals() takes no arguments (${args.length} given)`);
  return localsDict(interp);
});
/** locals(): the module namespace itself at module level, else a snapshot (CPython 3.11). */
function localsDict(interp: Interpreter): PyDict {
  return frameLocals(interp, interp.frame);
}

// ---------------------------------------------------------------- iteration

def("iter", (interp, args, kwargs) => {
  checkFnArgs(interp, "iter", args, 1, 2, kwargs);
  if (args.length === 2) {
    if (!isCallable(args[0])) raiseTypeError(interp, "iter(v, w): v must be callable");
    return interp.heap.alloc(new CallableIterator(args[0], args[1]), ITERATOR_SIZE);
  }
  return getIter(interp, args[0]);
});
def("next", (interp, args, kwargs) => {
  checkFnArgs(interp, "next", args, 1, 2, kwargs);
  const it = args[0];
  const t = typeOf(it);
  if (t.next === undefined) raiseTypeError(interp, `'${t.name}' object is not an iterator`);
  const v = t.next(interp, it);
  if (v !== undefined) return v;
  if (args.length === 2) return args[1];
  throw stopIterationFor(interp, it);
});
def("aiter", (interp, args, kwargs) => {
  checkFnArgs(interp, "aiter", args, 1, 1, kwargs);
  return builtinAiter(interp, args[0]);
});
def("anext", (interp, args, kwargs) => {
  checkFnArgs(interp, "anext", args, 1, 2, kwargs);
  return builtinAnext(interp, args[0], args[1]);
});
def("sorted", (interp, args, kwargs) => {
  if (args.length !== 1) raiseTypeError(interp, args.length === 0 ? "sorted expected 1 argument, got 0" : `sorted expected 1 argument, got ${args.length}`);
  const kw = takeKwargs(interp, "sorted", kwargs, ["key", "reverse"]);
  const list = newList(interp, toArray(interp, args[0]));
  list.items = sortValues(interp, list.items, kw.get("key") ?? None, reverseFlag(interp, kw.get("reverse") ?? false));
  return list;
});
def("reversed", (interp, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, "reversed() takes no keyword arguments");
  if (args.length !== 1) raiseTypeError(interp, `reversed expected 1 argument, got ${args.length}`);
  return reversedOf(interp, args[0]);
});

/**
 * min()/max(): one pass that keeps only the best item and its key (semantics.md: the
 * builtins that walk an iterator keep only what they still need), never a copy of the
 * iterable. The first of equal items wins; items are compared as `key(item) < best`
 * (min) or `key(item) > best` (max), like CPython, whose operator shows in errors.
 */
function minmax(interp: Interpreter, args: PyValue[], kwargs: Kwargs, name: "min" | "max"): PyValue {
  if (args.length === 0) return raiseTypeError(interp, `${name} expected at least 1 argument, got 0`);
  if (kwargs !== null) {
    for (const k of kwargs.keys()) {
      if (k !== "key" && k !== "default") raiseTypeError(interp, `'${k}' is an invalid keyword argument for ${name}()`);
    }
  }
  const kw = takeKwargs(interp, name, kwargs, ["key", "default"]);
  const key = kw.get("key") ?? None;
  const dflt = kw.get("default");
  if (args.length > 1 && dflt !== undefined) {
    raiseTypeError(interp, `Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  const temps = interp.frame.temps;
  // Two reserved temps hold the best item and its key while the other items go by;
  // each item and its key are rooted only until the next one (trimmed after each).
  const slot = temps.length;
  temps.push(None, None);
  let found = false;
  let best: PyValue = None;
  let bestKey: PyValue = None;
  const consider = (v: PyValue): void => {
    let k = v;
    temps.push(v);
    if (key !== None) {
      k = callValue(interp, key, [v]);
      temps.push(k);
    }
    if (found) {
      const better = name === "min" ? lessThan(interp, k, bestKey) : greaterThan(interp, k, bestKey);
      if (!better) return;
    }
    found = true;
    best = v;
    bestKey = k;
    temps[slot] = v;
    temps[slot + 1] = k;
  };
  if (args.length === 1) forEachItem(interp, args[0], consider);
  else {
    const mark = temps.length;
    for (const v of args) {
      consider(v);
      trimTemps(temps, mark);
    }
  }
  if (found) return best;
  if (dflt !== undefined) return dflt;
  return raiseValueError(interp, `${name}() arg is an empty sequence`);
}
/** `a > b` (max() compares with >, like CPython, which shows in its error messages). */
function greaterThan(interp: Interpreter, a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a > b;
  if (a instanceof PyStr && b instanceof PyStr && a.cls === strType && b.cls === strType) return a.v > b.v;
  if (a instanceof PyFloat && b instanceof PyFloat) return a.v > b.v;
  return compareBool(interp, "gt", a, b);
}
def("min", (interp, args, kwargs) => minmax(interp, args, kwargs, "min"));
def("max", (interp, args, kwargs) => minmax(interp, args, kwargs, "max"));

def("sum", (interp, args, kwargs) => {
  const kw = takeKwargs(interp, "sum", kwargs, ["start"]);
  if (args.length === 0) raiseTypeError(interp, "sum() takes at least 1 positional argument (0 given)");
  if (args.length > 2) raiseTypeError(interp, `sum() takes at most 2 arguments (${args.length} given)`);
  let acc: PyValue = args.length === 2 ? args[1] : kw.get("start") ?? 0;
  if (acc instanceof PyStr) raiseTypeError(interp, "sum() can't sum strings [use ''.join(seq) instead]");
  // Integer and float accumulation stay native until something else shows up.
  let fsum = 0;
  let floatMode = false;
  // The accumulator lives in a temps slot below forEachItem's trim mark, so it stays rooted.
  const temps = interp.frame.temps;
  const slot = temps.length;
  temps.push(acc);
  forEachItem(interp, args[0], (v) => {
    if (typeof acc === "number" && typeof v === "number") {
      const r = acc + v;
      if (r < 1073741824 && r > -1073741824) {
        acc = r;
        return;
      }
    }
    if (floatMode) {
      if (v instanceof PyFloat && v.cls === floatType) {
        fsum += v.v;
        return;
      }
      if (typeof v === "number") {
        fsum += v;
        return;
      }
      acc = newFloat(interp, fsum);
      floatMode = false;
    } else if (acc instanceof PyFloat && acc.cls === floatType && ((v instanceof PyFloat && v.cls === floatType) || typeof v === "number")) {
      floatMode = true;
      fsum = acc.v + (typeof v === "number" ? v : v.v);
      return;
    }
    acc = binaryOp(interp, "add", acc, v);
    temps[slot] = acc;
  });
  if (floatMode) return newFloat(interp, fsum);
  return acc;
});

def("any", (interp, args, kwargs) => {
  checkFnArgs(interp, "any", args, 1, 1, kwargs);
  let r = false;
  forEachItem(interp, args[0], (v) => {
    if (isTruthy(interp, v)) {
      r = true;
      return false;
    }
    return true;
  });
  return r;
});
def("all", (interp, args, kwargs) => {
  checkFnArgs(interp, "all", args, 1, 1, kwargs);
  let r = true;
  forEachItem(interp, args[0], (v) => {
    if (!isTruthy(interp, v)) {
      r = false;
      return false;
    }
    return true;
  });
  return r;
});

// ---------------------------------------------------------------- numbers

def("abs", (interp, args, kwargs) => {
  checkFnArgs(interp, "abs", args, 1, 1, kwargs);
  const v = args[0];
  if (typeof v === "number") return v < 0 ? -v : v;
  if (isInt(v) && (typeof v === "boolean" || v.cls === intType)) return intAbs(interp, v);
  if (v instanceof PyFloat && v.cls === floatType) return newFloat(interp, Math.abs(v.v));
  const m = typeOf(v).lookup("__abs__");
  if (m === null) return raiseTypeError(interp, `bad operand type for abs(): '${typeName(v)}'`);
  return callValue(interp, m, [v]);
});
def("round", (interp, args, kwargs) => {
  const kw = takeKwargs(interp, "round", kwargs, ["number", "ndigits"]);
  if (args.length + kw.size > 2) raiseTypeError(interp, `round() takes at most 2 arguments (${args.length + kw.size} given)`);
  const x = args.length > 0 ? args[0] : kw.get("number");
  if (x === undefined) return raiseTypeError(interp, "round() missing required argument 'number' (pos 1)");
  const nd = args.length > 1 ? args[1] : kw.get("ndigits") ?? None;
  if (x instanceof PyFloat && x.cls === floatType) {
    if (nd === None) return floatRoundToInt(interp, x.v);
    return newFloat(interp, floatRound(interp, x.v, indexValue(interp, nd, `'${typeName(nd)}' object cannot be interpreted as an integer`)));
  }
  if (isInt(x) && (typeof x !== "object" || x.cls === intType)) {
    if (nd === None) return typeof x === "boolean" ? (x ? 1 : 0) : x;
    return intRound(interp, x, indexValue(interp, nd));
  }
  const m = typeOf(x).lookup("__round__");
  if (m === null) return raiseTypeError(interp, `type ${typeName(x)} doesn't define __round__ method`);
  return callValue(interp, m, nd === None ? [x] : [x, nd]);
});
def("divmod", (interp, args, kwargs) => {
  checkFnArgs(interp, "divmod", args, 2, 2, kwargs);
  const [a, b] = args;
  if (isInt(a) && isInt(b)) {
    if (typeof a === "number" && typeof b === "number" && b !== 0) {
      const q = Math.floor(a / b);
      return newTuple(interp, [q + 0, a - q * b + 0]);
    }
    return newTuple(interp, [binaryOp(interp, "floordiv", a, b), binaryOp(interp, "mod", a, b)]);
  }
  const fa = asFloatOperand(interp, a);
  const fb = asFloatOperand(interp, b);
  if (fa !== null && fb !== null && (a instanceof PyFloat || b instanceof PyFloat) && typeOf(a).frozen && typeOf(b).frozen) {
    if (fb === 0) throw newException(interp, exceptionTypes.get("ZeroDivisionError")!, "float divmod()");
    const [q, r] = floatDivmod(fa, fb);
    return newTuple(interp, [newFloat(interp, q), newFloat(interp, r)]);
  }
  const m = typeOf(a).lookup("__divmod__");
  if (m !== null) {
    const r = callValue(interp, m, [a, b]);
    if (r !== NotImplemented) return r;
  }
  const rm = typeOf(b).lookup("__rdivmod__");
  if (rm !== null) {
    const r = callValue(interp, rm, [b, a]);
    if (r !== NotImplemented) return r;
  }
  return raiseTypeError(interp, `unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
});
def("pow", (interp, args, kwargs) => {
  const kw = takeKwargs(interp, "pow", kwargs, ["base", "exp", "mod"]);
  const base = args.length > 0 ? args[0] : kw.get("base");
  const exp = args.length > 1 ? args[1] : kw.get("exp");
  const mod = args.length > 2 ? args[2] : kw.get("mod") ?? None;
  if (base === undefined) return raiseTypeError(interp, "pow() missing required argument 'base' (pos 1)");
  if (exp === undefined) return raiseTypeError(interp, "pow() missing required argument 'exp' (pos 2)");
  if (mod === None) return binaryOp(interp, "pow", base, exp);
  if (!isInt(base) || !isInt(exp) || !isInt(mod)) return raiseTypeError(interp, "pow() 3rd argument not allowed unless all arguments are integers");
  return intPowMod(interp, toBig(base), toBig(exp), toBig(mod));
});
def("chr", (interp, args, kwargs) => {
  checkFnArgs(interp, "chr", args, 1, 1, kwargs);
  const v = args[0];
  if (!isInt(v)) return raiseTypeError(interp, `'${typeName(v)}' object cannot be interpreted as an integer`);
  const n = indexValue(interp, v);
  if (n < 0 || n > 0x10ffff) {
    if (v instanceof PyInt && bitLength(v.v) > 31) throw newException(interp, exceptionTypes.get("OverflowError")!, "Python int too large to convert to C int");
    return raiseValueError(interp, "chr() arg not in range(0x110000)");
  }
  return newStr(interp, String.fromCodePoint(n));
});
def("ord", (interp, args, kwargs) => {
  checkFnArgs(interp, "ord", args, 1, 1, kwargs);
  const v = args[0];
  if (v instanceof PyStr) {
    const s = v.v;
    const cp = s.codePointAt(0);
    if (cp === undefined || s.length !== (cp > 0xffff ? 2 : 1)) {
      return raiseTypeError(interp, `ord() expected a character, but string of length ${s.length} found`);
    }
    return cp;
  }
  if (typeOf(v) === bytesType) {
    const b = (v as unknown as { bytes: number[] }).bytes;
    if (b.length !== 1) return raiseTypeError(interp, `ord() expected a character, but string of length ${b.length} found`);
    return b[0];
  }
  return raiseTypeError(interp, `ord() expected string of length 1, but ${typeName(v)} found`);
});

function radix(interp: Interpreter, v: PyValue, base: number, prefix: string): PyValue {
  let x: bigint;
  if (isInt(v)) x = toBig(v);
  else {
    const m = typeOf(v).lookup("__index__");
    if (m === null) return raiseTypeError(interp, `'${typeName(v)}' object cannot be interpreted as an integer`);
    x = toBig(callValue(interp, m, [v]) as PyInt);
  }
  const neg = x < 0n;
  return newStr(interp, (neg ? "-" : "") + prefix + intToRadix(interp, x, base as 2 | 8 | 16));
}
def("hex", (interp, args, kwargs) => (checkFnArgs(interp, "hex", args, 1, 1, kwargs), radix(interp, args[0], 16, "0x")));
def("oct", (interp, args, kwargs) => (checkFnArgs(interp, "oct", args, 1, 1, kwargs), radix(interp, args[0], 8, "0o")));
def("bin", (interp, args, kwargs) => (checkFnArgs(interp, "bin", args, 1, 1, kwargs), radix(interp, args[0], 2, "0b")));

// ---------------------------------------------------------------- refused: nothing outside the run

for (const name of ["open", "exec", "eval", "compile", "breakpoint", "help", "input_raw"]) {
  if (name === "input_raw") continue;
  def(name, (interp) => {
    throw newException(interp, NotImplementedError, `heapscope: ${name}() is not available in the sandbox`);
  });
}
// __import__(name, globals, locals, fromlist, level): the engine's own modules only
// (vm/imports.ts), like the import statement; the top package unless fromlist is given.
def("__import__", (interp, args, kwargs) => {
  const a = [...args];
  const names = ["name", "globals", "locals", "fromlist", "level"];
  if (kwargs !== null) for (const [k, v] of kwargs) {
    const i = names.indexOf(k);
    if (i < 0) raiseTypeError(interp, `__import__() got an unexpected keyword argument '${k}'`);
    a[i] = v;
  }
  const name = a[0];
  if (!(name instanceof PyStr)) return raiseTypeError(interp, `__import__() argument 1 must be str, not ${typeName(name)}`);
  const level = a[4];
  if (level !== undefined && isInt(level) && indexValue(interp, level) !== 0) {
    throw newException(interp, exceptionTypes.get("ImportError")!, "attempted relative import with no known parent package");
  }
  if (name.v === "") return raiseValueError(interp, "Empty module name");
  const m = importModule(interp, name.v);
  const fromlist = a[3];
  if (fromlist !== undefined && fromlist !== None && isTruthy(interp, fromlist)) return m;
  return importModule(interp, name.v.split(".")[0]);
});
// open(): the run's own file system (fs/, stdlib/_fileio.py); nothing reaches the host.
def("open", (interp, args, kwargs) => {
  try {
    return callMethod(interp, importModule(interp, "_fileio"), "open", args, kwargs);
  } catch (e) {
    // open() is one builtin call in CPython (C code): no frames of its Python implementation.
    if (e instanceof PyException) e.traceback = e.traceback.filter((t) => t.filename !== "<frozen _fileio>");
    throw e;
  }
});
for (const name of ["exit", "quit"]) {
  def(name, (interp, args) => {
    throw newException(interp, exceptionTypes.get("SystemExit")!, args.length > 0 ? [args[0]] : []);
  });
}

// ---------------------------------------------------------------- the table

const TYPES: [string, PyValue][] = [
  ["int", intType], ["bool", boolType], ["float", floatType], ["complex", complexType], ["str", strType], ["bytes", bytesType], ["bytearray", bytearrayType], ["memoryview", memoryviewType],
  ["list", listType], ["tuple", tupleType], ["dict", dictType], ["set", setType], ["frozenset", frozensetType],
  ["range", rangeType], ["slice", sliceType], ["enumerate", enumerateType], ["zip", zipType], ["map", mapType],
  ["filter", filterType], ["reversed_type", reversedType], ["type", typeType], ["object", objectType],
  ["super", superType], ["property", propertyType], ["staticmethod", staticmethodType], ["classmethod", classmethodType],
  ["None", None], ["NotImplemented", NotImplemented], ["Ellipsis", Ellipsis], ["True", true], ["False", false],
];

const ALL: [string, PyValue][] = [];
for (const [name, v] of TYPES) if (name !== "reversed_type") ALL.push([name, v]);
for (const [name, v] of table) ALL.push([name, v]);
for (const [name, t] of exceptionTypes) ALL.push([name, t]);
ALL.push(["EnvironmentError", exceptionTypes.get("OSError")!], ["IOError", exceptionTypes.get("OSError")!]);
void PyException; void PyList; void listAppend; void raiseAttributeError; void compareBool; void nextOrStop;

export function createBuiltinsModule(_interp: Interpreter): PyModule {
  // Built straight into a Namespace (vm/namespace.ts), the map compiled builtin lookups
  // cache against: every run makes one, so one copy of the table, not two.
  const m = new PyModule("builtins", namespaceFrom(ALL));
  m.dict.set("__name__", internStr("builtins"));
  m.dict.set("__doc__", None);
  m.dict.set("__debug__", true);
  return m;
}
