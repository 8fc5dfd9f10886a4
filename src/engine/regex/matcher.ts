// The backtracking matcher: runs a Program (program.ts) over a subject of code points
// (or byte values) with an explicit backtrack stack, so neither long subjects nor
// deep nesting touch the JS call stack, and every step is counted so the run's
// deadline and step budget can stop a catastrophic pattern (MatchBudget).
//
// State: `pos`, `pc`, the register file `mem` (capture slots, lastindex, loop
// registers) and the stack of 4-int frames. Every write to `mem` that must be undone
// on backtracking pushes an UNDO frame with the old value; atomic groups and
// lookarounds "cut" the stack back to where they started but keep those UNDO frames,
// so later backtracking still restores the registers.

import { AssertKind, CaseMode } from "./ast.js";
import { foldKey, isAsciiWord, isUnicodeWord } from "./charset.js";
import { Op, type Program } from "./program.js";

/** How the matcher reports its work to the run (see modules/_re.ts). */
export interface MatchBudget {
  /** `ops` more matcher steps were done; may throw to end the run. */
  tick(ops: number): void;
  /** The backtrack stack is about to grow to `bytes`; may throw MemoryError. */
  reserve(bytes: number): void;
}

export const enum MatchMode {
  Search,
  Match,
  FullMatch,
  /** A match at the start position that is not empty (scanning after an empty match). */
  MatchNonEmpty,
}

const enum Frame {
  ALT,
  /** Register a had value b. */
  UNDO,
  /** A group closed: its end slot a had value b, lastindex had value c. */
  UNDO_CLOSE,
  /** A greedy loop's "stop here" alternative: REP_GREEDY at a, position b; the loop's start register had value c. */
  REP_ALT,
  REPC_GREEDY,
  REPC_LAZY,
  REP_LAZY,
  BOUNDARY,
  LOOK,
}

const EMPTY = new Int32Array(0);

/** Steps between two reports to the budget. */
const TICK = 4096;
const INITIAL_STACK = 256;
/** Stacks up to this many ints are not reported to the budget. */
const FREE_STACK = 1 << 16;

export class Matcher {
  private stack = new Int32Array(INITIAL_STACK);
  private sp = 0;
  private readonly mem: Int32Array;
  private steps = 0;
  private reported = 0;
  private text: Int32Array = EMPTY;
  private end = 0;

  private budget: MatchBudget | null = null;

  constructor(private readonly prog: Program) {
    this.mem = new Int32Array(prog.memSize).fill(-1);
  }

  /**
   * Find a match in text[0:end] starting at or after `pos` (Search) or at `pos`.
   * Returns the capture slots (2 per group, -1 when unset) and lastindex as the last
   * element, or null.
   */
  exec(text: Int32Array, pos: number, end: number, mode: MatchMode, budget: MatchBudget): Int32Array | null {
    this.budget = budget;
    this.text = text;
    this.end = end;
    const prog = this.prog;
    let found = false;
    try {
      if (mode !== MatchMode.Search) found = this.run(pos, mode);
      else if (prog.anchored) found = pos === 0 && this.run(0, mode);
      else {
        const first = prog.first;
        const fc = prog.firstChar;
        const fcs = prog.firstChars;
        // For a few literal first characters: the next position of each (-1: not known yet).
        const next = fcs === null ? null : new Int32Array(fcs.length).fill(-1);
        for (let s = pos; s <= end; s++) {
          if (first !== null) {
            if (next !== null) {
              let best = end;
              for (let k = 0; k < next.length; k++) {
                if (next[k] < s) {
                  const at = s < end ? text.indexOf(fcs![k], s) : -1;
                  next[k] = at < 0 || at > end ? end : at;
                }
                if (next[k] < best) best = next[k];
              }
              s = best;
              if (s >= end) break;
            } else if (fc >= 0) {
              // TypedArray indexOf is native: a literal first character is found fast.
              s = s < end ? text.indexOf(fc, s) : -1;
              if (s < 0 || s >= end) break;
            } else {
              while (s < end && !(text[s] < 256 ? first.low[text[s]] === 1 : first.high !== null && first.high(text[s]))) s++;
              if (s >= end) break;
            }
          }
          if (this.run(s, mode)) {
            found = true;
            break;
          }
          if (++this.steps >= this.reported + TICK) this.report();
        }
      }
      this.report();
    } catch (e) {
      // A limit or MemoryError ended the attempt: leave the matcher reusable.
      this.sp = 0;
      this.mem.fill(-1);
      throw e;
    } finally {
      this.text = EMPTY;
      this.budget = null;
    }
    if (!found) return null;
    const n = 2 * (prog.groups + 1);
    const out = new Int32Array(n + 1);
    const mem = this.mem;
    for (let k = 0; k < n; k++) out[k] = mem[k];
    out[n] = mem[prog.lastIndexSlot];
    // Leave the registers clean for the next exec.
    mem.fill(-1);
    this.sp = 0;
    return out;
  }

