// Atoms: names, literals, bracketed displays and comprehensions, plus call
// argument lists (which share the generator-expression rules).
import { NAME, NUMBER, OP, STRING, NUM_FLOAT, NUM_IMAG, type Token } from "../lexer.js";
import type { Comprehension, Expr, Keyword } from "./ast.js";
import { KEYWORDS, Parser } from "./core.js";
import { bitwiseOr, disjunction, expression, namedExpression, starNamedExpression, yieldExpr } from "./expressions.js";
import { strings } from "./fstring.js";
import { setContext, starTargets } from "./targets.js";

export function atom(p: Parser): Expr {
  const t = p.tok;
  switch (t.type) {
    case NAME: {
      const v = t.value;
      if (v === "None") { p.pos++; return { kind: "Constant", value: { type: "None" }, line: t.line, col: t.col }; }
      if (v === "True" || v === "False") {
        p.pos++;
        return { kind: "Constant", value: { type: "bool", value: v === "True" }, line: t.line, col: t.col };
      }
      if (KEYWORDS.has(v)) p.invalid();
      p.pos++;
      return { kind: "Name", id: v, ctx: "load", line: t.line, col: t.col };
    }
    case NUMBER:
      p.pos++;
      return { kind: "Constant", value: numberValue(t), line: t.line, col: t.col };
    case STRING:
      return strings(p);
    case OP:
      switch (t.value) {
        case "(": return parenthesized(p);
        case "[": return listDisplay(p);
        case "{": return braceDisplay(p);
        case "...":
          p.pos++;
          return { kind: "Constant", value: { type: "Ellipsis" }, line: t.line, col: t.col };
      }
  }
  return p.invalid();
}

function numberValue(t: Token): { type: "int"; value: bigint } | { type: "float"; value: number } | { type: "complex"; imag: number } {
  let text = t.value;
  if (text.indexOf("_") >= 0) text = text.replace(/_/g, "");
  if (t.flags === NUM_IMAG) return { type: "complex", imag: Number(text.slice(0, -1)) };
  if (t.flags === NUM_FLOAT) return { type: "float", value: Number(text) };
  return { type: "int", value: BigInt(text) };
}

/** `( ... )`: empty tuple, yield, generator expression, tuple, or a parenthesized expression. */
function parenthesized(p: Parser): Expr {
  const open = p.next();
  if (p.eatOp(")")) return { kind: "Tuple", elts: [], ctx: "load", line: open.line, col: open.col };
  if (p.isKw("yield")) {
    const y = yieldExpr(p);
    p.expectOp(")");
    return y;
  }
  const first = starNamedExpression(p);
  if (p.isKw("for") || p.isKw("async")) {
    const generators = comprehensionClauses(p);
    p.expectOp(")");
    return { kind: "GeneratorExp", elt: first, generators, line: open.line, col: open.col };
  }
  if (p.eatOp(")")) {
    if (first.kind === "Starred") p.errorAt("cannot use starred expression here", first);
    return first;
  }
  if (!p.isOp(",")) p.invalid();
  const elts = [first];
  while (p.eatOp(",")) {
    if (p.isOp(")")) break;
    elts.push(starNamedExpression(p));
  }
  closing(p, ")");
  return { kind: "Tuple", elts, ctx: "load", line: open.line, col: open.col };
}

/** Expects a closing bracket; two adjacent expressions get CPython's comma hint. */
function closing(p: Parser, ch: string): void {
  if (p.eatOp(ch)) return;
  const t = p.tok;
  if (t.type === NAME || t.type === NUMBER || t.type === STRING) p.error("invalid syntax. Perhaps you forgot a comma?", t);
  p.invalid();
}

function listDisplay(p: Parser): Expr {
  const open = p.next();
  if (p.eatOp("]")) return { kind: "List", elts: [], ctx: "load", line: open.line, col: open.col };
  const first = starNamedExpression(p);
  if (p.isKw("for") || p.isKw("async")) {
    const generators = comprehensionClauses(p);
    p.expectOp("]");
    return { kind: "ListComp", elt: first, generators, line: open.line, col: open.col };
  }
  const elts = [first];
  while (p.eatOp(",")) {
    if (p.isOp("]")) break;
    elts.push(starNamedExpression(p));
  }
  closing(p, "]");
  return { kind: "List", elts, ctx: "load", line: open.line, col: open.col };
}

