// String literals: finding a literal's extent (tokenizer) and decoding its
// escapes (parser). Bodies are decoded straight from the source offsets the
// token records, so no intermediate copies are made for escape-free strings.
import { PySyntaxError, locate, syntaxErrorAt } from "../parser/errors.js";

export interface StringScan {
  bodyStart: number;
  bodyEnd: number;
  end: number;
  /** Newlines inside the literal and the offset just past the last one (-1 if none). */
  newlines: number;
  lastLineStart: number;
}

/**
 * Scans a literal whose opening quote is at `q`; `tokStart` is where its prefix began
 * (error positions point there, like CPython).
 */
export function scanString(src: string, tokStart: number, q: number, end: number): StringScan {
  const quote = src.charCodeAt(q);
  const triple = q + 2 < end && src.charCodeAt(q + 1) === quote && src.charCodeAt(q + 2) === quote;
  const bodyStart = triple ? q + 3 : q + 1;
  let pos = bodyStart;
  let newlines = 0;
  let lastLineStart = -1;
  while (pos < end) {
    const c = src.charCodeAt(pos);
    if (c === quote) {
      if (!triple) return { bodyStart, bodyEnd: pos, end: pos + 1, newlines, lastLineStart };
      if (pos + 2 < end && src.charCodeAt(pos + 1) === quote && src.charCodeAt(pos + 2) === quote) {
        return { bodyStart, bodyEnd: pos, end: pos + 3, newlines, lastLineStart };
      }
      pos++;
    } else if (c === 92) {
      // The escaped char never closes or ends the literal, but a newline still counts.
      if (pos + 1 < end && src.charCodeAt(pos + 1) === 10) {
        newlines++;
        lastLineStart = pos + 2;
      }
      pos += 2;
    } else if (c === 10) {
      if (!triple) break;
      newlines++;
      lastLineStart = pos + 1;
      pos++;
    } else pos++;
  }
  const where = locate(src, tokStart);
  let detected = locate(src, Math.min(pos, end)).line;
  if (pos >= end && end > 0 && src.charCodeAt(end - 1) === 10) detected--;
  const msg = triple
    ? `unterminated triple-quoted string literal (detected at line ${Math.max(detected, where.line)})`
    : `unterminated string literal (detected at line ${where.line})`;
  throw new PySyntaxError("SyntaxError", msg, where.line, where.col, where.col);
}

