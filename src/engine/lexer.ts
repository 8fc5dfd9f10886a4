// The tokenizer: source text -> Token[]. One pass over char codes, producing
// INDENT/DEDENT from an indentation stack and NEWLINE only at the end of logical
// lines (never inside brackets). String bodies are located here and decoded by
// the parser; f-string fields are re-tokenized from their source range with
// `tokenize(src, { start, end, ... inBrackets: true })` so positions stay exact.
import { PySyntaxError, locate, syntaxErrorAt } from "./parser/errors.js";
import { isIdentChar, scanNumber } from "./lexer/numbers.js";
import { scanString } from "./lexer/strings.js";
import {
  DEDENT, ENDMARKER, INDENT, NAME, NEWLINE, NUMBER, OP, STRING,
  STR_BYTES, STR_FORMAT, STR_RAW, type Token, type TokenKind,
} from "./lexer/tokens.js";

export * from "./lexer/tokens.js";

/** CPython's limits: MAXLEVEL (brackets) and MAXINDENT (indentation levels). */
export const MAX_BRACKET_DEPTH = 200;
export const MAX_INDENT_DEPTH = 100;

export interface TokenizeOptions {
  start?: number;
  end?: number;
  /** Line number and line-start offset at `start` (for sub-ranges). */
  line?: number;
  lineStart?: number;
  /** Tokenize as if inside brackets: no NEWLINE/INDENT/DEDENT (f-string fields). */
  inBrackets?: boolean;
  /**
   * A bracket still open at the end is not thrown but returned in `unclosed` (the
   * parser reports it only if it gets to the end: CPython says "invalid syntax" at an
   * earlier bad token, "'(' was never closed" only when parsing reaches the end).
   */
  unclosed?: { error: PySyntaxError | null };
}

const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /[\p{ID_Continue}]/u;

// Three-, two- and one-char operators, keyed by first char. Longest match wins.
const OPS3 = new Set(["**=", "//=", ">>=", "<<=", "..."]);
const OPS2 = new Set(["**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="]);
const OPS1 = "+-*/%@&|^~<>()[]{},:;.=";
const OPEN_FOR: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

function isStringPrefix(src: string, start: number, len: number): number {
  // Returns STR_* flags for a valid prefix, or -1.
  if (len > 2) return -1;
  let flags = 0;
  for (let i = 0; i < len; i++) {
    const c = src.charCodeAt(start + i) | 0x20;
    let bit: number;
    if (c === 114) bit = STR_RAW;
    else if (c === 98) bit = STR_BYTES;
    else if (c === 102) bit = STR_FORMAT;
    else if (c === 117) bit = 8; // 'u' is accepted but only alone
    else return -1;
    if (flags & bit) return -1;
    flags |= bit;
  }
  if ((flags & 8) && len > 1) return -1;
  if ((flags & STR_BYTES) && (flags & STR_FORMAT)) return -1;
  return flags & 7;
}

