// Expressions -> closures. Each AST node is compiled once into a closure
// `(f: Frame) => PyValue`, specialized on what is known at compile time (operator,
// name kind, argument count); the small-int fast paths live in ops.ts.

import type { Expr, Call, Compare, BoolOp } from "../parser/ast.js";
import { assertNever } from "../parser/ast.js";
import { PySyntaxError } from "../parser/errors.js";
import { SMALL_INT_LIMIT, type PyValue } from "../objects/object.js";
import { Ellipsis, None, complexType, floatType, intType, superType } from "../objects/builtin-types.js";
import { PyComplex } from "../objects/complex.js";
import { PyFloat } from "../objects/float.js";
import { PyInt } from "../objects/int.js";
import { PyStr, internStr, newStr } from "../objects/str.js";
import { emptyTuple } from "../objects/tuple.js";
import { internBytes } from "../objects/bytes.js";
import { newSlice } from "../objects/slice.js";
import { PyFunction } from "../objects/function.js";
import type { Frame } from "../vm/frame.js";
import { raiseFreeVarError, raiseNameError, raiseUnboundLocal, raiseNotImplemented } from "../vm/errors.js";
import { getAttr, getItem, isTruthy, unaryOp } from "../vm/abstract.js";
import { callFunction } from "../vm/call.js";
import { AttrSite, callAttr, loadAttrAt } from "../vm/attrs.js";
import { makeSuper } from "../objects/super.js";
import { Namespace } from "../vm/namespace.js";
import type { Compiler, ExprFn, TestFn } from "./context.js";
import { resolveName } from "./context.js";
import { BIN_FNS, compareTestFn, compareValueFn, negOp } from "./ops.js";
import {
  addKwargsFromMapping, callGeneric, dictSet, formatValue, makeConstantSet, makeDict, makeList, makeSet, makeTuple, mappingItems, starredArgs,
} from "./runtime.js";
import { compileStore } from "./targets.js";
import { compileLambda } from "./functions.js";
import { compileComprehension } from "./comprehensions.js";
import { compileCall } from "./calls.js";
import { operandOf, specializedBinary, specializedCompareTest } from "./arith.js";

const LIM = SMALL_INT_LIMIT;

/** A literal's value: small ints are numbers; other constants are non-heap objects. */
export function constantValue(e: Expr & { kind: "Constant" }): PyValue {
  const v = e.value;
  switch (v.type) {
    case "int": {
      const b = v.value;
      if (b < BigInt(LIM) && b > -BigInt(LIM)) return Number(b);
      return new PyInt(intType, b);
    }
    case "float": return new PyFloat(floatType, v.value);
    case "complex": return new PyComplex(complexType, 0, v.imag);
    case "str": return internStr(v.value);
    case "bytes": return internBytes(Array.from(v.value));
    case "bool": return v.value;
    case "None": return None;
    case "Ellipsis": return Ellipsis;
  }
}

/** Expressions whose evaluation never runs Python code or allocates (no need to root what was computed before). */
export function isSimple(e: Expr): boolean {
  return e.kind === "Name" || e.kind === "Constant";
}

