// Flags in patterns: the inline flag groups `(?aiLmsux)` / `(?flags-flags:...)` and the
// compatibility checks of the flag argument, with CPython's messages and positions.

import { F_ASCII, F_DOTALL, F_IGNORECASE, F_LOCALE, F_MULTILINE, F_UNICODE, F_VERBOSE } from "./ast.js";
import { RegexSyntaxError, type EscapeSource } from "./escapes.js";

export const FLAG_LETTERS: Record<string, number> = { i: F_IGNORECASE, L: F_LOCALE, m: F_MULTILINE, s: F_DOTALL, x: F_VERBOSE, a: F_ASCII, u: F_UNICODE };
export const TYPE_FLAGS = F_ASCII | F_LOCALE | F_UNICODE;

const ch = (c: number | undefined): string => (c === undefined ? "" : String.fromCodePoint(c));
const isLetter = (c: number | undefined): boolean => c !== undefined && /[a-zA-Z]/.test(ch(c));

/**
 * Read the flags of `(?...` (p.i at the first flag letter or "-") up to and including
 * ")" (global: true) or ":" (scoped, the group's body follows).
 */
export function readInlineFlags(p: EscapeSource, start: number, atStart: boolean): { on: number; off: number; global: boolean } {
  const src = p.src;
  let on = 0;
  let off = 0;
  while (p.i < src.length && FLAG_LETTERS[ch(src[p.i])] !== undefined) {
    on |= FLAG_LETTERS[ch(src[p.i])];
    p.i++;
    checkTypeFlags(p, on);
  }
  let c = src[p.i];
  if (c === 0x29) {
    if (!atStart) throw new RegexSyntaxError("global flags not at the start of the expression", start);
    p.i++;
    return { on, off, global: true };
  }
  if (c === 0x2d) {
    p.i++;
    if (p.i >= src.length || FLAG_LETTERS[ch(src[p.i])] === undefined) {
      throw consumed(p, isLetter(src[p.i]) ? "unknown flag" : "missing flag");
    }
    while (p.i < src.length && FLAG_LETTERS[ch(src[p.i])] !== undefined) {
      const bit = FLAG_LETTERS[ch(src[p.i])];
      p.i++;
      if ((bit & TYPE_FLAGS) !== 0) throw new RegexSyntaxError("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", p.i);
      off |= bit;
    }
    c = src[p.i];
    if (c !== 0x3a) throw consumed(p, isLetter(c) ? "unknown flag" : "missing :");
    if ((on & off) !== 0) throw new RegexSyntaxError("bad inline flags: flag turned on and off", p.i);
  } else if (c !== 0x3a) {
    throw consumed(p, isLetter(c) ? "unknown flag" : "missing -, : or )");
  }
  p.i++;
  return { on, off, global: false };
}

/** An error about the character at p.i, which CPython has read (consumed) by then. */
function consumed(p: EscapeSource, msg: string): RegexSyntaxError {
  p.reach = Math.max(p.reach, p.i + (p.src[p.i] === 0x5c ? 2 : 1));
  return new RegexSyntaxError(msg, p.i);
}

/** The checks CPython makes on the type flags a, u, L as they are read. */
function checkTypeFlags(p: EscapeSource, on: number): void {
  if ((on & F_LOCALE) !== 0 && !p.isBytes) throw new RegexSyntaxError("bad inline flags: cannot use 'L' flag with a str pattern", p.i);
  if ((on & F_UNICODE) !== 0 && p.isBytes) throw new RegexSyntaxError("bad inline flags: cannot use 'u' flag with a bytes pattern", p.i);
  const n = ((on & F_ASCII) !== 0 ? 1 : 0) + ((on & F_UNICODE) !== 0 ? 1 : 0) + ((on & F_LOCALE) !== 0 ? 1 : 0);
  if (n > 1) throw new RegexSyntaxError("bad inline flags: flags 'a', 'u' and 'L' are incompatible", p.i);
}

/** The flags argument (and the final flags after inline ones): ValueError on bad combinations. */
export function checkFlags(flags: number, isBytes: boolean): void {
  if (isBytes) {
    if ((flags & F_UNICODE) !== 0) throw new RegexSyntaxError("cannot use UNICODE flag with a bytes pattern", null, "value");
    if ((flags & F_LOCALE) !== 0 && (flags & F_ASCII) !== 0) throw new RegexSyntaxError("ASCII and LOCALE flags are incompatible", null, "value");
  } else {
    if ((flags & F_LOCALE) !== 0) throw new RegexSyntaxError("cannot use LOCALE flag with a str pattern", null, "value");
    if ((flags & F_ASCII) !== 0 && (flags & F_UNICODE) !== 0) throw new RegexSyntaxError("ASCII and UNICODE flags are incompatible", null, "value");
  }
}
