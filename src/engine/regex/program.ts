// The compiled form of a pattern: a flat Int32Array of instructions for the
// backtracking matcher (matcher.ts), plus the sets they refer to and what the search
// loop needs to skip start positions quickly.
//
// Instruction layout (operands follow the opcode; `pc` values are indices in `code`):
//   MATCH
//   CHAR c | CHAR_ICU key | CHAR_ICA key | ANY _ | ANY_ALL _ | SET k   one character
//   ASSERT kind                 (AssertKind)
//   SPLIT a b                   try a, on failure b
//   JMP a
//   SAVE slot                   capture slot = position (odd slot: a group closed)
//   BACKREF group caseMode
//   REP_INIT r                  counter registers r (count), r+1 (start of last iteration)
//   REP_GREEDY r min max exit   loop head, the body follows; REP_LAZY likewise
//   REP_END r loop              one iteration done
//   REPC_GREEDY min max op arg  a run of one character item; REPC_LAZY, REPC_POSS likewise
//   ATOMIC_START r | ATOMIC_END r
//   LOOK_START r kind width end (kind bit 0: negative, bit 1: behind) | LOOK_END r
//   COND group no               (?(group)yes|no): yes follows
//   FAIL

import type { CharSet } from "./charset.js";

export const enum Op {
  MATCH,
  CHAR,
  CHAR_ICU,
  CHAR_ICA,
  ANY,
  ANY_ALL,
  SET,
  ASSERT,
  SPLIT,
  JMP,
  SAVE,
  BACKREF,
  REP_INIT,
  REP_GREEDY,
  REP_LAZY,
  REP_END,
  REPC_GREEDY,
  REPC_LAZY,
  REPC_POSS,
  ATOMIC_START,
  ATOMIC_END,
  LOOK_START,
  LOOK_END,
  COND,
  FAIL,
}

/** Which characters can start a match (for the search loop), or null: any. */
export interface FirstChars {
  /** Membership of code points 0..255. */
  low: Uint8Array;
  /** Test for code points from 256 up (null: none can start a match). */
  high: ((c: number) => boolean) | null;
}

export interface Program {
  code: Int32Array;
  sets: CharSet[];
  /** Capturing groups (group 0 excluded). */
  groups: number;
  /** Size of the register file: capture slots, lastindex, loop counters, saved heights. */
  memSize: number;
  /** Register holding lastindex (the group that closed last). */
  lastIndexSlot: number;
  /** The pattern can only match at the start of the string (`\A` or `^` first). */
  anchored: boolean;
  first: FirstChars | null;
  /** A literal (exact) code point every match starts with, or -1. */
  firstChar: number;
  /** A few literal code points one of which every match starts with (else null). */
  firstChars: number[] | null;
}
