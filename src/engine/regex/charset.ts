// Character predicates of the regex engine: the category escapes (\d \w \s and their
// negations) in Unicode and ASCII flavours, simple case folding for IGNORECASE, and
// `CharSet`, the compiled form of a bracket class `[...]` (or of a category escape,
// or a literal with extra case equivalents).
//
// Subjects are code points (str) or byte values (bytes), so every predicate takes a
// number. A set answers code points below 256 from a precomputed table, so the common
// (Latin-1) case costs one array read; others go through the item list.

/** Python's str.isspace() code points (the Unicode `\s` of a str pattern). */
const UNICODE_SPACES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680,
  0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

const DIGIT_RE = /^\p{Nd}$/u;
const WORD_RE = /^[\p{L}\p{N}_]$/u;

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isAsciiWord(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

export function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

export function isUnicodeDigit(c: number): boolean {
  if (c < 128) return isAsciiDigit(c);
  return DIGIT_RE.test(String.fromCodePoint(c));
}

export function isUnicodeWord(c: number): boolean {
  if (c < 128) return isAsciiWord(c);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return WORD_RE.test(String.fromCodePoint(c));
}

export function isUnicodeSpace(c: number): boolean {
  return UNICODE_SPACES.has(c);
}

/** Category escapes; odd values are the negations of the preceding even one. */
export const enum Category {
  Digit = 0,
  NotDigit = 1,
  Word = 2,
  NotWord = 3,
  Space = 4,
  NotSpace = 5,
}

export function inCategory(cat: Category, c: number, ascii: boolean): boolean {
  let r: boolean;
  switch (cat & ~1) {
    case Category.Digit:
      r = ascii ? isAsciiDigit(c) : isUnicodeDigit(c);
      break;
    case Category.Word:
      r = ascii ? isAsciiWord(c) : isUnicodeWord(c);
      break;
    default:
      r = ascii ? isAsciiSpace(c) : isUnicodeSpace(c);
  }
  return (cat & 1) === 0 ? r : !r;
}

// ---------------------------------------------------------------- case folding

/** A single-code-point case mapping, or the code point itself when the mapping is longer. */
function mapOne(c: number, upper: boolean): number {
  if (c < 128) {
    if (upper) return c >= 0x61 && c <= 0x7a ? c - 32 : c;
    return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  }
  if (c >= 0xd800 && c <= 0xdfff) return c;
  if (!upper && c === 0x130) return 0x69; // simple lowercase of I WITH DOT ABOVE
  const s = String.fromCodePoint(c);
  const m = upper ? s.toUpperCase() : s.toLowerCase();
  const r = m.codePointAt(0)!;
  return m.length === (r > 0xffff ? 2 : 1) ? r : c;
}

export function lowerOf(c: number): number {
  return mapOne(c, false);
}

export function upperOf(c: number): number {
  return mapOne(c, true);
}

/**
 * Characters that match each other under IGNORECASE although neither is the simple
 * lower/upper case of the other (Unicode's case-folding equivalence classes beyond
 * plain case pairs), keyed by the fold key of the class.
 */
const EXTRA_EQUIVALENTS = new Map<number, number[]>([
  [0x69, [0x131, 0x130]],
  [0x73, [0x17f]],
  [0x6b, [0x212a]],
  [0xe5, [0x212b]],
  [0x3bc, [0xb5]],
  [0x3b9, [0x345, 0x1fbe]],
  [0x390, [0x1fd3]],
  [0x3b0, [0x1fe3]],
  [0x3b2, [0x3d0]],
  [0x3b5, [0x3f5]],
  [0x3b8, [0x3d1, 0x3f4]],
  [0x3ba, [0x3f0]],
  [0x3c0, [0x3d6]],
  [0x3c1, [0x3f1]],
  [0x3c3, [0x3c2]],
  [0x3c6, [0x3d5]],
  [0x3c9, [0x2126]],
  [0x1e61, [0x1e9b]],
  [0xfb05, [0xfb06]],
]);

/** Members whose fold key cannot be reached through lower/upper (see EXTRA_EQUIVALENTS). */
const KEY_OVERRIDES = new Map<number, number>([
  [0x1fd3, 0x390],
  [0x1fe3, 0x3b0],
  [0xfb06, 0xfb05],
]);

/** The case-insensitive identity of a code point: equal keys match each other. */
export function foldKey(c: number, ascii: boolean): number {
  if (c < 128 || ascii) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  const o = KEY_OVERRIDES.get(c);
  if (o !== undefined) return o;
  return lowerOf(upperOf(c));
}

/** Every code point that matches `c` case-insensitively (including `c`). */
export function caseVariants(c: number, ascii: boolean): number[] {
  const key = foldKey(c, ascii);
  if (ascii || c < 128) {
    if (key >= 0x61 && key <= 0x7a) {
      const out = [key, key - 32];
      if (!ascii) for (const e of EXTRA_EQUIVALENTS.get(key) ?? []) out.push(e);
      return out;
    }
    return [c];
  }
  const out = new Set<number>([c, lowerOf(c), upperOf(c), key, upperOf(key)]);
  for (const e of EXTRA_EQUIVALENTS.get(key) ?? []) out.add(e);
  return [...out];
}

// ---------------------------------------------------------------- sets

/** One item of a bracket class: a range (lo..hi) or a category escape. */
export type SetItem = { lo: number; hi: number } | { cat: Category };

export interface SetOptions {
  negated: boolean;
  ignoreCase: boolean;
  /** ASCII meaning of categories and case folding (re.ASCII, bytes patterns). */
  ascii: boolean;
}

export class CharSet {
  /** Membership of code points 0..255, precomputed. */
  readonly low: Uint8Array;
  constructor(readonly items: readonly SetItem[], readonly opts: SetOptions) {
    this.low = new Uint8Array(256);
    for (let c = 0; c < 256; c++) this.low[c] = this.compute(c) ? 1 : 0;
  }

  has(c: number): boolean {
    return c < 256 ? this.low[c] === 1 : this.compute(c);
  }

  private raw(c: number): boolean {
    for (const it of this.items) {
      if ("cat" in it) {
        if (inCategory(it.cat, c, this.opts.ascii)) return true;
      } else if (c >= it.lo && c <= it.hi) return true;
    }
    return false;
  }

  private compute(c: number): boolean {
    let r = this.raw(c);
    if (!r && this.opts.ignoreCase) {
      for (const v of caseVariants(c, this.opts.ascii)) {
        if (v !== c && this.raw(v)) {
          r = true;
          break;
        }
      }
    }
    return this.opts.negated ? !r : r;
  }

  /** True when the set can match no code point at or above 256 (for the search filter). */
  onlyLow(): boolean {
    if (this.opts.negated || (this.opts.ignoreCase && !this.opts.ascii)) return false;
    for (const it of this.items) {
      if ("cat" in it) return false;
      if (it.hi >= 256) return false;
    }
    return true;
  }
}
