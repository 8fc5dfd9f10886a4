// Numeric literal scanning. Validates like CPython's tokenizer (same messages)
// and only returns the extent and kind; the parser converts the text.
import { syntaxErrorAt } from "../parser/errors.js";
import { NUM_FLOAT, NUM_IMAG, NUM_INT } from "./tokens.js";

export interface NumberScan {
  end: number;
  kind: number;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
}

// `1if x else y` is accepted by CPython 3.11 (with a warning), so a number may be
// directly followed by one of these keywords.
const KEYWORDS_AFTER_NUMBER = ["and", "else", "for", "if", "in", "is", "not", "or"];

function keywordFollows(src: string, pos: number): boolean {
  for (const kw of KEYWORDS_AFTER_NUMBER) {
    if (src.startsWith(kw, pos)) return true;
  }
  return false;
}

/** Reads `digit (_? digit)*` starting at a digit; a `_` not followed by a digit is an error. */
function decimalRun(src: string, pos: number, end: number): number {
  while (pos < end) {
    const c = src.charCodeAt(pos);
    if (isDigit(c)) pos++;
    else if (c === 95) {
      if (pos + 1 < end && isDigit(src.charCodeAt(pos + 1))) pos += 2;
      else syntaxErrorAt(src, pos + 1, "invalid decimal literal");
    } else break;
  }
  return pos;
}

function radixLiteral(src: string, start: number, end: number, radix: number): NumberScan {
  const name = radix === 16 ? "hexadecimal" : radix === 8 ? "octal" : "binary";
  let pos = start + 2;
  let digits = 0;
  for (;;) {
    let c = pos < end ? src.charCodeAt(pos) : -1;
    if (c === 95) {
      pos++;
      c = pos < end ? src.charCodeAt(pos) : -1;
    }
    let v = -1;
    if (isDigit(c)) v = c - 48;
    else if (c >= 97 && c <= 102) v = c - 87;
    else if (c >= 65 && c <= 70) v = c - 55;
    if (v >= 0 && v < radix) {
      digits++;
      pos++;
      continue;
    }
    if (isDigit(c)) syntaxErrorAt(src, pos + 1, `invalid digit '${String.fromCharCode(c)}' in ${name} literal`);
    if (digits === 0 || src.charCodeAt(pos - 1) === 95) syntaxErrorAt(src, pos, `invalid ${name} literal`);
    if (c !== -1 && isIdentChar(c) && !keywordFollows(src, pos)) syntaxErrorAt(src, pos, `invalid ${name} literal`);
    return { end: pos, kind: NUM_INT };
  }
}

/** Scans a number starting at `start` (a digit, or '.' followed by a digit). */
export function scanNumber(src: string, start: number, end: number): NumberScan {
  const c0 = src.charCodeAt(start);
  if (c0 === 48 && start + 1 < end) {
    const c1 = src.charCodeAt(start + 1) | 0x20;
    if (c1 === 120) return radixLiteral(src, start, end, 16);
    if (c1 === 111) return radixLiteral(src, start, end, 8);
    if (c1 === 98) return radixLiteral(src, start, end, 2);
  }
  let kind = NUM_INT;
  let pos = start;
  if (c0 !== 46) pos = decimalRun(src, pos, end);
  let c = pos < end ? src.charCodeAt(pos) : -1;
  if (c === 46) {
    kind = NUM_FLOAT;
    pos++;
    if (pos < end && isDigit(src.charCodeAt(pos))) pos = decimalRun(src, pos, end);
    c = pos < end ? src.charCodeAt(pos) : -1;
  }
  if (c === 101 || c === 69) {
    kind = NUM_FLOAT;
    let p = pos + 1;
    const s = p < end ? src.charCodeAt(p) : -1;
    if (s === 43 || s === 45) p++;
    if (!(p < end && isDigit(src.charCodeAt(p)))) {
      // `1else` is `1 else`; anything else after a bare 'e' is a broken exponent.
      if (keywordFollows(src, pos)) return { end: pos, kind };
      syntaxErrorAt(src, pos, "invalid decimal literal");
    }
    pos = decimalRun(src, p, end);
    c = pos < end ? src.charCodeAt(pos) : -1;
  }
  if (c === 106 || c === 74) {
    pos++;
    c = pos < end ? src.charCodeAt(pos) : -1;
    if (c !== -1 && isIdentChar(c) && !keywordFollows(src, pos)) syntaxErrorAt(src, pos + 1, "invalid imaginary literal");
    return { end: pos, kind: NUM_IMAG };
  }
  if (c !== -1 && isIdentChar(c) && !keywordFollows(src, pos)) syntaxErrorAt(src, start + 1, "invalid decimal literal");
  if (kind === NUM_INT && c0 === 48) {
    // "0", "00", "0_0" are fine; "01" is not.
    for (let i = start; i < pos; i++) {
      const d = src.charCodeAt(i);
      if (d !== 48 && d !== 95) syntaxErrorAt(src, start + 1, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    }
  }
  return { end: pos, kind };
}
