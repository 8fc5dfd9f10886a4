// The Piscina task: one run, from plain data to plain data. A fresh interpreter for every
// call (runProgram keeps no state between calls). Besides running it, this module mirrors the
// run's output, trace events and counters into the run's shared buffer (tap.ts, protocol.ts)
// and bounds the result before it crosses to the main thread (budget.ts).
import { workerData } from "piscina";
import { runProgram } from "../../engine/run.js";
import type { RunOptions, RunResult } from "../../engine/api.js";
import { boundResult } from "./budget.js";
import type { RunTask, TaskResult, TestTaskKind } from "./protocol.js";
import { RunTap } from "./tap.js";

/** This worker's cache of generated code (engine option codeCache): later runs reuse V8's optimized code. */
const codeCache = new Map<string, unknown>();

const testHooks = (workerData as { testHooks?: boolean } | undefined)?.testHooks === true;

export default function runTask(task: RunTask): TaskResult {
  const tap = new RunTap(task.shared, task.runId);
  if (!tap.start()) return { ok: false, cancelled: true };
  const result = execute(task, tap);
  tap.finish();
  return result;
}

function execute(task: RunTask, tap: RunTap): TaskResult {
  try {
    const options: RunOptions = { ...task.options, codeCache, onOutput: tap.write, onEvent: tap.event, onProgress: tap.progress };
    if (task.test !== undefined && testHooks) return { ok: true, result: runTestTask(task, tap, options) };
    return { ok: true, result: boundResult(runProgram(task.source, options), task.options) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    return { ok: false, engineError: { name: e.name, message: e.message, stack: e.stack ?? "" } };
  }
}

// ---- test-only behaviours (see TestTaskKind)
function runTestTask(task: RunTask, tap: RunTap, options: RunOptions): RunResult {
  const kind: TestTaskKind = task.test!;
  const result = (stdout: string): RunResult => ({
    status: "ok",
    stdout,
    stderr: "",
    error: null,
    events: [],
    eventsDropped: 0,
    stats: { steps: 0, wallMs: 0, collections: 0, freedObjects: 0, peakHeapBytes: 0, heapLimitBytes: task.options.heapBytes ?? 0 },
    exitCode: 0,
    limit: null,
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
  if (kind === "trace-hang") {
    return runProgram(task.source, {
      ...options,
      onProgress(p) {
        tap.progress(p);
        for (;;) {
          // stuck inside one JS call, after the events and output recorded so far
        }
      },
    });
  }
  const ms = Number(kind.slice("sleep:".length));
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  const out = `slept ${ms}\n`;
  tap.write("stdout", out);
  return result(out);
}
