// Messages between the CLI's main thread and its engine worker.
import type { RunOptions, RunResult } from "../engine/api.js";

export interface WorkerRequest {
  source: string;
  /** Without onOutput/now: functions cannot cross threads; the worker adds its own. */
  options: RunOptions;
  /** The program's stdin is the CLI's own (read by the worker when the program first asks). */
  programReadsStdin: boolean;
}

export type OutputChunk = ["stdout" | "stderr", string];

export type WorkerMessage =
  | { type: "output"; chunks: OutputChunk[] }
  | { type: "done"; result: RunResult };
