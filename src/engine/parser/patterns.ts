// The `match` statement (PEP 634) and its patterns. `match` and `case` are soft
// keywords: a line starting with `match` is a match statement only when it reads
// `match <subject> :` NEWLINE (like CPython's PEG grammar, which backtracks to an
// expression statement otherwise), so `match = 5`, `match(x)` and `match[x]: int`
// stay ordinary statements. The compile-time checks CPython makes on patterns
// (unreachable cases, binding rules) are in parser/pattern-check.ts.
import { DEDENT, INDENT, NAME, NEWLINE, NUMBER, NUM_IMAG, OP, STRING, type Token } from "../lexer.js";
import type { Expr, Match, MatchCase, MatchClass, MatchMapping, Pattern } from "./ast.js";
import { atom } from "./atoms.js";
import { KEYWORDS, Parser } from "./core.js";
import { PySyntaxError } from "./errors.js";
import { namedExpression, startsExpression, starNamedExpressions } from "./expressions.js";
import { strings } from "./fstring.js";
import { checkMatch } from "./pattern-check.js";
import { block } from "./statements.js";

/**
 * At a NAME `match` token: parses a match statement into `out` and returns true, or
 * leaves the position untouched and returns false (then it is an ordinary statement).
 */
export function matchStatement(p: Parser, out: { push(s: Match): unknown }): boolean {
  const t = p.tok;
  const save = p.pos;
  const depth = p.depth;
  p.pos++;
  if (!startsExpression(p)) {
    p.pos = save;
    return false;
  }
  let subject: Expr;
  try {
    subject = starNamedExpressions(p);
  } catch (err) {
    if (!(err instanceof PySyntaxError)) throw err;
    p.pos = save;
    p.depth = depth;
    return false;
  }
  if (subject.kind === "Starred" || !p.isOp(":") || p.peek().type !== NEWLINE) {
    p.pos = save;
    return false;
  }
  p.pos += 2; // ':' NEWLINE
  if (p.tok.type !== INDENT) p.error(`expected an indented block after 'match' statement on line ${t.line}`, p.tok, "IndentationError");
  p.pos++;
  const cases: MatchCase[] = [];
  do cases.push(caseBlock(p));
  while (p.isKw("case"));
  if (p.toks[p.pos].type !== DEDENT) p.invalid();
  p.pos++;
  const node: Match = { kind: "Match", subject, cases, line: t.line, col: t.col };
  checkMatch(node);
  out.push(node);
  return true;
}

function caseBlock(p: Parser): MatchCase {
  const t = p.tok;
  if (!p.isKw("case")) p.invalid();
  p.pos++;
  const pattern = topPatterns(p);
  const guard = p.eatKw("if") ? namedExpression(p) : null;
  p.expectColon();
  const body = block(p, "'case' statement", t.line);
  return { pattern, guard, body };
}

/** patterns: open_sequence_pattern | pattern  (`case a, *b:` is a sequence). */
function topPatterns(p: Parser): Pattern {
  const s = p.tok;
  const first = maybeStarPattern(p);
  if (!p.isOp(",")) {
    if (first.kind === "MatchStar") p.invalid();
    return first;
  }
  const patterns = [first];
  while (p.eatOp(",")) {
    if (p.isOp(":") || p.isKw("if")) break;
    patterns.push(maybeStarPattern(p));
  }
  return { kind: "MatchSequence", patterns, line: s.line, col: s.col };
}

function maybeStarPattern(p: Parser): Pattern {
  const t = p.tok;
  if (!p.eatOp("*")) return pattern(p);
  const name = p.tok;
  if (name.type !== NAME || KEYWORDS.has(name.value)) p.invalid();
  p.pos++;
  rejectTargetFollower(p);
  return { kind: "MatchStar", name: name.value === "_" ? null : name.value, line: t.line, col: t.col };
}

/** pattern: or_pattern ['as' capture_target] */
function pattern(p: Parser): Pattern {
  p.enter();
  const s = p.tok;
  let result = orPattern(p);
  if (p.isKw("as")) {
    p.pos++;
    const n = p.tok;
    if (n.type !== NAME || KEYWORDS.has(n.value)) p.error("invalid pattern target", n);
    if (n.value === "_") p.error("cannot use '_' as a target", n);
    p.pos++;
    if (p.isOp(".") || p.isOp("(") || p.isOp("=")) p.error("invalid pattern target", n);
    result = { kind: "MatchAs", pattern: result, name: n.value, line: s.line, col: s.col };
  }
  p.leave();
  return result;
}

function orPattern(p: Parser): Pattern {
  const s = p.tok;
  const first = closedPattern(p);
  if (!p.isOp("|")) return first;
  const patterns = [first];
  while (p.eatOp("|")) patterns.push(closedPattern(p));
  return { kind: "MatchOr", patterns, line: s.line, col: s.col };
}

