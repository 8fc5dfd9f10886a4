// `while`, `for` and `async for`, for every kind of frame. Each returns the plain form,
// or the suspending form when a part may suspend (a `yield`/`await` in the test, the
// iterable or the body); the two take the same steps: one step per iteration (the
// limits check), the `for` line current while the next item is fetched (tracebacks),
// the iterator in a hidden slot while the loop runs (emptied however the loop is left,
// an exception included: one try/finally per loop, none per iteration), `else` only when no `break` ended it.

import type { Expr, Stmt } from "../parser/ast.js";
import type { PyValue } from "../objects/object.js";
import { rangeType } from "../objects/builtin-types.js";
import type { Frame } from "../vm/frame.js";
import { getIter, typeOf } from "../vm/abstract.js";
import { checkLimits } from "../vm/limits.js";
import type { Compiler, GenStmtFn, StmtFn } from "./context.js";
import { BREAK, CONTINUE, NORMAL, hiddenSlot, resolveName } from "./context.js";
import { compileExpr, compileLoadName, compileTest } from "./expr.js";
import { compileStore } from "./targets.js";
import { callGeneric } from "./runtime.js";
import { compileBlock, compileSuspendingBlock } from "./stmt.js";
import { aiterOf, anextOf, compileGenExpr, compileGenTest } from "./suspend.js";

type WhileStmt = Stmt & { kind: "While" };
type ForStmt = Stmt & { kind: "For" };

// ---------------------------------------------------------------- while

export function compileWhile(c: Compiler, s: WhileStmt, suspend: boolean): StmtFn | GenStmtFn {
  const interp = c.interp;
  if (!suspend) {
    const test = compileTest(c, s.test);
    const body = compileBlock(c, s.body);
    const orelse = s.orelse.length > 0 ? compileBlock(c, s.orelse) : null;
    return (f) => {
      while (test(f)) {
        if (++interp.steps >= interp.stepCheckAt) checkLimits(interp);
        const r = body(f);
        if (r !== NORMAL) {
          if (r === BREAK) return NORMAL;
          if (r === CONTINUE) continue;
          return r;
        }
      }
      return orelse === null ? NORMAL : orelse(f);
    };
  }
  const test = compileGenTest(c, s.test);
  const body = compileSuspendingBlock(c, s.body);
  const orelse = s.orelse.length > 0 ? compileSuspendingBlock(c, s.orelse) : null;
  return function* (f) {
    while (yield* test(f)) {
      if (++interp.steps >= interp.stepCheckAt) checkLimits(interp);
      const r = yield* body(f);
      if (r !== NORMAL) {
        if (r === BREAK) return NORMAL;
        if (r === CONTINUE) continue;
        return r;
      }
    }
    return orelse === null ? NORMAL : yield* orelse(f);
  };
}

// ---------------------------------------------------------------- for

export function compileFor(c: Compiler, s: ForStmt, suspend: boolean): StmtFn | GenStmtFn {
  if (s.isAsync) return asyncFor(c, s);
  if (!suspend) return plainFor(c, s.target, s.iter, compileBlock(c, s.body), s.orelse.length > 0 ? compileBlock(c, s.orelse) : null, s.line);
  return suspendingFor(c, s);
}

