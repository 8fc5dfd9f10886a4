// Behaviour of exception objects: construction, args, str/repr, the chaining
// attributes (__cause__, __context__, __suppress_context__, __traceback__), the
// StopIteration.value / SystemExit.code conveniences, and the collector's traverse.
// Installed on every builtin exception type (builtin types do not inherit slots from
// each other; user subclasses inherit them through vm/classes.ts).

import { PyObject, PyPlain, type PyValue } from "./object.js";
import { None, objectType, typeType } from "./builtin-types.js";
import { PyType } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { AttributeError, BaseException, KeyError, NameError, PyException, StopIteration, SyntaxError, SystemExit, exceptionTypes } from "./exceptions.js";
import { defineMethods } from "./function.js";
import { newException, raiseTypeError } from "../vm/errors.js";
import { isTruthy, pyRepr, pyStr, toArray, typeOf } from "../vm/abstract.js";
import { PyTuple, emptyTuple, newTuple } from "./tuple.js";
import { PyStr } from "./str.js";
import { newStr } from "./str.js";
import { newList, PyList } from "./list.js";
import { PyTraceback, tracebackObject } from "./frame-object.js";

/** The `args` tuple (created on first access). */
export function exceptionArgs(interp: Interpreter, e: PyException): PyTuple {
  if (e.argsTuple === null) e.argsTuple = newTuple(interp, e.args);
  return e.argsTuple as PyTuple;
}

export function exceptionStr(interp: Interpreter, e: PyException): string {
  const args = e.args;
  if (args.length === 0) return "";
  if (args.length === 1) return e.cls.isSubtypeOf(KeyError) ? pyRepr(interp, args[0]) : pyStr(interp, args[0]);
  const loc = syntaxDetails(e);
  if (loc !== null) {
    const msg = pyStr(interp, args[0]);
    const fn = loc[0] instanceof PyStr ? loc[0].v.slice(loc[0].v.lastIndexOf("/") + 1) : null;
    const line = typeof loc[1] === "number" ? loc[1] : null;
    if (fn !== null && line !== null) return `${msg} (${fn}, line ${line})`;
    if (fn !== null) return `${msg} (${fn})`;
    if (line !== null) return `${msg} (line ${line})`;
    return msg;
  }
  return pyRepr(interp, exceptionArgs(interp, e));
}

/** SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])): the details, else null. */
function syntaxDetails(e: PyException): PyValue[] | null {
  if (e.args.length !== 2 || !e.cls.isSubtypeOf(SyntaxError)) return null;
  const d = e.args[1];
  return d instanceof PyTuple && d.items.length >= 4 && d.items.length <= 6 ? d.items : null;
}

const SYNTAX_FIELDS = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];

export function exceptionRepr(interp: Interpreter, e: PyException): string {
  const args = e.args;
  const name = e.cls.name;
  if (args.length === 1) return `${name}(${pyRepr(interp, args[0])})`;
  return name + pyRepr(interp, exceptionArgs(interp, e));
}

// Traceback objects (`__traceback__`) are objects/frame-object.ts.

// ---------------------------------------------------------------- slots

function construct(interp: Interpreter, cls: PyType, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  let errName: PyValue | null = null;
  let errObj: PyValue | null = null;
  if (kwargs !== null && kwargs.size > 0 && (cls.isSubtypeOf(NameError) || cls.isSubtypeOf(AttributeError))) {
    // NameError(name=) and AttributeError(name=, obj=) keyword-only arguments.
    const isAttr = cls.isSubtypeOf(AttributeError);
    for (const [k, v] of kwargs) {
      if (k === "name") errName = v;
      else if (k === "obj" && isAttr) errObj = v;
      else raiseTypeError(interp, `'${k}' is an invalid keyword argument for ${cls.name}()`);
    }
    kwargs = null;
  }
  if (kwargs !== null && kwargs.size > 0 && cls.frozen) raiseTypeError(interp, `${cls.name}() takes no keyword arguments`);
  const e = newException(interp, cls, args.slice());
  e.errName = errName;
  e.errObj = errObj;
  return e;
}

function getattr(interp: Interpreter, self: PyValue, name: string): PyValue | undefined {
  const e = self as PyException;
  switch (name) {
    case "args": return exceptionArgs(interp, e);
    case "__cause__": return e.cause ?? None;
    case "__context__": return e.context ?? None;
    case "__suppress_context__": return e.suppressContext;
    case "__traceback__": return tracebackObject(interp, e);
  }
  if (e.dict !== null) {
    const v = e.dict.get(name);
    if (v !== undefined) return v;
  }
  if (e.cls.isSubtypeOf(SyntaxError)) {
    if (name === "msg") return e.args.length > 0 ? e.args[0] : None;
    if (name === "print_file_and_line") return None;
    const k = SYNTAX_FIELDS.indexOf(name);
    if (k >= 0) return syntaxDetails(e)?.[k] ?? None;
  }
  if (name === "value" && e.cls.isSubtypeOf(StopIteration)) return e.args.length > 0 ? e.args[0] : None;
  if (name === "code" && e.cls.isSubtypeOf(SystemExit)) return e.args.length === 0 ? None : e.args.length === 1 ? e.args[0] : exceptionArgs(interp, e);
  if (name === "name" && (e.cls.isSubtypeOf(NameError) || e.cls.isSubtypeOf(AttributeError))) return e.errName ?? None;
  if (name === "obj" && e.cls.isSubtypeOf(AttributeError)) return e.errObj ?? None;
  return undefined;
}

