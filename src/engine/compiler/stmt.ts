// Statements -> closures returning a completion code (NORMAL/BREAK/CONTINUE/RETURN;
// a return value travels in `frame.retval`). Python exceptions are JS throws of the
// PyException itself; anything else thrown (RunAbort, engine bugs) passes through
// try/finally/with untouched.

import { compileAnnotation } from "./annotations.js";
import type { ExceptHandler, Expr, Stmt } from "../parser/ast.js";
import { assertNever } from "../parser/ast.js";
import { PySyntaxError } from "../parser/errors.js";
import type { PyValue } from "../objects/object.js";
import { None, rangeType } from "../objects/builtin-types.js";
import { PyType } from "../objects/type.js";
import { PyTuple } from "../objects/tuple.js";
import { AssertionError, BaseException, NameError, PyException, RuntimeError, TypeError } from "../objects/exceptions.js";
import { internStr } from "../objects/str.js";
import { type Frame, trimTemps } from "../vm/frame.js";
import type { Interpreter } from "../vm/interpreter.js";
import { callMethodValue, callValue, getAttr, getItem, getIter, isTruthy, setItem, typeName, typeOf } from "../vm/abstract.js";
import { AttrSite, loadAttrAt, storeAttrAt } from "../vm/attrs.js";
import { addTraceback, recursionError } from "../vm/call.js";
import { newException, raiseUnboundLocal } from "../vm/errors.js";
import { checkLimits } from "../vm/limits.js";
import { importFrom, importModule, importStar } from "../vm/imports.js";
import type { Compiler, StmtFn } from "./context.js";
import { BREAK, CONTINUE, NORMAL, RETURN, hiddenSlot, resolveName } from "./context.js";
import { compileExpr, compileLoadName, compileTest, isSimple } from "./expr.js";
import { compileDelete, compileStore, compileStoreName } from "./targets.js";
import { inplaceFn } from "./ops.js";
import { operandOf, specializedAugLocal } from "./arith.js";
import { compileClassDef, compileFunctionDef } from "./functions.js";
import { callGeneric } from "./runtime.js";
import { compileMatch } from "./match.js";
import { compileTryStar } from "./trystar.js";
import { tracebackObject } from "../objects/frame-object.js";

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

export function compileStmt(c: Compiler, s: Stmt): StmtFn {
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
    case "For":
      return compileFor(c, s.target, s.iter, compileBlock(c, s.body), s.orelse.length > 0 ? compileBlock(c, s.orelse) : null, s.line);
    case "While": {
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
    case "If": {
      const test = compileTest(c, s.test);
      const body = compileBlock(c, s.body);
      if (s.orelse.length === 0) return (f) => (test(f) ? body(f) : NORMAL);
      const orelse = compileBlock(c, s.orelse);
      return (f) => (test(f) ? body(f) : orelse(f));
    }
    case "With":
      return compileWith(c, s.items, 0, compileBlock(c, s.body));
    case "Raise": {
      const exc = s.exc === null ? null : compileExpr(c, s.exc);
      const cause = s.cause === null ? null : compileExpr(c, s.cause);
      return (f) => {
        const v = exc === null ? undefined : exc(f);
        if (v !== undefined && typeof v === "object" && v.size !== 0) f.temps.push(v);
        return doRaise(interp, v, cause === null ? undefined : cause(f));
      };
    }
    case "Try":
      if (s.star === true) return compileTryStar(c, s);
      return compileTry(c, compileBlock(c, s.body), s.handlers.map((h) => compileHandler(c, h)), s.orelse.length > 0 ? compileBlock(c, s.orelse) : null, s.finalbody.length > 0 ? compileBlock(c, s.finalbody) : null);
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
          throw newException(interp, ImportErrorType(), "attempted relative import with no known parent package");
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
    case "Match":
      return compileMatch(c, s);
    default:
      return assertNever(s);
  }
}

import { ImportError } from "../objects/exceptions.js";
function ImportErrorType(): PyType {
  return ImportError;
}

// ---------------------------------------------------------------- augmented assignment

function compileAugAssign(c: Compiler, target: Expr, op: import("../parser/ast.js").BinaryOperator, value: Expr): StmtFn {
  const interp = c.interp;
  const v = compileExpr(c, value);
  const fn = inplaceFn(op);
  switch (target.kind) {
    case "Name": {
      const ref = resolveName(c, target.id);
      const name = target.id;
      if (ref.kind === "local") {
        const slot = ref.slot;
        const special = specializedAugLocal(c, op, slot, name, operandOf(c, value), v);
        if (special !== null) return special;
        return (f) => {
          const a = f.locals[slot];
          if (a === undefined) raiseUnboundLocal(interp, name);
          f.locals[slot] = fn(interp, a, v(f));
          return NORMAL;
        };
      }
      const load = compileLoadName(c, name);
      const store = compileStoreName(c, name);
      return (f) => {
        const a = load(f);
        store(f, fn(interp, a, v(f)));
        return NORMAL;
      };
    }
    case "Attribute": {
      const obj = compileExpr(c, target.value);
      const loadSite = new AttrSite(target.attr);
      const storeSite = new AttrSite(target.attr);
      return (f) => {
        const o = obj(f);
        if (typeof o === "object" && o.size !== 0) f.temps.push(o);
        const a = loadAttrAt(interp, o, loadSite);
        storeAttrAt(interp, o, storeSite, fn(interp, a, v(f)));
        return NORMAL;
      };
    }
    case "Subscript": {
      const obj = compileExpr(c, target.value);
      const key = compileExpr(c, target.slice);
      return (f) => {
        const o = obj(f);
        f.temps.push(o);
        const k = key(f);
        f.temps.push(k);
        const a = getItem(interp, o, k);
        setItem(interp, o, k, fn(interp, a, v(f)));
        return NORMAL;
      };
    }
    default:
      throw new PySyntaxError("SyntaxError", "'expression' is an illegal expression for augmented assignment", target.line, target.col + 1);
  }
}