/** `line`: the `for` statement's, current while the next item is fetched and stored (tracebacks). */
function plainFor(c: Compiler, target: Expr, iterExpr: Expr, body: StmtFn, orelse: StmtFn | null, line: number): StmtFn {
  const interp = c.interp;
  const store = compileStore(c, target);
  const slot = hiddenSlot(c);
  const generic = (f: Frame, iterable: PyValue): number => {
    const it = getIter(interp, iterable);
    f.locals[slot] = it;
    // One try per loop, not per iteration: the slot is emptied however the loop is left
    // (an exception caught later in this frame must not keep the iterator alive).
    try {
      const next = typeOf(it).next!;
      for (;;) {
        f.line = line;
        const v = next(interp, it);
        if (v === undefined) break;
        if (++interp.steps >= interp.stepCheckAt) checkLimits(interp);
        store(f, v);
        const r = body(f);
        if (r !== NORMAL) {
          if (r === CONTINUE) continue;
          return r === BREAK ? NORMAL : r;
        }
      }
    } finally {
      f.locals[slot] = undefined;
    }
    return orelse === null ? NORMAL : orelse(f);
  };
  // `for i in range(...)`: a JS counting loop when `range` is the builtin and the bounds are small ints.
  if (iterExpr.kind === "Call" && iterExpr.func.kind === "Name" && iterExpr.func.id === "range" && iterExpr.keywords.length === 0 &&
    iterExpr.args.length >= 1 && iterExpr.args.length <= 3 && iterExpr.args.every((a) => a.kind !== "Starred")) {
    const loadRange = compileLoadName(c, "range");
    const args = iterExpr.args.map((a) => compileExpr(c, a));
    const nargs = args.length;
    const localSlot = target.kind === "Name" && resolveName(c, target.id).kind === "local" ? (resolveName(c, target.id) as { slot: number }).slot : -1;
    return (f) => {
      const r = loadRange(f);
      const a0 = args[0](f);
      const a1 = nargs > 1 ? args[1](f) : 0;
      const a2 = nargs > 2 ? args[2](f) : 1;
      if (r !== rangeType || typeof a0 !== "number" || typeof a1 !== "number" || typeof a2 !== "number" || a2 === 0) {
        const argv = nargs === 1 ? [a0] : nargs === 2 ? [a0, a1] : [a0, a1, a2];
        return generic(f, callGeneric(interp, r, argv, null));
      }
      const start = nargs === 1 ? 0 : a0;
      const stop = nargs === 1 ? a0 : a1;
      const step = a2;
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) {
        if (++interp.steps >= interp.stepCheckAt) checkLimits(interp);
        if (localSlot >= 0) f.locals[localSlot] = i;
        else store(f, i);
        const res = body(f);
        if (res !== NORMAL) {
          if (res === CONTINUE) continue;
          return res === BREAK ? NORMAL : res;
        }
      }
      return orelse === null ? NORMAL : orelse(f);
    };
  }
  const iter = compileExpr(c, iterExpr);
  return (f) => generic(f, iter(f));
}

function suspendingFor(c: Compiler, s: ForStmt): GenStmtFn {
  const interp = c.interp;
  const iter = compileGenExpr(c, s.iter);
  const store = compileStore(c, s.target);
  const slot = hiddenSlot(c);
  const body = compileSuspendingBlock(c, s.body);
  const orelse = s.orelse.length > 0 ? compileSuspendingBlock(c, s.orelse) : null;
  const line = s.line;
  return function* (f) {
    const it = getIter(interp, yield* iter(f));
    f.locals[slot] = it;
    try {
      const next = typeOf(it).next!;
      for (;;) {
        f.line = line;
        const v = next(interp, it);
        if (v === undefined) break;
        if (++interp.steps >= interp.stepCheckAt) checkLimits(interp);
        store(f, v);
        const r = yield* body(f);
        if (r !== NORMAL) {
          if (r === CONTINUE) continue;
          return r === BREAK ? NORMAL : r;
        }
      }
    } finally {
      f.locals[slot] = undefined;
    }
    return orelse === null ? NORMAL : yield* orelse(f);
  };
}

/** `async for`: the iterator from `__aiter__`, each item awaited from `__anext__` until StopAsyncIteration. */
function asyncFor(c: Compiler, s: ForStmt): GenStmtFn {
  const interp = c.interp;
  const iter = compileGenExpr(c, s.iter);
  const store = compileStore(c, s.target);
  const slot = hiddenSlot(c);
  const body = compileSuspendingBlock(c, s.body);
  const orelse = s.orelse.length > 0 ? compileSuspendingBlock(c, s.orelse) : null;
  const line = s.line;
  return function* (f) {
    const it = aiterOf(interp, yield* iter(f));
    f.locals[slot] = it;
    try {
      for (;;) {
        f.line = line;
        const v = yield* anextOf(interp, it);
        if (v === undefined) break;
        if (++interp.steps >= interp.stepCheckAt) checkLimits(interp);
        store(f, v);
        const r = yield* body(f);
        if (r !== NORMAL) {
          if (r === CONTINUE) continue;
          return r === BREAK ? NORMAL : r;
        }
      }
    } finally {
      f.locals[slot] = undefined;
    }
    return orelse === null ? NORMAL : yield* orelse(f);
  };
}
