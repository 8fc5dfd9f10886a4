// BaseExceptionGroup and ExceptionGroup (PEP 654): construction with CPython 3.11's
// checks and messages, `message`/`exceptions`, str, `derive`, `subgroup`, `split`, and
// the split/re-raise logic `except*` uses (compiler/trystar.ts).
//
// A group keeps `args` as given (`(message, exceptions-as-passed)`, so repr shows the list
// the program passed) and its `exceptions` as a tuple in `PyException.group`.

import "./exception-methods.js";
import type { PyValue } from "./object.js";
import { None, dictType } from "./builtin-types.js";
import { PyType } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { BaseException, BaseExceptionGroup, Exception, ExceptionGroup, PyException, ValueError } from "./exceptions.js";
import { defineMethods } from "./function.js";
import { newException, raiseTypeError } from "../vm/errors.js";
import { callMethod, callValue, isTruthy, toArray, typeOf } from "../vm/abstract.js";
import { PyTuple, newTuple } from "./tuple.js";
import { PyList, newList } from "./list.js";
import { PyStr, newStr } from "./str.js";

const baseConstruct = BaseException.construct!;
const baseGetattr = BaseException.getattr!;

/** The sub-exceptions of group `e` (empty for anything else). */
export function groupItems(e: PyException): PyValue[] {
  return e.group instanceof PyTuple ? e.group.items : [];
}

export function isGroup(e: PyValue): e is PyException {
  return e instanceof PyException && e.group !== null;
}

