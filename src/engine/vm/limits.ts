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
import type { RunLimit, RunOptions } from "../api.js";

export type AbortStatus = "timeout" | "output-limit";

export class RunAbort {
  /** Which limit: given, or (for a throw site that does not say) the deadline for a timeout. */
  readonly limit: Exclude<RunLimit, "heap" | "hard-stop">;
  constructor(
    readonly status: AbortStatus,
    /** Human-readable reason, e.g. "step budget of 1000 exhausted". */
    readonly message: string,
    /** The source line running when the limit was hit (for the run-end event). */
    readonly line: number = 0,
    limit?: "steps" | "deadline" | "output",
  ) {
    this.limit = limit ?? (status === "output-limit" ? "output" : "deadline");
  }
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

  /** RunOptions.onProgress: told the counters at every clock reading. */
  readonly onProgress: RunOptions["onProgress"];

  /** Options must have passed validateOptions. */
  constructor(options: { maxSteps?: number; timeoutMs?: number; now?: () => number; onProgress?: RunOptions["onProgress"] }) {
    this.now = options.now ?? defaultClock();
    this.startedAt = this.now();
    this.maxSteps = options.maxSteps ?? 0;
    this.timeoutMs = options.timeoutMs ?? 0;
    this.deadline = this.timeoutMs > 0 ? this.startedAt + this.timeoutMs : Infinity;
    this.onProgress = options.onProgress;
  }

  /** The first step at which `checkLimits` must run (after `steps` steps so far). */
  nextCheck(steps: number): number {
    let at = Infinity;
    if (this.deadline !== Infinity || this.onProgress) at = steps + CLOCK_EVERY;
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
    throw new RunAbort("timeout", `step budget of ${limits.maxSteps} steps exhausted`, interp.currentLine(), "steps");
  }
  if (limits.deadline !== Infinity && limits.clock() >= limits.deadline) {
    throw new RunAbort("timeout", `time limit of ${limits.timeoutMs} ms exceeded`, interp.currentLine(), "deadline");
  }
  interp.stepCheckAt = limits.nextCheck(interp.steps);
  if (limits.onProgress) reportProgress(interp, limits.onProgress);
}

function reportProgress(interp: Interpreter, onProgress: NonNullable<RunOptions["onProgress"]>): void {
  const heap = interp.heap;
  onProgress({
    steps: interp.steps,
    line: interp.currentLine(),
    collections: interp.collector.collections,
    freedObjects: interp.collector.freedObjects,
    heapBytes: heap.used,
    peakHeapBytes: heap.peak,
    eventsDropped: interp.trace.dropped,
  });
}

/** For long-running builtins that do not step (a huge sort, a big str.join): check the clock. */
export function checkDeadline(interp: Interpreter): void {
  const limits = interp.limits;
  if (limits.deadline !== Infinity && limits.clock() >= limits.deadline) {
    throw new RunAbort("timeout", `time limit of ${limits.timeoutMs} ms exceeded`, interp.currentLine(), "deadline");
  }
}

// ---------------------------------------------------------------- option validation

/** The numeric options: the least value each accepts, and what 0 means where it is allowed. */
const NUMERIC_OPTIONS: [keyof RunOptions, number, string][] = [
  ["heapBytes", 1, ""],
  ["timeoutMs", 0, " (0: no deadline)"],
  ["maxSteps", 0, " (0: no step budget)"],
  ["maxOutputBytes", 0, " (0: no output cap)"],
  ["maxEvents", 0, " (0: only run-end is kept)"],
  ["recursionLimit", 1, ""],
];

/**
 * Throws a TypeError for a numeric option that is not a number, a RangeError for one that is
 * NaN, infinite, fractional, below its minimum or above Number.MAX_SAFE_INTEGER. Absent
 * (undefined) options take their defaults.
 */
export function validateOptions(options: RunOptions): void {
  for (const [name, min, zero] of NUMERIC_OPTIONS) {
    const value: unknown = options[name];
    if (value === undefined) continue;
    if (typeof value !== "number") throw new TypeError(`RunOptions.${name} must be a number, got ${typeof value}`);
    if (!Number.isSafeInteger(value) || value < min) {
      throw new RangeError(`RunOptions.${name} must be an integer from ${min} to ${Number.MAX_SAFE_INTEGER}${zero}, got ${value}`);
    }
  }
}