export function tokenize(src: string, opts: TokenizeOptions = {}): Token[] {
  const end = opts.end ?? src.length;
  let pos = opts.start ?? 0;
  let line = opts.line ?? 1;
  let lineStart = opts.lineStart ?? 0;
  const inBrackets = opts.inBrackets ?? false;
  const toks: Token[] = [];
  const indents = [0];
  const altIndents = [0];
  // Open brackets: char, line, col (for "never closed" / mismatch messages).
  const brackets: { ch: string; line: number; col: number; pos: number }[] = [];
  let atLineStart = !inBrackets;

  const push = (type: TokenKind, value: string, start: number, stop: number, flags = 0, bodyStart = 0, bodyEnd = 0): void => {
    toks.push({ type, value, start, line, col: start - lineStart, endLine: line, endCol: stop - lineStart, flags, bodyStart, bodyEnd });
  };
  const fail = (msg: string, at: number, type: "SyntaxError" | "IndentationError" | "TabError" = "SyntaxError"): never => {
    throw new PySyntaxError(type, msg, line, at - lineStart + 1);
  };

  for (;;) {
    if (atLineStart) {
      atLineStart = false;
      // Measure indentation: tabs go to the next multiple of 8; `alt` uses tab size 1
      // so that indentation which is only consistent under one tab size is a TabError.
      let col = 0;
      let alt = 0;
      let p = pos;
      for (; p < end; p++) {
        const c = src.charCodeAt(p);
        if (c === 32) { col++; alt++; }
        else if (c === 9) { col = (Math.floor(col / 8) + 1) * 8; alt++; }
        else if (c === 12) { col = 0; alt = 0; }
        else break;
      }
      pos = p;
      const c = p < end ? src.charCodeAt(p) : -1;
      // Blank and comment-only lines (and a lone continuation) don't affect indentation.
      if (c === 35 || c === 10 || c === 92 || c === -1) {
        if (c === 35) while (pos < end && src.charCodeAt(pos) !== 10) pos++;
        if (pos < end && src.charCodeAt(pos) === 10) {
          pos++;
          line++;
          lineStart = pos;
          atLineStart = true;
          continue;
        }
        if (c !== 92) break; // end of input
      } else {
        const top = indents[indents.length - 1];
        const altTop = altIndents[altIndents.length - 1];
        if (col === top) {
          if (alt !== altTop) fail("inconsistent use of tabs and spaces in indentation", lineStart, "TabError");
        } else if (col > top) {
          if (alt <= altTop) fail("inconsistent use of tabs and spaces in indentation", lineStart, "TabError");
          if (indents.length > MAX_INDENT_DEPTH) fail("too many levels of indentation", pos, "IndentationError");
          indents.push(col);
          altIndents.push(alt);
          push(INDENT, "", lineStart, pos);
        } else {
          while (indents.length > 1 && col < indents[indents.length - 1]) {
            indents.pop();
            altIndents.pop();
            push(DEDENT, "", pos, pos);
          }
          if (col !== indents[indents.length - 1]) {
            let eol = pos;
            while (eol < end && src.charCodeAt(eol) !== 10) eol++;
            fail("unindent does not match any outer indentation level", eol + 1, "IndentationError");
          }
          if (alt !== altIndents[altIndents.length - 1]) fail("inconsistent use of tabs and spaces in indentation", lineStart, "TabError");
        }
      }
    }

    // Skip whitespace between tokens.
    let c = -1;
    while (pos < end) {
      c = src.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 12) pos++;
      else break;
    }
    if (pos >= end) break;
    const start = pos;

    if (c === 35) {
      while (pos < end && src.charCodeAt(pos) !== 10) pos++;
      continue;
    }
    if (c === 10) {
      if (brackets.length === 0 && !inBrackets) {
        push(NEWLINE, "", pos, pos + 1);
        atLineStart = true;
      }
      pos++;
      line++;
      lineStart = pos;
      continue;
    }
    if (c === 92) {
      if (pos + 1 >= end) {
        throw new PySyntaxError("SyntaxError", "unexpected EOF while parsing", line, pos - lineStart + 2);
      }
      if (src.charCodeAt(pos + 1) !== 10) fail("unexpected character after line continuation character", pos + 1);
      pos += 2;
      line++;
      lineStart = pos;
      if (pos >= end) throw new PySyntaxError("SyntaxError", "unexpected EOF while parsing", line - 1, 1);
      continue;
    }

    // Names, keywords and prefixed strings.
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 128 && ID_START.test(String.fromCodePoint(src.codePointAt(pos)!)))) {
      pos++;
      let ascii = c < 128;
      while (pos < end) {
        const d = src.charCodeAt(pos);
        if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57) || d === 95) pos++;
        else if (d >= 128) {
          const cp = src.codePointAt(pos)!;
          if (!ID_CONTINUE.test(String.fromCodePoint(cp))) break;
          ascii = false;
          pos += cp > 0xffff ? 2 : 1;
        } else break;
      }
      const q = pos < end ? src.charCodeAt(pos) : -1;
      if (q === 39 || q === 34) {
        const flags = isStringPrefix(src, start, pos - start);
        if (flags >= 0) {
          pos = lexString(pos, start, flags);
          continue;
        }
      }
      const name = src.slice(start, pos);
      push(NAME, ascii ? name : name.normalize("NFKC"), start, pos);
      continue;
    }
    if ((c >= 48 && c <= 57) || (c === 46 && pos + 1 < end && src.charCodeAt(pos + 1) >= 48 && src.charCodeAt(pos + 1) <= 57)) {
      const r = scanNumber(src, pos, end);
      pos = r.end;
      push(NUMBER, src.slice(start, pos), start, pos, r.kind);
      continue;
    }
    if (c === 39 || c === 34) {
      pos = lexString(pos, start, 0);
      continue;
    }

    // Operators and brackets.
    if (pos + 2 < end && OPS3.has(src.slice(pos, pos + 3))) {
      push(OP, src.slice(pos, pos + 3), pos, pos + 3);
      pos += 3;
      continue;
    }
    if (pos + 1 < end) {
      const two = src.slice(pos, pos + 2);
      if (OPS2.has(two)) {
        push(OP, two, pos, pos + 2);
        pos += 2;
        continue;
      }
    }
    const ch = src[pos];
    if (OPS1.indexOf(ch) >= 0) {
      if (ch === "(" || ch === "[" || ch === "{") {
        if (brackets.length >= MAX_BRACKET_DEPTH) fail("too many nested parentheses", pos);
        brackets.push({ ch, line, col: pos - lineStart, pos });
      } else if (ch === ")" || ch === "]" || ch === "}") {
        const open = brackets.pop();
        if (!open) {
          if (!inBrackets) fail(`unmatched '${ch}'`, pos);
        } else if (open.ch !== OPEN_FOR[ch]) {
          const where = open.line !== line ? ` on line ${open.line}` : "";
          fail(`closing parenthesis '${ch}' does not match opening parenthesis '${open.ch}'${where}`, pos);
        }
      }
      push(OP, ch, pos, pos + 1);
      pos++;
      continue;
    }
    const cp = src.codePointAt(pos)!;
    if (cp >= 128) {
      const hex = cp.toString(16).toUpperCase().padStart(4, "0");
      const printable = !/[\p{C}\p{Z}]/u.test(String.fromCodePoint(cp)) || cp === 0x20;
      fail(printable ? `invalid character '${String.fromCodePoint(cp)}' (U+${hex})` : `invalid non-printable character U+${hex}`, pos);
    }
    if (cp < 32 && cp !== 13) fail(`invalid non-printable character U+${cp.toString(16).toUpperCase().padStart(4, "0")}`, pos);
    fail("invalid syntax", pos);
  }

  if (brackets.length > 0) {
    const open = brackets[brackets.length - 1];
    const err = new PySyntaxError("SyntaxError", `'${open.ch}' was never closed`, open.line, open.col + 1);
    if (opts.unclosed === undefined) throw err;
    opts.unclosed.error = err;
  }
  if (!inBrackets) {
    const last = toks.length > 0 ? toks[toks.length - 1].type : NEWLINE;
    if (last !== NEWLINE && last !== DEDENT && last !== INDENT) push(NEWLINE, "", pos, pos);
    for (let i = 1; i < indents.length; i++) push(DEDENT, "", pos, pos);
  }
  push(ENDMARKER, "", pos, pos);
  return toks;

  function lexString(q: number, start: number, flags: number): number {
    const s = scanString(src, start, q, end);
    const tok: Token = {
      type: STRING, value: "", start, line, col: start - lineStart, endLine: line, endCol: 0,
      flags, bodyStart: s.bodyStart, bodyEnd: s.bodyEnd,
    };
    if (s.newlines > 0) {
      line += s.newlines;
      lineStart = s.lastLineStart;
    }
    tok.endLine = line;
    tok.endCol = s.end - lineStart;
    toks.push(tok);
    return s.end;
  }
}

/** Line/column (1-based both) of a source offset — re-exported for error paths. */
export { locate, syntaxErrorAt };
