// String atoms: adjacent-literal concatenation and f-strings. An f-string's
// fields are found by scanning its body the way CPython 3.11 does
// (fstring_find_expr), then each field's source range is tokenized and parsed
// with the ordinary expression parser, so inner nodes carry exact positions.
import { ENDMARKER, STRING, STR_BYTES, STR_FORMAT, STR_RAW, tokenize, type Token } from "../lexer.js";
import { decodeBytes, decodeStr } from "../lexer/strings.js";
import type { Expr, FormattedValue, JoinedStr } from "./ast.js";
import { Parser } from "./core.js";
import { PySyntaxError } from "./errors.js";
import { starExpressions, yieldExpr } from "./expressions.js";

/** Literal text waiting to become a Constant, and the values emitted so far. */
interface Acc {
  values: Expr[];
  buf: string;
  tok: Token;
}

function flush(acc: Acc): void {
  if (acc.buf !== "") {
    acc.values.push({ kind: "Constant", value: { type: "str", value: acc.buf }, line: acc.tok.line, col: acc.tok.col });
    acc.buf = "";
  }
}

/** One or more adjacent STRING tokens. */
export function strings(p: Parser): Expr {
  const first = p.tok;
  const src = p.src;
  const loc = { line: first.line, col: first.col };
  const isBytes = (first.flags & STR_BYTES) !== 0;
  let last = p.pos;
  let anyF = false;
  while (last < p.toks.length && p.toks[last].type === STRING) {
    const t = p.toks[last];
    if (((t.flags & STR_BYTES) !== 0) !== isBytes) p.error("cannot mix bytes and nonbytes literals", t);
    if (t.flags & STR_FORMAT) anyF = true;
    last++;
  }
  const toks = p.toks.slice(p.pos, last);
  p.pos = last;
  if (isBytes) {
    const parts = toks.map((t) => decodeBytes(src, t.bodyStart, t.bodyEnd, (t.flags & STR_RAW) !== 0, t.start));
    if (parts.length === 1) return { kind: "Constant", value: { type: "bytes", value: parts[0] }, ...loc };
    const out = new Uint8Array(parts.reduce((n, b) => n + b.length, 0));
    let off = 0;
    for (const b of parts) {
      out.set(b, off);
      off += b.length;
    }
    return { kind: "Constant", value: { type: "bytes", value: out }, ...loc };
  }
  if (!anyF) {
    let s = "";
    for (const t of toks) s += decodeStr(src, t.bodyStart, t.bodyEnd, (t.flags & STR_RAW) !== 0, t.start);
    return { kind: "Constant", value: { type: "str", value: s }, ...loc };
  }
  const acc: Acc = { values: [], buf: "", tok: first };
  for (const t of toks) {
    const raw = (t.flags & STR_RAW) !== 0;
    if (t.flags & STR_FORMAT) fstringPart(p, t, t.bodyStart, t.bodyEnd, raw, 0, acc);
    else acc.buf += decodeStr(src, t.bodyStart, t.bodyEnd, raw, t.start);
  }
  flush(acc);
  return { kind: "JoinedStr", values: acc.values, ...loc };
}

function fail(t: Token, msg: string): never {
  throw new PySyntaxError("SyntaxError", msg, t.line, t.col + 1);
}

/**
 * Parses f-string text in [start, end). At level 0 this is a whole body and `{{`/`}}`
 * are escapes; inside a format spec (level > 0) a `}` ends the spec. Returns where it stopped.
 */
function fstringPart(p: Parser, t: Token, start: number, end: number, raw: boolean, level: number, acc: Acc): number {
  const src = p.src;
  let i = start;
  let chunk = start;
  while (i < end) {
    const c = src.charCodeAt(i);
    if (c === 92 && !raw) {
      // Skip escapes whole so `\N{DASH}` braces are not fields.
      if (src.charCodeAt(i + 1) === 78 && src.charCodeAt(i + 2) === 123) {
        const close = src.indexOf("}", i);
        i = close > 0 && close < end ? close + 1 : end;
      } else i += 2;
      continue;
    }
    if (c === 123 || c === 125) {
      if (level === 0 && src.charCodeAt(i + 1) === c && i + 1 < end) {
        acc.buf += decodeStr(src, chunk, i + 1, raw, t.start);
        i += 2;
        chunk = i;
        continue;
      }
      if (level === 0 && c === 125) fail(t, "f-string: single '}' is not allowed");
      acc.buf += decodeStr(src, chunk, i, raw, t.start);
      if (c === 125) return i; // end of a format spec
      i = field(p, t, i + 1, end, raw, level, acc);
      chunk = i;
      continue;
    }
    i++;
  }
  acc.buf += decodeStr(src, chunk, end, raw, t.start);
  return end;
}