export function compileExpr(c: Compiler, e: Expr): ExprFn {
  const interp = c.interp;
  switch (e.kind) {
    case "Constant": {
      const v = constantValue(e);
      return () => v;
    }
    case "Name":
      return compileLoadName(c, e.id);
    case "JoinedStr": {
      const parts = e.values.map((v) => {
        if (v.kind === "Constant" && v.value.type === "str") {
          const s = v.value.value;
          return (): string => s;
        }
        if (v.kind === "FormattedValue") {
          const val = compileExpr(c, v.value);
          const spec = v.formatSpec === null ? null : compileExpr(c, v.formatSpec);
          const conv = v.conversion;
          return (f: Frame): string => {
            const x = val(f);
            const sp = spec === null ? null : (spec(f) as PyStr).v;
            return formatValue(interp, x, conv, sp);
          };
        }
        const other = compileExpr(c, v);
        return (f: Frame): string => formatValue(interp, other(f), -1, null);
      });
      return (f) => {
        let s = "";
        for (let i = 0; i < parts.length; i++) s += parts[i](f);
        return newStr(interp, s);
      };
    }
    case "FormattedValue": {
      const val = compileExpr(c, e.value);
      const spec = e.formatSpec === null ? null : compileExpr(c, e.formatSpec);
      const conv = e.conversion;
      return (f) => newStr(interp, formatValue(interp, val(f), conv, spec === null ? null : (spec(f) as PyStr).v));
    }
    case "List": {
      if (e.elts.some((x) => x.kind === "Starred")) {
        const items = compileItems(c, e.elts);
        return (f) => makeList(interp, items(f));
      }
      const items = compileItems(c, e.elts);
      return (f) => makeList(interp, items(f));
    }
    case "Tuple": {
      if (e.elts.length === 0) return () => emptyTuple;
      const items = compileItems(c, e.elts);
      return (f) => makeTuple(interp, items(f));
    }
    case "Set": {
      const items = compileItems(c, e.elts, true);
      if (e.elts.length > 2 && e.elts.every(isFoldedConstant)) return (f) => makeConstantSet(interp, items(f));
      return (f) => makeSet(interp, items(f));
    }
    case "Dict": {
      const keys = e.keys.map((k) => (k === null ? null : compileExpr(c, k)));
      const values = e.values.map((v) => compileExpr(c, v));
      return (f) => {
        const d = makeDict(interp);
        f.temps.push(d);
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i];
          if (k === null) {
            for (const [kk, vv] of mappingItems(interp, values[i](f), null)) dictSet(interp, d, kk, vv);
          } else {
            const kv = k(f);
            f.temps.push(kv);
            dictSet(interp, d, kv, values[i](f));
          }
        }
        return d;
      };
    }
    case "Attribute": {
      const obj = compileExpr(c, e.value);
      const site = new AttrSite(e.attr);
      return (f) => loadAttrAt(interp, obj(f), site);
    }
    case "Subscript": {
      const obj = compileExpr(c, e.value);
      const key = compileExpr(c, e.slice);
      if (isSimple(e.slice)) return (f) => getItem(interp, obj(f), key(f));
      return (f) => {
        const o = obj(f);
        f.temps.push(o);
        return getItem(interp, o, key(f));
      };
    }
    case "Slice": {
      const lo = e.lower === null ? null : compileExpr(c, e.lower);
      const hi = e.upper === null ? null : compileExpr(c, e.upper);
      const st = e.step === null ? null : compileExpr(c, e.step);
      return (f) => newSlice(interp, lo === null ? None : lo(f), hi === null ? None : hi(f), st === null ? None : st(f));
    }
    case "Starred":
      throw new PySyntaxError("SyntaxError", "can't use starred expression here", e.line, e.col + 1);
    case "Call":
      return compileCall(c, e);
    case "BinOp": {
      const l = compileExpr(c, e.left);
      const r = compileExpr(c, e.right);
      const op = BIN_FNS[e.op];
      const special = specializedBinary(c, e.op, operandOf(c, e.left), operandOf(c, e.right), l, r, !isSimple(e.right));
      if (special !== null) return special;
      if (isSimple(e.right)) return (f) => op(interp, l(f), r(f));
      return (f) => {
        const a = l(f);
        if (typeof a === "object" && a.size !== 0) f.temps.push(a);
        return op(interp, a, r(f));
      };
    }
    case "UnaryOp": {
      const v = compileExpr(c, e.operand);
      switch (e.op) {
        case "not": {
          const t = compileTest(c, e.operand);
          return (f) => !t(f);
        }
        case "-":
          return (f) => negOp(interp, v(f));
        case "+":
          return (f) => unaryOp(interp, "pos", v(f));
        case "~":
          return (f) => unaryOp(interp, "invert", v(f));
      }
      break;
    }
    case "BoolOp":
      return compileBoolOp(c, e);
    case "Compare":
      return compileCompare(c, e);
    case "IfExp": {
      const t = compileTest(c, e.test);
      const a = compileExpr(c, e.body);
      const b = compileExpr(c, e.orelse);
      return (f) => (t(f) ? a(f) : b(f));
    }
    case "Lambda":
      return compileLambda(c, e);
    case "NamedExpr": {
      const v = compileExpr(c, e.value);
      const store = compileStore(c, e.target);
      return (f) => {
        const x = v(f);
        store(f, x);
        return x;
      };
    }
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return compileComprehension(c, e);
    case "Yield":
    case "YieldFrom":
      throw new PySyntaxError("SyntaxError", "'yield' outside function", e.line, e.col + 1);
    case "Await":
      throw new PySyntaxError("SyntaxError", "'await' outside async function", e.line, e.col + 1);
    default:
      return assertNever(e);
  }
}