  private report(): void {
    const ops = this.steps - this.reported;
    if (ops > 0) {
      this.reported = this.steps;
      this.budget!.tick(ops);
    }
  }

  private push(kind: number, a: number, b: number, c: number): void {
    let sp = this.sp;
    if (sp + 4 > this.stack.length) this.grow();
    const st = this.stack;
    st[sp] = kind;
    st[sp + 1] = a;
    st[sp + 2] = b;
    st[sp + 3] = c;
    this.sp = sp + 4;
  }

  private grow(): void {
    // Grow by half (in whole frames): the reservation overshoots what is used by less.
    const size = this.stack.length < FREE_STACK ? this.stack.length * 2 : (this.stack.length + (this.stack.length >> 1)) & ~3;
    if (size > FREE_STACK) this.budget!.reserve(size * 4);
    const next = new Int32Array(size);
    next.set(this.stack);
    this.stack = next;
  }

  private set(slot: number, value: number): void {
    this.push(Frame.UNDO, slot, this.mem[slot], 0);
    this.mem[slot] = value;
  }

  /** Drop the frames from `h` up, keeping (compacted) the register undos among them. */
  private cut(h: number): void {
    const st = this.stack;
    const code = this.prog.code;
    let w = h;
    for (let r = h; r < this.sp; r += 4) {
      const kind = st[r];
      if (kind === Frame.UNDO || kind === Frame.UNDO_CLOSE) {
        st[w] = kind;
        st[w + 1] = st[r + 1];
        st[w + 2] = st[r + 2];
        st[w + 3] = st[r + 3];
        w += 4;
      } else if (kind === Frame.REP_ALT) {
        // The alternative goes; the loop register's old value must still come back.
        st[w] = Frame.UNDO;
        st[w + 1] = code[st[r + 1] + 1] + 1;
        st[w + 2] = st[r + 3];
        w += 4;
      }
    }
    this.sp = w;
  }

  /** Pop the frames from `h` up, undoing their register writes. */
  private unwind(h: number): void {
    const st = this.stack;
    const mem = this.mem;
    for (let r = this.sp - 4; r >= h; r -= 4) {
      const kind = st[r];
      if (kind === Frame.UNDO) mem[st[r + 1]] = st[r + 2];
      else if (kind === Frame.UNDO_CLOSE) {
        mem[st[r + 1]] = st[r + 2];
        mem[this.prog.lastIndexSlot] = st[r + 3];
      } else if (kind === Frame.REP_ALT) mem[this.prog.code[st[r + 1] + 1] + 1] = st[r + 3];
    }
    this.sp = h;
  }