function braceDisplay(p: Parser): Expr {
  const open = p.next();
  const loc = { line: open.line, col: open.col };
  if (p.eatOp("}")) return { kind: "Dict", keys: [], values: [], ...loc };
  let firstKey: Expr | null;
  let firstValue: Expr;
  if (p.eatOp("**")) {
    firstKey = null;
    firstValue = bitwiseOr(p);
  } else {
    const first = starNamedExpression(p);
    if (!p.isOp(":")) {
      // A set display or set comprehension.
      if (p.isKw("for") || p.isKw("async")) {
        const generators = comprehensionClauses(p);
        p.expectOp("}");
        return { kind: "SetComp", elt: first, generators, ...loc };
      }
      const elts = [first];
      while (p.eatOp(",")) {
        if (p.isOp("}")) break;
        elts.push(starNamedExpression(p));
      }
      closing(p, "}");
      return { kind: "Set", elts, ...loc };
    }
    if (first.kind === "Starred") p.invalid();
    p.pos++;
    firstKey = first;
    firstValue = expression(p);
    if (p.isKw("for") || p.isKw("async")) {
      const generators = comprehensionClauses(p);
      p.expectOp("}");
      return { kind: "DictComp", key: first, value: firstValue, generators, ...loc };
    }
  }
  const keys: (Expr | null)[] = [firstKey];
  const values = [firstValue];
  while (p.eatOp(",")) {
    if (p.isOp("}")) break;
    if (p.eatOp("**")) {
      keys.push(null);
      values.push(bitwiseOr(p));
    } else {
      keys.push(expression(p));
      p.expectOp(":");
      values.push(expression(p));
    }
  }
  closing(p, "}");
  return { kind: "Dict", keys, values, ...loc };
}

/** ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+ */
export function comprehensionClauses(p: Parser): Comprehension[] {
  const gens: Comprehension[] = [];
  for (;;) {
    let isAsync = false;
    if (p.isKw("async") && p.peek().type === NAME && p.peek().value === "for") {
      p.pos++;
      isAsync = true;
    } else if (!p.isKw("for")) break;
    p.pos++;
    const target = starTargets(p);
    setContext(p, target, "store");
    p.expectKw("in");
    const iter = disjunction(p);
    const ifs: Expr[] = [];
    while (p.eatKw("if")) ifs.push(disjunction(p));
    gens.push({ target, iter, ifs, isAsync });
  }
  return gens;
}

/** Arguments after `(` up to and including `)`. `open` is the `(` token. */
export function callArguments(p: Parser, open: Token): { args: Expr[]; keywords: Keyword[] } {
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  let sawKeyword = false;
  let sawDoubleStar = false;
  let count = 0;
  while (!p.isOp(")")) {
    const t = p.tok;
    count++;
    if (p.eatOp("*")) {
      if (sawDoubleStar) p.error("iterable argument unpacking follows keyword argument unpacking", t);
      args.push({ kind: "Starred", value: expression(p), ctx: "load", line: t.line, col: t.col });
    } else if (p.eatOp("**")) {
      sawDoubleStar = true;
      keywords.push({ arg: null, value: expression(p), line: t.line, col: t.col });
    } else if (t.type === NAME && p.peek().type === OP && p.peek().value === "=") {
      if (KEYWORDS.has(t.value)) {
        if (t.value === "True" || t.value === "False" || t.value === "None") p.error(`cannot assign to ${t.value}`, t);
        p.invalid();
      }
      p.pos += 2;
      const value = expression(p);
      if (keywords.some((k) => k.arg === t.value)) p.errorAt(`keyword argument repeated: ${t.value}`, t);
      keywords.push({ arg: t.value, value, line: t.line, col: t.col });
      sawKeyword = true;
    } else {
      const e = namedExpression(p);
      if (p.isOp("=")) p.errorAt('expression cannot contain assignment, perhaps you meant "=="?', e);
      if (p.isKw("for") || p.isKw("async")) {
        const generators = comprehensionClauses(p);
        const gen: Expr = { kind: "GeneratorExp", elt: e, generators, line: open.line, col: open.col };
        if (count > 1 || !p.isOp(")")) p.errorAt("Generator expression must be parenthesized", e);
        args.push(gen);
      } else {
        if (sawDoubleStar) p.errorAt("positional argument follows keyword argument unpacking", e);
        if (sawKeyword) p.errorAt("positional argument follows keyword argument", e);
        args.push(e);
      }
    }
    if (!p.eatOp(",")) break;
  }
  closing(p, ")");
  return { args, keywords };
}