/**
 * Evaluate a list of expressions (with `*x` unpacking) into a fresh JS array, rooting
 * each value: a display's items or a call's positional arguments. Calls pass
 * their callee (for the "f() argument after *" message); `setDisplay` words a set's.
 */
export function compileItems(c: Compiler, elts: Expr[], setDisplay = false): (f: Frame, callee?: PyValue) => PyValue[] {
  const interp = c.interp;
  const parts = elts.map((x) => (x.kind === "Starred" ? { star: true, fn: compileExpr(c, x.value) } : { star: false, fn: compileExpr(c, x) }));
  const anyStar = parts.some((p) => p.star);
  if (!anyStar) {
    const fns = parts.map((p) => p.fn);
    const n = fns.length;
    const allSimple = elts.every(isSimple);
    if (allSimple || n === 1) {
      return (f) => {
        const out = new Array<PyValue>(n);
        for (let i = 0; i < n; i++) out[i] = fns[i](f);
        return out;
      };
    }
    return (f) => {
      const out = new Array<PyValue>(n);
      const temps = f.temps;
      for (let i = 0; i < n; i++) {
        const v = fns[i](f);
        out[i] = v;
        if (typeof v === "object" && v.size !== 0) temps.push(v);
      }
      return out;
    };
  }
  return (f, callee) => {
    const out: PyValue[] = [];
    for (const p of parts) {
      const v = p.fn(f);
      if (p.star) {
        for (const x of starredArgs(interp, callee === undefined && setDisplay ? null : callee, v)) {
          out.push(x);
          if (typeof x === "object" && x.size !== 0) f.temps.push(x);
        }
      } else {
        out.push(v);
        if (typeof v === "object" && v.size !== 0) f.temps.push(v);
      }
    }
    return out;
  };
}

export function compileLoadName(c: Compiler, name: string): ExprFn {
  const interp = c.interp;
  const ref = resolveName(c, name);
  switch (ref.kind) {
    case "local": {
      const slot = ref.slot;
      return (f) => {
        const v = f.locals[slot];
        if (v === undefined) return raiseUnboundLocal(interp, name);
        return v;
      };
    }
    case "cell": {
      const idx = ref.index;
      const own = ref.own;
      return (f) => {
        const v = f.cells![idx].value;
        if (v === undefined) return own ? raiseUnboundLocal(interp, name) : raiseFreeVarError(interp, name);
        return v;
      };
    }
    case "global": {
      const builtins = interp.builtins;
      // A name that resolved to a builtin: cached while the globals' key set and the
      // builtins are unchanged (Namespace versions, vm/namespace.ts).
      let cacheGlobals: Namespace | null = null;
      let cacheKeys = -1;
      let cacheBuiltins = -1;
      let cacheValue: PyValue = None;
      return (f) => {
        const g = f.globals;
        if (g === cacheGlobals && cacheGlobals.keysVersion === cacheKeys && (builtins as Namespace).valuesVersion === cacheBuiltins) return cacheValue;
        const v = g.get(name);
        if (v !== undefined) return v;
        const b = builtins.get(name);
        if (b !== undefined) {
          if (g instanceof Namespace && builtins instanceof Namespace) {
            cacheGlobals = g;
            cacheKeys = g.keysVersion;
            cacheBuiltins = builtins.valuesVersion;
            cacheValue = b;
          }
          return b;
        }
        return raiseNameError(interp, name);
      };
    }
    case "classns": {
      const builtins = interp.builtins;
      return (f) => {
        let v = f.ns!.get(name);
        if (v !== undefined) return v;
        v = f.globals.get(name);
        if (v !== undefined) return v;
        const b = builtins.get(name);
        if (b !== undefined) return b;
        return raiseNameError(interp, name);
      };
    }
  }
}