/** Parses one `{...}` field whose expression starts at `start`; returns the offset after `}`. */
function field(p: Parser, t: Token, start: number, end: number, raw: boolean, level: number, acc: Acc): number {
  const src = p.src;
  if (level >= 2) fail(t, "f-string: expressions nested too deeply");
  let j = start;
  let quote = 0;
  let triple = false;
  const stack: number[] = [];
  for (; j < end; j++) {
    const c = src.charCodeAt(j);
    if (c === 92) fail(t, "f-string expression part cannot include a backslash");
    if (quote !== 0) {
      if (c === quote) {
        if (!triple) quote = 0;
        else if (src.charCodeAt(j + 1) === quote && src.charCodeAt(j + 2) === quote) {
          quote = 0;
          j += 2;
        }
      }
      continue;
    }
    if (c === 39 || c === 34) {
      quote = c;
      triple = src.charCodeAt(j + 1) === c && src.charCodeAt(j + 2) === c && j + 2 < end;
      if (triple) j += 2;
      continue;
    }
    if (c === 40 || c === 91 || c === 123) {
      stack.push(c);
      continue;
    }
    if (c === 35) fail(t, "f-string expression part cannot include '#'");
    if (stack.length > 0) {
      if (c === 41 || c === 93 || c === 125) {
        const open = stack.pop()!;
        if (open !== (c === 41 ? 40 : c === 93 ? 91 : 123)) {
          fail(t, `f-string: closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${String.fromCharCode(open)}'`);
        }
      }
      continue;
    }
    if (c === 41 || c === 93) fail(t, `f-string: unmatched '${String.fromCharCode(c)}'`);
    // At depth 0, `!`, `:`, `}` and a lone `=` end the expression; `!=`, `==`, `<=`, `>=` don't.
    if (c === 33 || c === 58 || c === 125 || c === 61 || c === 60 || c === 62) {
      const n = src.charCodeAt(j + 1);
      if (n === 61 && j + 1 < end && c !== 58 && c !== 125) {
        j++;
        continue;
      }
      if (c === 60 || c === 62) continue;
      break;
    }
  }
  if (quote !== 0) fail(t, "f-string: unterminated string");
  if (j >= end) {
    if (stack.length > 0) fail(t, `f-string: '${String.fromCharCode(stack[stack.length - 1])}' was never closed`);
    fail(t, "f-string: expecting '}'");
  }
  const exprEnd = j;
  if (src.slice(start, exprEnd).trim() === "") fail(t, "f-string: empty expression not allowed");
  const value = fieldExpression(p, t, start, exprEnd);

  let conversion = -1;
  let formatSpec: JoinedStr | null = null;
  let selfDoc = false;
  if (src.charCodeAt(j) === 61) {
    // `{x = }`: the text through `=` and following whitespace becomes a literal.
    j++;
    while (j < end && (src.charCodeAt(j) === 32 || src.charCodeAt(j) === 9 || src.charCodeAt(j) === 10)) j++;
    acc.buf += src.slice(start, j);
    selfDoc = true;
  }
  if (src.charCodeAt(j) === 33 && j < end) {
    const conv = src.charCodeAt(j + 1);
    if (j + 1 >= end) fail(t, "f-string: expecting '}'");
    if (conv !== 115 && conv !== 114 && conv !== 97) fail(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    conversion = conv;
    j += 2;
  }
  if (src.charCodeAt(j) === 58 && j < end) {
    const specAcc: Acc = { values: [], buf: "", tok: t };
    j = fstringPart(p, t, j + 1, end, raw, level + 1, specAcc);
    flush(specAcc);
    formatSpec = { kind: "JoinedStr", values: specAcc.values, line: t.line, col: t.col };
  }
  if (j >= end || src.charCodeAt(j) !== 125) fail(t, "f-string: expecting '}'");
  if (selfDoc && conversion === -1 && formatSpec === null) conversion = 114; // 'r'
  flush(acc);
  const fv: FormattedValue = { kind: "FormattedValue", value, conversion, formatSpec, line: acc.tok.line, col: acc.tok.col };
  acc.values.push(fv);
  return j + 1;
}

/** Tokenizes and parses src[start, end) as if parenthesized, like CPython 3.11. */
function fieldExpression(p: Parser, t: Token, start: number, end: number): Expr {
  const src = p.src;
  // Line and line-start offset at `start`, counted from the string token's own line.
  let line = t.line;
  let lineStart = t.start - t.col;
  for (let k = t.start; k < start; k++) {
    if (src.charCodeAt(k) === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  try {
    const toks = tokenize(src, { start, end, line, lineStart, inBrackets: true });
    const sub = new Parser(src, toks);
    sub.depth = p.depth;
    const e = sub.isKw("yield") ? yieldExpr(sub) : starExpressions(sub);
    if (sub.tok.type !== ENDMARKER) sub.invalid();
    return e;
  } catch (err) {
    if (err instanceof PySyntaxError && !err.msg.startsWith("f-string")) {
      throw new PySyntaxError(err.pyType, `f-string: ${err.msg}`, err.line, err.col, err.endCol);
    }
    throw err;
  }
}
