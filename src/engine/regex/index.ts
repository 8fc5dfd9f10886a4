// The regex engine's entry points: compile a pattern (code points of a str or the
// byte values of a bytes pattern) with Python's syntax and flags, then run it over a
// subject given as code points. No Python objects here: modules/_re.ts adapts.

import type { ParsedPattern } from "./ast.js";
import { compileProgram } from "./compiler.js";
import { Matcher, MatchMode, type MatchBudget } from "./matcher.js";
import { parsePattern } from "./parser.js";
import type { Program } from "./program.js";

export { RegexSyntaxError } from "./escapes.js";
export { MatchMode, type MatchBudget } from "./matcher.js";

export class CompiledRegex {
  readonly program: Program;
  readonly groups: number;
  readonly names: [string, number][];
  /** Flags after inline global flags (UNICODE added for str patterns). */
  readonly flags: number;
  /** The matcher reused between calls (a nested call, e.g. from a finalizer, gets its own). */
  private idle: Matcher | null;

  constructor(parsed: ParsedPattern, readonly isBytes: boolean) {
    this.program = compileProgram(parsed);
    this.groups = parsed.groups;
    this.names = parsed.names;
    this.flags = parsed.flags;
    this.idle = new Matcher(this.program);
  }

  /**
   * Match over text[0:end] from `pos`. Returns the spans (start, end per group, group 0
   * first; -1 when a group did not take part) followed by lastindex (-1: none), or null.
   */
  exec(text: Int32Array, pos: number, end: number, mode: MatchMode, budget: MatchBudget): number[] | null {
    const m = this.idle ?? new Matcher(this.program);
    this.idle = null;
    try {
      return m.exec(text, pos, end, mode, budget) ? m.result.slice() : null;
    } finally {
      this.idle = m;
    }
  }

  /**
   * Successive matches over text[0:end] from `pos` with CPython's rule after an empty
   * match (the next one may start there only if it is not empty), at most `count`
   * (0: all). `each` gets the spans in a reused array (copy what must be kept).
   * Returns the number of matches.
   */
  scan(text: Int32Array, pos: number, end: number, count: number, budget: MatchBudget, each: (spans: readonly number[]) => void): number {
    const m = this.idle ?? new Matcher(this.program);
    this.idle = null;
    try {
      let n = 0;
      let mustAdvance = false;
      while (pos <= end && (count <= 0 || n < count)) {
        let found: boolean;
        if (mustAdvance) {
          found = m.exec(text, pos, end, MatchMode.MatchNonEmpty, budget);
          if (!found && pos < end) found = m.exec(text, pos + 1, end, MatchMode.Search, budget);
        } else found = m.exec(text, pos, end, MatchMode.Search, budget);
        if (!found) break;
        const r = m.result;
        mustAdvance = r[0] === r[1];
        pos = r[1];
        n++;
        each(r);
      }
      return n;
    } finally {
      this.idle = m;
    }
  }
}

/** Compile a pattern; throws RegexSyntaxError (with CPython's message) when it is invalid. */
export function compileRegex(pattern: readonly number[], flags: number, isBytes: boolean): CompiledRegex {
  return new CompiledRegex(parsePattern(pattern, flags, isBytes), isBytes);
}

/** The code points of a JS string (a surrogate pair is one code point). */
export function codePointsOf(s: string): Int32Array {
  const out = new Int32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        out[n++] = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        continue;
      }
    }
    out[n++] = c;
  }
  return n === s.length ? out : out.slice(0, n);
}
