// Run limits that end the program no matter what it does: the step budget, the
// cooperative wall-clock deadline and (via output.ts) the output cap.
//
// Hitting one throws a `RunAbort`. It is deliberately neither a PyException nor an
// Error: Python `except` clauses never match it, Python `finally` blocks and
// `__exit__` methods do not run for it (the compiled try/finally and with-statements
// rethrow any non-PyException untouched), and run.ts tells it apart from an engine
// bug (a JS Error). A heap exhaustion is different: it is an ordinary, catchable
// MemoryError (heap/collector.ts); only an uncaught one becomes status "memory-limit".
//
// The hot path costs one comparison per step: the VM does
//   if (++interp.steps >= interp.stepCheckAt) checkLimits(interp);
// and `stepCheckAt` is the next step at which anything needs looking at: the step
// budget, or the next clock reading (every CLOCK_EVERY steps when a deadline is set).

import type { Interpreter } from "./interpreter.js";

export type AbortStatus = "timeout" | "output-limit";

export class RunAbort {
  constructor(
    readonly status: AbortStatus,
    /** Human-readable reason, e.g. "step budget of 1000 exhausted". */
    readonly message: string,
    /** The source line running when the limit was hit (for the run-end event). */
    readonly line: number = 0,
  ) {}
}

export function isRunAbort(e: unknown): e is RunAbort {
  return e instanceof RunAbort;
}

/** How many steps between two clock readings when a deadline is set. */
export const CLOCK_EVERY = 1000;

export class Limits {
  /** 0: unlimited. */
  readonly maxSteps: number;
  /** Absolute deadline on `now()`'s clock; Infinity: none. */
  readonly deadline: number;
  readonly timeoutMs: number;
  readonly now: () => number;
  readonly startedAt: number;
  /** Seconds slept by time.sleep, in ms: the run's clock runs ahead of `now()` by this much (the deadline too). */
  sleptMs = 0;

  /** The run's own clock: `now()` plus the time slept (time.time/monotonic/perf_counter, the deadline). */
  clock(): number {
    return this.now() + this.sleptMs;
  }

  constructor(options: { maxSteps?: number; timeoutMs?: number; now?: () => number }) {
    this.now = options.now ?? defaultClock();
    this.startedAt = this.now();
    this.maxSteps = options.maxSteps && options.maxSteps > 0 ? Math.floor(options.maxSteps) : 0;
    this.timeoutMs = options.timeoutMs && options.timeoutMs > 0 ? options.timeoutMs : 0;
    this.deadline = this.timeoutMs > 0 ? this.startedAt + this.timeoutMs : Infinity;
  }

  /** The first step at which `checkLimits` must run (after `steps` steps so far). */
  nextCheck(steps: number): number {
    let at = Infinity;
    if (this.deadline !== Infinity) at = steps + CLOCK_EVERY;
    if (this.maxSteps > 0 && this.maxSteps + 1 < at) at = this.maxSteps + 1;
    return at;
  }
}

function defaultClock(): () => number {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  if (perf && typeof perf.now === "function") return () => perf.now();
  return () => Date.now();
}

/**
 * Called by the VM when `interp.steps` reaches `interp.stepCheckAt`. Throws RunAbort
 * when a limit is exceeded, else schedules the next check.
 */
export function checkLimits(interp: Interpreter): void {
  const limits = interp.limits;
  if (limits.maxSteps > 0 && interp.steps > limits.maxSteps) {
    throw new RunAbort("timeout", `step budget of ${limits.maxSteps} steps exhausted`, interp.currentLine());
  }
  if (limits.deadline !== Infinity && limits.clock() >= limits.deadline) {
    throw new RunAbort("timeout", `time limit of ${limits.timeoutMs} ms exceeded`, interp.currentLine());
  }
  interp.stepCheckAt = limits.nextCheck(interp.steps);
}

/** For long-running builtins that do not step (a huge sort, a big str.join): check the clock. */
export function checkDeadline(interp: Interpreter): void {
  const limits = interp.limits;
  if (limits.deadline !== Infinity && limits.clock() >= limits.deadline) {
    throw new RunAbort("timeout", `time limit of ${limits.timeoutMs} ms exceeded`, interp.currentLine());
  }
}
