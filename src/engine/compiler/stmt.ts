// Statements, for every kind of frame: plain functions, module and class bodies,
// generators, coroutines and async generators. One compiler: each statement kind is
// compiled in one place (here, or the file named in `compileAny`), and a statement that
// contains a suspension point (a `yield`, `await`, `async for`/`async with`, an async
// comprehension: suspend.ts `containsYield`) gets that kind's suspending form, a JS
// generator function taking the same steps; every other statement, in any frame, is
// the plain closure.
//
// Plain statements are closures returning a completion code (NORMAL/BREAK/CONTINUE/
// RETURN; a return value travels in `frame.retval`). Python exceptions are JS throws of
// the PyException itself; anything else thrown (RunAbort, engine bugs) passes through
// try/finally/with untouched.

import type { Expr, Stmt } from "../parser/ast.js";
import { assertNever } from "../parser/ast.js";
import { PySyntaxError } from "../parser/errors.js";
import type { PyValue } from "../objects/object.js";
import { None } from "../objects/builtin-types.js";
import { AssertionError, ImportError } from "../objects/exceptions.js";
import { type Frame, trimTemps } from "../vm/frame.js";
import { newException } from "../vm/errors.js";
import { checkLimits } from "../vm/limits.js";
import { importFrom, importModule, importStar } from "../vm/imports.js";
import type { Compiler, GenExprFn, GenStmtFn, StmtFn } from "./context.js";
import { BREAK, CONTINUE, NORMAL, RETURN, resolveName } from "./context.js";
import { compileExpr, compileTest } from "./expr.js";
import { compileDelete, compileStore, compileStoreName } from "./targets.js";
import { compileClassDef, compileFunctionDef } from "./functions.js";
import { compileMatch } from "./match.js";
import { compileTry, doRaise } from "./try.js";
import { compileTryStar } from "./trystar.js";
import { compileFor, compileWhile } from "./loops.js";
import { compileWith } from "./with.js";
import { compileAnnotatedAssign, compileAugAssign } from "./assign.js";
import { compileGenExpr, compileGenTest, compileStatementYield, containsYield } from "./suspend.js";
import { hoistOperands, stmtOperands } from "./yieldexpr.js";

// Where these lived before the statement compiler was split by kind (codegen/, modules/sys.ts).
export { asPyException, currentHandled, exceptionMatches, setContext } from "./try.js";

// ---------------------------------------------------------------- blocks and bodies

