// Entry point: source text -> Module. The tokenizer runs first over the whole
// source; the recursive-descent parser (statements.ts, compound.ts,
// expressions.ts, atoms.ts, fstring.ts) then walks the token array.
import { tokenize } from "../lexer.js";
import type { Module, Stmt } from "./ast.js";
import { Parser, TOO_DEEP } from "./core.js";
import { PySyntaxError } from "./errors.js";
import { statements } from "./statements.js";

export { PySyntaxError, formatSyntaxError } from "./errors.js";

/** Parses a module. Throws PySyntaxError (never a JS RangeError) on bad input. */
export function parse(source: string): Module {
  // CPython reads "\r\n" and lone "\r" as "\n"; normalizing keeps the tokenizer to one case.
  if (source.indexOf("\r") >= 0) source = source.replace(/\r\n?/g, "\n");
  const unclosed: { error: PySyntaxError | null } = { error: null };
  let end: { line: number; col: number } | null = null;
  try {
    const toks = tokenize(source, { unclosed });
    const last = toks[toks.length - 1];
    end = { line: last.line, col: last.col + 1 };
    const p = new Parser(source, toks);
    const body: Stmt[] = [];
    statements(p, body);
    if (p.tok.type !== 8 /* ENDMARKER */) p.invalid();
    if (unclosed.error !== null) throw unclosed.error;
    return { kind: "Module", body };
  } catch (err) {
    // With a bracket left open, CPython blames the bracket when the parser got to the
    // end of the input or failed on a line after the bracket's; else the error stands.
    const open = unclosed.error;
    if (open !== null && err instanceof PySyntaxError && end !== null &&
        (err.line > open.line || err.line > end.line || (err.line === end.line && err.col >= end.col))) {
      throw unclosed.error;
    }
    // Backstop: the depth limits should make this unreachable, but a smaller
    // stack (e.g. a browser worker) must still surface a Python error.
    if (err instanceof RangeError) throw new PySyntaxError("SyntaxError", TOO_DEEP, 1, 1);
    throw err;
  }
}
