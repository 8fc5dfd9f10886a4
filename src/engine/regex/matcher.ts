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

import { Op, type Program } from "./program.js";
import { checkAssert, matchBackref, matchItem } from "./match-ops.js";
import { Backtrack, Frame, TICK, type MatchBudget } from "./backtrack.js";

export type { MatchBudget } from "./backtrack.js";

export const enum MatchMode {
  Search,
  Match,
  FullMatch,
  /** A match at the start position that is not empty (scanning after an empty match). */
  MatchNonEmpty,
}

const EMPTY = new Int32Array(0);


export class Matcher extends Backtrack {
  private text: Int32Array = EMPTY;
  private end = 0;

  constructor(prog: Program) {
    super(prog);
  }

  /** The last match: capture slots (2 per group, -1 when unset), then lastindex. Reused. */
  readonly result: number[] = new Array<number>(2 * (this.prog.groups + 1) + 1).fill(-1);

  /**
   * Find a match in text[0:end] starting at or after `pos` (Search) or at `pos`; on
   * success `result` holds it.
   */
  exec(text: Int32Array, pos: number, end: number, mode: MatchMode, budget: MatchBudget): boolean {
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
    if (!found) return false;
    const n = 2 * (prog.groups + 1);
    const out = this.result;
    const mem = this.mem;
    for (let k = 0; k < n; k++) out[k] = mem[k];
    out[n] = mem[prog.lastIndexSlot];
    // Leave the registers clean for the next exec.
    mem.fill(-1);
    this.sp = 0;
    return true;
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
          if (pos < end && matchItem(this.prog.sets, code[pc], code[pc + 1], text[pos])) {
            pos++;
            pc += 2;
            continue;
          }
          break;
        case Op.ASSERT:
          if (checkAssert(code[pc + 1], text, end, pos)) {
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
          const next = matchBackref(mem, text, end, code[pc + 1], code[pc + 2], pos);
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
          else while (n < limit && matchItem(this.prog.sets, op, arg, text[pos + n])) n++;
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
          if (n < code[at + 2] && p < end && matchItem(this.prog.sets, code[at + 3], code[at + 4], text[p])) {
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
