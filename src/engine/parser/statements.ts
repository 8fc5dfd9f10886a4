// Statement sequences, blocks, and the simple (one-line) statements:
// expression/assignment forms, del, pass, flow control, import, global, assert.
import { DEDENT, ENDMARKER, INDENT, NAME, NEWLINE, NUMBER, OP, STRING } from "../lexer.js";
import type { Alias, AnnAssign, AugAssign, BinaryOperator, Expr, Stmt } from "./ast.js";
import { compoundStatement } from "./compound.js";
import { Parser } from "./core.js";
import { bitwiseOr, expression, startsExpression, starExpressions, yieldExpr } from "./expressions.js";
import { exprName, setContext } from "./targets.js";

const AUG_OPS: Record<string, BinaryOperator> = {
  "+=": "+", "-=": "-", "*=": "*", "/=": "/", "//=": "//", "%=": "%", "**=": "**", "@=": "@",
  "<<=": "<<", ">>=": ">>", "|=": "|", "^=": "^", "&=": "&",
};

/** Statements until DEDENT or ENDMARKER. */
export function statements(p: Parser, out: Stmt[]): void {
  for (;;) {
    const t = p.tok;
    if (t.type === DEDENT || t.type === ENDMARKER) return;
    if (t.type === INDENT) p.error("unexpected indent", t, "IndentationError");
    if (!compoundStatement(p, out)) simpleStatements(p, out);
  }
}

/**
 * block: NEWLINE INDENT statements DEDENT | simple_stmts. `what` names the header for
 * CPython's "expected an indented block after 'if' statement on line N".
 */
export function block(p: Parser, what: string, headerLine: number): Stmt[] {
  const body: Stmt[] = [];
  if (p.tok.type === NEWLINE) {
    const first = p.toks[++p.pos];
    if (first.type !== INDENT) p.error(`expected an indented block after ${what} on line ${headerLine}`, first, "IndentationError");
    p.pos++;
    statements(p, body);
    if (p.toks[p.pos].type === DEDENT) p.pos++;
    return body;
  }
  simpleStatements(p, body);
  return body;
}

/** simple_stmt (';' simple_stmt)* [';'] NEWLINE */
export function simpleStatements(p: Parser, out: Stmt[]): void {
  for (;;) {
    out.push(simpleStatement(p));
    if (p.eatOp(";")) {
      if (p.tok.type === NEWLINE) break;
      continue;
    }
    break;
  }
  if (p.tok.type !== NEWLINE) {
    const t = p.tok;
    const last = out[out.length - 1];
    if (last.kind === "Expr" && last.value.kind === "Name" && (last.value.id === "print" || last.value.id === "exec") &&
        (t.type === STRING || t.type === NUMBER || (t.type === NAME && startsExpression(p)))) {
      p.errorAt(`Missing parentheses in call to '${last.value.id}'. Did you mean ${last.value.id}(...)?`, last);
    }
    if (t.type === INDENT) p.error("unexpected indent", t, "IndentationError");
    p.invalid();
  }
  p.pos++;
}

function simpleStatement(p: Parser): Stmt {
  const t = p.tok;
  const loc = { line: t.line, col: t.col };
  if (t.type === NAME) {
    switch (t.value) {
      case "pass": p.pos++; return { kind: "Pass", ...loc };
      case "break": p.pos++; return { kind: "Break", ...loc };
      case "continue": p.pos++; return { kind: "Continue", ...loc };
      case "return": {
        p.pos++;
        return { kind: "Return", value: startsExpression(p) ? starExpressions(p) : null, ...loc };
      }
      case "raise": {
        p.pos++;
        if (!startsExpression(p)) return { kind: "Raise", exc: null, cause: null, ...loc };
        const exc = expression(p);
        const cause = p.eatKw("from") ? expression(p) : null;
        return { kind: "Raise", exc, cause, ...loc };
      }
      case "global": case "nonlocal": {
        p.pos++;
        const names = [p.expectIdent()];
        while (p.eatOp(",")) names.push(p.expectIdent());
        return t.value === "global" ? { kind: "Global", names, ...loc } : { kind: "Nonlocal", names, ...loc };
      }
      case "del": {
        p.pos++;
        const start = p.pos;
        const targets: Expr[] = [];
        if (!startsExpression(p) || !delTargetsParse(p)) {
          // CPython's invalid_del_stmt: name what cannot be deleted (`del *a`, `del x if c else y`).
          p.pos = start;
          let e: Expr | null = null;
          try {
            e = starExpressions(p);
          } catch {
            e = null;
          }
          if (e !== null) setContext(p, e, "del");
          p.pos = start;
        }
        do {
          if (!startsExpression(p)) break;
          const e = bitwiseOr(p);
          setContext(p, e, "del");
          targets.push(e);
        } while (p.eatOp(","));
        if (targets.length === 0) p.invalid();
        return { kind: "Delete", targets, ...loc };
      }
      case "assert": {
        p.pos++;
        const test = expression(p);
        const msg = p.eatOp(",") ? expression(p) : null;
        return { kind: "Assert", test, msg, ...loc };
      }
      case "import": return importStatement(p);
      case "from": return fromImport(p);
    }
  }
  return expressionStatement(p);
}

