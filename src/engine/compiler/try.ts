// The try statement, for every kind of frame, and the exception helpers that `raise`,
// `with` and the generated code (codegen/) share. `compileTry` compiles the parts once
// (body, handlers with their `as` name and its unbinding, else, finally) and returns the
// plain form or, when a part can suspend (a `yield`/`await` inside), the suspending
// form: the same steps in the same order, each step a shared function below, so the two
// forms differ only in `yield*` where a part may suspend.

import type { ExceptHandler, Stmt } from "../parser/ast.js";
import type { PyValue } from "../objects/object.js";
import { None } from "../objects/builtin-types.js";
import { PyType } from "../objects/type.js";
import { PyTuple } from "../objects/tuple.js";
import { BaseException, PyException, RuntimeError, TypeError } from "../objects/exceptions.js";
import type { Frame } from "../vm/frame.js";
import type { Interpreter } from "../vm/interpreter.js";
import { callValue, typeName } from "../vm/abstract.js";
import { addTraceback, recursionError } from "../vm/call.js";
import { newException } from "../vm/errors.js";
import type { Compiler, ExprFn, GenStmtFn, StmtFn } from "./context.js";
import { NORMAL, resolveName } from "./context.js";
import { compileExpr } from "./expr.js";
import { compileStoreName } from "./targets.js";
import { compileBlock, compileSuspendingBlock } from "./stmt.js";

/** A JS throw caught by compiled code, as a Python exception (or rethrown when it is not one). */
export function asPyException(interp: Interpreter, e: unknown): PyException {
  if (e instanceof PyException) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return recursionError(interp);
  throw e;
}

/** The exception being handled (sys.exc_info()): the innermost frame handling one. */
export function currentHandled(interp: Interpreter): PyException | null {
  for (let f: Frame | null = interp.frame; f !== null; f = f.back) if (f.handled !== null) return f.handled;
  return null;
}