function setattr(interp: Interpreter, self: PyValue, name: string, value: PyValue | undefined): void {
  const e = self as PyException;
  switch (name) {
    case "args":
      if (value === undefined) raiseTypeError(interp, "args may not be deleted");
      e.args = value instanceof PyTuple ? value.items : toArray(interp, value);
      e.argsTuple = value instanceof PyTuple ? value : null;
      return;
    case "__cause__":
      if (value === undefined || value === None) e.cause = null;
      else if (value instanceof PyException) e.cause = value;
      else raiseTypeError(interp, "exception cause must be None or derive from BaseException");
      e.suppressContext = true;
      return;
    case "__context__":
      if (value === undefined || value === None) e.context = null;
      else if (value instanceof PyException) e.context = value;
      else raiseTypeError(interp, "exception context must be None or derive from BaseException");
      return;
    case "__suppress_context__":
      e.suppressContext = value !== undefined && isTruthy(interp, value);
      return;
    case "__traceback__":
      setTraceback(interp, e, value ?? None);
      return;
  }
  if (value === undefined) {
    if (e.dict === null || !e.dict.delete(name)) raiseTypeError(interp, `'${e.cls.name}' object has no attribute '${name}'`);
    return;
  }
  if (e.dict === null) e.dict = new Map();
  const before = e.dict.size;
  e.dict.set(name, value);
  if (e.dict.size !== before && e.size !== 0) interp.heap.resize(e, e.size + 16);
}

/** `e.__traceback__ = tb` / `e.with_traceback(tb)`: None, or a traceback object (its entries from there on). */
function setTraceback(interp: Interpreter, e: PyException, tb: PyValue): void {
  if (tb === None) {
    e.traceback = [];
    e.tbFrame = null;
  } else if (tb instanceof PyTraceback) {
    e.traceback = tb.exc.traceback.slice(tb.index);
    e.tbFrame = null;
  } else raiseTypeError(interp, "__traceback__ must be a traceback or None");
}

function traverse(self: PyObject, visit: (v: PyValue) => void): void {
  const e = self as PyException;
  for (const a of e.args) visit(a);
  if (e.argsTuple !== null) visit(e.argsTuple);
  if (e.cause !== null) visit(e.cause);
  if (e.context !== null) visit(e.context);
  if (e.dict !== null) for (const v of e.dict.values()) visit(v);
  if (e.errName !== null) visit(e.errName);
  if (e.errObj !== null) visit(e.errObj);
  if (e.group !== null) visit(e.group);
}

for (const t of exceptionTypes.values()) {
  t.construct = construct;
  t.repr = (interp, self) => exceptionRepr(interp, self as PyException);
  t.str = (interp, self) => exceptionStr(interp, self as PyException);
  t.getattr = getattr;
  t.setattr = setattr;
  t.traverse = traverse;
}

defineMethods(BaseException, {
  __init__(interp, args) {
    const e = args[0];
    if (!(e instanceof PyException)) return raiseTypeError(interp, `descriptor '__init__' requires a 'BaseException' object but received a '${typeOf(e).name}'`);
    e.args = args.slice(1);
    e.argsTuple = null;
    return None;
  },
  __str__(interp, args) {
    return newStr(interp, exceptionStr(interp, args[0] as PyException));
  },
  __repr__(interp, args) {
    return newStr(interp, exceptionRepr(interp, args[0] as PyException));
  },
  with_traceback(interp, args) {
    const e = args[0] as PyException;
    setTraceback(interp, e, args[1]);
    return e;
  },
  add_note(interp, args) {
    const e = args[0] as PyException;
    if (!(args[1] instanceof PyStr)) raiseTypeError(interp, `note must be a str, not '${typeOf(args[1]).name}'`);
    if (e.dict === null) e.dict = new Map();
    let notes = e.dict.get("__notes__");
    if (notes !== undefined && !(notes instanceof PyList)) raiseTypeError(interp, "Cannot add note: __notes__ is not a list");
    if (notes === undefined) {
      notes = newList(interp, []);
      e.dict.set("__notes__", notes);
    }
    (notes as PyList).items.push(args[1]);
    return None;
  },
});

void emptyTuple;