export function compileBlock(c: Compiler, body: Stmt[]): StmtFn {
  const interp = c.interp;
  const fns = body.map((s) => compileStmt(c, s));
  const lines = body.map((s) => s.line);
  const n = fns.length;
  if (n === 0) return () => NORMAL;
  if (n === 1) {
    const s0 = fns[0];
    const l0 = lines[0];
    return (f) => {
      f.line = l0;
      if (++interp.steps >= interp.stepCheckAt) checkLimits(interp);
      if (f.temps.length !== 0) trimTemps(f.temps, 0);
      return s0(f);
    };
  }
  return (f) => {
    for (let i = 0; i < n; i++) {
      f.line = lines[i];
      if (++interp.steps >= interp.stepCheckAt) checkLimits(interp);
      if (f.temps.length !== 0) trimTemps(f.temps, 0);
      const r = fns[i](f);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  };
}

/** A block of a frame that can suspend: statements without a suspension point run plain. */
export function compileSuspendingBlock(c: Compiler, body: Stmt[]): GenStmtFn {
  const interp = c.interp;
  const n = body.length;
  const plain: (StmtFn | null)[] = [];
  const gens: (GenStmtFn | null)[] = [];
  for (const s of body) {
    const suspends = containsYield(s);
    plain.push(suspends ? null : compileStmt(c, s));
    gens.push(suspends ? compileSuspendingStmt(c, s) : null);
  }
  const lines = body.map((s) => s.line);
  return function* (f) {
    for (let i = 0; i < n; i++) {
      f.line = lines[i];
      if (++interp.steps >= interp.stepCheckAt) checkLimits(interp);
      if (f.temps.length !== 0) trimTemps(f.temps, 0);
      const p = plain[i];
      const r = p !== null ? p(f) : yield* gens[i]!(f);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  };
}

/** The body of a generator, coroutine or async generator: a JS generator returning the frame's return value. */
export function compileGenBody(c: Compiler, body: Stmt[]): (f: Frame) => Generator<PyValue, PyValue, PyValue> {
  if (!containsYield(body)) {
    // A coroutine that never awaits: its statements all run plain, inside one JS generator.
    const plain = compileBlock(c, body);
    // eslint-disable-next-line require-yield
    return function* (f) {
      return plain(f) === RETURN ? f.retval! : None;
    };
  }
  const block = compileSuspendingBlock(c, body);
  return function* (f) {
    const r = yield* block(f);
    return r === RETURN ? f.retval! : None;
  };
}

/** A statement with no suspension point, in any frame. */
export function compileStmt(c: Compiler, s: Stmt): StmtFn {
  return compileAny(c, s, false) as StmtFn;
}

/** A statement containing a suspension point (suspend.ts containsYield). */
export function compileSuspendingStmt(c: Compiler, s: Stmt): GenStmtFn {
  return compileAny(c, s, true) as GenStmtFn;
}

/** Compound statements have both forms in their own file; simple ones suspend by hoisting (suspendingSimple). */
function compileAny(c: Compiler, s: Stmt, suspend: boolean): StmtFn | GenStmtFn {
  switch (s.kind) {
    case "If": return compileIf(c, s, suspend);
    case "While": return compileWhile(c, s, suspend);
    case "For": return compileFor(c, s, suspend);
    case "With": return compileWith(c, s, suspend);
    case "Try": return s.star === true ? compileTryStar(c, s, suspend) : compileTry(c, s, suspend);
    case "Match": return compileMatch(c, s, suspend);
    case "AugAssign": if (suspend) return compileAugAssign(c, s.target, s.op, s.value, true); break;
  }
  return suspend ? suspendingSimple(c, s) : compileSimple(c, s);
}

function compileIf(c: Compiler, s: Stmt & { kind: "If" }, suspend: boolean): StmtFn | GenStmtFn {
  if (!suspend) {
    const test = compileTest(c, s.test);
    const body = compileBlock(c, s.body);
    if (s.orelse.length === 0) return (f) => (test(f) ? body(f) : NORMAL);
    const orelse = compileBlock(c, s.orelse);
    return (f) => (test(f) ? body(f) : orelse(f));
  }
  const test = compileGenTest(c, s.test);
  const body = compileSuspendingBlock(c, s.body);
  const orelse = s.orelse.length > 0 ? compileSuspendingBlock(c, s.orelse) : null;
  return function* (f) {
    if (yield* test(f)) return yield* body(f);
    return orelse === null ? NORMAL : yield* orelse(f);
  };
}

/** Expressions that are themselves a suspension point. */
const SUSPENDS = new Set(["Yield", "YieldFrom", "Await"]);

/**
 * A simple statement with a suspension point in an operand: the operands up to the last
 * one that suspends are evaluated first into hidden slots (yieldexpr.ts), then the
 * statement itself runs as its plain closure, so it has one meaning in every frame.
 * A `yield` that is the whole value (`yield v`, `x = yield v`) empties the frame's
 * temps before it suspends (compileStatementYield).
 */
export function suspendingSimple(c: Compiler, s: Stmt): GenStmtFn {
  if (s.kind === "Assign" && s.targets.some((t) => t.kind !== "Attribute" && t.kind !== "Subscript" && containsYield(t))) {
    throw new PySyntaxError("SyntaxError", "'yield' inside an assignment target is not supported", s.line, s.col + 1);
  }
  const split = stmtOperands(s);
  if (split === null) throw new PySyntaxError("SyntaxError", `'yield' inside a ${s.kind} statement is not supported`, s.line, s.col + 1);
  const whole = (s.kind === "Expr" || s.kind === "Assign") && s.value.kind === "Yield" ? s.value : null;
  // The commonest forms (`yield v`, `await f()`, `x = yield v`, `x = await f()`, `return await f()`)
  // without hoisting: the value is the only operand, so evaluating it then storing it is the same.
  const direct = (e: Expr): GenExprFn => (e === whole ? compileStatementYield(c, e as Expr & { kind: "Yield" }) : compileGenExpr(c, e));
  if (s.kind === "Expr") {
    const v = direct(s.value);
    return function* (f) {
      yield* v(f);
      return NORMAL;
    };
  }
  if (s.kind === "Assign" && s.targets.length === 1 && s.targets[0].kind === "Name" && SUSPENDS.has(s.value.kind)) {
    const v = direct(s.value);
    const store = compileStoreName(c, s.targets[0].id);
    return function* (f) {
      store(f, yield* v(f));
      return NORMAL;
    };
  }
  if (s.kind === "Return" && s.value !== null && SUSPENDS.has(s.value.kind)) {
    const v = compileGenExpr(c, s.value);
    return function* (f) {
      f.retval = yield* v(f);
      return RETURN;
    };
  }
  const { pre, clear } = hoistOperands(c, split.ops, containsYield, (c2, e) =>
    e === whole ? compileStatementYield(c2, e as Expr & { kind: "Yield" }) : compileGenExpr(c2, e));
  const rest = compileSimple(c, split.node);
  return function* (f) {
    // The hoisted operands are the statement's own: dropped however it ends (a raise included).
    try {
      yield* pre(f);
      return rest(f);
    } finally {
      clear(f);
    }
  };
}

function compileSimple(c: Compiler, s: Stmt): StmtFn {
  const interp = c.interp;
  switch (s.kind) {
    case "FunctionDef":
      return compileFunctionDef(c, s);
    case "ClassDef":
      return compileClassDef(c, s);
    case "Return": {
      if (c.unit.scope.kind !== "function" && c.unit.scope.kind !== "comprehension") {
        throw new PySyntaxError("SyntaxError", "'return' outside function", s.line, s.col + 1);
      }
      if (s.value === null) {
        return (f) => {
          f.retval = None;
          return RETURN;
        };
      }
      const v = compileExpr(c, s.value);
      return (f) => {
        f.retval = v(f);
        return RETURN;
      };
    }
    case "Delete": {
      const parts = s.targets.map((t) => compileDelete(c, t));
      return (f) => {
        for (let i = 0; i < parts.length; i++) parts[i](f);
        return NORMAL;
      };
    }
    case "Assign": {
      const v = compileExpr(c, s.value);
      if (s.targets.length === 1) {
        const t = s.targets[0];
        if (t.kind === "Name") {
          const ref = resolveName(c, t.id);
          if (ref.kind === "local") {
            const slot = ref.slot;
            return (f) => {
              f.locals[slot] = v(f);
              return NORMAL;
            };
          }
        }
        // `a, b = x, y`: no tuple is built.
        if ((t.kind === "Tuple" || t.kind === "List") && s.value.kind === "Tuple" && t.elts.length === s.value.elts.length &&
          !t.elts.some((e) => e.kind === "Starred") && !s.value.elts.some((e) => e.kind === "Starred")) {
          const vals = s.value.elts.map((e) => compileExpr(c, e));
          const stores = t.elts.map((e) => compileStore(c, e));
          const n = vals.length;
          return (f) => {
            const tmp = new Array<PyValue>(n);
            for (let i = 0; i < n; i++) {
              const x = vals[i](f);
              tmp[i] = x;
              if (typeof x === "object" && x.size !== 0) f.temps.push(x);
            }
            for (let i = 0; i < n; i++) stores[i](f, tmp[i]);
            return NORMAL;
          };
        }
        const store = compileStore(c, t);
        return (f) => {
          store(f, v(f));
          return NORMAL;
        };
      }
      const stores = s.targets.map((t) => compileStore(c, t));
      return (f) => {
        const x = v(f);
        if (typeof x === "object" && x.size !== 0) f.temps.push(x);
        for (let i = 0; i < stores.length; i++) stores[i](f, x);
        return NORMAL;
      };
    }
    case "AugAssign":
      return compileAugAssign(c, s.target, s.op, s.value);
    case "AnnAssign": {
      const kind = c.unit.scope.kind;
      if (kind !== "module" && kind !== "class") {
        // In a function the annotation is not evaluated.
        if (s.value === null) return () => NORMAL;
        const v = compileExpr(c, s.value);
        const store = compileStore(c, s.target);
        return (f) => {
          store(f, v(f));
          return NORMAL;
        };
      }
      return compileAnnotatedAssign(c, s);
    }
    case "Raise": {
      const exc = s.exc === null ? null : compileExpr(c, s.exc);
      const cause = s.cause === null ? null : compileExpr(c, s.cause);
      return (f) => {
        const v = exc === null ? undefined : exc(f);
        if (v !== undefined && typeof v === "object" && v.size !== 0) f.temps.push(v);
        return doRaise(interp, v, cause === null ? undefined : cause(f));
      };
    }
    case "Assert": {
      const test = compileTest(c, s.test);
      const msg = s.msg === null ? null : compileExpr(c, s.msg);
      return (f) => {
        if (!test(f)) throw newException(interp, AssertionError, msg === null ? [] : [msg(f)]);
        return NORMAL;
      };
    }
    case "Import": {
      const parts = s.names.map((a) => {
        const top = a.name.split(".")[0];
        const store = compileStoreName(c, a.asname ?? top);
        const full = a.name;
        const bindTop = a.asname === null;
        return (f: Frame) => {
          const m = importModule(interp, full);
          store(f, bindTop ? importModule(interp, top) : m);
        };
      });
      return (f) => {
        for (const p of parts) p(f);
        return NORMAL;
      };
    }
    case "ImportFrom": {
      const modName = s.module ?? "";
      if (s.level > 0) {
        return () => {
          throw newException(interp, ImportError, "attempted relative import with no known parent package");
        };
      }
      if (s.names.length === 1 && s.names[0].name === "*") {
        if (c.unit.scope.kind !== "module") throw new PySyntaxError("SyntaxError", "import * only allowed at module level", s.line, s.col + 1);
        return (f) => {
          importStar(interp, importModule(interp, modName), f.globals);
          return NORMAL;
        };
      }
      const parts = s.names.map((a) => ({ name: a.name, store: compileStoreName(c, a.asname ?? a.name) }));
      return (f) => {
        const m = importModule(interp, modName);
        for (const p of parts) p.store(f, importFrom(interp, m, p.name));
        return NORMAL;
      };
    }
    case "Global":
    case "Nonlocal":
    case "Pass":
      return () => NORMAL;
    case "Expr": {
      const v = compileExpr(c, s.value);
      return (f) => {
        v(f);
        return NORMAL;
      };
    }
    case "Break":
      return () => BREAK;
    case "Continue":
      return () => CONTINUE;
    case "If":
    case "While":
    case "For":
    case "With":
    case "Try":
    case "Match":
      return compileAny(c, s, false) as StmtFn;
    default:
      return assertNever(s);
  }
}
