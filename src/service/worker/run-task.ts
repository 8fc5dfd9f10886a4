// The Piscina task: one run, from plain data to plain data. A fresh interpreter for every
// call (runProgram keeps no state between calls); the only other thing this module does is
// mirror the program's output into the run's shared buffer (see protocol.ts).
import { parentPort, threadId } from "node:worker_threads";
import { workerData } from "piscina";
import { runProgram } from "../../engine/run.js";
import type { RunResult } from "../../engine/api.js";
import {
  I32_STATE,
  I32_THREAD,
  STATE_ABORTING,
  STATE_DONE,
  STATE_QUEUED,
  STATE_STARTED,
  TAIL_UNITS,
  i32Base,
  i32Len,
  tailOffset,
  type OutputMessage,
  type RunTask,
  type StreamIndex,
  type TaskResult,
  type TestTaskKind,
} from "./protocol.js";

/** This worker's cache of generated code (engine option codeCache): later runs reuse V8's optimized code. */
const codeCache = new Map<string, unknown>();

const testHooks = (workerData as { testHooks?: boolean } | undefined)?.testHooks === true;

/** The worker side of a run's output: tails in shared memory, overflow posted as messages. */
class OutputTap {
  private readonly i32: Int32Array;
  private readonly u16: Uint16Array;
  private readonly pending: [string[], string[]] = [[], []];

  constructor(
    shared: SharedArrayBuffer,
    private readonly runId: number,
  ) {
    this.i32 = new Int32Array(shared);
    this.u16 = new Uint16Array(shared);
  }

  /** Claims the run (false: the main thread withdrew it while it was queued). */
  start(): boolean {
    new Float64Array(this.i32.buffer, 0, 1)[0] = Date.now();
    Atomics.store(this.i32, I32_THREAD, threadId);
    return Atomics.compareExchange(this.i32, I32_STATE, STATE_QUEUED, STATE_STARTED) === STATE_QUEUED;
  }

  /** Marks the run done; if the pool is terminating this worker already, waits for the end. */
  finish(): void {
    if (Atomics.compareExchange(this.i32, I32_STATE, STATE_STARTED, STATE_DONE) === STATE_STARTED) return;
    for (;;) Atomics.wait(this.i32, I32_STATE, STATE_ABORTING);
  }

  readonly write = (stream: "stdout" | "stderr", text: string): void => {
    if (text.length === 0) return;
    const s: StreamIndex = stream === "stdout" ? 0 : 1;
    if (this.i32[i32Len(s)]! + text.length > TAIL_UNITS) this.flush(s);
    if (text.length > TAIL_UNITS) {
      // Too big for the tail: post it as is.
      const base = this.i32[i32Base(s)]!;
      this.post(s, base, text);
      Atomics.store(this.i32, i32Base(s), base + text.length);
      return;
    }
    const len = this.i32[i32Len(s)]!;
    const at = tailOffset(s) / 2 + len;
    for (let i = 0; i < text.length; i++) this.u16[at + i] = text.charCodeAt(i);
    this.pending[s].push(text);
    Atomics.store(this.i32, i32Len(s), len + text.length);
  };

  private flush(s: StreamIndex): void {
    const len = this.i32[i32Len(s)]!;
    if (len === 0) return;
    const base = this.i32[i32Base(s)]!;
    this.post(s, base, this.pending[s].join(""));
    this.pending[s] = [];
    // Empty the tail before moving its base: the main thread, reading after a termination,
    // then sees either the old tail (and dedups it against the posted chunk) or nothing.
    Atomics.store(this.i32, i32Len(s), 0);
    Atomics.store(this.i32, i32Base(s), base + len);
  }

  private post(stream: StreamIndex, start: number, text: string): void {
    const message: OutputMessage = { heapscopeOutput: this.runId, stream, start, text };
    parentPort?.postMessage(message);
  }
}

export default function runTask(task: RunTask): TaskResult {
  const tap = new OutputTap(task.shared, task.runId);
  if (!tap.start()) return { ok: false, cancelled: true };
  const result = execute(task, tap);
  tap.finish();
  return result;
}

function execute(task: RunTask, tap: OutputTap): TaskResult {
  try {
    if (task.test !== undefined && testHooks) return { ok: true, result: runTestTask(task, tap) };
    return { ok: true, result: runProgram(task.source, { ...task.options, codeCache, onOutput: tap.write }) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    return { ok: false, engineError: { name: e.name, message: e.message, stack: e.stack ?? "" } };
  }
}

// ---- test-only behaviours (see TestTaskKind)
function runTestTask(task: RunTask, tap: OutputTap): RunResult {
  const kind: TestTaskKind = task.test!;
  const result = (stdout: string): RunResult => ({
    status: "ok",
    stdout,
    stderr: "",
    error: null,
    events: [],
    eventsDropped: 0,
    stats: { steps: 0, wallMs: 0, collections: 0, freedObjects: 0, peakHeapBytes: 0, heapLimitBytes: task.options.heapBytes ?? 0 },
  });
  if (kind === "exit") process.exit(3);
  if (kind === "throw") throw new TypeError("engine bug (test hook)");
  if (kind === "oom") {
    const hog: number[][] = [];
    for (;;) hog.push(new Array(1 << 20).fill(hog.length));
  }
  if (kind === "hang") {
    for (let i = 0; i < 3000; i++) tap.write("stdout", `line ${i}\n`);
    tap.write("stderr", "stderr before the hang\n");
    for (;;) {
      // an engine that never checks its deadline
    }
  }
  const ms = Number(kind.slice("sleep:".length));
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  const out = `slept ${ms}\n`;
  tap.write("stdout", out);
  return result(out);
}
