// Assignment and deletion targets: setting `ctx` recursively and rejecting what
// cannot be assigned, with CPython's wording ("cannot assign to function call").
import type { Expr, ExprContext } from "./ast.js";
import { Parser } from "./core.js";
import { bitwiseOr } from "./expressions.js";

/** CPython's _PyPegen_get_expr_name: how an expression is named in error messages. */
export function exprName(e: Expr): string {
  switch (e.kind) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    case "Slice": return "slice";
    case "Constant":
      switch (e.value.type) {
        case "None": return "None";
        case "bool": return e.value.value ? "True" : "False";
        case "Ellipsis": return "ellipsis";
        default: return "literal";
      }
  }
}

/** The first sub-expression (pre-order) that cannot be a target, or null. */
export function invalidTarget(e: Expr, ctx: ExprContext): Expr | null {
  switch (e.kind) {
    case "Name": case "Attribute": case "Subscript":
      return null;
    case "Starred":
      return ctx === "del" ? e : invalidTarget(e.value, ctx);
    case "Tuple": case "List":
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, ctx);
        if (bad) return bad;
      }
      return null;
    default:
      return e;
  }
}

/**
 * Marks `e` (recursively) as a store/del target. `hint` adds CPython's
 * "here. Maybe you meant '==' instead of '='?" for a plain `target = value`.
 */
export function setContext(p: Parser, e: Expr, ctx: ExprContext, hint = false): void {
  const bad = invalidTarget(e, ctx);
  if (bad) {
    const name = exprName(bad);
    if (ctx === "del") p.errorAt(`cannot delete ${name}`, bad);
    if (bad.kind === "Yield" || bad.kind === "YieldFrom") p.errorAt("assignment to yield expression not possible", bad);
    const simple = hint && (bad === e || (e.kind === "Tuple" && e.elts.includes(bad))) && isBitwiseOrLevel(bad);
    p.errorAt(simple ? `cannot assign to ${name} here. Maybe you meant '==' instead of '='?` : `cannot assign to ${name}`, bad);
  }
  mark(e, ctx);
}

function isBitwiseOrLevel(e: Expr): boolean {
  switch (e.kind) {
    case "Compare": case "BoolOp": case "IfExp": case "Lambda": case "NamedExpr": case "GeneratorExp":
      return false;
    case "UnaryOp": return e.op !== "not";
    case "Constant": return e.value.type !== "None" && e.value.type !== "bool";
    default: return true;
  }
}

function mark(e: Expr, ctx: ExprContext): void {
  switch (e.kind) {
    case "Name": case "Attribute": case "Subscript":
      e.ctx = ctx;
      return;
    case "Starred":
      e.ctx = ctx;
      mark(e.value, ctx);
      return;
    case "Tuple": case "List":
      e.ctx = ctx;
      for (const elt of e.elts) mark(elt, ctx);
      return;
    default:
      throw new Error(`internal error: ${e.kind} is not a target`);
  }
}

/**
 * star_targets for `for` loops and comprehensions: items are parsed at the
 * bitwise-or level so the `in` that follows is not taken as a comparison.
 */
export function starTargets(p: Parser): Expr {
  const s = p.tok;
  const first = starTarget(p);
  if (!p.isOp(",")) return first;
  const elts = [first];
  while (p.eatOp(",")) {
    if (p.isKw("in") || p.isOp("=") || p.isOp(")") || p.isOp(":")) break;
    elts.push(starTarget(p));
  }
  return { kind: "Tuple", elts, ctx: "store", line: s.line, col: s.col };
}

function starTarget(p: Parser): Expr {
  if (p.isOp("*")) {
    const t = p.next();
    return { kind: "Starred", value: bitwiseOr(p), ctx: "store", line: t.line, col: t.col };
  }
  return bitwiseOr(p);
}