/** Does `exc` match the `except` clause value `t` (a class or a tuple of classes)? */
export function exceptionMatches(interp: Interpreter, exc: PyException, t: PyValue): boolean {
  if (t instanceof PyType) {
    if (!t.isSubtypeOf(BaseException)) throw newException(interp, TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return exc.cls.isSubtypeOf(t);
  }
  if (t instanceof PyTuple) {
    // CPython validates every entry before matching any.
    for (const x of t.items) {
      if (!(x instanceof PyType && x.isSubtypeOf(BaseException))) throw newException(interp, TypeError, "catching classes that do not inherit from BaseException is not allowed");
    }
    for (const x of t.items) if (exc.cls.isSubtypeOf(x as PyType)) return true;
    return false;
  }
  throw newException(interp, TypeError, "catching classes that do not inherit from BaseException is not allowed");
}

/** The exception object `raise v` raises: an instance, or a class to instantiate. */
export function exceptionFromRaise(interp: Interpreter, v: PyValue, what = "exceptions"): PyException {
  if (v instanceof PyException) return v;
  if (v instanceof PyType && v.isSubtypeOf(BaseException)) {
    const e = callValue(interp, v, []);
    if (e instanceof PyException) return e;
    throw newException(interp, TypeError, `calling ${v.name} should have returned an instance of BaseException, not ${typeName(e)}`);
  }
  throw newException(interp, TypeError, `${what} must derive from BaseException`);
}

export function doRaise(interp: Interpreter, v: PyValue | undefined, cause: PyValue | undefined): never {
  if (v === undefined) {
    const cur = currentHandled(interp);
    if (cur === null) throw newException(interp, RuntimeError, "No active exception to reraise");
    throw cur;
  }
  const exc = exceptionFromRaise(interp, v);
  if (cause !== undefined) {
    if (cause === None) exc.cause = null;
    else exc.cause = exceptionFromRaise(interp, cause, "exception causes");
    exc.suppressContext = true;
  }
  const ctx = currentHandled(interp);
  if (ctx !== null && ctx !== exc) exc.context = ctx;
  exc.tbFrame = null;
  throw exc;
}

export function setContext(e: unknown, ctx: PyException): void {
  if (e instanceof PyException && e !== ctx && e.context === null) e.context = ctx;
}

// ---------------------------------------------------------------- handlers

/** One `except` clause; `body` is a StmtFn or, in the suspending form, a GenStmtFn. */
export interface Handler<B = StmtFn> {
  type: ExprFn | null;
  store: ((f: Frame, v: PyValue) => void) | null;
  /** Unbinds the `as` name once the handler ends (CPython deletes it). */
  clear: ((f: Frame) => void) | null;
  body: B;
}

export function compileHandler<B>(c: Compiler, h: ExceptHandler, block: (c: Compiler, body: Stmt[]) => B): Handler<B> {
  const type = h.type === null ? null : compileExpr(c, h.type);
  const store = h.name === null ? null : compileStoreName(c, h.name);
  let clear: ((f: Frame) => void) | null = null;
  if (h.name !== null) {
    const ref = resolveName(c, h.name);
    const name = h.name;
    clear = (f) => {
      switch (ref.kind) {
        case "local": f.locals[ref.slot] = undefined; break;
        case "cell": f.cells![ref.index].value = undefined; break;
        case "global": f.globals.delete(name); break;
        case "classns": f.ns!.delete(name); break;
      }
    };
  }
  return { type, store, clear, body: block(c, h.body) };
}

/** The caught JS value as the exception the handlers see: traceback entry added, rooted. */
export function caught(interp: Interpreter, f: Frame, e: unknown): PyException {
  const exc = asPyException(interp, e);
  addTraceback(exc, f);
  f.temps.push(exc);
  return exc;
}

/** The first handler matching `exc`, or null (the exception then propagates). */
export function findHandler<B>(interp: Interpreter, f: Frame, handlers: Handler<B>[], exc: PyException): Handler<B> | null {
  for (let i = 0; i < handlers.length; i++) {
    const h = handlers[i];
    if (h.type === null || exceptionMatches(interp, exc, h.type(f))) return h;
  }
  return null;
}

/** A handler starts: `exc` is the exception being handled and is bound to the `as` name. Returns what to restore. */
export function enterHandler<B>(f: Frame, h: Handler<B>, exc: PyException): PyException | null {
  const saved = f.handled;
  f.handled = exc;
  if (h.store !== null) h.store(f, exc);
  return saved;
}

/** A handler ended (normally or not): the previous exception is handled again, the `as` name unbound. */
export function leaveHandler<B>(f: Frame, h: Handler<B>, saved: PyException | null): void {
  f.handled = saved;
  if (h.clear !== null) h.clear(f);
}

/** A `finally` starts because of `e`: is it a Python exception (else it passes through, untouched)? */
export function finallyCatches(e: unknown): boolean {
  return e instanceof PyException || e instanceof RangeError;
}

// ---------------------------------------------------------------- the statement

type TryStmt = Stmt & { kind: "Try" };

export function compileTry(c: Compiler, s: TryStmt, suspend: boolean): StmtFn | GenStmtFn {
  return suspend ? suspendingTry(c, s) : plainTry(c, s);
}

function plainTry(c: Compiler, s: TryStmt): StmtFn {
  const interp = c.interp;
  const body = compileBlock(c, s.body);
  const handlers = s.handlers.map((h) => compileHandler(c, h, compileBlock));
  const orelse = s.orelse.length > 0 ? compileBlock(c, s.orelse) : null;
  const finalbody = s.finalbody.length > 0 ? compileBlock(c, s.finalbody) : null;
  const tryExcept = handlers.length === 0 ? body : (f: Frame): number => {
    let r: number;
    try {
      r = body(f);
    } catch (e) {
      const exc = caught(interp, f, e);
      const h = findHandler(interp, f, handlers, exc);
      if (h === null) throw exc;
      const saved = enterHandler(f, h, exc);
      let hr: number;
      try {
        hr = h.body(f);
      } catch (e2) {
        leaveHandler(f, h, saved);
        setContext(e2, exc);
        throw e2;
      }
      leaveHandler(f, h, saved);
      return hr;
    }
    if (r === NORMAL && orelse !== null) return orelse(f);
    return r;
  };
  if (finalbody === null) return tryExcept;
  return withFinally(interp, tryExcept, finalbody);
}

/**
 * `body` followed by a `finally` block: the block runs on every way out of `body`, with an
 * escaping exception as the one being handled (so one it raises gets it as `__context__`);
 * a `return`/`break`/`continue` in the block replaces the body's outcome. Shared by the
 * plain try statement and `try ... except*` (trystar.ts).
 */
export function withFinally(interp: Interpreter, body: StmtFn, finalbody: StmtFn): StmtFn {
  return (f) => {
    let r: number;
    try {
      r = body(f);
    } catch (e) {
      if (!finallyCatches(e)) throw e;
      const exc = asPyException(interp, e);
      addTraceback(exc, f);
      const saved = f.handled;
      f.handled = exc;
      let fr: number;
      try {
        fr = finalbody(f);
      } catch (e2) {
        f.handled = saved;
        setContext(e2, exc);
        throw e2;
      }
      f.handled = saved;
      if (fr !== NORMAL) return fr;
      throw exc;
    }
    const retval = f.retval;
    const fr = finalbody(f);
    if (fr !== NORMAL) return fr;
    f.retval = retval;
    return r;
  };
}

function suspendingTry(c: Compiler, s: TryStmt): GenStmtFn {
  const interp = c.interp;
  const body = compileSuspendingBlock(c, s.body);
  const handlers = s.handlers.map((h) => compileHandler(c, h, compileSuspendingBlock));
  const orelse = s.orelse.length > 0 ? compileSuspendingBlock(c, s.orelse) : null;
  const finalbody = s.finalbody.length > 0 ? compileSuspendingBlock(c, s.finalbody) : null;
  const tryExcept = handlers.length === 0 ? body : function* (f: Frame): Generator<PyValue, number, PyValue> {
    let r: number;
    try {
      r = yield* body(f);
    } catch (e) {
      const exc = caught(interp, f, e);
      const h = findHandler(interp, f, handlers, exc);
      if (h === null) throw exc;
      const saved = enterHandler(f, h, exc);
      let hr: number;
      try {
        hr = yield* h.body(f);
      } catch (e2) {
        leaveHandler(f, h, saved);
        setContext(e2, exc);
        throw e2;
      }
      leaveHandler(f, h, saved);
      return hr;
    }
    if (r === NORMAL && orelse !== null) return yield* orelse(f);
    return r;
  };
  if (finalbody === null) return tryExcept;
  return function* (f) {
    let r: number;
    try {
      r = yield* tryExcept(f);
    } catch (e) {
      if (!finallyCatches(e)) throw e;
      const exc = asPyException(interp, e);
      addTraceback(exc, f);
      const saved = f.handled;
      f.handled = exc;
      let fr: number;
      try {
        fr = yield* finalbody(f);
      } catch (e2) {
        f.handled = saved;
        setContext(e2, exc);
        throw e2;
      }
      f.handled = saved;
      if (fr !== NORMAL) return fr;
      throw exc;
    }
    const retval = f.retval;
    const fr = yield* finalbody(f);
    if (fr !== NORMAL) return fr;
    f.retval = retval;
    return r;
  };
}