// A small table of common \N{...} names; Unicode's full name list is ~1MB and not worth
// shipping to the browser. Unknown names raise CPython's error.
const NAMED: Record<string, number> = {
  "SPACE": 0x20, "EN SPACE": 0x2002, "EM SPACE": 0x2003, "THIN SPACE": 0x2009, "NARROW NO-BREAK SPACE": 0x202f, "NO-BREAK SPACE": 0xa0, "NBSP": 0xa0, "BULLET": 0x2022, "EM DASH": 0x2014, "EN DASH": 0x2013,
  "HORIZONTAL ELLIPSIS": 0x2026, "DEGREE SIGN": 0xb0, "COPYRIGHT SIGN": 0xa9, "REGISTERED SIGN": 0xae,
  "EURO SIGN": 0x20ac, "POUND SIGN": 0xa3, "YEN SIGN": 0xa5, "CENT SIGN": 0xa2, "SECTION SIGN": 0xa7,
  "PILCROW SIGN": 0xb6, "MIDDLE DOT": 0xb7, "MULTIPLICATION SIGN": 0xd7, "DIVISION SIGN": 0xf7,
  "PLUS-MINUS SIGN": 0xb1, "MICRO SIGN": 0xb5, "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK": 0xab,
  "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK": 0xbb, "LEFT SINGLE QUOTATION MARK": 0x2018,
  "RIGHT SINGLE QUOTATION MARK": 0x2019, "LEFT DOUBLE QUOTATION MARK": 0x201c, "RIGHT DOUBLE QUOTATION MARK": 0x201d,
  "RIGHTWARDS ARROW": 0x2192, "LEFTWARDS ARROW": 0x2190, "UPWARDS ARROW": 0x2191, "DOWNWARDS ARROW": 0x2193,
  "INFINITY": 0x221e, "CHECK MARK": 0x2713, "HEAVY CHECK MARK": 0x2714, "BLACK STAR": 0x2605, "WHITE STAR": 0x2606,
  "SNOWMAN": 0x2603, "BLACK HEART SUIT": 0x2665, "GREEK SMALL LETTER ALPHA": 0x3b1, "GREEK SMALL LETTER BETA": 0x3b2,
  "GREEK SMALL LETTER GAMMA": 0x3b3, "GREEK SMALL LETTER DELTA": 0x3b4, "GREEK SMALL LETTER PI": 0x3c0,
  "GREEK SMALL LETTER LAMDA": 0x3bb, "GREEK SMALL LETTER MU": 0x3bc, "GREEK SMALL LETTER SIGMA": 0x3c3,
  "GREEK CAPITAL LETTER OMEGA": 0x3a9, "GREEK CAPITAL LETTER DELTA": 0x394, "GREEK CAPITAL LETTER SIGMA": 0x3a3,
  "ZERO WIDTH SPACE": 0x200b, "ZERO WIDTH JOINER": 0x200d, "BYTE ORDER MARK": 0xfeff, "REPLACEMENT CHARACTER": 0xfffd,
  "NULL": 0, "LINE FEED": 10, "CARRIAGE RETURN": 13, "CHARACTER TABULATION": 9, "ESCAPE": 0x1b, "DELETE": 0x7f,
  "SNAKE": 0x1f40d, "GRINNING FACE": 0x1f600, "THUMBS UP SIGN": 0x1f44d, "FIRE": 0x1f525, "PILE OF POO": 0x1f4a9,
};

// Alphabet order of U+03B1..U+03C9 (index 17 is final sigma in lowercase; absent in caps).
const GREEK = ["ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA", "IOTA", "KAPPA", "LAMDA", "MU", "NU",
  "XI", "OMICRON", "PI", "RHO", "FINAL SIGMA", "SIGMA", "TAU", "UPSILON", "PHI", "CHI", "PSI", "OMEGA"];

export function namedChar(name: string): number | undefined {
  const n = name.toUpperCase();
  const hit = NAMED[n];
  if (hit !== undefined) return hit;
  let m = /^LATIN (SMALL|CAPITAL) LETTER ([A-Z])$/.exec(n);
  if (m) return (m[1] === "SMALL" ? 97 : 65) + m[2].charCodeAt(0) - 65;
  m = /^GREEK (SMALL|CAPITAL) LETTER ([A-Z]+)$/.exec(n);
  if (m) {
    const i = GREEK.indexOf(m[2]);
    if (i >= 0) return (m[1] === "SMALL" ? 0x3b1 : 0x391) + i;
  }
  m = /^DIGIT (ZERO|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE)$/.exec(n);
  if (m) return 48 + ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"].indexOf(m[1]);
  return undefined;
}

