// Expressions by CPython precedence, lowest first: lambda / conditional, walrus,
// or, and, not, comparisons, the binary-operator ladder (precedence climbing),
// unary, `**`, await, then primaries (calls, attributes, subscripts) over atoms.
import { NAME, NEWLINE, OP, ENDMARKER } from "../lexer.js";
import type { BinaryOperator, CompareOperator, Expr, Lambda, Name, Slice } from "./ast.js";
import { atom, callArguments } from "./atoms.js";
import { Parser } from "./core.js";
import { parameters } from "./params.js";
import { exprName } from "./targets.js";

/** Binary operator precedence, `|` lowest. `**` is handled by `power`. */
const BIN_PREC: Record<string, number> = {
  "|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5, "*": 6, "/": 6, "//": 6, "%": 6, "@": 6,
};

const COMPARE_OPS = new Set(["==", "!=", "<", "<=", ">", ">="]);

/** expression: lambda | disjunction ['if' disjunction 'else' expression] */
export function expression(p: Parser): Expr {
  p.enter();
  const t = p.tok;
  let e: Expr;
  if (t.type === NAME && t.value === "lambda") e = lambda(p);
  else {
    e = disjunction(p);
    if (p.isKw("if")) {
      p.next();
      const test = disjunction(p);
      if (!p.isKw("else")) {
        const after = p.tok;
        if (after.type === NEWLINE || after.type === ENDMARKER || (after.type === OP && (after.value === ")" || after.value === "]" || after.value === "}" || after.value === "," || after.value === ";"))) {
          p.errorAt("expected 'else' after 'if' expression", e);
        }
        p.invalid();
      }
      p.next();
      const orelse = expression(p);
      e = { kind: "IfExp", test, body: e, orelse, line: t.line, col: t.col };
    }
  }
  p.leave();
  return p.ended(e);
}

function lambda(p: Parser): Lambda {
  const t = p.next();
  const args = parameters(p, ":", false);
  p.expectOp(":");
  const body = expression(p);
  return { kind: "Lambda", args, body, line: t.line, col: t.col };
}

/** named_expression: NAME ':=' expression | expression */
export function namedExpression(p: Parser): Expr {
  const t = p.tok;
  if (t.type === NAME) {
    const n = p.peek();
    if (n.type === OP && n.value === ":=") {
      if (!p.isIdent()) p.invalid();
      p.pos += 2;
      const target: Name = { kind: "Name", id: t.value, ctx: "store", line: t.line, col: t.col };
      const value = expression(p);
      return { kind: "NamedExpr", target, value, line: t.line, col: t.col };
    }
  }
  const e = expression(p);
  if (p.isOp(":=")) p.errorAt(`cannot use assignment expressions with ${exprName(e)}`, e);
  return e;
}

/** star_named_expression: '*' bitwise_or | named_expression (display elements). */
export function starNamedExpression(p: Parser): Expr {
  if (p.isOp("*")) {
    const t = p.next();
    return { kind: "Starred", value: bitwiseOr(p), ctx: "load", line: t.line, col: t.col };
  }
  return namedExpression(p);
}

/** star_expression: '*' bitwise_or | expression */
export function starExpression(p: Parser): Expr {
  if (p.isOp("*")) {
    const t = p.next();
    return { kind: "Starred", value: bitwiseOr(p), ctx: "load", line: t.line, col: t.col };
  }
  return expression(p);
}

/** Whether the current token can begin an expression (used after a trailing comma). */
export function startsExpression(p: Parser): boolean {
  const t = p.tok;
  switch (t.type) {
    case NAME:
      switch (t.value) {
        case "and": case "as": case "assert": case "async": case "break": case "class": case "continue":
        case "def": case "del": case "elif": case "else": case "except": case "finally": case "for":
        case "from": case "global": case "if": case "import": case "in": case "is": case "nonlocal":
        case "or": case "pass": case "raise": case "return": case "try": case "while": case "with": case "yield":
          return false;
      }
      return true;
    case OP:
      switch (t.value) {
        case "(": case "[": case "{": case "-": case "+": case "~": case "*": case "...":
          return true;
      }
      return false;
    case NEWLINE: case ENDMARKER:
      return false;
    default:
      return t.type !== 6 && t.type !== 7; // INDENT/DEDENT
  }
}

