// Escapes and bracket classes of Python's regex syntax (parser.ts drives them).
// Errors carry CPython's messages and positions (indices into the pattern, which is
// an array of code points for str patterns and of byte values for bytes patterns).

import { Category, CharSet, type SetItem } from "./charset.js";
import { lookupCharName } from "./charnames.js";

/** Python's repr() of a str, as CPython's messages quote names with %r. */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === "\\" || ch === quote) out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + quote;
}

export class RegexSyntaxError {
  constructor(
    readonly msg: string,
    /** Position in the pattern; null for the few errors CPython reports without one. */
    readonly pos: number | null,
    /** The Python exception: re.error, OverflowError or ValueError. */
    readonly kind: "error" | "overflow" | "value" = "error",
  ) {}
}

export interface EscapeSource {
  readonly src: readonly number[];
  i: number;
  /** The furthest position a lookahead scan has read (for errors at the end). */
  reach: number;
  readonly isBytes: boolean;
  /** The pattern text between two positions (for messages). */
  text(a: number, b: number): string;
}

/** What an escape outside a class stands for. */
export type Escape =
  | { k: "char"; c: number }
  | { k: "cat"; cat: Category }
  | { k: "assert"; ch: string }
  | { k: "ref"; group: number };

const isDigitCp = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x39;
const isOctCp = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x37;
const isHexCp = (c: number | undefined): boolean =>
  c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

const SIMPLE: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11, "\\": 92 };
const CATEGORIES: Record<string, Category> = {
  d: Category.Digit,
  D: Category.NotDigit,
  w: Category.Word,
  W: Category.NotWord,
  s: Category.Space,
  S: Category.NotSpace,
};

/** `\x..`, `\u....`, `\U........`, `\N{...}` (after the letter): a code point. */
function codeEscape(p: EscapeSource, letter: string, start: number): number {
  const src = p.src;
  if (letter === "N") {
    if (src[p.i] !== 0x7b) throw new RegexSyntaxError("missing {", p.i);
    const nameStart = p.i + 1;
    let j = nameStart;
    while (j < src.length && src[j] !== 0x7d) j += src[j] === 0x5c ? 2 : 1;
    if (j > src.length) j = src.length;
    p.reach = Math.max(p.reach, j + 1);
    if (j === nameStart) throw new RegexSyntaxError("missing character name", nameStart);
    if (j >= src.length) throw new RegexSyntaxError("missing }, unterminated name", nameStart);
    const name = p.text(nameStart, j);
    const cp = lookupCharName(name);
    if (cp === null) throw new RegexSyntaxError(`undefined character name ${pyRepr(name)}`, start);
    p.i = j + 1;
    return cp;
  }
  const n = letter === "x" ? 2 : letter === "u" ? 4 : 8;
  const from = p.i;
  while (p.i - from < n && isHexCp(src[p.i])) p.i++;
  const digits = p.text(from, p.i);
  if (digits.length < n) throw new RegexSyntaxError(`incomplete escape \\${letter}${digits}`, start);
  const cp = parseInt(digits, 16);
  if (cp > 0x10ffff) throw new RegexSyntaxError(`bad escape \\${letter}${digits}`, start);
  return cp;
}

/** `\0..` octal escapes (p.i after the first digit). */
function octalAfterZero(p: EscapeSource): number {
  let v = 0;
  for (let k = 0; k < 2 && isOctCp(p.src[p.i]); k++) v = v * 8 + (p.src[p.i++] - 0x30);
  return v;
}

/** A three-digit octal escape starting at p.i - 1, if there is one. */
function tryOctal3(p: EscapeSource, first: number, start: number): number | null {
  const src = p.src;
  if (!isOctCp(first) || !isOctCp(src[p.i]) || !isOctCp(src[p.i + 1])) return null;
  const v = (first - 0x30) * 64 + (src[p.i] - 0x30) * 8 + (src[p.i + 1] - 0x30);
  p.i += 2;
  if (v > 0o377) throw new RegexSyntaxError(`octal escape value ${p.text(start, p.i)} outside of range 0-0o377`, start);
  return v;
}

function allowsCodeEscape(p: EscapeSource, ch: string): boolean {
  return ch === "x" || (!p.isBytes && (ch === "u" || ch === "U" || ch === "N"));
}

