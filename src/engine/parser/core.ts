// The parser's token cursor and error helpers, shared by the expression,
// statement and f-string parsers (which are plain functions taking a Parser).
import { ENDMARKER, NAME, NEWLINE, OP, type Token } from "../lexer.js";
import { PySyntaxError, type SyntaxErrorType } from "./errors.js";
import type { Loc } from "./ast.js";

export const KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
  "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
  "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]);

/**
 * Recursion budget for nested expressions that the tokenizer's bracket limit does not
 * bound (`- - - x`, `not not x`, chained conditionals, lambdas). Parentheses are capped
 * at 200 by the tokenizer; together they keep the JS stack well inside its limit.
 */
export const MAX_EXPR_DEPTH = 400;
export const TOO_DEEP = "too many nested expressions (maximum recursion depth exceeded during parsing)";

export class Parser {
  pos = 0;
  depth = 0;
  constructor(
    readonly src: string,
    readonly toks: Token[],
  ) {}

  get tok(): Token {
    return this.toks[this.pos];
  }

  peek(n = 1): Token {
    const i = this.pos + n;
    return i < this.toks.length ? this.toks[i] : this.toks[this.toks.length - 1];
  }

  next(): Token {
    const t = this.toks[this.pos];
    if (t.type !== ENDMARKER) this.pos++;
    return t;
  }

  isOp(v: string): boolean {
    const t = this.toks[this.pos];
    return t.type === OP && t.value === v;
  }

  eatOp(v: string): boolean {
    if (this.isOp(v)) {
      this.pos++;
      return true;
    }
    return false;
  }

  expectOp(v: string): Token {
    if (!this.isOp(v)) this.invalid();
    return this.toks[this.pos++];
  }

  isKw(v: string): boolean {
    const t = this.toks[this.pos];
    return t.type === NAME && t.value === v;
  }

  eatKw(v: string): boolean {
    if (this.isKw(v)) {
      this.pos++;
      return true;
    }
    return false;
  }

  expectKw(v: string): Token {
    if (!this.isKw(v)) this.invalid();
    return this.toks[this.pos++];
  }

  /** True when the current token is an identifier (not a keyword). */
  isIdent(): boolean {
    const t = this.toks[this.pos];
    return t.type === NAME && !KEYWORDS.has(t.value);
  }

  expectIdent(): string {
    if (!this.isIdent()) this.invalid();
    return this.toks[this.pos++].value;
  }

  /** `:` closing a compound-statement header; a line ending instead is "expected ':'". */
  expectColon(): void {
    if (this.isOp(":")) {
      this.pos++;
      return;
    }
    if (this.tok.type === NEWLINE) this.error("expected ':'");
    this.invalid();
  }

  loc(t: Token = this.tok): Loc {
    return { line: t.line, col: t.col };
  }

  /** Record on `node` (once: the innermost parse sets it) where its last token ends. */
  ended<T extends Loc>(node: T): T {
    if (node.endLine === undefined && this.pos > 0) {
      const t = this.toks[this.pos - 1];
      node.endLine = t.endLine;
      node.endCol = t.endCol;
    }
    return node;
  }

  enter(): void {
    if (++this.depth > MAX_EXPR_DEPTH) this.error(TOO_DEEP);
  }

  leave(): void {
    this.depth--;
  }

  error(msg: string, t: Token = this.tok, type: SyntaxErrorType = "SyntaxError"): never {
    const endCol = t.endLine === t.line && t.endCol > t.col ? t.endCol + 1 : t.col + 1;
    throw new PySyntaxError(type, msg, t.line, t.col + 1, endCol);
  }

  errorAt(msg: string, node: Loc, type: SyntaxErrorType = "SyntaxError"): never {
    throw new PySyntaxError(type, msg, node.line, node.col + 1);
  }

  invalid(t: Token = this.tok): never {
    this.error("invalid syntax", t);
  }
}