// ---------------------------------------------------------------- annotations

/**
 * `x: T = v` at module/class level: the value is stored, then T is evaluated and, for a
 * plain name, recorded in the namespace's `__annotations__` (created by the body's setup).
 */
function compileAnnotatedAssign(c: Compiler, s: Stmt & { kind: "AnnAssign" }): StmtFn {
  const interp = c.interp;
  const v = s.value === null ? null : compileExpr(c, s.value);
  const store = s.value === null ? null : compileStore(c, s.target);
  const ann = compileAnnotation(c, s.annotation);
  const key = s.target.kind === "Name" && s.simple ? internStr(s.target.id) : null;
  // `a.b: T` / `a[i]: T` without a value still evaluates `a` (and `i`).
  const check = s.value === null && s.target.kind !== "Name" ? compileExpr(c, s.target.value) : null;
  return (f) => {
    if (store !== null) store(f, v!(f));
    if (check !== null) check(f);
    const a = ann(f);
    if (key === null) return NORMAL;
    const ns = f.ns ?? f.globals;
    const d = ns.get("__annotations__");
    if (d === undefined) throw newException(interp, NameError, "name '__annotations__' is not defined");
    setItem(interp, d, key, a);
    return NORMAL;
  };
}

// ---------------------------------------------------------------- for

/** `line`: the `for` statement's, current while the next item is fetched and stored (tracebacks). */
export function compileFor(c: Compiler, target: Expr, iterExpr: Expr, body: StmtFn, orelse: StmtFn | null, line: number): StmtFn {
  const interp = c.interp;
  const store = compileStore(c, target);
  const slot = hiddenSlot(c);
  const generic = (f: Frame, iterable: PyValue): number => {
    const it = getIter(interp, iterable);
    f.locals[slot] = it;
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
        f.locals[slot] = undefined;
        return r === BREAK ? NORMAL : r;
      }
    }
    f.locals[slot] = undefined;
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

// ---------------------------------------------------------------- with

function compileWith(c: Compiler, items: import("../parser/ast.js").WithItem[], i: number, body: StmtFn): StmtFn {
  const interp = c.interp;
  const inner = i + 1 < items.length ? compileWith(c, items, i + 1, body) : body;
  const item = items[i];
  const mgrE = compileExpr(c, item.contextExpr);
  const store = item.optionalVars === null ? null : compileStore(c, item.optionalVars);
  const slot = hiddenSlot(c);
  return (f) => {
    const mgr = mgrE(f);
    f.locals[slot] = mgr;
    const { exit, value } = enterContext(interp, mgr);
    if (store !== null) store(f, value);
    let r: number;
    try {
      r = inner(f);
    } catch (e) {
      exitWithException(interp, f, slot, exit, mgr, e);
      return NORMAL;
    }
    callMethodValue(interp, exit, mgr, [None, None, None]);
    f.locals[slot] = undefined;
    return r;
  };
}

/**
 * A `with` body raised `e`: call `__exit__(type, value, None)` with `e` as the exception
 * being handled. Returns when `__exit__` suppresses it; otherwise rethrows it (or what
 * `__exit__` itself raised, chained to it). Shared by the plain and generator forms.
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

export function enterContext(interp: Interpreter, mgr: PyValue): { exit: PyValue; value: PyValue } {
  const t = typeOf(mgr);
  const enter = t.lookup("__enter__");
  const exit = t.lookup("__exit__");
  if (enter === null || exit === null) {
    throw newException(interp, TypeError, `'${t.name}' object does not support the context manager protocol`);
  }
  return { exit, value: callMethodValue(interp, enter, mgr, []) };
}

// ---------------------------------------------------------------- try

export interface Handler {
  type: ((f: Frame) => PyValue) | null;
  store: ((f: Frame, v: PyValue) => void) | null;
  clear: ((f: Frame) => void) | null;
  body: StmtFn;
}

export function compileHandler(c: Compiler, h: ExceptHandler): Handler {
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
  return { type, store, clear, body: compileBlock(c, h.body) };
}

export function compileTry(c: Compiler, body: StmtFn, handlers: Handler[], orelse: StmtFn | null, finalbody: StmtFn | null): StmtFn {
  const interp = c.interp;
  const nh = handlers.length;
  const tryExcept = nh === 0 ? body : (f: Frame): number => {
    let r: number;
    try {
      r = body(f);
    } catch (e) {
      const exc = asPyException(interp, e);
      addTraceback(exc, f);
      f.temps.push(exc);
      for (let i = 0; i < nh; i++) {
        const h = handlers[i];
        if (h.type !== null && !exceptionMatches(interp, exc, h.type(f))) continue;
        const saved = f.handled;
        f.handled = exc;
        if (h.store !== null) h.store(f, exc);
        let hr: number;
        try {
          hr = h.body(f);
        } catch (e2) {
          f.handled = saved;
          if (h.clear !== null) h.clear(f);
          setContext(e2, exc);
          throw e2;
        }
        f.handled = saved;
        if (h.clear !== null) h.clear(f);
        return hr;
      }
      throw exc;
    }
    if (r === NORMAL && orelse !== null) return orelse(f);
    return r;
  };
  if (finalbody === null) return tryExcept;
  return (f) => {
    let r: number;
    try {
      r = tryExcept(f);
    } catch (e) {
      if (!(e instanceof PyException) && !(e instanceof RangeError)) throw e;
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

export { isSimple, getAttr };
