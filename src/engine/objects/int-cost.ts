// What a big-int operation costs, so that one JS call (a multiplication of two
// 50-million-bit ints, a decimal conversion of a huge int) cannot run past the run's
// deadline: the VM reads the clock only every CLOCK_EVERY steps, and a single V8
// BigInt operation cannot be interrupted.
//
// Before an operation whose estimated time is not negligible, `bigWork` reads the
// clock: past the deadline the run ends now (status "timeout"); when the estimate does
// not fit in the time left, it ends now as well, instead of overshooting the deadline
// by the whole operation (refusing up front). Long computations we drive ourselves
// (exponentiation by squaring, factorial, comb, perm) call it between steps.
//
// The estimates are deliberately on the low side of what V8 measured on the reference
// machine (bench numbers in docs/architecture.md, "Big ints and the deadline"): a
// slower machine overshoots by at most one operation, and no run is refused work it
// would have finished in time.

import type { Interpreter } from "../vm/interpreter.js";
import { RunAbort, checkDeadline } from "../vm/limits.js";

/** Operations estimated at this many ms or more read the clock before they start. */
const READ_CLOCK_MS = 1;
/** Operations estimated at this many ms or more have the clock read within a few statements. */
const NOTABLE_MS = 0.02;
/** How many statements after a notable operation the clock is read. */
const SOON = 8;

/** Estimated ms for multiplying ints of `a` and `b` bits (V8: schoolbook, Karatsuba, then FFT-like). */
export function mulCostMs(a: number, b: number): number {
  const small = a < b ? a : b;
  const large = a < b ? b : a;
  // ns per bit of the larger operand: grows with the smaller one until the fast
  // algorithms take over (25 to 35 ns per bit measured from a million bits on).
  const nsPerBit = Math.min(small / 4096, 20);
  return (large * nsPerBit) / 1e6;
}

/** Estimated ms for dividing an `a`-bit int by a `b`-bit one (quotient and remainder). */
export function divCostMs(a: number, b: number): number {
  if (b >= a) return 0;
  return 1.5 * mulCostMs(a - b, b);
}

/** Estimated ms for converting an int of `bits` bits to decimal text. */
export function toDecimalCostMs(bits: number): number {
  return Math.min(bits * bits * 1.2e-9, bits * 1.5e-4);
}

/** Estimated ms for parsing `digits` decimal digits into an int. */
export function fromDecimalCostMs(digits: number): number {
  const bits = digits * 3.33;
  return Math.min(bits * bits * 0.8e-10, bits * 0.8e-4);
}

/**
 * About to do `ms` of uninterruptible work: end the run if the deadline has passed
 * or would pass before the work is done. Else the next statement reads the clock
 * again (not 1000 steps later), so an estimate that was too low overshoots the
 * deadline by this one operation, never by a loop of them. Smaller work only brings
 * the VM's next clock reading within a few statements.
 */
export function bigWork(interp: Interpreter, ms: number): void {
  if (!(ms >= NOTABLE_MS)) return;
  const limits = interp.limits;
  if (limits.deadline === Infinity) return;
  if (ms < READ_CLOCK_MS) {
    // Cheap enough to do now, but a loop of these must not wait 1000 steps for the clock.
    if (interp.stepCheckAt > interp.steps + SOON) interp.stepCheckAt = interp.steps + SOON;
    return;
  }
  checkDeadline(interp);
  if (limits.now() + ms > limits.deadline) {
    throw new RunAbort("timeout", `time limit of ${limits.timeoutMs} ms exceeded`, interp.currentLine(), "deadline");
  }
  if (interp.stepCheckAt > interp.steps + 1) interp.stepCheckAt = interp.steps + 1;
}
