#!/usr/bin/env node
// `heapscope run FILE|- [--heap BYTES] [--timeout MS] [--max-steps N] [--trace OUT.json]`
//
// Runs the program in a worker thread with a large stack (so 1000-deep Python
// recursion never exhausts the JS stack), relays its stdout and stderr to ours in the
// order they were written, and exits like the program would as a process: the run's exitCode
// (sys.exit(n): n & 255, like CPython), 1 when a limit stopped it, 2 on a usage error.

import { parseArgs } from "node:util";
import { readFileSync, writeFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import type { RunOptions, RunResult } from "../engine/api.js";
import type { WorkerMessage, WorkerRequest } from "./protocol.js";
import { gradeCommand } from "./grade.js";
import { readEngineBundle } from "./engine-bundle.cjs";

const USAGE = `usage: heapscope run FILE|- [--heap BYTES] [--timeout MS] [--max-steps N] [--trace OUT.json]

Run a Python program in heapscope's interpreter.

  FILE              the program ('-' reads it from standard input)
  --heap BYTES      heap limit in bytes (default 16777216)
  --timeout MS      wall-clock limit in milliseconds (default: none)
  --max-steps N     step budget (default: none)
  --trace OUT.json  write the run's trace events (and stats) as JSON

       heapscope grade SUBMISSION.py --tests TESTS.json [...]  (see heapscope grade --help)
`;

/** Stack for the engine thread: Python's recursion limit of 1000 needs far more than Node's default. */
const STACK_MB = 256;
/** How long past --timeout the worker is terminated if the cooperative deadline did not stop it. */
const HARD_STOP_GRACE_MS = 1000;

function usageError(msg: string): never {
  process.stderr.write(`heapscope: ${msg}\n${USAGE}`);
  process.exit(2);
}

function positiveInt(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) <= 0 || !Number.isSafeInteger(Number(text))) {
    usageError(`${name} expects a positive integer, got '${text}'`);
  }
  return Number(text);
}

function parse(argv: string[]): { file: string; options: RunOptions; tracePath?: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        heap: { type: "string" },
        timeout: { type: "string" },
        "max-steps": { type: "string" },
        trace: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    usageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  if (positionals.length === 0) usageError("missing command");
  if (positionals[0] !== "run") usageError(`unknown command '${positionals[0]}'`);
  if (positionals.length !== 2) usageError(positionals.length < 2 ? "missing FILE" : "too many arguments");
  const file = positionals[1];
  const options: RunOptions = {
    filename: file === "-" ? "<stdin>" : file,
    heapBytes: positiveInt("--heap", values.heap),
    timeoutMs: positiveInt("--timeout", values.timeout),
    maxSteps: positiveInt("--max-steps", values["max-steps"]),
  };
  if (values.trace !== undefined && values.trace === "") usageError("--trace expects a file name");
  return { file, options, tracePath: values.trace };
}

/** The CLI's own exit status for a run: its exitCode as a POSIX process would report it, 1 for a limit. */
function processExitCode(r: Pick<RunResult, "exitCode">): number {
  if (r.exitCode === null) return 1;
  return r.exitCode & 0xff;
}

function readSource(file: string): string {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`heapscope: can't open file '${file}': ${err.code === "ENOENT" ? "No such file or directory" : err.message}\n`);
    process.exit(2);
  }
}

function main(): void {
  if (process.argv[2] === "grade") {
    void gradeCommand(process.argv.slice(3));
    return;
  }
  const { file, options, tracePath } = parse(process.argv.slice(2));
  // The worker loads the engine while this thread reads the program.
  const worker = new Worker(new URL("./worker.cjs", import.meta.url), {
    resourceLimits: { stackSizeMb: STACK_MB },
    stdout: false,
    stderr: false,
  });
  // Read while the worker starts (the worker only compiles it, from V8's code cache).
  worker.postMessage(readEngineBundle());
  const source = readSource(file);
  // A reader that goes away (`heapscope run x.py | head`) ends the run quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
      process.exitCode = 1;
      void worker.terminate();
    });
  }
  let result: RunResult | null = null;
  // The deadline is cooperative (checked between steps); a single builtin running long
  // could overrun it, so the thread is stopped outright a little after it.
  let hardStop: NodeJS.Timeout | undefined;
  if (options.timeoutMs !== undefined) {
    hardStop = setTimeout(() => {
      process.stderr.write("heapscope: run stopped: timeout\n");
      process.exitCode = 1;
      void worker.terminate();
    }, options.timeoutMs + HARD_STOP_GRACE_MS);
    hardStop.unref();
  }
  const finish = (r: RunResult): void => {
    clearTimeout(hardStop);
    if (tracePath !== undefined) {
      const trace = { status: r.status, exitCode: r.exitCode, limit: r.limit, events: r.events, eventsDropped: r.eventsDropped, stats: r.stats };
      writeFileSync(tracePath, JSON.stringify(trace, null, 2) + "\n");
    }
    if (r.status === "timeout" || r.status === "output-limit") {
      process.stderr.write(`heapscope: run stopped: ${r.status}\n`);
    }
    process.exitCode = processExitCode(r);
    // The run is over: the process may end without waiting for the thread to wind down
    // (pending writes to stdout/stderr still complete first).
    worker.unref();
  };
  worker.on("message", (msg: WorkerMessage) => {
    if (msg.type === "output") {
      for (const [stream, text] of msg.chunks) (stream === "stdout" ? process.stdout : process.stderr).write(text);
    } else {
      result = msg.result;
      finish(msg.result);
    }
  });
  worker.on("error", (e) => {
    process.stderr.write(`heapscope: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
  worker.on("exit", () => {
    clearTimeout(hardStop);
    if (result === null && process.exitCode === undefined) {
      process.stderr.write("heapscope: the interpreter stopped unexpectedly\n");
      process.exitCode = 1;
    }
  });
  // With FILE, the program's input() reads the CLI's stdin; with "-", stdin was the program.
  const request: WorkerRequest = { source, options, programReadsStdin: file !== "-" };
  worker.postMessage(request);
}

main();
