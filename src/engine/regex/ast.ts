// The node tree of a parsed regular expression (parser.ts builds it, compiler.ts turns
// it into a program). Flags that change matching (IGNORECASE, DOTALL, MULTILINE, ASCII)
// are already resolved per node, so scoped flags `(?i:...)` need no run-time state.

import type { CharSet } from "./charset.js";

/** Python's re flag bits. */
export const F_TEMPLATE = 1;
export const F_IGNORECASE = 2;
export const F_LOCALE = 4;
export const F_MULTILINE = 8;
export const F_DOTALL = 16;
export const F_UNICODE = 32;
export const F_VERBOSE = 64;
export const F_DEBUG = 128;
export const F_ASCII = 256;

/** Python's MAXREPEAT: `{m,}` and `*` mean "up to this many". */
export const MAXREPEAT = 4294967295;

export const enum AssertKind {
  /** `\A`, and `^` without MULTILINE. */
  Begin,
  /** `^` with MULTILINE. */
  BeginLine,
  /** `$` without MULTILINE: the end, or before a final newline. */
  EndOrFinalNewline,
  /** `$` with MULTILINE. */
  EndLine,
  /** `\Z`. */
  End,
  WordBoundary,
  NotWordBoundary,
  WordBoundaryAscii,
  NotWordBoundaryAscii,
}

export const enum RepeatMode {
  Greedy,
  Lazy,
  Possessive,
}

/** Case-insensitive matching of a literal or backreference: none, Unicode folding, ASCII folding. */
export const enum CaseMode {
  Exact,
  Unicode,
  Ascii,
}

export type Node =
  | { t: "empty" }
  | { t: "char"; c: number; cm: CaseMode }
  | { t: "any"; dotall: boolean }
  | { t: "set"; set: CharSet }
  | { t: "assert"; kind: AssertKind }
  /** `index` 0: a non-capturing group. */
  | { t: "group"; index: number; body: Node }
  | { t: "alt"; alts: Node[] }
  | { t: "seq"; items: Node[] }
  | { t: "repeat"; body: Node; min: number; max: number; mode: RepeatMode }
  | { t: "backref"; group: number; cm: CaseMode }
  /** `width`: the fixed width of a lookbehind's body (0 for lookahead). */
  | { t: "look"; behind: boolean; negative: boolean; body: Node; width: number }
  | { t: "atomic"; body: Node }
  | { t: "cond"; group: number; yes: Node; no: Node };

export interface ParsedPattern {
  root: Node;
  /** Number of capturing groups. */
  groups: number;
  /** Group names in definition order. */
  names: [string, number][];
  /** The pattern's flags after inline global flags (UNICODE added for str patterns). */
  flags: number;
}

/**
 * Smallest and largest number of characters a node can match (max Infinity: unbounded).
 * A backreference is as wide as its group (`groupWidth`), as CPython counts it.
 */
export function widthOf(n: Node, groupWidth: (g: number) => [number, number]): [number, number] {
  const w = (m: Node): [number, number] => widthOf(m, groupWidth);
  switch (n.t) {
    case "empty":
    case "assert":
    case "look":
      return [0, 0];
    case "char":
    case "any":
    case "set":
      return [1, 1];
    case "group":
    case "atomic":
      return w(n.body);
    case "alt": {
      let lo = Infinity;
      let hi = 0;
      for (const a of n.alts) {
        const [l, h] = w(a);
        lo = Math.min(lo, l);
        hi = Math.max(hi, h);
      }
      return [lo, hi];
    }
    case "seq": {
      let lo = 0;
      let hi = 0;
      for (const a of n.items) {
        const [l, h] = w(a);
        lo += l;
        hi += h;
      }
      return [lo, hi];
    }
    case "repeat": {
      const [l, h] = w(n.body);
      return [l * n.min, h === 0 ? 0 : n.max >= MAXREPEAT ? Infinity : h * n.max];
    }
    case "backref":
      return groupWidth(n.group);
    case "cond": {
      const [l1, h1] = w(n.yes);
      const [l2, h2] = w(n.no);
      return [Math.min(l1, l2), Math.max(h1, h2)];
    }
  }
}
