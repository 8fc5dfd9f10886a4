// The playground's Web Worker: runs the engine (src/engine, pure TypeScript, bundled by
// Vite) on one program and posts the RunResult back. One worker per run, so nothing of
// a run survives into the next; the page terminates it if it overstays its timeout.
import { runProgram } from "../../src/engine/run.js";
import type { RunOptions, RunResult } from "../../src/engine/api.js";

export interface WorkerRequest {
  source: string;
  options: Omit<RunOptions, "onOutput" | "now" | "readStdin">;
}

export type WorkerReply = { ok: true; result: RunResult } | { ok: false; message: string };

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(m: WorkerReply): void };

scope.onmessage = (e) => {
  const { source, options } = e.data;
  try {
    scope.postMessage({ ok: true, result: runProgram(source, options) });
  } catch (err) {
    // runProgram returns a result for every Python outcome; a throw is an engine bug.
    scope.postMessage({ ok: false, message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  }
};
