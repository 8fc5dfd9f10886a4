// The matcher's backtrack state (matcher.ts extends it): the stack of 4-int frames, the
// register file with its undo log, and the step count reported to the MatchBudget.
// Frames hold alternatives (where to resume) and undo records (a register's old value);
// atomic groups and lookarounds "cut" the stack back to where they began but keep the
// undo records, so later backtracking still restores the registers.

import type { Program } from "./program.js";

/** How the matcher reports its work to the run (see modules/_re.ts). */
export interface MatchBudget {
  /** `ops` more matcher steps were done; may throw to end the run. */
  tick(ops: number): void;
  /** The backtrack stack is about to grow to `bytes`; may throw MemoryError. */
  reserve(bytes: number): void;
}

export const enum Frame {
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

/** Steps between two reports to the budget. */
export const TICK = 4096;
const INITIAL_STACK = 256;
/** Stacks up to this many ints are not reported to the budget. */
const FREE_STACK = 1 << 16;

export class Backtrack {
  protected stack = new Int32Array(INITIAL_STACK);
  protected sp = 0;
  protected readonly mem: Int32Array;
  protected steps = 0;
  protected reported = 0;
  protected budget: MatchBudget | null = null;

  constructor(protected readonly prog: Program) {
    this.mem = new Int32Array(prog.memSize).fill(-1);
  }

  protected report(): void {
    const ops = this.steps - this.reported;
    if (ops > 0) {
      this.reported = this.steps;
      this.budget!.tick(ops);
    }
  }

  protected push(kind: number, a: number, b: number, c: number): void {
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

  protected set(slot: number, value: number): void {
    this.push(Frame.UNDO, slot, this.mem[slot], 0);
    this.mem[slot] = value;
  }

  /** Drop the frames from `h` up, keeping (compacted) the register undos among them. */
  protected cut(h: number): void {
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
  protected unwind(h: number): void {
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
}