/** Expression statements, `=` chains, augmented and annotated assignment. */
function expressionStatement(p: Parser): Stmt {
  const t = p.tok;
  const loc = { line: t.line, col: t.col };
  const parenthesized = t.type === OP && t.value === "(";
  const first = p.isKw("yield") ? yieldExpr(p) : starExpressions(p);
  const op = p.tok;
  if (op.type !== OP) return { kind: "Expr", value: first, ...loc };
  if (op.value === "=") {
    const targets = [first];
    let value: Expr;
    for (;;) {
      p.pos++;
      value = p.isKw("yield") ? yieldExpr(p) : starExpressions(p);
      if (!p.isOp("=")) break;
      targets.push(value);
    }
    for (const target of targets) setContext(p, target, "store", targets.length === 1 && !parenthesized);
    return { kind: "Assign", targets, value, ...loc };
  }
  if (op.value === ":") {
    if (first.kind === "Tuple") p.errorAt("only single target (not tuple) can be annotated", first);
    if (first.kind === "List") p.errorAt("only single target (not list) can be annotated", first);
    if (first.kind !== "Name" && first.kind !== "Attribute" && first.kind !== "Subscript") {
      p.errorAt("illegal target for annotation", first);
    }
    p.pos++;
    setContext(p, first, "store");
    const annotation = expression(p);
    let value: Expr | null = null;
    if (p.eatOp("=")) value = p.isKw("yield") ? yieldExpr(p) : starExpressions(p);
    const node: AnnAssign = { kind: "AnnAssign", target: first, annotation, value, simple: first.kind === "Name" && !parenthesized, ...loc };
    return node;
  }
  const aug = AUG_OPS[op.value];
  if (aug !== undefined) {
    if (first.kind !== "Name" && first.kind !== "Attribute" && first.kind !== "Subscript") {
      p.errorAt(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
    }
    p.pos++;
    setContext(p, first, "store");
    const value = p.isKw("yield") ? yieldExpr(p) : starExpressions(p);
    const node: AugAssign = { kind: "AugAssign", target: first, op: aug, value, ...loc };
    return node;
  }
  return { kind: "Expr", value: first, ...loc };
}

function dottedName(p: Parser): string {
  let name = p.expectIdent();
  while (p.eatOp(".")) name += "." + p.expectIdent();
  return name;
}

/** Would `del` targets parsed from here end the statement? (Restores the position.) */
function delTargetsParse(p: Parser): boolean {
  const start = p.pos;
  let ok = false;
  try {
    do {
      if (!startsExpression(p)) break;
      bitwiseOr(p);
    } while (p.eatOp(","));
    ok = p.tok.type === NEWLINE || p.tok.type === ENDMARKER || p.isOp(";");
  } catch {
    ok = false; // try the invalid_del_stmt form; the ordinary parse reports anything else
  }
  p.pos = start;
  return ok;
}

function importStatement(p: Parser): Stmt {
  const t = p.next();
  const names: Alias[] = [];
  do {
    const at = p.tok;
    const name = dottedName(p);
    const asname = p.eatKw("as") ? p.expectIdent() : null;
    names.push({ name, asname, line: at.line, col: at.col });
  } while (p.eatOp(","));
  return { kind: "Import", names, line: t.line, col: t.col };
}

function fromImport(p: Parser): Stmt {
  const t = p.next();
  let level = 0;
  for (;;) {
    if (p.eatOp(".")) level++;
    else if (p.eatOp("...")) level += 3;
    else break;
  }
  const module = level > 0 && p.isKw("import") ? null : dottedName(p);
  p.expectKw("import");
  const names: Alias[] = [];
  const star = p.tok;
  if (p.eatOp("*")) {
    names.push({ name: "*", asname: null, line: star.line, col: star.col });
  } else {
    const paren = p.eatOp("(");
    do {
      if (paren && p.isOp(")")) break;
      if (!paren && names.length > 0 && p.tok.type === NEWLINE) p.error("trailing comma not allowed without surrounding parentheses");
      const at = p.tok;
      const name = p.expectIdent();
      const asname = p.eatKw("as") ? p.expectIdent() : null;
      names.push({ name, asname, line: at.line, col: at.col });
    } while (p.eatOp(","));
    if (paren) p.expectOp(")");
    if (names.length === 0) p.invalid();
  }
  return { kind: "ImportFrom", module, names, level, line: t.line, col: t.col };
}
