// User-facing syntax errors. Positions follow CPython's SyntaxError attributes:
// `line` is 1-based, `col` is the 1-based "offset", `endCol` the 1-based end
// offset (exclusive), so a formatted error matches what `python3` prints.

export type SyntaxErrorType = "SyntaxError" | "IndentationError" | "TabError";

export class PySyntaxError extends Error {
  constructor(
    public pyType: SyntaxErrorType,
    public msg: string,
    public line: number,
    public col: number,
    public endCol?: number,
  ) {
    super(`${pyType}: ${msg} (line ${line}, column ${col})`);
    this.name = "PySyntaxError";
  }
}

/** The 1-based line and 1-based column of a source offset; only used on error paths. */
export function locate(source: string, pos: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  const stop = Math.min(pos, source.length);
  for (let i = 0; i < stop; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: pos - lineStart + 1 };
}

/** Throws a SyntaxError located at a source offset (tokenizer-level errors). */
export function syntaxErrorAt(source: string, pos: number, msg: string, type: SyntaxErrorType = "SyntaxError"): never {
  const { line, col } = locate(source, pos);
  throw new PySyntaxError(type, msg, line, col);
}

/**
 * CPython-3.11-style rendering:
 *   File "main.py", line 1
 *     x = (1,
 *         ^
 *   SyntaxError: '(' was never closed
 * Like CPython, the source line is shown without its indentation and the caret
 * row is shifted to match; a range (endCol > col) gets one caret per column.
 */
export function formatSyntaxError(err: PySyntaxError, filename: string, source: string): string {
  const out = [`  File "${filename}", line ${err.line}`];
  const lines = source.split(/\r\n|\r|\n/);
  const text = err.line >= 1 && err.line <= lines.length ? lines[err.line - 1] : undefined;
  if (text !== undefined && text.trim() !== "") {
    const stripped = text.replace(/^[ \t\f]+/, "");
    const removed = text.length - stripped.length;
    const shown = stripped.replace(/\s+$/, "");
    out.push(`    ${shown}`);
    if (err.col >= 1) {
      const start = Math.max(err.col - removed, 1);
      let width = 1;
      if (err.endCol !== undefined && err.endCol > err.col) width = err.endCol - err.col;
      // Never draw carets past the shown text (plus one column for "at end of line").
      width = Math.max(1, Math.min(width, shown.length + 1 - (start - 1)));
      out.push(`    ${" ".repeat(start - 1)}${"^".repeat(width)}`);
    }
  }
  out.push(`${err.pyType}: ${err.msg}`);
  return out.join("\n");
}