function closedPattern(p: Parser): Pattern {
  const t = p.tok;
  const loc = { line: t.line, col: t.col };
  switch (t.type) {
    case NUMBER:
      return { kind: "MatchValue", value: signedNumberOrComplex(p), ...loc };
    case STRING:
      return { kind: "MatchValue", value: stringLiteral(p), ...loc };
    case NAME: {
      const v = t.value;
      if (v === "None" || v === "True" || v === "False") {
        p.pos++;
        return { kind: "MatchSingleton", value: v === "None" ? null : v === "True", ...loc };
      }
      if (KEYWORDS.has(v)) p.invalid();
      const n = p.peek();
      if (n.type === OP && (n.value === "." || n.value === "(")) {
        const cls = nameOrAttr(p);
        if (p.isOp("(")) return classPattern(p, cls, t);
        return { kind: "MatchValue", value: cls, ...loc };
      }
      p.pos++;
      if (n.type === OP && n.value === "=") p.invalid(n);
      return { kind: "MatchAs", pattern: null, name: v === "_" ? null : v, ...loc };
    }
    case OP:
      switch (t.value) {
        case "-":
          return { kind: "MatchValue", value: signedNumberOrComplex(p), ...loc };
        case "(": {
          p.pos++;
          if (p.eatOp(")")) return { kind: "MatchSequence", patterns: [], ...loc };
          const first = maybeStarPattern(p);
          if (p.eatOp(")")) {
            if (first.kind === "MatchStar") p.invalid(p.toks[p.pos - 1]);
            return first; // a group pattern is its inner pattern
          }
          if (!p.isOp(",")) p.invalid();
          const patterns = [first];
          while (p.eatOp(",")) {
            if (p.isOp(")")) break;
            patterns.push(maybeStarPattern(p));
          }
          p.expectOp(")");
          return { kind: "MatchSequence", patterns, ...loc };
        }
        case "[": {
          p.pos++;
          const patterns: Pattern[] = [];
          while (!p.isOp("]")) {
            patterns.push(maybeStarPattern(p));
            if (!p.eatOp(",")) break;
          }
          p.expectOp("]");
          return { kind: "MatchSequence", patterns, ...loc };
        }
        case "{":
          return mappingPattern(p);
      }
  }
  return p.invalid();
}

/** capture targets must not be followed by `.`, `(` or `=` (CPython's lookahead). */
function rejectTargetFollower(p: Parser): void {
  if (p.isOp(".") || p.isOp("(") || p.isOp("=")) p.invalid();
}

/** NAME ('.' NAME)* as a Name / Attribute load expression. */
function nameOrAttr(p: Parser): Expr {
  const t = p.next();
  let e: Expr = { kind: "Name", id: t.value, ctx: "load", line: t.line, col: t.col };
  while (p.eatOp(".")) {
    const attr = p.expectIdent();
    e = { kind: "Attribute", value: e, attr, ctx: "load", line: t.line, col: t.col };
  }
  return e;
}

function stringLiteral(p: Parser): Expr {
  const e = strings(p);
  if (e.kind === "JoinedStr") p.errorAt("patterns may only match literals and attribute lookups", e);
  return e;
}

function isImaginary(t: Token): boolean {
  return t.type === NUMBER && t.flags === NUM_IMAG;
}

/** signed_number | signed_real_number ('+'|'-') imaginary_number */
function signedNumberOrComplex(p: Parser): Expr {
  const s = p.tok;
  const neg = p.eatOp("-");
  const numTok = p.tok;
  if (numTok.type !== NUMBER) p.invalid();
  let left: Expr = atom(p);
  if (neg) left = { kind: "UnaryOp", op: "-", operand: left, line: s.line, col: s.col };
  if (!p.isOp("+") && !p.isOp("-")) return left;
  const op = p.next().value as "+" | "-";
  const r = p.tok;
  if (r.type !== NUMBER) p.invalid();
  if (isImaginary(numTok)) p.errorAt("real number required in complex literal", left);
  if (!isImaginary(r)) p.error("imaginary number required in complex literal", r);
  const right = atom(p);
  return { kind: "BinOp", left, op, right, line: s.line, col: s.col };
}

function classPattern(p: Parser, cls: Expr, start: Token): MatchClass {
  p.expectOp("(");
  const patterns: Pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: Pattern[] = [];
  while (!p.isOp(")")) {
    const t = p.tok;
    const n = p.peek();
    if (t.type === NAME && !KEYWORDS.has(t.value) && n.type === OP && n.value === "=") {
      p.pos += 2;
      const sub = pattern(p);
      if (kwdAttrs.indexOf(t.value) >= 0) p.errorAt(`attribute name repeated in class pattern: ${t.value}`, sub);
      kwdAttrs.push(t.value);
      kwdPatterns.push(sub);
    } else {
      const sub = pattern(p);
      if (kwdAttrs.length > 0) p.errorAt("positional patterns follow keyword patterns", sub);
      patterns.push(sub);
    }
    if (!p.eatOp(",")) break;
  }
  p.expectOp(")");
  return p.ended({ kind: "MatchClass", cls, patterns, kwdAttrs, kwdPatterns, line: start.line, col: start.col });
}

/** literal_expr | attr: the keys a mapping pattern may look up. */
function mappingKey(p: Parser): Expr {
  const t = p.tok;
  if (t.type === NUMBER || (t.type === OP && t.value === "-")) return signedNumberOrComplex(p);
  if (t.type === STRING) return stringLiteral(p);
  if (t.type === NAME) {
    if (t.value === "None" || t.value === "True" || t.value === "False") return atom(p);
    if (!KEYWORDS.has(t.value) && p.peek().type === OP && p.peek().value === ".") return nameOrAttr(p);
    p.invalid(p.peek());
  }
  return p.invalid();
}

function mappingPattern(p: Parser): MatchMapping {
  const open = p.next();
  const keys: Expr[] = [];
  const patterns: Pattern[] = [];
  let rest: string | null = null;
  while (!p.isOp("}")) {
    if (p.eatOp("**")) {
      const n = p.tok;
      if (n.type !== NAME || KEYWORDS.has(n.value) || n.value === "_") p.invalid();
      p.pos++;
      rejectTargetFollower(p);
      rest = n.value;
      p.eatOp(",");
      if (!p.isOp("}")) p.invalid();
      break;
    }
    keys.push(mappingKey(p));
    p.expectOp(":");
    patterns.push(pattern(p));
    if (!p.eatOp(",")) break;
  }
  p.expectOp("}");
  return { kind: "MatchMapping", keys, patterns, rest, line: open.line, col: open.col };
}
