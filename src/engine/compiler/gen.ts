// Generator functions: statements that contain a `yield` are compiled to JS
// generator functions (so the frame can suspend there); every other statement in a
// generator body is compiled normally and called directly.

import type { Expr, Stmt } from "../parser/ast.js";
import { PySyntaxError } from "../parser/errors.js";
import type { PyValue } from "../objects/object.js";
import { None } from "../objects/builtin-types.js";
import { GeneratorExit, PyException } from "../objects/exceptions.js";
import { PyGenerator, genClose, resumeGenerator, Mode } from "../objects/generator.js";
import { type Frame, trimTemps } from "../vm/frame.js";
import { callMethod, callMethodValue, getIter, isTruthy, iterNext, typeOf } from "../vm/abstract.js";
import { addTraceback } from "../vm/call.js";
import { checkLimits } from "../vm/limits.js";
import type { Compiler, GenExprFn, GenStmtFn, StmtFn } from "./context.js";
import { BREAK, CONTINUE, NORMAL, RETURN, hiddenSlot } from "./context.js";
import { compileExpr, compileTest } from "./expr.js";
import { compileStore } from "./targets.js";
import { asPyException, compileStmt, enterContext, exceptionMatches, exitWithException, setContext } from "./stmt.js";
import { compareValueFn, inplaceFn } from "./ops.js";
import { exprOperands, hoistOperands, stmtOperands } from "./yieldexpr.js";
import { compileLoadName } from "./expr.js";
import { compileStoreName } from "./targets.js";
import { compileCaseMatchers } from "./match.js";

const NESTED_SCOPES = new Set(["FunctionDef", "ClassDef", "Lambda", "ListComp", "SetComp", "DictComp", "GeneratorExp"]);

/** Does this statement/expression contain a yield of the current scope? */
export function containsYield(node: unknown): boolean {
  if (node === null || typeof node !== "object") return false;
  if (Array.isArray(node)) return node.some(containsYield);
  const n = node as { kind?: string };
  if (n.kind === "Yield" || n.kind === "YieldFrom") return true;
  if (n.kind !== undefined && NESTED_SCOPES.has(n.kind)) return false;
  for (const key of Object.keys(n)) {
    const v = (n as Record<string, unknown>)[key];
    if (v !== null && typeof v === "object" && !(v instanceof Uint8Array)) {
      if (containsYield(v)) return true;
    }
  }
  return false;
}

export function compileGenBody(c: Compiler, body: Stmt[]): (f: Frame) => Generator<PyValue, PyValue, PyValue> {
  const block = compileGenBlock(c, body);
  return function* (f) {
    const r = yield* block(f);
    return r === RETURN ? f.retval! : None;
  };
}

