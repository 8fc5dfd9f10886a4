// `with` and `async with`, for every kind of frame. `with a, b:` is `with a:` around
// `with b:`. The manager lives in a hidden frame slot while the body runs (rooted, and
// still there when a suspended frame resumes). The plain and the suspending form of
// `with` take the same steps (enterContext, exitWithException, the normal exit);
// `async with` exists only in coroutines, so it has only the suspending form, whose
// `__aenter__`/`__aexit__` results are awaited.

import { tracebackObject } from "../objects/frame-object.js";
import type { Stmt, WithItem } from "../parser/ast.js";
import type { PyValue } from "../objects/object.js";
import { None } from "../objects/builtin-types.js";
import { TypeError } from "../objects/exceptions.js";
import type { Frame } from "../vm/frame.js";
import type { Interpreter } from "../vm/interpreter.js";
import { callMethodValue, isTruthy, typeName, typeOf } from "../vm/abstract.js";
import { addTraceback } from "../vm/call.js";
import { newException } from "../vm/errors.js";
import type { Compiler, GenStmtFn, StmtFn } from "./context.js";
import { hiddenSlot } from "./context.js";
import { compileExpr } from "./expr.js";
import { compileStore } from "./targets.js";
import { compileBlock, compileSuspendingBlock } from "./stmt.js";
import { asPyException, setContext } from "./try.js";
import { awaitableIter } from "../objects/coroutine.js";
import { compileGenExpr, delegate } from "./suspend.js";

type WithStmt = Stmt & { kind: "With" };

export function compileWith(c: Compiler, s: WithStmt, suspend: boolean): StmtFn | GenStmtFn {
  if (s.isAsync) return asyncWith(c, s.items, 0, compileSuspendingBlock(c, s.body));
  return suspend ? suspendingWith(c, s.items, 0, compileSuspendingBlock(c, s.body)) : plainWith(c, s.items, 0, compileBlock(c, s.body));
}

export function enterContext(interp: Interpreter, mgr: PyValue): { exit: PyValue; value: PyValue } {
  const t = typeOf(mgr);
  const enter = t.lookup("__enter__");
  const exit = t.lookup("__exit__");
  if (enter === null || exit === null) {
    throw newException(interp, TypeError, `'${t.name}' object does not support the context manager protocol`);
  }
  return { exit, value: callMethodValue(interp, enter, mgr, []) };
}

/**
 * A `with` body raised `e`: call `__exit__(type, value, None)` with `e` as the exception
 * being handled. Returns when `__exit__` suppresses it; otherwise rethrows it (or what
 * `__exit__` itself raised, chained to it).
 */
export function exitWithException(interp: Interpreter, f: Frame, slot: number, exit: PyValue, mgr: PyValue, e: unknown): void {
  const exc = asPyException(interp, e);
  addTraceback(exc, f);
  const saved = f.handled;
  f.handled = exc;
  let suppress: boolean;
  try {
    suppress = isTruthy(interp, callMethodValue(interp, exit, mgr, [exc.cls, exc, tracebackObject(interp, exc)]));
  } catch (e2) {
    setContext(e2, exc);
    throw e2;
  } finally {
    f.handled = saved;
  }
  f.locals[slot] = undefined;
  if (!suppress) throw exc;
}

/** The body ended without an exception: `__exit__(None, None, None)`, manager released. */
function exitNormally(interp: Interpreter, f: Frame, slot: number, exit: PyValue, mgr: PyValue): void {
  callMethodValue(interp, exit, mgr, [None, None, None]);
  f.locals[slot] = undefined;
}

function plainWith(c: Compiler, items: WithItem[], i: number, body: StmtFn): StmtFn {
  const interp = c.interp;
  const inner = i + 1 < items.length ? plainWith(c, items, i + 1, body) : body;
  const item = items[i];
  const mgrE = compileExpr(c, item.contextExpr);
  const store = item.optionalVars === null ? null : compileStore(c, item.optionalVars);
  const slot = hiddenSlot(c);
  return (f) => {
    const mgr = mgrE(f);
    f.locals[slot] = mgr;
    try {
      const { exit, value } = enterContext(interp, mgr);
      if (store !== null) store(f, value);
      let r: number;
      try {
        r = inner(f);
      } catch (e) {
        exitWithException(interp, f, slot, exit, mgr, e);
        return 0;
      }
      exitNormally(interp, f, slot, exit, mgr);
      return r;
    } finally {
      // Also when `__enter__` or `__exit__` raises: the manager is not kept by this frame.
      f.locals[slot] = undefined;
    }
  };
}

