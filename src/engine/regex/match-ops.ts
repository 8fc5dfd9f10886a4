// The matcher's single-position tests (matcher.ts): one character against a
// one-character instruction, the zero-width assertions, and backreferences.

import { AssertKind, CaseMode } from "./ast.js";
import { foldKey, isAsciiWord, isUnicodeWord, type CharSet } from "./charset.js";
import { Op } from "./program.js";

/** Does code point `c` match the one-character instruction (op, arg)? */
export function matchItem(sets: CharSet[], op: number, arg: number, c: number): boolean {
  switch (op) {
    case Op.CHAR:
      return c === arg;
    case Op.CHAR_ICU:
      return foldKey(c, false) === arg;
    case Op.CHAR_ICA:
      return foldKey(c, true) === arg;
    case Op.ANY:
      return c !== 10;
    case Op.ANY_ALL:
      return true;
    default:
      return sets[arg].has(c);
  }
}

function isWord(c: number, ascii: boolean): boolean {
  return ascii ? isAsciiWord(c) : isUnicodeWord(c);
}

/**
 * A zero-width assertion at `pos` of text[0:end]. Like CPython, `^`, `\A` and `\b` look
 * at the real start of the string (not at `pos` of search), and the end is `endpos`.
 */
export function checkAssert(kind: AssertKind, text: Int32Array, end: number, pos: number): boolean {
  switch (kind) {
    case AssertKind.Begin:
      return pos === 0;
    case AssertKind.BeginLine:
      return pos === 0 || text[pos - 1] === 10;
    case AssertKind.EndOrFinalNewline:
      return pos === end || (pos === end - 1 && text[pos] === 10);
    case AssertKind.EndLine:
      return pos === end || text[pos] === 10;
    case AssertKind.End:
      return pos === end;
    default: {
      // No word boundary (and no non-boundary) in an empty string, as in CPython.
      if (end === 0) return false;
      const ascii = kind === AssertKind.WordBoundaryAscii || kind === AssertKind.NotWordBoundaryAscii;
      const before = pos > 0 && isWord(text[pos - 1], ascii);
      const after = pos < end && isWord(text[pos], ascii);
      const boundary = kind === AssertKind.WordBoundary || kind === AssertKind.WordBoundaryAscii;
      return boundary ? before !== after : before === after;
    }
  }
}

/** Match group `group`'s text again at `pos`: the position after it, or -1. */
export function matchBackref(mem: Int32Array, text: Int32Array, end: number, group: number, cm: CaseMode, pos: number): number {
  const s = mem[2 * group];
  const e = mem[2 * group + 1];
  if (s < 0 || e < 0) return -1;
  const len = e - s;
  if (pos + len > end) return -1;
  for (let k = 0; k < len; k++) {
    const a = text[s + k];
    const b = text[pos + k];
    if (a !== b && (cm === CaseMode.Exact || foldKey(a, cm === CaseMode.Ascii) !== foldKey(b, cm === CaseMode.Ascii))) return -1;
  }
  return pos + len;
}
