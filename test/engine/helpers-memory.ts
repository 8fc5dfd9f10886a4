// Shared helpers for MEMORY's engine tests.
import { runProgram } from "../../src/engine/run.js";
import type { RunOptions, RunResult } from "../../src/engine/api.js";

/** Run `source` and also return stdout+stderr combined in write order (like `2>&1`). */
export function run(source: string, options: RunOptions = {}): RunResult & { combined: string } {
  let combined = "";
  const r = runProgram(source, { ...options, onOutput: (_s, t) => (combined += t) });
  return { ...r, combined };
}

/** Dedent a template literal program. */
export function py(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, "");
  const lines = text.split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim() !== "").map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join("\n");
}
