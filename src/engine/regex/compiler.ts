// Node tree (ast.ts) to a Program (program.ts). Runs of one character item (`\d+`,
// `[a-z]*?`, `.*+`) get the REPC instructions, which scan without a backtrack entry
// per character; other repeats use counter registers so `{m,n}` needs no unrolling.
// Also computes the search accelerators: anchoring, the first-character filter and a
// literal first character.

import { AssertKind, CaseMode, MAXREPEAT, RepeatMode, type Node, type ParsedPattern } from "./ast.js";
import { CharSet, foldKey } from "./charset.js";
import { Op, type FirstChars, type Program } from "./program.js";

/** Repeat counts above this behave as unbounded (no subject is longer). */
const MAX_COUNT = 0x7fffffff;

class Emitter {
  readonly code: number[] = [];
  readonly sets: CharSet[] = [];
  mem: number;

  constructor(readonly groups: number) {
    // Capture slots, then lastindex, then registers allocated on demand.
    this.mem = 2 * (groups + 1) + 1;
  }

  reg(n: number): number {
    const r = this.mem;
    this.mem += n;
    return r;
  }

  emit(...words: number[]): number {
    const at = this.code.length;
    for (const w of words) this.code.push(w);
    return at;
  }

  get pc(): number {
    return this.code.length;
  }

  addSet(set: CharSet): number {
    this.sets.push(set);
    return this.sets.length - 1;
  }

  /** A one-character item as [op, arg], or null when the node is not one. */
  item(n: Node): [Op, number] | null {
    switch (n.t) {
      case "char":
        if (n.cm === CaseMode.Exact) return [Op.CHAR, n.c];
        if (n.cm === CaseMode.Ascii) return [Op.CHAR_ICA, foldKey(n.c, true)];
        return [Op.CHAR_ICU, foldKey(n.c, false)];
      case "any":
        return [n.dotall ? Op.ANY_ALL : Op.ANY, 0];
      case "set":
        return [Op.SET, this.addSet(n.set)];
      case "group":
        return n.index === 0 ? this.item(n.body) : null;
      case "alt": {
        // `a|b|c` of exact characters is the set [abc] (one step, no alternatives).
        if (!n.alts.every((a) => a.t === "char" && a.cm === CaseMode.Exact)) return null;
        const items = n.alts.map((a) => (a.t === "char" ? { lo: a.c, hi: a.c } : { lo: 0, hi: -1 }));
        return [Op.SET, this.addSet(new CharSet(items, { negated: false, ignoreCase: false, ascii: false }))];
      }
      default:
        return null;
    }
  }

  node(n: Node): void {
    const it = n.t === "group" && n.index === 0 ? null : this.item(n);
    if (it !== null) {
      this.emit(it[0], it[1]);
      return;
    }
    switch (n.t) {
      case "empty":
        return;
      case "seq":
        for (const m of n.items) this.node(m);
        return;
      case "group":
        if (n.index === 0) {
          this.node(n.body);
          return;
        }
        this.emit(Op.SAVE, 2 * n.index);
        this.node(n.body);
        this.emit(Op.SAVE, 2 * n.index + 1);
        return;
      case "alt":
        return this.alt(n.alts);
      case "assert":
        this.emit(Op.ASSERT, n.kind);
        return;
      case "repeat":
        return this.repeat(n.body, n.min, n.max, n.mode);
      case "backref":
        this.emit(Op.BACKREF, n.group, n.cm);
        return;
      case "atomic": {
        const r = this.reg(1);
        this.emit(Op.ATOMIC_START, r);
        this.node(n.body);
        this.emit(Op.ATOMIC_END, r);
        return;
      }
      case "look": {
        const r = this.reg(1);
        const at = this.emit(Op.LOOK_START, r, (n.negative ? 1 : 0) | (n.behind ? 2 : 0), n.width, 0);
        this.node(n.body);
        this.emit(Op.LOOK_END, r);
        this.code[at + 4] = this.pc;
        return;
      }
      case "cond": {
        const at = this.emit(Op.COND, n.group, 0);
        this.node(n.yes);
        const jmp = this.emit(Op.JMP, 0);
        this.code[at + 2] = this.pc;
        this.node(n.no);
        this.code[jmp + 1] = this.pc;
        return;
      }
    }
  }

  private alt(alts: Node[]): void {
    const jumps: number[] = [];
    for (let k = 0; k < alts.length; k++) {
      if (k < alts.length - 1) {
        const split = this.emit(Op.SPLIT, 0, 0);
        this.code[split + 1] = this.pc;
        this.node(alts[k]);
        jumps.push(this.emit(Op.JMP, 0));
        this.code[split + 2] = this.pc;
      } else this.node(alts[k]);
    }
    for (const j of jumps) this.code[j + 1] = this.pc;
  }

