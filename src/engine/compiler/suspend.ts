// Suspension points inside expressions, for frames that can suspend: generator,
// coroutine and async generator bodies (and async comprehensions). An expression that
// contains a `yield`, `yield from`, `await` or an async comprehension is compiled to a
// JS generator function that yields where the frame suspends; every other expression is
// compiled by expr.ts and called directly. Statements are compiled in one place for every
// kind of frame (stmt.ts and the files it dispatches to): a statement runs as plain code
// unless it contains a suspension point.
//
// What the JS generator yields is what the Python frame's driver receives: a generator's
// values, a coroutine's innermost awaitable suspensions, and for an async generator both
// the inner awaits' suspensions and its own `yield`s wrapped in an AsyncGenYield.

import type { Expr } from "../parser/ast.js";
import { PySyntaxError } from "../parser/errors.js";
import type { PyValue } from "../objects/object.js";
import { None } from "../objects/builtin-types.js";
import { GeneratorExit, PyException, StopAsyncIteration, TypeError } from "../objects/exceptions.js";
import { PyGenerator, genClose, resumeAny, Mode } from "../objects/generator.js";
import { awaitableIter, isCoroutine } from "../objects/coroutine.js";
import { AsyncGenYield } from "../objects/async-generator.js";
import { type Frame, trimTemps } from "../vm/frame.js";
import type { Interpreter } from "../vm/interpreter.js";
import { callMethod, callMethodValue, isTruthy, typeName, typeOf } from "../vm/abstract.js";
import { newException } from "../vm/errors.js";
import { getIter } from "../vm/abstract.js";
import type { Compiler, GenExprFn } from "./context.js";
import { hiddenSlot } from "./context.js";
import { compileExpr, compileTest } from "./expr.js";
import { compileStore } from "./targets.js";
import { compareValueFn } from "./ops.js";
import { exprOperands, hoistOperands } from "./yieldexpr.js";
import { compileComprehensionMaker } from "./comprehensions.js";
import { makeList, makeTuple } from "./runtime.js";

const NESTED_SCOPES = new Set(["FunctionDef", "ClassDef", "Lambda"]);
const COMPREHENSIONS = new Set(["ListComp", "SetComp", "DictComp", "GeneratorExp"]);
type CompNode = Expr & { kind: "ListComp" | "SetComp" | "DictComp" | "GeneratorExp" };

/**
 * Does this statement/expression contain a suspension point of the current scope: a
 * `yield`, an `await`, an `async for`/`async with`, or an async list/set/dict
 * comprehension (which the scope awaits)? A comprehension's first iterable is
 * evaluated in the current scope too.
 */
export function containsYield(node: unknown): boolean {
  if (node === null || typeof node !== "object") return false;
  if (Array.isArray(node)) return node.some(containsYield);
  const n = node as { kind?: string; isAsync?: boolean };
  if (n.kind === "Yield" || n.kind === "YieldFrom" || n.kind === "Await") return true;
  if (n.kind !== undefined && NESTED_SCOPES.has(n.kind)) return false;
  if ((n.kind === "For" || n.kind === "With") && n.isAsync === true) return true;
  if (n.kind !== undefined && COMPREHENSIONS.has(n.kind)) {
    const comp = n as CompNode;
    return containsYield(comp.generators[0].iter) || (comp.kind !== "GeneratorExp" && isAsyncComprehension(comp));
  }
  for (const key of Object.keys(n)) {
    const v = (n as Record<string, unknown>)[key];
    if (v !== null && typeof v === "object" && !(v instanceof Uint8Array)) {
      if (containsYield(v)) return true;
    }
  }
  return false;
}

/** A comprehension that awaits (an `async for`, or an `await` in it or in a comprehension inside it). */
export function isAsyncComprehension(e: CompNode): boolean {
  if (e.generators.some((g) => g.isAsync)) return true;
  const parts: unknown[] = e.generators.map((g, i) => [i > 0 ? g.iter : null, g.ifs]);
  parts.push(e.kind === "DictComp" ? [e.key, e.value] : e.elt);
  return containsAwait(parts);
}

function containsAwait(node: unknown): boolean {
  if (node === null || typeof node !== "object") return false;
  if (Array.isArray(node)) return node.some(containsAwait);
  const n = node as { kind?: string };
  if (n.kind === "Await") return true;
  if (n.kind !== undefined && (NESTED_SCOPES.has(n.kind) || n.kind === "GeneratorExp")) return false;
  if (n.kind !== undefined && COMPREHENSIONS.has(n.kind)) return isAsyncComprehension(n as CompNode);
  for (const key of Object.keys(n)) {
    const v = (n as Record<string, unknown>)[key];
    if (v !== null && typeof v === "object" && containsAwait(v)) return true;
  }
  return false;
}