function hexValue(src: string, pos: number, count: number, end: number): number {
  let v = 0;
  for (let i = 0; i < count; i++) {
    if (pos + i >= end) return -1;
    const c = src.charCodeAt(pos + i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if ((c | 0x20) >= 97 && (c | 0x20) <= 102) d = (c | 0x20) - 87;
    else return -1;
    v = v * 16 + d;
  }
  return v;
}

/**
 * Decodes escapes in src[start, end) and calls `emit` with each code point (or
 * byte); returns nothing. Shared by str and bytes decoding. `errPos` locates errors.
 */
function decodeEscapes(src: string, start: number, end: number, bytes: boolean, errPos: number, emit: (cp: number) => void): void {
  let pos = start;
  while (pos < end) {
    let c = src.charCodeAt(pos);
    if (c !== 92) {
      if (c >= 0xd800 && c <= 0xdbff && pos + 1 < end) {
        c = src.codePointAt(pos)!;
        pos++;
      }
      emit(c);
      pos++;
      continue;
    }
    const e = pos + 1 < end ? src.charCodeAt(pos + 1) : -1;
    pos += 2;
    switch (e) {
      case 10: break; // line continuation: backslash-newline vanishes
      case 92: emit(92); break;
      case 39: emit(39); break;
      case 34: emit(34); break;
      case 97: emit(7); break;
      case 98: emit(8); break;
      case 102: emit(12); break;
      case 110: emit(10); break;
      case 114: emit(13); break;
      case 116: emit(9); break;
      case 118: emit(11); break;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let v = e - 48;
        for (let i = 0; i < 2 && pos < end; i++) {
          const d = src.charCodeAt(pos);
          if (d < 48 || d > 55) break;
          v = v * 8 + d - 48;
          pos++;
        }
        emit(bytes ? v & 0xff : v);
        break;
      }
      case 120: {
        const v = hexValue(src, pos, 2, end);
        if (v < 0) escapeError(src, errPos, bytes, "truncated \\xXX escape", pos - 2 - start);
        emit(v);
        pos += 2;
        break;
      }
      case 117: case 85: {
        if (bytes) { emit(92); emit(e); break; }
        const n = e === 117 ? 4 : 8;
        const v = hexValue(src, pos, n, end);
        if (v < 0) escapeError(src, errPos, false, e === 117 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape", pos - 2 - start);
        if (v > 0x10ffff) escapeError(src, errPos, false, "illegal Unicode character", pos - 2 - start);
        emit(v);
        pos += n;
        break;
      }
      case 78: {
        if (bytes) { emit(92); emit(e); break; }
        const close = src.indexOf("}", pos);
        const cp = src.charCodeAt(pos) === 123 && close > 0 && close < end ? namedChar(src.slice(pos + 1, close)) : undefined;
        if (cp === undefined) {
          const at = pos - 2 - start;
          const stop = close > 0 && close < end ? close - start : end - start - 1;
          throw errorAtPos(src, errPos, `(unicode error) 'unicodeescape' codec can't decode bytes in position ${at}-${stop}: ${src.charCodeAt(pos) === 123 && close > 0 ? "unknown Unicode character name" : "malformed \\N character escape"}`);
        }
        emit(cp);
        pos = close + 1;
        break;
      }
      default:
        // Unknown escapes keep the backslash (CPython only warns).
        emit(92);
        if (e >= 0) pos--;
    }
  }
}

function errorAtPos(src: string, pos: number, msg: string): PySyntaxError {
  const { line, col } = locate(src, pos);
  return new PySyntaxError("SyntaxError", msg, line, col);
}

function escapeError(src: string, errPos: number, bytes: boolean, what: string, at: number): never {
  if (bytes) syntaxErrorAt(src, errPos, `(value error) invalid \\x escape at position ${at}`);
  throw errorAtPos(src, errPos, `(unicode error) 'unicodeescape' codec can't decode bytes in position ${at}-${at + 1}: ${what}`);
}

/** Decodes a str body (or an f-string literal chunk). */
export function decodeStr(src: string, start: number, end: number, raw: boolean, errPos: number): string {
  if (raw || src.indexOf("\\", start) === -1 || src.indexOf("\\", start) >= end) return src.slice(start, end);
  const parts: number[] = [];
  let out = "";
  decodeEscapes(src, start, end, false, errPos, (cp) => {
    parts.push(cp);
    if (parts.length >= 4096) {
      out += String.fromCodePoint(...parts);
      parts.length = 0;
    }
  });
  return out + String.fromCodePoint(...parts);
}

/** Decodes a bytes body; non-ASCII source characters are an error, as in CPython. */
export function decodeBytes(src: string, start: number, end: number, raw: boolean, errPos: number): Uint8Array {
  for (let i = start; i < end; i++) {
    if (src.charCodeAt(i) >= 128) syntaxErrorAt(src, errPos, "bytes can only contain ASCII literal characters");
  }
  const out: number[] = [];
  if (raw) {
    for (let i = start; i < end; i++) out.push(src.charCodeAt(i));
  } else {
    decodeEscapes(src, start, end, true, errPos, (b) => out.push(b));
  }
  return Uint8Array.from(out);
}
