// Augmented assignment (`x += v`, both forms: its suspending form reads `x` before the
// value suspends, CPython's order) and annotated assignment at module/class level.

import { compileAnnotation } from "./annotations.js";
import type { BinaryOperator, Expr, Stmt } from "../parser/ast.js";
import { PySyntaxError } from "../parser/errors.js";
import { NameError } from "../objects/exceptions.js";
import { internStr } from "../objects/str.js";
import { getItem, setItem } from "../vm/abstract.js";
import { AttrSite, loadAttrAt, storeAttrAt } from "../vm/attrs.js";
import { newException, raiseUnboundLocal } from "../vm/errors.js";
import type { Compiler, GenStmtFn, StmtFn } from "./context.js";
import { NORMAL, resolveName } from "./context.js";
import { compileExpr, compileLoadName } from "./expr.js";
import { compileStore, compileStoreName } from "./targets.js";
import { inplaceFn } from "./ops.js";
import { operandOf, specializedAugLocal } from "./arith.js";
import { suspendingSimple } from "./stmt.js";
import { compileGenExpr } from "./suspend.js";

// ---------------------------------------------------------------- augmented assignment

export function compileAugAssign(c: Compiler, target: Expr, op: BinaryOperator, value: Expr, suspend: true): GenStmtFn;
export function compileAugAssign(c: Compiler, target: Expr, op: BinaryOperator, value: Expr): StmtFn;
export function compileAugAssign(c: Compiler, target: Expr, op: BinaryOperator, value: Expr, suspend = false): StmtFn | GenStmtFn {
  const interp = c.interp;
  if (suspend) {
    const s = { kind: "AugAssign", target, op, value, line: target.line, col: target.col } as Stmt;
    if (target.kind !== "Name") return suspendingSimple(c, s);
    // `x += yield v`: x is read before the value suspends (CPython's order); the rest as below.
    const load = compileLoadName(c, target.id);
    const store = compileStoreName(c, target.id);
    const v = compileGenExpr(c, value);
    const fn = inplaceFn(op);
    return function* (f) {
      const a = load(f);
      f.temps.push(a);
      store(f, fn(interp, a, yield* v(f)));
      return NORMAL;
    };
  }
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
export function compileAnnotatedAssign(c: Compiler, s: Stmt & { kind: "AnnAssign" }): StmtFn {
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
