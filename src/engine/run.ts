// runProgram: the engine's one entry point. (Placeholder until the interpreter lands.)
import type { RunOptions, RunResult } from "./api.js";
import { DEFAULT_HEAP_BYTES } from "./api.js";

export function runProgram(source: string, options: RunOptions = {}): RunResult {
  void source;
  return {
    status: "error",
    stdout: "",
    stderr: "engine not implemented\n",
    error: { type: "SystemError", message: "engine not implemented", line: null, traceback: "" },
    events: [],
    eventsDropped: 0,
    stats: { steps: 0, wallMs: 0, collections: 0, freedObjects: 0, peakHeapBytes: 0, heapLimitBytes: options.heapBytes ?? DEFAULT_HEAP_BYTES },
  };
}
