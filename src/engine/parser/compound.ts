// Compound statements: if/while/for/try/with/def/class, `async` forms and
// decorators. Each returns false from `compoundStatement` when the current
// token does not start one, so the caller parses simple statements instead.
import { NAME, OP, type Token } from "../lexer.js";
import type { ClassDef, ExceptHandler, Expr, FunctionDef, If, Stmt, WithItem } from "./ast.js";
import { callArguments } from "./atoms.js";
import { Parser } from "./core.js";
import { PySyntaxError } from "./errors.js";
import { bitwiseOr, expression, namedExpression, starExpressions } from "./expressions.js";
import { parameters } from "./params.js";
import { matchStatement } from "./patterns.js";
import { block } from "./statements.js";
import { setContext, starTargets } from "./targets.js";

export function compoundStatement(p: Parser, out: Stmt[]): boolean {
  const t = p.tok;
  if (t.type === OP) {
    if (t.value !== "@") return false;
    out.push(decorated(p));
    return true;
  }
  if (t.type !== NAME) return false;
  switch (t.value) {
    case "if": out.push(ifStatement(p)); return true;
    case "while": out.push(whileStatement(p)); return true;
    case "for": out.push(forStatement(p, t, false)); return true;
    case "try": out.push(tryStatement(p)); return true;
    case "with": out.push(withStatement(p, t, false)); return true;
    case "def": out.push(funcDef(p, t, [], false)); return true;
    case "class": out.push(classDef(p, t, [])); return true;
    case "match": return matchStatement(p, out);
    case "async": {
      const n = p.peek();
      if (n.type !== NAME) return false;
      if (n.value === "def") { p.pos++; out.push(funcDef(p, t, [], true)); return true; }
      if (n.value === "for") { p.pos++; out.push(forStatement(p, t, true)); return true; }
      if (n.value === "with") { p.pos++; out.push(withStatement(p, t, true)); return true; }
      return false;
    }
  }
  return false;
}

function ifStatement(p: Parser): If {
  const t = p.next();
  const test = namedExpression(p);
  p.expectColon();
  const body = block(p, `'${t.value}' statement`, t.line);
  let orelse: Stmt[] = [];
  const n = p.tok;
  if (n.type === NAME && n.value === "elif") orelse = [ifStatement(p)];
  else if (n.type === NAME && n.value === "else") orelse = elseBlock(p);
  return { kind: "If", test, body, orelse, line: t.line, col: t.col };
}

function elseBlock(p: Parser): Stmt[] {
  const e = p.next();
  p.expectColon();
  return block(p, "'else' statement", e.line);
}

function whileStatement(p: Parser): Stmt {
  const t = p.next();
  const test = namedExpression(p);
  p.expectColon();
  const body = block(p, "'while' statement", t.line);
  const orelse = p.isKw("else") ? elseBlock(p) : [];
  return { kind: "While", test, body, orelse, line: t.line, col: t.col };
}

function forStatement(p: Parser, start: Token, isAsync: boolean): Stmt {
  const t = p.next();
  const target = starTargets(p);
  setContext(p, target, "store");
  p.expectKw("in");
  const iter = starExpressions(p);
  p.expectColon();
  const body = block(p, "'for' statement", t.line);
  const orelse = p.isKw("else") ? elseBlock(p) : [];
  return { kind: "For", target, iter, body, orelse, isAsync, line: start.line, col: start.col };
}