/** An expression that may contain a suspension point: a JS generator evaluating it. */
export function compileGenExpr(c: Compiler, e: Expr): GenExprFn {
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
      const wrap = c.unit.scope.isCoroutine;
      return function* (f) {
        const x = v === null ? None : yield* v(f);
        return yield wrap ? ownYield(x) : x;
      };
    }
    case "YieldFrom":
    case "Await": {
      const v = compileGenExpr(c, e.value);
      const slot = hiddenSlot(c);
      const isAwait = e.kind === "Await";
      return function* (f) {
        const x = yield* v(f);
        const it = isAwait ? awaitableIter(interp, x) : yieldFromIter(interp, f, x);
        f.locals[slot] = it;
        // Emptied however the delegation ends (an exception thrown into or out of it too).
        try {
          return yield* delegate(interp, it);
        } finally {
          f.locals[slot] = undefined;
        }
      };
    }
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return comprehension(c, e);
    case "Tuple":
    case "List": {
      if (e.elts.some((x) => x.kind === "Starred")) return linearized(c, e);
      const parts = e.elts.map((x) => compileGenExpr(c, x));
      const isTuple = e.kind === "Tuple";
      return function* (f) {
        const vals: PyValue[] = [];
        for (const p of parts) {
          const x = yield* p(f);
          vals.push(x);
          f.temps.push(x);
        }
        return isTuple ? makeTuple(interp, vals) : makeList(interp, vals);
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

/** Any other expression containing a suspension point: its operands are hoisted (compiler/yieldexpr.ts). */
function linearized(c: Compiler, e: Expr): GenExprFn {
  const split = exprOperands(e);
  if (split === null) throw new PySyntaxError("SyntaxError", "'yield' inside this kind of expression is not supported", e.line, e.col + 1);
  const { pre, clear } = hoistOperands(c, split.ops, containsYield, compileGenExpr);
  const rest = compileExpr(c, split.node);
  return function* (f) {
    try {
      yield* pre(f);
      return rest(f);
    } finally {
      clear(f);
    }
  };
}

/**
 * A comprehension whose first iterable suspends, or that is itself async: the first
 * iterable is evaluated here, then an async list/set/dict comprehension's coroutine is
 * awaited (an async generator expression is only created).
 */
function comprehension(c: Compiler, e: CompNode): GenExprFn {
  const interp = c.interp;
  const first = compileGenExpr(c, e.generators[0].iter);
  const make = compileComprehensionMaker(c, e);
  const awaited = e.kind !== "GeneratorExp" && c.scopes.get(e)!.isCoroutine;
  const slot = awaited ? hiddenSlot(c) : -1;
  return function* (f) {
    const made = make(f, yield* first(f));
    if (!awaited) return made;
    f.locals[slot] = made;
    try {
      return yield* delegate(interp, made);
    } finally {
      f.locals[slot] = undefined;
    }
  };
}

/** The iterator `yield from x` delegates to: a coroutine only in a `types.coroutine` generator. */
function yieldFromIter(interp: Interpreter, f: Frame, x: PyValue): PyValue {
  if (isCoroutine(x)) {
    if (f.code.iterableCoroutine) return x;
    throw newException(interp, TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
  }
  return getIter(interp, x);
}

/**
 * A `yield` that is a whole statement (`yield v`, `x = yield v`): once `v` is computed,
 * nothing else of the statement is in flight, so the frame's temps are emptied before it
 * suspends. The yielded value now belongs to the consumer (resumeGenerator roots it in
 * the consumer's frame), and a suspended generator must not keep alive what it no
 * longer references, or the collector would be imprecise about it.
 */
export function compileStatementYield(c: Compiler, e: Expr & { kind: "Yield" }): GenExprFn {
  const v = e.value === null ? null : compileGenExpr(c, e.value);
  const wrap = c.unit.scope.isCoroutine;
  return function* (f) {
    const x = v === null ? None : yield* v(f);
    if (f.temps.length !== 0) trimTemps(f.temps, 0);
    return yield wrap ? ownYield(x) : x;
  };
}

/** An async generator's own `yield x`, told apart from an inner await's suspensions (objects/async-generator.ts). */
function ownYield(x: PyValue): PyValue {
  return new AsyncGenYield(x) as unknown as PyValue;
}

/** A condition (if/while/guard) that may suspend. */
export function compileGenTest(c: Compiler, e: Expr): (f: Frame) => Generator<PyValue, boolean, PyValue> {
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

/**
 * `yield from it` / `await it`: forward send/throw/close to the inner iterator until it
 * finishes; evaluates to its result (a generator's return value, a StopIteration's value).
 */
export function* delegate(interp: Interpreter, it: PyValue): Generator<PyValue, PyValue, PyValue> {
  let mode: 0 | 1 = Mode.Send;
  let val: PyValue = None;
  const out = { result: None as PyValue };
  for (;;) {
    const y = resumeAny(interp, it, mode, val, out);
    if (y === undefined) return out.result;
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

// ---------------------------------------------------------------- async iteration

/** `aiter(v)` for `async for` (CPython's GET_AITER and its messages). */
export function aiterOf(interp: Interpreter, v: PyValue): PyValue {
  const t = typeOf(v);
  const m = t.lookup("__aiter__");
  if (m === null) throw newException(interp, TypeError, `'async for' requires an object with __aiter__ method, got ${t.name}`);
  const it = callMethodValue(interp, m, v, []);
  if (typeOf(it).lookup("__anext__") === null) {
    throw newException(interp, TypeError, `'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`);
  }
  return it;
}

/** Await `it.__anext__()`: the next item, or undefined when it raised StopAsyncIteration. */
export function* anextOf(interp: Interpreter, it: PyValue): Generator<PyValue, PyValue | undefined, PyValue> {
  const aw = callMethod(interp, it, "__anext__", []);
  let inner: PyValue;
  try {
    inner = awaitableIter(interp, aw);
  } catch (e) {
    if (e instanceof PyException && e.cls === TypeError) {
      const err = newException(interp, TypeError, `'async for' received an invalid object from __anext__: ${typeName(aw)}`);
      err.cause = e;
      throw err;
    }
    throw e;
  }
  try {
    return yield* delegate(interp, inner);
  } catch (e) {
    if (e instanceof PyException && e.cls.isSubtypeOf(StopAsyncIteration)) return undefined;
    throw e;
  }
}