/** star_expressions: a tuple when there is a comma (`return 1, *a`). */
export function starExpressions(p: Parser): Expr {
  const s = p.tok;
  const first = starExpression(p);
  if (!p.isOp(",")) return first;
  const elts = [first];
  while (p.eatOp(",")) {
    if (!startsExpression(p)) break;
    elts.push(starExpression(p));
  }
  return p.ended({ kind: "Tuple", elts, ctx: "load", line: s.line, col: s.col });
}

/** The same with named expressions (for `if`/`while` tests and subscripts this isn't needed). */
export function starNamedExpressions(p: Parser): Expr {
  const s = p.tok;
  const first = starNamedExpression(p);
  if (!p.isOp(",")) return first;
  const elts = [first];
  while (p.eatOp(",")) {
    if (!startsExpression(p)) break;
    elts.push(starNamedExpression(p));
  }
  return { kind: "Tuple", elts, ctx: "load", line: s.line, col: s.col };
}

export function disjunction(p: Parser): Expr {
  const s = p.tok;
  const first = conjunction(p);
  if (!p.isKw("or")) return first;
  const values = [first];
  while (p.eatKw("or")) values.push(conjunction(p));
  return { kind: "BoolOp", op: "or", values, line: s.line, col: s.col };
}

function conjunction(p: Parser): Expr {
  const s = p.tok;
  const first = inversion(p);
  if (!p.isKw("and")) return first;
  const values = [first];
  while (p.eatKw("and")) values.push(inversion(p));
  return { kind: "BoolOp", op: "and", values, line: s.line, col: s.col };
}

function inversion(p: Parser): Expr {
  if (p.isKw("not")) {
    const t = p.next();
    p.enter();
    const operand = inversion(p);
    p.leave();
    return { kind: "UnaryOp", op: "not", operand, line: t.line, col: t.col };
  }
  return comparison(p);
}

function compareOp(p: Parser): CompareOperator | null {
  const t = p.tok;
  if (t.type === OP) {
    if (COMPARE_OPS.has(t.value)) {
      p.pos++;
      return t.value as CompareOperator;
    }
    return null;
  }
  if (t.type !== NAME) return null;
  if (t.value === "in") {
    p.pos++;
    return "in";
  }
  if (t.value === "is") {
    p.pos++;
    return p.eatKw("not") ? "is not" : "is";
  }
  if (t.value === "not") {
    const n = p.peek();
    if (n.type === NAME && n.value === "in") {
      p.pos += 2;
      return "not in";
    }
  }
  return null;
}

function comparison(p: Parser): Expr {
  const s = p.tok;
  const left = bitwiseOr(p);
  let op = compareOp(p);
  if (op === null) return left;
  const ops: CompareOperator[] = [];
  const comparators: Expr[] = [];
  while (op !== null) {
    ops.push(op);
    comparators.push(bitwiseOr(p));
    op = compareOp(p);
  }
  return p.ended({ kind: "Compare", left, ops, comparators, line: s.line, col: s.col });
}

export function bitwiseOr(p: Parser): Expr {
  return binary(p, 1);
}

/** Precedence climbing over BIN_PREC; every level is left-associative. */
function binary(p: Parser, minPrec: number): Expr {
  const s = p.tok;
  let left = p.ended(factor(p));
  for (;;) {
    const t = p.tok;
    if (t.type !== OP) return left;
    const prec = BIN_PREC[t.value];
    if (prec === undefined || prec < minPrec) return left;
    p.pos++;
    const right = binary(p, prec + 1);
    left = p.ended({ kind: "BinOp", left, op: t.value as BinaryOperator, right, line: s.line, col: s.col });
  }
}

