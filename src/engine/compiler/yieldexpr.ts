// `yield` anywhere inside an expression, in generator functions.
//
// Short-circuiting forms (and/or, x if c else y, chained comparisons) and `:=` are
// compiled as JS generators node by node. Every other form is *linearized*: its
// operands, in Python's evaluation order, up to and including the last one that
// contains a yield, are evaluated first (as generators, so they may suspend) into
// hidden frame slots; then the node itself runs as ordinary compiled code with those
// operands replaced by reads of the slots. Operands after the last yield stay in place,
// so the order of evaluation is Python's. The hidden slots are frame locals, so the
// values are rooted across the suspension, and they are cleared once used.

import type { Expr, Stmt } from "../parser/ast.js";
import type { PyValue } from "../objects/object.js";
import type { Frame } from "../vm/frame.js";
import { isTruthy } from "../vm/abstract.js";
import type { Compiler, GenExprFn } from "./context.js";
import { hiddenSlot } from "./context.js";

/** A place in a (cloned) node holding an operand. */
interface Operand {
  get(): Expr;
  set(e: Expr): void;
}

/** The operands of `e` in evaluation order, on a shallow clone that may be rewritten. */
export function exprOperands(e: Expr): { node: Expr; ops: Operand[] } | null {
  const n = { ...e } as Expr;
  const ops: Operand[] = [];
  const field = (obj: Record<string, unknown>, key: string): void => {
    if (obj[key] === null || obj[key] === undefined) return;
    ops.push({ get: () => obj[key] as Expr, set: (x) => { obj[key] = x; } });
  };
  const list = (arr: (Expr | null)[]): void => {
    for (let i = 0; i < arr.length; i++) {
      const x = arr[i];
      if (x === null) continue;
      if (x.kind === "Starred") {
        const s = { ...x };
        arr[i] = s;
        field(s as unknown as Record<string, unknown>, "value");
      } else {
        ops.push({ get: () => arr[i] as Expr, set: (v) => { arr[i] = v; } });
      }
    }
  };
  const r = n as unknown as Record<string, unknown>;
  switch (n.kind) {
    case "Call": {
      field(r, "func");
      n.args = n.args.slice();
      list(n.args);
      n.keywords = n.keywords.map((k) => ({ ...k }));
      for (const k of n.keywords) field(k as unknown as Record<string, unknown>, "value");
      break;
    }
    case "BinOp": field(r, "left"); field(r, "right"); break;
    case "UnaryOp": field(r, "operand"); break;
    case "Attribute": field(r, "value"); break;
    case "Subscript": field(r, "value"); field(r, "slice"); break;
    case "Slice": field(r, "lower"); field(r, "upper"); field(r, "step"); break;
    case "Starred": field(r, "value"); break;
    case "Tuple": case "List": case "Set":
      n.elts = n.elts.slice();
      list(n.elts);
      break;
    case "Dict": {
      n.keys = n.keys.slice();
      n.values = n.values.slice();
      const keys = n.keys;
      const values = n.values;
      for (let i = 0; i < keys.length; i++) {
        if (keys[i] !== null) ops.push({ get: () => keys[i] as Expr, set: (v) => { keys[i] = v; } });
        ops.push({ get: () => values[i], set: (v) => { values[i] = v; } });
      }
      break;
    }
    case "Compare":
      if (n.comparators.length !== 1) return null;
      n.comparators = n.comparators.slice();
      field(r, "left");
      list(n.comparators);
      break;
    case "JoinedStr":
      n.values = n.values.slice();
      list(n.values);
      break;
    case "FormattedValue": field(r, "value"); field(r, "formatSpec"); break;
    case "Await": field(r, "value"); break;
    default:
      return null;
  }
  return { node: n, ops };
}

/** The operands of a simple statement, in evaluation order (null: not handled here). */
export function stmtOperands(s: Stmt): { node: Stmt; ops: Operand[] } | null {
  const n = { ...s } as Stmt;
  const ops: Operand[] = [];
  const field = (obj: Record<string, unknown>, key: string): void => {
    if (obj[key] === null || obj[key] === undefined) return;
    ops.push({ get: () => obj[key] as Expr, set: (x) => { obj[key] = x; } });
  };
  const r = n as unknown as Record<string, unknown>;
  switch (n.kind) {
    case "Raise": field(r, "exc"); field(r, "cause"); break;
    case "Assert": field(r, "test"); field(r, "msg"); break;
    case "AnnAssign": field(r, "value"); break;
    case "AugAssign": {
      // The target's object (and key) are evaluated before the value, like CPython.
      if (n.target.kind !== "Name") {
        const t = { ...n.target } as Expr & { kind: "Attribute" | "Subscript" };
        n.target = t;
        const tr = t as unknown as Record<string, unknown>;
        field(tr, "value");
        if (t.kind === "Subscript") field(tr, "slice");
      }
      field(r, "value");
      break;
    }
    case "Assign": {
      // Targets are evaluated after the value: `a.b = v` evaluates `a` after v,
      // `a[k] = v` evaluates `a` then `k` after v.
      field(r, "value");
      n.targets = n.targets.map((t) => {
        if (t.kind !== "Attribute" && t.kind !== "Subscript") return t;
        const tc = { ...t } as Expr & { kind: "Attribute" | "Subscript" };
        const tr = tc as unknown as Record<string, unknown>;
        field(tr, "value");
        if (tc.kind === "Subscript") field(tr, "slice");
        return tc;
      });
      break;
    }
    case "Delete": {
      n.targets = n.targets.map((t) => ({ ...t }));
      for (const t of n.targets) {
        const tr = t as unknown as Record<string, unknown>;
        if (t.kind === "Attribute") field(tr, "value");
        else if (t.kind === "Subscript") { field(tr, "value"); field(tr, "slice"); }
      }
      break;
    }
    case "Return": field(r, "value"); break;
    case "Expr": field(r, "value"); break;
    default:
      return null;
  }
  return { node: n, ops };
}

/**
 * Hoist `ops` (up to the last one containing a yield) into hidden slots: returns the
 * generator evaluating them, and rewrites them in place as reads of their slots.
 * `clear` empties the slots once the rewritten node has run.
 */
export function hoistOperands(
  c: Compiler,
  ops: Operand[],
  containsYield: (x: unknown) => boolean,
  genExpr: (c: Compiler, e: Expr) => GenExprFn,
): { pre: (f: Frame) => Generator<PyValue, void, PyValue>; clear: (f: Frame) => void } {
  let last = -1;
  for (let i = 0; i < ops.length; i++) if (containsYield(ops[i].get())) last = i;
  const steps: { slot: number; fn: GenExprFn }[] = [];
  for (let i = 0; i <= last; i++) {
    const e = ops[i].get();
    const fn = genExpr(c, e);
    const slot = hiddenSlot(c);
    const name = `.y${slot}`;
    c.unit.scope.slots.set(name, slot);
    ops[i].set({ kind: "Name", id: name, ctx: "load", line: e.line, col: e.col } as Expr);
    steps.push({ slot, fn });
  }
  const ns = steps.length;
  return {
    pre: function* (f) {
      for (let i = 0; i < ns; i++) {
        const st = steps[i];
        f.locals[st.slot] = yield* st.fn(f);
      }
    },
    clear: (f) => {
      for (let i = 0; i < ns; i++) f.locals[steps[i].slot] = undefined;
    },
  };
}

export { isTruthy };