  private repeat(body: Node, min: number, max0: number, mode: RepeatMode): void {
    const max = max0 >= MAXREPEAT ? MAX_COUNT : Math.min(max0, MAX_COUNT);
    if (max === 0) return;
    const it = this.item(body);
    if (it !== null) {
      const op = mode === RepeatMode.Greedy ? Op.REPC_GREEDY : mode === RepeatMode.Lazy ? Op.REPC_LAZY : Op.REPC_POSS;
      this.emit(op, min, max, it[0], it[1]);
      return;
    }
    if (mode === RepeatMode.Possessive) {
      const r = this.reg(1);
      this.emit(Op.ATOMIC_START, r);
      this.repeat(body, min, max0, RepeatMode.Greedy);
      this.emit(Op.ATOMIC_END, r);
      return;
    }
    if (min === 1 && max === 1) {
      this.node(body);
      return;
    }
    if (min === 0 && max === 1) {
      const split = this.emit(Op.SPLIT, 0, 0);
      const bodyAt = this.pc;
      this.node(body);
      const exit = this.pc;
      this.code[split + 1] = mode === RepeatMode.Greedy ? bodyAt : exit;
      this.code[split + 2] = mode === RepeatMode.Greedy ? exit : bodyAt;
      return;
    }
    const r = this.reg(2);
    this.emit(Op.REP_INIT, r);
    const loop = this.emit(mode === RepeatMode.Greedy ? Op.REP_GREEDY : Op.REP_LAZY, r, min, max, 0);
    this.node(body);
    this.emit(Op.REP_END, r, loop);
    this.code[loop + 4] = this.pc;
  }
}

/** The characters that can start a match of `n`, or null when any can (or it may be empty). */
function firstOf(n: Node, sets: { tests: ((c: number) => boolean)[]; exact: number[] }): boolean {
  switch (n.t) {
    case "char":
      if (n.cm === CaseMode.Exact) {
        sets.exact.push(n.c);
        sets.tests.push((c) => c === n.c);
      } else {
        const ascii = n.cm === CaseMode.Ascii;
        const key = foldKey(n.c, ascii);
        sets.exact.push(-1, -1);
        sets.tests.push((c) => foldKey(c, ascii) === key);
      }
      return true;
    case "set": {
      const set = n.set;
      sets.exact.push(-1, -1);
      sets.tests.push((c) => set.has(c));
      return true;
    }
    case "group":
    case "atomic":
      return firstOf(n.body, sets);
    case "seq": {
      for (const m of n.items) {
        if (m.t === "assert" && m.kind !== AssertKind.Begin) return false;
        if (m.t === "assert") continue;
        return firstOf(m, sets);
      }
      return false;
    }
    case "alt":
      for (const a of n.alts) if (!firstOf(a, sets)) return false;
      return true;
    case "repeat":
      return n.min > 0 && firstOf(n.body, sets);
    default:
      return false;
  }
}

function startsAnchored(n: Node): boolean {
  switch (n.t) {
    case "assert":
      return n.kind === AssertKind.Begin;
    case "seq":
      return n.items.length > 0 && startsAnchored(n.items[0]);
    case "group":
    case "atomic":
      return startsAnchored(n.body);
    case "alt":
      return n.alts.every(startsAnchored);
    default:
      return false;
  }
}

export function compileProgram(parsed: ParsedPattern): Program {
  const e = new Emitter(parsed.groups);
  e.node(parsed.root);
  e.emit(Op.MATCH);
  const acc = { tests: [] as ((c: number) => boolean)[], exact: [] as number[] };
  let first: FirstChars | null = null;
  let firstChar = -1;
  let firstChars: number[] | null = null;
  if (firstOf(parsed.root, acc) && acc.tests.length > 0) {
    const low = new Uint8Array(256);
    for (let c = 0; c < 256; c++) low[c] = acc.tests.some((t) => t(c)) ? 1 : 0;
    const tests = acc.tests;
    first = { low, high: (c) => tests.some((t) => t(c)) };
    if (acc.exact.length === 1) firstChar = acc.exact[0];
    else if (acc.exact.length <= 4 && acc.exact.every((c) => c >= 0)) firstChars = [...new Set(acc.exact)];
  }
  return {
    code: Int32Array.from(e.code),
    sets: e.sets,
    groups: parsed.groups,
    memSize: e.mem,
    lastIndexSlot: 2 * (parsed.groups + 1),
    anchored: startsAnchored(parsed.root),
    first,
    firstChar,
    firstChars,
  };
}