function constructGroup(interp: Interpreter, cls: PyType, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, `${cls.name}() takes no keyword arguments`);
  if (args.length !== 2) raiseTypeError(interp, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [msg, seq] = args;
  if (!(msg instanceof PyStr)) raiseTypeError(interp, `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(msg).name}`);
  if (!isSequence(seq)) raiseTypeError(interp, "second argument (exceptions) must be a sequence");
  const items = seq instanceof PyTuple || seq instanceof PyList ? seq.items.slice() : toArray(interp, seq);
  if (items.length === 0) throw newException(interp, ValueError, "second argument (exceptions) must be a non-empty sequence");
  let allExceptions = true;
  items.forEach((x, i) => {
    if (!(x instanceof PyException)) throw newException(interp, ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
    if (!x.cls.isSubtypeOf(Exception)) allExceptions = false;
  });
  let type = cls;
  if (cls === BaseExceptionGroup) {
    if (allExceptions) type = ExceptionGroup;
  } else if (cls.isSubtypeOf(Exception) && !allExceptions) {
    raiseTypeError(interp, cls === ExceptionGroup ? "Cannot nest BaseExceptions in an ExceptionGroup" : `Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const e = baseConstruct(interp, type, args, null) as PyException;
  e.group = newTuple(interp, items);
  return e;
}

function isSequence(v: PyValue): boolean {
  if (v instanceof PyTuple || v instanceof PyList) return true;
  if (typeof v !== "object") return false;
  const t = typeOf(v);
  return t.lookup("__getitem__") !== null && t.lookup("__len__") !== null && !t.isSubtypeOf(dictType);
}

function groupStr(interp: Interpreter, e: PyException): string {
  const msg = e.args.length > 0 && e.args[0] instanceof PyStr ? e.args[0].v : "";
  const n = groupItems(e).length;
  return `${msg} (${n} sub-exception${n === 1 ? "" : "s"})`;
}

for (const t of [BaseExceptionGroup, ExceptionGroup]) {
  t.construct = constructGroup;
  t.str = (interp, self) => groupStr(interp, self as PyException);
  t.getattr = (interp, self, name) => {
    const e = self as PyException;
    if (name === "message") return e.args.length > 0 ? e.args[0] : newStr(interp, "");
    if (name === "exceptions") return e.group ?? newTuple(interp, []);
    return baseGetattr(interp, self, name);
  };
}

// ---------------------------------------------------------------- split

/** How `subgroup`/`split`/`except*` pick leaves: by type (or tuple of types), or by a predicate. */
export type Matcher = (e: PyException) => boolean;

export function matcherOf(interp: Interpreter, cond: PyValue): Matcher {
  const isExcType = (t: PyValue): t is PyType => t instanceof PyType && t.isSubtypeOf(BaseException);
  if (isExcType(cond)) return (e) => e.cls.isSubtypeOf(cond);
  if (cond instanceof PyTuple && cond.items.every(isExcType)) {
    const types = cond.items as PyType[];
    return (e) => types.some((t) => e.cls.isSubtypeOf(t));
  }
  const t = typeOf(cond);
  if (!(cond instanceof PyType) && (t.call !== undefined || t.lookup("__call__") !== null)) {
    return (e) => isTruthy(interp, callValue(interp, cond, [e]));
  }
  return raiseTypeError(interp, "expected a function, exception type or tuple of exception types");
}

/** A new group like `eg` (its `derive`, then its traceback, cause, context and a copy of its notes). */
function derived(interp: Interpreter, eg: PyException, items: PyValue[]): PyException {
  const g = callMethod(interp, eg, "derive", [newList(interp, items)]);
  if (!(g instanceof PyException)) raiseTypeError(interp, "derive must return an instance of BaseExceptionGroup");
  g.traceback = eg.traceback.slice();
  g.tbFrame = eg.tbFrame;
  g.cause = eg.cause;
  g.context = eg.context;
  g.suppressContext = eg.suppressContext;
  const notes = eg.dict?.get("__notes__");
  if (notes !== undefined) {
    if (g.dict === null) g.dict = new Map();
    g.dict.set("__notes__", notes instanceof PyList ? newList(interp, notes.items.slice()) : notes);
  }
  return g;
}

/** [matching part, rest] of `e` (each null when empty); a part equal to the whole is `e` itself. */
export function splitException(interp: Interpreter, e: PyException, match: Matcher, wantRest = true): [PyException | null, PyException | null] {
  if (match(e)) return [e, null];
  if (!isGroup(e)) return [null, e];
  const matched: PyValue[] = [];
  const rest: PyValue[] = [];
  for (const x of groupItems(e)) {
    const [m, r] = splitException(interp, x as PyException, match, wantRest);
    if (m !== null) matched.push(m);
    if (r !== null) rest.push(r);
  }
  const m = matched.length === 0 ? null : derived(interp, e, matched);
  const r = !wantRest || rest.length === 0 ? null : derived(interp, e, rest);
  return [m, r];
}

defineMethods(BaseExceptionGroup, {
  derive(interp, args) {
    const e = args[0] as PyException;
    return constructGroup(interp, BaseExceptionGroup, [e.args.length > 0 ? e.args[0] : newStr(interp, ""), args[1]], null);
  },
  subgroup(interp, args) {
    const [m] = splitException(interp, args[0] as PyException, matcherOf(interp, args[1]), false);
    return m ?? None;
  },
  split(interp, args) {
    const [m, r] = splitException(interp, args[0] as PyException, matcherOf(interp, args[1]));
    return newTuple(interp, [m ?? None, r ?? None]);
  },
});

// ---------------------------------------------------------------- except*

/** What a naked exception is matched as by `except*`: `BaseExceptionGroup("", (e,))` with its traceback. */
export function wrapForStar(interp: Interpreter, e: PyException): PyException {
  const g = constructGroup(interp, BaseExceptionGroup, [newStr(interp, ""), newTuple(interp, [e])], null) as PyException;
  g.traceback = e.traceback.slice();
  g.tbFrame = e.tbFrame;
  return g;
}

/** The leaves (non-group exceptions) of `e`. */
function leaves(e: PyException, out: Set<PyException>): Set<PyException> {
  if (isGroup(e)) for (const x of groupItems(e)) leaves(x as PyException, out);
  else out.add(e);
  return out;
}

/**
 * What a `try`/`except*` statement raises once its handlers ran: `orig` is what the body
 * raised, `raised` what each handler raised (in order) and the unmatched rest, each
 * marked as a re-raise (part of `orig`) or not. Null: nothing left to raise.
 */
export function reraiseStar(interp: Interpreter, orig: PyException, raised: { exc: PyException; reraise: boolean }[]): PyException | null {
  if (raised.length === 0) return null;
  if (!isGroup(orig) || orig.group === null) return raised[0].exc;
  const kept = new Set<PyException>();
  const fresh: PyValue[] = [];
  for (const r of raised) {
    if (r.reraise) leaves(r.exc, kept);
    else fresh.push(r.exc);
  }
  const keptPart = kept.size === 0 ? null : splitException(interp, orig, (x) => kept.has(x), false)[0];
  if (fresh.length === 0) return keptPart;
  if (keptPart !== null) fresh.push(keptPart);
  return constructGroup(interp, ExceptionGroup, [newStr(interp, ""), newList(interp, fresh)], null) as PyException;
}

/** `except* T` with T an exception group type is refused, as CPython does. */
export function checkStarHandlerType(interp: Interpreter, t: PyValue): void {
  const types = t instanceof PyTuple ? t.items : [t];
  for (const x of types) {
    if (!(x instanceof PyType && x.isSubtypeOf(BaseException))) raiseTypeError(interp, "catching classes that do not inherit from BaseException is not allowed");
    if (x.isSubtypeOf(BaseExceptionGroup)) raiseTypeError(interp, "catching ExceptionGroup with except* is not allowed. Use except instead.");
  }
}