function compileGenBlock(c: Compiler, body: Stmt[]): GenStmtFn {
  const interp = c.interp;
  const n = body.length;
  const isGen = body.map((s) => containsYield(s));
  const plain: (StmtFn | null)[] = body.map((s, i) => (isGen[i] ? null : compileStmt(c, s)));
  const gens: (GenStmtFn | null)[] = body.map((s, i) => (isGen[i] ? compileGenStmt(c, s) : null));
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

/** An expression that may contain yield: a generator evaluating it. */
function compileGenExpr(c: Compiler, e: Expr): GenExprFn {
  const interp = c.interp;
  if (!containsYield(e)) {
    const v = compileExpr(c, e);
    // eslint-disable-next-line require-yield
    return function* (f) {
      return v(f);
    };
  }
  switch (e.kind) {
    case "Yield": {
      const v = e.value === null ? null : compileGenExpr(c, e.value);
      return function* (f) {
        const x = v === null ? None : yield* v(f);
        return yield x;
      };
    }
    case "YieldFrom": {
      const v = compileGenExpr(c, e.value);
      const slot = hiddenSlot(c);
      return function* (f) {
        const it = getIter(interp, yield* v(f));
        f.locals[slot] = it;
        const r = yield* delegate(c, f, it);
        f.locals[slot] = undefined;
        return r;
      };
    }
    case "Tuple":
    case "List": {
      const parts = e.elts.map((x) => compileGenExpr(c, x));
      return function* (f) {
        const vals: PyValue[] = [];
        for (const p of parts) {
          const x = yield* p(f);
          vals.push(x);
          f.temps.push(x);
        }
        const { makeTuple, makeList } = runtime;
        return e.kind === "Tuple" ? makeTuple(interp, vals) : makeList(interp, vals);
      };
    }
    case "BoolOp": {
      const parts = e.values.map((x) => compileGenExpr(c, x));
      const isAnd = e.op === "and";
      return function* (f) {
        let v: PyValue = None;
        for (let i = 0; i < parts.length; i++) {
          v = yield* parts[i](f);
          if (i === parts.length - 1 || isTruthy(interp, v) !== isAnd) break;
        }
        return v;
      };
    }
    case "IfExp": {
      const test = compileGenExpr(c, e.test);
      const body = compileGenExpr(c, e.body);
      const orelse = compileGenExpr(c, e.orelse);
      return function* (f) {
        return isTruthy(interp, yield* test(f)) ? yield* body(f) : yield* orelse(f);
      };
    }
    case "NamedExpr": {
      const v = compileGenExpr(c, e.value);
      const store = compileStore(c, e.target);
      return function* (f) {
        const x = yield* v(f);
        store(f, x);
        return x;
      };
    }
    case "Compare": {
      if (e.ops.length > 1) {
        // Chained: a < b < c evaluates b once and stops at the first false link.
        const left = compileGenExpr(c, e.left);
        const rights = e.comparators.map((x) => compileGenExpr(c, x));
        const ops = e.ops.map(compareValueFn);
        return function* (f) {
          let a = yield* left(f);
          f.temps.push(a);
          let result: PyValue = true;
          for (let i = 0; i < ops.length; i++) {
            const b = yield* rights[i](f);
            f.temps.push(b);
            result = ops[i](interp, a, b);
            if (!isTruthy(interp, result)) return result;
            a = b;
          }
          return result;
        };
      }
      return linearized(c, e);
    }
    default:
      return linearized(c, e);
  }
}

/** Any other expression containing a yield: its operands are hoisted (compiler/yieldexpr.ts). */
function linearized(c: Compiler, e: Expr): GenExprFn {
  const split = exprOperands(e);
  if (split === null) throw new PySyntaxError("SyntaxError", "'yield' inside this kind of expression is not supported", e.line, e.col + 1);
  const { pre, clear } = hoistOperands(c, split.ops, containsYield, compileGenExpr);
  const rest = compileExpr(c, split.node);
  return function* (f) {
    yield* pre(f);
    const v = rest(f);
    clear(f);
    return v;
  };
}

/** A simple statement with a yield in an operand: operands hoisted, then the statement runs normally. */
function linearizedStmt(c: Compiler, s: Stmt): GenStmtFn | null {
  const split = stmtOperands(s);
  if (split === null) return null;
  const { pre, clear } = hoistOperands(c, split.ops, containsYield, compileGenExpr);
  const rest = compileStmt(c, split.node);
  return function* (f) {
    yield* pre(f);
    try {
      return rest(f);
    } finally {
      clear(f);
    }
  };
}

import * as runtime from "./runtime.js";

/**
 * A `yield` that is a whole statement (`yield v`, `x = yield v`): once `v` is computed,
 * nothing else of the statement is in flight, so the frame's temps are emptied before it
 * suspends. The yielded value now belongs to the consumer (resumeGenerator roots it in
 * the consumer's frame), and a suspended generator must not keep alive what it no
 * longer references, or the collector would be imprecise about it.
 */
function compileStatementYield(c: Compiler, e: Expr & { kind: "Yield" }): GenExprFn {
  const v = e.value === null ? null : compileGenExpr(c, e.value);
  return function* (f) {
    const x = v === null ? None : yield* v(f);
    if (f.temps.length !== 0) trimTemps(f.temps, 0);
    return yield x;
  };
}

/** An if/while condition that may contain a yield. */
function genTest(c: Compiler, e: Expr): (f: Frame) => Generator<PyValue, boolean, PyValue> {
  const interp = c.interp;
  if (!containsYield(e)) {
    const t = compileTest(c, e);
    // eslint-disable-next-line require-yield
    return function* (f) {
      return t(f);
    };
  }
  const v = compileGenExpr(c, e);
  return function* (f) {
    return isTruthy(interp, yield* v(f));
  };
}

/** `yield from it`: forward next/send/throw/close to the inner iterator; evaluates to its return value. */
function* delegate(c: Compiler, f: Frame, it: PyValue): Generator<PyValue, PyValue, PyValue> {
  const interp = c.interp;
  let mode: 0 | 1 = Mode.Send;
  let val: PyValue = None;
  for (;;) {
    let y: PyValue | undefined;
    if (it instanceof PyGenerator) {
      y = resumeGenerator(interp, it, mode, val);
      if (y === undefined) return it.returnValue;
    } else if (mode === Mode.Throw) {
      const t = typeOf(it);
      if (t.lookup("throw") === null) throw val;
      y = callMethod(interp, it, "throw", [val]);
    } else if (val === None) {
      y = iterNext(interp, it);
      if (y === undefined) return None;
    } else {
      y = callMethod(interp, it, "send", [val]);
    }
    try {
      val = yield y;
      mode = Mode.Send;
    } catch (e) {
      if (e instanceof PyException && e.cls.isSubtypeOf(GeneratorExit)) {
        if (it instanceof PyGenerator) genClose(interp, it);
        else if (typeOf(it).lookup("close") !== null) callMethod(interp, it, "close", []);
        throw e;
      }
      if (!(e instanceof PyException)) throw e;
      mode = Mode.Throw;
      val = e;
    }
  }
}

function compileGenStmt(c: Compiler, s: Stmt): GenStmtFn {
  const interp = c.interp;
  switch (s.kind) {
    case "Expr": {
      const v = s.value.kind === "Yield" ? compileStatementYield(c, s.value) : compileGenExpr(c, s.value);
      return function* (f) {
        yield* v(f);
        return NORMAL;
      };
    }
    case "Assign": {
      if (s.targets.some(containsYield)) throw new PySyntaxError("SyntaxError", "'yield' inside an assignment target is not supported", s.line, s.col + 1);
      const v = s.value.kind === "Yield" ? compileStatementYield(c, s.value) : compileGenExpr(c, s.value);
      const stores = s.targets.map((t) => compileStore(c, t));
      return function* (f) {
        const x = yield* v(f);
        for (const st of stores) st(f, x);
        return NORMAL;
      };
    }
    case "AugAssign": {
      if (s.target.kind !== "Name") return linearizedStmt(c, s)!;
      const load = compileLoadName(c, s.target.id);
      const store = compileStoreName(c, s.target.id);
      const v = compileGenExpr(c, s.value);
      const fn = inplaceFn(s.op);
      return function* (f) {
        const a = load(f);
        f.temps.push(a);
        store(f, fn(interp, a, yield* v(f)));
        return NORMAL;
      };
    }
    case "Return": {
      const v = compileGenExpr(c, s.value!);
      return function* (f) {
        f.retval = yield* v(f);
        return RETURN;
      };
    }
    case "If": {
      const test = genTest(c, s.test);
      const body = compileGenBlock(c, s.body);
      const orelse = compileGenBlock(c, s.orelse);
      return function* (f) {
        return (yield* test(f)) ? yield* body(f) : yield* orelse(f);
      };
    }
    case "While": {
      const test = genTest(c, s.test);
      const body = compileGenBlock(c, s.body);
      const orelse = compileGenBlock(c, s.orelse);
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
        return yield* orelse(f);
      };
    }
    case "For": {
      const iter = compileGenExpr(c, s.iter);
      const store = compileStore(c, s.target);
      const slot = hiddenSlot(c);
      const body = compileGenBlock(c, s.body);
      const orelse = compileGenBlock(c, s.orelse);
      const line = s.line;
      return function* (f) {
        const it = getIter(interp, yield* iter(f));
        f.locals[slot] = it;
        const next = typeOf(it).next!;
        for (;;) {
          f.line = line; // the `for` line while fetching the next item (tracebacks)
          const v = next(interp, it);
          if (v === undefined) break;
          if (++interp.steps >= interp.stepCheckAt) checkLimits(interp);
          store(f, v);
          const r = yield* body(f);
          if (r !== NORMAL) {
            if (r === CONTINUE) continue;
            f.locals[slot] = undefined;
            return r === BREAK ? NORMAL : r;
          }
        }
        f.locals[slot] = undefined;
        return yield* orelse(f);
      };
    }
    case "With": {
      if (s.items.length !== 1) {
        const [first, ...rest] = s.items;
        return compileGenStmt(c, { ...s, items: [first], body: [{ ...s, items: rest }] });
      }
      const item = s.items[0];
      const mgrE = compileExpr(c, item.contextExpr);
      const store = item.optionalVars === null ? null : compileStore(c, item.optionalVars);
      const slot = hiddenSlot(c);
      const body = compileGenBlock(c, s.body);
      return function* (f) {
        const mgr = mgrE(f);
        f.locals[slot] = mgr;
        const { exit, value } = enterContext(interp, mgr);
        if (store !== null) store(f, value);
        let r: number;
        try {
          r = yield* body(f);
        } catch (e) {
          exitWithException(interp, f, slot, exit, mgr, e);
          return NORMAL;
        }
        callMethodValue(interp, exit, mgr, [None, None, None]);
        f.locals[slot] = undefined;
        return r;
      };
    }
    case "Try": {
      if (s.star === true) throw new PySyntaxError("SyntaxError", "except* inside a generator is not supported by heapscope", s.line, s.col + 1);
      const body = compileGenBlock(c, s.body);
      const handlers = s.handlers.map((h) => ({
        type: h.type === null ? null : compileExpr(c, h.type),
        store: h.name === null ? null : compileStoreName(c, h.name),
        body: compileGenBlock(c, h.body),
      }));
      const orelse = compileGenBlock(c, s.orelse);
      const finalbody = s.finalbody.length > 0 ? compileGenBlock(c, s.finalbody) : null;
      const tryExcept = function* (f: Frame): Generator<PyValue, number, PyValue> {
        let r: number;
        try {
          r = yield* body(f);
        } catch (e) {
          const exc = asPyException(interp, e);
          addTraceback(exc, f);
          for (const h of handlers) {
            if (h.type !== null && !exceptionMatches(interp, exc, h.type(f))) continue;
            const saved = f.handled;
            f.handled = exc;
            if (h.store !== null) h.store(f, exc);
            try {
              return yield* h.body(f);
            } catch (e2) {
              setContext(e2, exc);
              throw e2;
            } finally {
              f.handled = saved;
            }
          }
          throw exc;
        }
        if (r === NORMAL) return yield* orelse(f);
        return r;
      };
      if (finalbody === null) return tryExcept;
      return function* (f) {
        let r: number;
        try {
          r = yield* tryExcept(f);
        } catch (e) {
          if (!(e instanceof PyException) && !(e instanceof RangeError)) throw e;
          const exc = asPyException(interp, e);
          addTraceback(exc, f);
          const saved = f.handled;
          f.handled = exc;
          let fr: number;
          try {
            fr = yield* finalbody(f);
          } catch (e2) {
            setContext(e2, exc);
            throw e2;
          } finally {
            f.handled = saved;
          }
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
    case "Match": {
      // Patterns cannot contain a yield; the subject, guards and bodies may.
      const subject = compileGenExpr(c, s.subject);
      const slot = hiddenSlot(c);
      const matchers = compileCaseMatchers(c, s.cases);
      const guards = s.cases.map((k) => (k.guard === null ? null : genTest(c, k.guard)));
      const bodies = s.cases.map((k) => compileGenBlock(c, k.body));
      return function* (f) {
        const v = yield* subject(f);
        f.locals[slot] = v;
        for (let i = 0; i < bodies.length; i++) {
          if (!matchers[i](f, v)) continue;
          const g = guards[i];
          if (g !== null && !(yield* g(f))) continue;
          f.locals[slot] = undefined;
          return yield* bodies[i](f);
        }
        f.locals[slot] = undefined;
        return NORMAL;
      };
    }
    default: {
      const lin = linearizedStmt(c, s);
      if (lin !== null) return lin;
      throw new PySyntaxError("SyntaxError", `'yield' inside a ${s.kind} statement is not supported`, s.line, s.col + 1);
    }
  }
}