/** factor: ('+' | '-' | '~') factor | power */
function factor(p: Parser): Expr {
  const t = p.tok;
  if (t.type === OP && (t.value === "-" || t.value === "+" || t.value === "~")) {
    p.pos++;
    p.enter();
    const operand = factor(p);
    p.leave();
    return p.ended({ kind: "UnaryOp", op: t.value, operand, line: t.line, col: t.col });
  }
  return power(p);
}

/** power: await_primary ['**' factor] — so `-2**2` is `-(2**2)` and `2**-1` works. */
function power(p: Parser): Expr {
  let base: Expr;
  const t = p.tok;
  if (t.type === NAME && t.value === "await") {
    p.pos++;
    p.enter();
    const value = primary(p);
    p.leave();
    base = { kind: "Await", value, line: t.line, col: t.col };
  } else base = primary(p);
  if (p.isOp("**")) {
    p.pos++;
    p.enter();
    const right = factor(p);
    p.leave();
    return p.ended({ kind: "BinOp", left: p.ended(base), op: "**", right, line: t.line, col: t.col });
  }
  return base;
}

/** primary: atom followed by any number of `.name`, `(args)`, `[slices]`. */
export function primary(p: Parser): Expr {
  const s = p.tok;
  let e = p.ended(atom(p));
  for (;;) {
    const t = p.tok;
    if (t.type !== OP) return e;
    if (t.value === ".") {
      p.pos++;
      const attr = p.expectIdent();
      e = p.ended({ kind: "Attribute", value: e, attr, ctx: "load", line: s.line, col: s.col });
    } else if (t.value === "(") {
      p.pos++;
      const { args, keywords } = callArguments(p, t);
      e = p.ended({ kind: "Call", func: e, args, keywords, line: s.line, col: s.col });
    } else if (t.value === "[") {
      p.pos++;
      const slice = slices(p);
      p.expectOp("]");
      e = p.ended({ kind: "Subscript", value: e, slice, ctx: "load", line: s.line, col: s.col });
    } else return e;
  }
}

/** slices: slice | (slice | starred_expression) (',' ...)* [','] */
function slices(p: Parser): Expr {
  const s = p.tok;
  const first = sliceItem(p);
  if (!p.isOp(",")) {
    // PEP 646: `a[*b]` subscripts with a one-element tuple.
    if (first.kind === "Starred") return p.ended({ kind: "Tuple", elts: [first], ctx: "load", line: s.line, col: s.col });
    return p.ended(first);
  }
  const elts = [first];
  while (p.eatOp(",")) {
    if (p.isOp("]")) break;
    elts.push(sliceItem(p));
  }
  return p.ended({ kind: "Tuple", elts, ctx: "load", line: s.line, col: s.col });
}

function sliceItem(p: Parser): Expr {
  const t = p.tok;
  if (p.isOp("*")) return starExpression(p);
  let lower: Expr | null = null;
  if (!p.isOp(":")) {
    lower = namedExpression(p);
    if (!p.isOp(":")) return lower;
  }
  p.pos++; // ':'
  const upper = sliceBound(p) ? expression(p) : null;
  let step: Expr | null = null;
  if (p.eatOp(":") && sliceBound(p)) step = expression(p);
  const s: Slice = { kind: "Slice", lower, upper, step, line: t.line, col: t.col };
  return s;
}

function sliceBound(p: Parser): boolean {
  const t = p.tok;
  return !(t.type === OP && (t.value === "]" || t.value === "," || t.value === ":"));
}

/** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
export function yieldExpr(p: Parser): Expr {
  const t = p.next();
  if (p.eatKw("from")) return { kind: "YieldFrom", value: expression(p), line: t.line, col: t.col };
  const value = startsExpression(p) ? starExpressions(p) : null;
  return { kind: "Yield", value, line: t.line, col: t.col };
}