export function compileTest(c: Compiler, e: Expr): TestFn {
  const interp = c.interp;
  if (e.kind === "Compare" && e.ops.length === 1) {
    const l = compileExpr(c, e.left);
    const r = compileExpr(c, e.comparators[0]);
    const special = specializedCompareTest(c, e.ops[0], operandOf(c, e.left), operandOf(c, e.comparators[0]), l, r, !isSimple(e.comparators[0]));
    if (special !== null) return special;
    const op = compareTestFn(e.ops[0]);
    return (f) => op(interp, l(f), r(f));
  }
  if (e.kind === "UnaryOp" && e.op === "not") {
    const t = compileTest(c, e.operand);
    return (f) => !t(f);
  }
  if (e.kind === "BoolOp") {
    const parts = e.values.map((v) => compileTest(c, v));
    if (e.op === "and") {
      return (f) => {
        for (let i = 0; i < parts.length; i++) if (!parts[i](f)) return false;
        return true;
      };
    }
    return (f) => {
      for (let i = 0; i < parts.length; i++) if (parts[i](f)) return true;
      return false;
    };
  }
  if (e.kind === "Constant") {
    const v = e.value;
    if (v.type === "bool") return v.value ? () => true : () => false;
    if (v.type === "int") return v.value !== 0n ? () => true : () => false;
  }
  const v = compileExpr(c, e);
  return (f) => {
    const x = v(f);
    if (typeof x === "boolean") return x;
    return isTruthy(interp, x);
  };
}

function compileBoolOp(c: Compiler, e: BoolOp): ExprFn {
  const interp = c.interp;
  const parts = e.values.map((v) => compileExpr(c, v));
  const n = parts.length;
  if (e.op === "and") {
    return (f) => {
      let v: PyValue = true;
      for (let i = 0; i < n; i++) {
        v = parts[i](f);
        if (!(typeof v === "boolean" ? v : isTruthy(interp, v))) return v;
      }
      return v;
    };
  }
  return (f) => {
    let v: PyValue = false;
    for (let i = 0; i < n; i++) {
      v = parts[i](f);
      if (typeof v === "boolean" ? v : isTruthy(interp, v)) return v;
    }
    return v;
  };
}

function compileCompare(c: Compiler, e: Compare): ExprFn {
  const interp = c.interp;
  const left = compileExpr(c, e.left);
  if (e.ops.length === 1) {
    const r = compileExpr(c, e.comparators[0]);
    const op = compareValueFn(e.ops[0]);
    return (f) => op(interp, left(f), r(f));
  }
  // Chained: a < b < c evaluates b once and stops at the first false link.
  const ops = e.ops.map(compareValueFn);
  const rights = e.comparators.map((x) => compileExpr(c, x));
  return (f) => {
    let a = left(f);
    let result: PyValue = true;
    for (let i = 0; i < ops.length; i++) {
      const b = rights[i](f);
      if (typeof b === "object" && b.size !== 0) f.temps.push(b);
      result = ops[i](interp, a, b);
      if (!(typeof result === "boolean" ? result : isTruthy(interp, result))) return result;
      a = b;
    }
    return result;
  };
}

export { getAttr, raiseNotImplemented };

/** An expression CPython's AST optimizer folds to a constant (literals, signed numbers, tuples of those). */
function isFoldedConstant(e: Expr): boolean {
  if (e.kind === "Constant") return true;
  if (e.kind === "UnaryOp") return e.op !== "not" && e.operand.kind === "Constant" && e.operand.value.type !== "str" && e.operand.value.type !== "bytes";
  if (e.kind === "Tuple") return e.elts.every(isFoldedConstant);
  return false;
}