/** An escape outside a class; p.i is at the backslash. */
export function parseEscape(p: EscapeSource): Escape {
  const start = p.i;
  const src = p.src;
  p.i++;
  const c = src[p.i];
  if (c === undefined) throw new RegexSyntaxError("bad escape (end of pattern)", start);
  p.i++;
  const ch = String.fromCodePoint(c);
  if (ch in SIMPLE) return { k: "char", c: SIMPLE[ch] };
  if (ch in CATEGORIES) return { k: "cat", cat: CATEGORIES[ch] };
  if (ch === "A" || ch === "Z" || ch === "b" || ch === "B") return { k: "assert", ch };
  if (allowsCodeEscape(p, ch)) return { k: "char", c: codeEscape(p, ch, start) };
  if (c === 0x30) return { k: "char", c: octalAfterZero(p) };
  if (isDigitCp(c)) {
    if (isDigitCp(src[p.i])) {
      const oct = tryOctal3(p, c, start);
      if (oct !== null) return { k: "char", c: oct };
      const group = (c - 0x30) * 10 + (src[p.i] - 0x30);
      p.i++;
      return { k: "ref", group };
    }
    return { k: "ref", group: c - 0x30 };
  }
  if (c < 128 && isAsciiLetter(c)) throw new RegexSyntaxError(`bad escape \\${ch}`, start);
  return { k: "char", c };
}

/** An escape inside a class: a code point or a category; p.i is at the backslash. */
function parseClassEscape(p: EscapeSource): { c: number } | { cat: Category } {
  const start = p.i;
  const src = p.src;
  p.i++;
  const c = src[p.i];
  if (c === undefined) throw new RegexSyntaxError("bad escape (end of pattern)", start);
  p.i++;
  const ch = String.fromCodePoint(c);
  if (ch in SIMPLE) return { c: SIMPLE[ch] };
  if (ch === "b") return { c: 8 };
  if (ch in CATEGORIES) return { cat: CATEGORIES[ch] };
  if (allowsCodeEscape(p, ch)) return { c: codeEscape(p, ch, start) };
  if (isOctCp(c)) {
    if (c === 0x30) return { c: octalAfterZero(p) };
    const oct = tryOctal3(p, c, start);
    if (oct !== null) return { c: oct };
    // One or two octal digits after a non-zero digit are an octal escape inside a class.
    let v = c - 0x30;
    if (isOctCp(src[p.i])) v = v * 8 + (src[p.i++] - 0x30);
    return { c: v };
  }
  if (isDigitCp(c) || (c < 128 && isAsciiLetter(c))) throw new RegexSyntaxError(`bad escape \\${ch}`, start);
  return { c };
}

/** A bracket class; p.i is at "[". */
export function parseClass(p: EscapeSource, opts: { ignoreCase: boolean; ascii: boolean }): CharSet {
  const start = p.i;
  const src = p.src;
  p.i++;
  let negated = false;
  if (src[p.i] === 0x5e) {
    negated = true;
    p.i++;
  }
  const items: SetItem[] = [];
  let first = true;
  for (;;) {
    if (p.i >= src.length) throw new RegexSyntaxError("unterminated character set", start);
    if (src[p.i] === 0x5d && !first) {
      p.i++;
      break;
    }
    first = false;
    const itemStart = p.i;
    const lo = src[p.i] === 0x5c ? parseClassEscape(p) : { c: src[p.i++] };
    if (src[p.i] === 0x2d && p.i + 1 < src.length && src[p.i + 1] !== 0x5d) {
      p.i++;
      const hi = src[p.i] === 0x5c ? parseClassEscape(p) : { c: src[p.i++] };
      if (!("c" in lo) || !("c" in hi) || hi.c < lo.c) {
        throw new RegexSyntaxError(`bad character range ${p.text(itemStart, p.i)}`, itemStart);
      }
      items.push({ lo: lo.c, hi: hi.c });
    } else if ("c" in lo) items.push({ lo: lo.c, hi: lo.c });
    else items.push(lo);
  }
  return new CharSet(items, { negated, ignoreCase: opts.ignoreCase, ascii: opts.ascii });
}