function tryStatement(p: Parser): Stmt {
  const t = p.next();
  p.expectColon();
  const body = block(p, "'try' statement", t.line);
  const handlers: ExceptHandler[] = [];
  let star: boolean | null = null;
  while (p.isKw("except")) {
    const h = p.next();
    const isStar = p.eatOp("*");
    if (star !== null && star !== isStar) p.error("cannot have both 'except' and 'except*' on the same 'try'", h);
    star = isStar;
    if (isStar && p.isOp(":")) p.error("expected one or more exception types");
    let type: Expr | null = null;
    let name: string | null = null;
    if (!p.isOp(":")) {
      type = expression(p);
      if (p.isOp(",")) {
        const first = type;
        while (p.eatOp(",")) expression(p);
        if (p.isOp(":") || p.isKw("as")) p.errorAt("multiple exception types must be parenthesized", first);
        p.invalid();
      }
      if (p.eatKw("as")) name = p.expectIdent();
    }
    p.expectColon();
    const hbody = block(p, "'except' statement", h.line);
    handlers.push({ type, name, body: hbody, line: h.line, col: h.col });
  }
  const orelse = handlers.length > 0 && p.isKw("else") ? elseBlock(p) : [];
  let finalbody: Stmt[] = [];
  if (p.isKw("finally")) {
    const f = p.next();
    p.expectColon();
    finalbody = block(p, "'finally' statement", f.line);
  }
  if (handlers.length === 0 && finalbody.length === 0) p.error("expected 'except' or 'finally' block");
  const node: Stmt = { kind: "Try", body, handlers, orelse, finalbody, line: t.line, col: t.col };
  if (star === true) node.star = true; // `except*` (compiler/trystar.ts)
  return node;
}

function withItem(p: Parser): WithItem {
  const contextExpr = expression(p);
  let optionalVars: Expr | null = null;
  if (p.eatKw("as")) {
    optionalVars = withTarget(p);
    setContext(p, optionalVars, "store");
  }
  return { contextExpr, optionalVars };
}

/** A single `as` target: `x`, `a.b`, `a[i]`, `(a, b)`, `[a, *b]`. */
function withTarget(p: Parser): Expr {
  return bitwiseOr(p);
}

function withStatement(p: Parser, start: Token, isAsync: boolean): Stmt {
  const t = p.next();
  let items: WithItem[] | null = null;
  if (p.isOp("(")) {
    // Try `with (a as b, c):` first; on failure re-read as an ordinary expression,
    // since `with (a, b) as c:` and `with (yield x):` are expressions in parentheses.
    const save = p.pos;
    try {
      p.pos++;
      const list: WithItem[] = [];
      do {
        if (p.isOp(")")) break;
        list.push(withItem(p));
      } while (p.eatOp(","));
      p.expectOp(")");
      if (!p.isOp(":")) throw new PySyntaxError("SyntaxError", "backtrack", 0, 0);
      items = list;
    } catch (err) {
      if (!(err instanceof PySyntaxError)) throw err;
      p.pos = save;
    }
  }
  if (items === null) {
    items = [];
    do items.push(withItem(p));
    while (p.eatOp(","));
  }
  p.expectColon();
  const body = block(p, "'with' statement", t.line);
  return { kind: "With", items, body, isAsync, line: start.line, col: start.col };
}

function decorated(p: Parser): Stmt {
  const decorators: Expr[] = [];
  while (p.eatOp("@")) {
    decorators.push(namedExpression(p));
    if (p.tok.type !== 5 /* NEWLINE */) p.invalid();
    p.pos++;
  }
  const t = p.tok;
  if (p.isKw("def")) return funcDef(p, t, decorators, false);
  if (p.isKw("class")) return classDef(p, t, decorators);
  if (p.isKw("async") && p.peek().type === NAME && p.peek().value === "def") {
    p.pos++;
    return funcDef(p, t, decorators, true);
  }
  return p.invalid();
}

function funcDef(p: Parser, start: Token, decorators: Expr[], isAsync: boolean): FunctionDef {
  const t = p.next(); // 'def'
  const name = p.expectIdent();
  p.expectOp("(");
  const args = parameters(p, ")", true);
  p.expectOp(")");
  const returns = p.eatOp("->") ? expression(p) : null;
  p.expectColon();
  const body = block(p, "function definition", t.line);
  return { kind: "FunctionDef", name, args, body, decorators, returns, isAsync, line: start.line, col: start.col };
}

function classDef(p: Parser, start: Token, decorators: Expr[]): ClassDef {
  const t = p.next();
  const name = p.expectIdent();
  let bases: Expr[] = [];
  let keywords: ClassDef["keywords"] = [];
  const open = p.tok;
  if (p.eatOp("(")) {
    ({ args: bases, keywords } = callArguments(p, open));
    for (const b of bases) if (b.kind === "GeneratorExp") p.errorAt("invalid syntax", b);
  }
  p.expectColon();
  const body = block(p, "class definition", t.line);
  return { kind: "ClassDef", name, bases, keywords, body, decorators, line: start.line, col: start.col };
}