function suspendingWith(c: Compiler, items: WithItem[], i: number, body: GenStmtFn): GenStmtFn {
  const interp = c.interp;
  const inner = i + 1 < items.length ? suspendingWith(c, items, i + 1, body) : body;
  const item = items[i];
  const mgrE = compileGenExpr(c, item.contextExpr);
  const store = item.optionalVars === null ? null : compileStore(c, item.optionalVars);
  const slot = hiddenSlot(c);
  return function* (f) {
    const mgr = yield* mgrE(f);
    f.locals[slot] = mgr;
    try {
      const { exit, value } = enterContext(interp, mgr);
      if (store !== null) store(f, value);
      let r: number;
      try {
        r = yield* inner(f);
      } catch (e) {
        exitWithException(interp, f, slot, exit, mgr, e);
        return 0;
      }
      exitNormally(interp, f, slot, exit, mgr);
      return r;
    } finally {
      f.locals[slot] = undefined;
    }
  };
}

// ---------------------------------------------------------------- async with

/** What `async with` awaits from `__aenter__`/`__aexit__`: their results must be awaitable. */
function awaitableFrom(interp: Interpreter, v: PyValue, what: string): PyValue {
  return awaitableIter(interp, v, `'async with' received an object from ${what} that does not implement __await__: ${typeName(v)}`);
}

function asyncWith(c: Compiler, items: WithItem[], i: number, body: GenStmtFn): GenStmtFn {
  const interp = c.interp;
  const inner = i + 1 < items.length ? asyncWith(c, items, i + 1, body) : body;
  const item = items[i];
  const mgrE = compileGenExpr(c, item.contextExpr);
  const store = item.optionalVars === null ? null : compileStore(c, item.optionalVars);
  const slot = hiddenSlot(c);
  const exitSlot = hiddenSlot(c);
  return function* (f) {
    const mgr = yield* mgrE(f);
    f.locals[slot] = mgr;
    try {
      const t = typeOf(mgr);
      const aenter = t.lookup("__aenter__");
      const aexit = t.lookup("__aexit__");
      if (aenter === null) throw newException(interp, TypeError, `'${t.name}' object does not support the asynchronous context manager protocol`);
      if (aexit === null) throw newException(interp, TypeError, `'${t.name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
      const entering = awaitableFrom(interp, callMethodValue(interp, aenter, mgr, []), "__aenter__");
      f.locals[exitSlot] = entering;
      const value = yield* delegate(interp, entering);
      f.locals[exitSlot] = undefined;
      if (store !== null) store(f, value);
      let r: number;
      try {
        r = yield* inner(f);
      } catch (e) {
        const exc = asPyException(interp, e);
        addTraceback(exc, f);
        const saved = f.handled;
        f.handled = exc;
        let suppress: boolean;
        try {
          const exiting = awaitableFrom(interp, callMethodValue(interp, aexit, mgr, [exc.cls, exc, tracebackObject(interp, exc)]), "__aexit__");
          f.locals[exitSlot] = exiting;
          suppress = isTruthy(interp, yield* delegate(interp, exiting));
        } catch (e2) {
          setContext(e2, exc);
          throw e2;
        } finally {
          f.handled = saved;
          f.locals[exitSlot] = undefined;
        }
        f.locals[slot] = undefined;
        if (!suppress) throw exc;
        return 0;
      }
      const exiting = awaitableFrom(interp, callMethodValue(interp, aexit, mgr, [None, None, None]), "__aexit__");
      f.locals[exitSlot] = exiting;
      yield* delegate(interp, exiting);
      f.locals[exitSlot] = undefined;
      f.locals[slot] = undefined;
      return r;
    } finally {
      // However the statement is left (`__aenter__`/`__aexit__` raising too): nothing kept.
      f.locals[exitSlot] = undefined;
      f.locals[slot] = undefined;
    }
  };
}