  private item(op: number, arg: number, c: number): boolean {
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
        return this.prog.sets[arg].has(c);
    }
  }

  private isWord(c: number, ascii: boolean): boolean {
    return ascii ? isAsciiWord(c) : isUnicodeWord(c);
  }

  private assert(kind: AssertKind, pos: number): boolean {
    const text = this.text;
    const end = this.end;
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
        if (end === 0) return false;
        const ascii = kind === AssertKind.WordBoundaryAscii || kind === AssertKind.NotWordBoundaryAscii;
        const before = pos > 0 && this.isWord(text[pos - 1], ascii);
        const after = pos < end && this.isWord(text[pos], ascii);
        const boundary = kind === AssertKind.WordBoundary || kind === AssertKind.WordBoundaryAscii;
        return boundary ? before !== after : before === after;
      }
    }
  }

  private backref(group: number, cm: CaseMode, pos: number): number {
    const mem = this.mem;
    const s = mem[2 * group];
    const e = mem[2 * group + 1];
    if (s < 0 || e < 0) return -1;
    const len = e - s;
    if (pos + len > this.end) return -1;
    const text = this.text;
    for (let k = 0; k < len; k++) {
      const a = text[s + k];
      const b = text[pos + k];
      if (a !== b && (cm === CaseMode.Exact || foldKey(a, cm === CaseMode.Ascii) !== foldKey(b, cm === CaseMode.Ascii))) return -1;
    }
    return pos + len;
  }

  /** Try to match at `start`; on success the registers hold the captures. */
  private run(start: number, mode: MatchMode): boolean {
    const code = this.prog.code;
    const text = this.text;
    const end = this.end;
    const mem = this.mem;
    let pc = 0;
    let pos = start;
    for (;;) {
      if (++this.steps >= this.reported + TICK) this.report();
      switch (code[pc]) {
        case Op.MATCH:
          if ((mode === MatchMode.FullMatch && pos !== end) || (mode === MatchMode.MatchNonEmpty && pos === start)) break;
          mem[0] = start;
          mem[1] = pos;
          return true;
        case Op.CHAR:
          if (pos < end && text[pos] === code[pc + 1]) {
            pos++;
            pc += 2;
            continue;
          }
          break;
        case Op.CHAR_ICU:
        case Op.CHAR_ICA:
        case Op.ANY:
        case Op.ANY_ALL:
        case Op.SET:
          if (pos < end && this.item(code[pc], code[pc + 1], text[pos])) {
            pos++;
            pc += 2;
            continue;
          }
          break;
        case Op.ASSERT:
          if (this.assert(code[pc + 1], pos)) {
            pc += 2;
            continue;
          }
          break;
        case Op.SPLIT:
          this.push(Frame.ALT, code[pc + 2], pos, 0);
          pc = code[pc + 1];
          continue;
        case Op.JMP:
          pc = code[pc + 1];
          continue;
        case Op.SAVE: {
          const slot = code[pc + 1];
          if ((slot & 1) === 1) {
            const li = this.prog.lastIndexSlot;
            this.push(Frame.UNDO_CLOSE, slot, mem[slot], mem[li]);
            mem[slot] = pos;
            mem[li] = slot >> 1;
          } else this.set(slot, pos);
          pc += 2;
          continue;
        }
        case Op.BACKREF: {
          const next = this.backref(code[pc + 1], code[pc + 2], pos);
          if (next >= 0) {
            pos = next;
            pc += 3;
            continue;
          }
          break;
        }
        case Op.REP_INIT: {
          const r = code[pc + 1];
          this.set(r, 0);
          this.set(r + 1, -1);
          pc += 2;
          continue;
        }
        case Op.REP_GREEDY:
        case Op.REP_LAZY: {
          const r = code[pc + 1];
          const count = mem[r];
          if (count < code[pc + 2]) {
            this.set(r + 1, pos);
            pc += 5;
            continue;
          }
          // Another iteration only if allowed and the last one was not empty.
          const more = count < code[pc + 3] && pos !== mem[r + 1];
          if (code[pc] === Op.REP_GREEDY) {
            if (more) {
              this.push(Frame.REP_ALT, pc, pos, mem[r + 1]);
              mem[r + 1] = pos;
              pc += 5;
            } else pc = code[pc + 4];
          } else {
            if (more) this.push(Frame.REP_LAZY, pc, pos, 0);
            pc = code[pc + 4];
          }
          continue;
        }
        case Op.REP_END: {
          const r = code[pc + 1];
          this.set(r, mem[r] + 1);
          pc = code[pc + 2];
          continue;
        }
        case Op.REPC_GREEDY:
        case Op.REPC_POSS:
        case Op.REPC_LAZY: {
          const min = code[pc + 1];
          const lazy = code[pc] === Op.REPC_LAZY;
          const limit = Math.min(lazy ? min : code[pc + 2], end - pos);
          const op = code[pc + 3];
          const arg = code[pc + 4];
          let n = 0;
          if (op === Op.CHAR) while (n < limit && text[pos + n] === arg) n++;
          else if (op === Op.ANY_ALL) n = limit;
          else while (n < limit && this.item(op, arg, text[pos + n])) n++;
          this.steps += n;
          if (n < min) break;
          if (lazy) {
            if (min < code[pc + 2]) this.push(Frame.REPC_LAZY, pc, pos + n, n);
          } else if (n > min && code[pc] === Op.REPC_GREEDY) this.push(Frame.REPC_GREEDY, pc + 5, pos + min, pos + n);
          pos += n;
          pc += 5;
          continue;
        }
        case Op.ATOMIC_START:
          mem[code[pc + 1]] = this.sp;
          this.push(Frame.BOUNDARY, 0, 0, 0);
          pc += 2;
          continue;
        case Op.ATOMIC_END:
          this.cut(mem[code[pc + 1]]);
          pc += 2;
          continue;
        case Op.LOOK_START: {
          const kind = code[pc + 2];
          let at = pos;
          if ((kind & 2) !== 0) {
            at = pos - code[pc + 3];
            if (at < 0) {
              if ((kind & 1) !== 0) {
                pc = code[pc + 4];
                continue;
              }
              break;
            }
          }
          mem[code[pc + 1]] = this.sp;
          this.push(Frame.LOOK, pc, pos, 0);
          pos = at;
          pc += 5;
          continue;
        }
        case Op.LOOK_END: {
          const h = mem[code[pc + 1]];
          const st = this.stack;
          const startPc = st[h + 1];
          const saved = st[h + 2];
          const kind = code[startPc + 2];
          if ((kind & 2) !== 0 && pos !== saved) break;
          if ((kind & 1) === 0) {
            this.cut(h);
            pos = saved;
            pc += 2;
            continue;
          }
          this.unwind(h);
          break;
        }
        case Op.COND: {
          const g = code[pc + 1];
          pc = mem[2 * g] >= 0 && mem[2 * g + 1] >= 0 ? pc + 3 : code[pc + 2];
          continue;
        }
        default:
          break;
      }
      // Failure: pop frames until one gives an alternative.
      for (;;) {
        if (this.sp === 0) return false;
        if (++this.steps >= this.reported + TICK) this.report();
        const st = this.stack;
        const f = this.sp - 4;
        const kind = st[f];
        if (kind === Frame.UNDO) {
          mem[st[f + 1]] = st[f + 2];
          this.sp = f;
          continue;
        }
        if (kind === Frame.ALT) {
          pc = st[f + 1];
          pos = st[f + 2];
          this.sp = f;
          break;
        }
        if (kind === Frame.UNDO_CLOSE) {
          mem[st[f + 1]] = st[f + 2];
          mem[this.prog.lastIndexSlot] = st[f + 3];
          this.sp = f;
          continue;
        }
        if (kind === Frame.REP_ALT) {
          const at = st[f + 1];
          mem[code[at + 1] + 1] = st[f + 3];
          pc = code[at + 4];
          pos = st[f + 2];
          this.sp = f;
          break;
        }
        if (kind === Frame.REPC_GREEDY) {
          const next = st[f + 1];
          const min = st[f + 2];
          let cur = st[f + 3] - 1;
          // When a literal follows, give back characters until it can match.
          if (code[next] === Op.CHAR) {
            const c = code[next + 1];
            while (cur > min && (cur >= end || text[cur] !== c)) cur--;
          }
          if (cur > min) st[f + 3] = cur;
          else this.sp = f;
          pc = next;
          pos = cur;
          break;
        }
        if (kind === Frame.REPC_LAZY) {
          const at = st[f + 1];
          const p = st[f + 2];
          const n = st[f + 3];
          if (n < code[at + 2] && p < end && this.item(code[at + 3], code[at + 4], text[p])) {
            st[f + 2] = p + 1;
            st[f + 3] = n + 1;
            pc = at + 5;
            pos = p + 1;
            break;
          }
          this.sp = f;
          continue;
        }
        if (kind === Frame.REP_LAZY) {
          const at = st[f + 1];
          pos = st[f + 2];
          this.sp = f;
          this.set(code[at + 1] + 1, pos);
          pc = at + 5;
          break;
        }
        if (kind === Frame.LOOK) {
          const at = st[f + 1];
          this.sp = f;
          if ((code[at + 2] & 1) !== 0) {
            pos = st[f + 2];
            pc = code[at + 4];
            break;
          }
          continue;
        }
        // BOUNDARY: the atomic group's body failed; keep failing.
        this.sp = f;
      }
    }
  }
}
