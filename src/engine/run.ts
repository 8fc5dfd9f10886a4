// runProgram: the engine's one entry point. One fresh Interpreter per run; every way
// a run can end is mapped to a RunResult here, and nothing thrown inside the engine
// escapes (a JS Error is an engine bug: status "error", type "SystemError"). The one
// exception is invalid options: a caller's bug, thrown as a TypeError/RangeError before
// anything runs (vm/limits.ts validateOptions).
//
// The result is bounded by the run's limits (the result budget): stdout + stderr by
// maxOutputBytes (vm/output.ts), error.message and error.traceback each by maxOutputBytes
// too (cut with "…", see limitText), error.type and every string inside an event by
// MAX_EVENT_STRING, the trace by maxEvents (trace/recorder.ts).

import type { RetentionPath, RunError, RunLimit, RunOptions, RunResult, RunStatus } from "./api.js";
import { DEFAULT_HEAP_BYTES, ELLIPSIS } from "./api.js";
import { Interpreter } from "./vm/interpreter.js";
import { executeModule } from "./vm/execute.js";
import { formatTraceback } from "./vm/traceback.js";
import { RunAbort, validateOptions } from "./vm/limits.js";
import { utf8Prefix } from "./vm/output.js";
import { capString } from "./trace/recorder.js";
import { PyException, MemoryError, SystemExit } from "./objects/exceptions.js";
import { None } from "./objects/builtin-types.js";
import { PySyntaxError, formatSyntaxError } from "./parser/errors.js";
import { pyStr } from "./vm/abstract.js";
import { PyStr } from "./objects/str.js";
import { computeRetention } from "./heap/retention.js";
import { executeFollowUp } from "./vm/user-modules.js";
import { countLiveByType } from "./heap/census.js";
import { returnedFiles } from "./fs/returned.js";

interface Outcome {
  status: RunStatus;
  error: RunError | null;
  /** The exit status a process would have (api.ts RunResult.exitCode). */
  exitCode: number | null;
  limit: RunLimit | null;
  /** Where the run stopped early (a limit), for the run-end event; else 0. */
  abortLine?: number;
}

const OK: Outcome = { status: "ok", error: null, exitCode: 0, limit: null };

/** An uncaught exception (or SyntaxError): status "error", exit status 1. */
const failed = (error: RunError): Outcome => ({ status: "error", error, exitCode: 1, limit: null });

const aborted = (e: RunAbort): Outcome => ({ status: e.status, error: null, exitCode: null, limit: e.limit, abortLine: e.line });

/** U+FEFF at the very start of a source file is a byte order mark, not part of the program (as CPython reads files). */
const BOM = 0xfeff;

export function runProgram(source: string, options: RunOptions = {}): RunResult {
  validateOptions(options);
  if (source.charCodeAt(0) === BOM) source = source.slice(1);
  let interp: Interpreter;
  try {
    interp = new Interpreter(options);
  } catch (e) {
    return setupFailure(options, e);
  }
  let outcome: Outcome;
  try {
    executeModule(interp, source);
    for (const f of options.followUps ?? []) executeFollowUp(interp, f.source, f.filename);
    outcome = OK;
  } catch (e) {
    outcome = failure(interp, e, source);
  }
  if (options.finalizeAtExit && (outcome.status === "ok" || outcome.status === "error" || outcome.status === "memory-limit")) {
    try {
      interp.collector.finalizeAtExit();
    } catch (e) {
      const late = failure(interp, e, source);
      if (outcome.status === "ok" || late.status !== "error") outcome = late;
    }
  }
  return finish(interp, outcome);
}

function finish(interp: Interpreter, outcome: Outcome): RunResult {
  const heap = interp.heap;
  const pending = interp.collector.registry.pendingFinalizers().map((f) => f.id);
  // run-end's line: where the run stopped (the error's or the limit's line), else 0 (after the last line).
  const line = outcome.error?.line ?? outcome.abortLine ?? 0;
  interp.trace.runEnd(outcome.status, heap.used, pending, line, explainRetention(interp));
  const budget = interp.options.maxOutputBytes ?? 0;
  const error = outcome.error && {
    ...outcome.error,
    type: capString(outcome.error.type),
    message: limitText(outcome.error.message, budget),
    traceback: limitText(outcome.error.traceback, budget),
  };
  const census = interp.options.countAlive;
  const files = returnedFiles(interp);
  return {
    ...(census !== undefined ? { alive: countLiveByType(interp, census) } : {}),
    ...(files !== undefined ? { files } : {}),
    status: outcome.status,
    stdout: interp.output.stdout(),
    stderr: interp.output.stderr(),
    error,
    events: interp.trace.events,
    eventsDropped: interp.trace.dropped,
    stats: {
      steps: interp.steps,
      wallMs: Math.max(0, interp.limits.now() - interp.limits.startedAt),
      collections: interp.collector.collections,
      freedObjects: interp.collector.freedObjects,
      peakHeapBytes: heap.peak,
      heapLimitBytes: heap.limit,
    },
    exitCode: outcome.exitCode,
    limit: outcome.limit,
  };
}

/**
 * The retention paths (heap/retention.ts) for the run-end event: computed before the event
 * is recorded, so a host streaming events (onEvent) sees them too.
 */
function explainRetention(interp: Interpreter): RetentionPath[] | undefined {
  try {
    const retention = computeRetention(interp);
    return retention.length > 0 ? retention : undefined;
  } catch {
    // An engine bug in the explanation must not cost the run its result.
    return undefined;
  }
}

/**
 * `text` cut to at most `budget` UTF-8 bytes (whole code points, the last three bytes an
 * ellipsis) when it is longer; 0: no budget. Reads at most `budget` units of `text`.
 */
export function limitText(text: string, budget: number): string {
  if (budget <= 0 || text.length <= budget / 3) return text;
  if (utf8Prefix(text, budget).length === text.length) return text;
  return utf8Prefix(text, Math.max(0, budget - 3)) + ELLIPSIS;
}

/** Map whatever ended the run to its status, writing the traceback to stderr like CPython. */
function failure(interp: Interpreter, e: unknown, source: string): Outcome {
  if (e instanceof RunAbort) return aborted(e);
  try {
    if (e instanceof PyException) return uncaught(interp, e);
    if (e instanceof PySyntaxError) {
      const text = formatSyntaxError(e, interp.filename, source) + "\n";
      interp.output.writeFinal("stderr", text);
      return failed({ type: e.pyType, message: e.msg, line: e.line, column: e.col, traceback: text });
    }
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      // The JS stack ran out before the Python recursion limit did (deeply nested data).
      const text = "RecursionError: maximum recursion depth exceeded\n";
      interp.output.writeFinal("stderr", text);
      return failed({ type: "RecursionError", message: "maximum recursion depth exceeded", line: currentLine(interp), traceback: text });
    }
  } catch (inner) {
    if (inner instanceof RunAbort) return aborted(inner);
    return internalError(interp, inner);
  }
  return internalError(interp, e);
}

function uncaught(interp: Interpreter, e: PyException): Outcome {
  if (e.cls.isSubtypeOf(SystemExit)) return systemExit(interp, e);
  const traceback = formatTraceback(interp, e);
  interp.output.writeFinal("stderr", traceback);
  const tb = e.traceback;
  const line = tb.length > 0 ? tb[tb.length - 1].line : null;
  const error: RunError = { type: e.cls.name, message: safeStr(interp, e), line, traceback };
  // An uncaught MemoryError is still an uncaught exception (exit status 1), but it is the heap limit that ended the run.
  if (e.cls.isSubtypeOf(MemoryError)) return { status: "memory-limit", error, exitCode: 1, limit: "heap" };
  return failed(error);
}

/**
 * Like CPython: SystemExit() / SystemExit(None) / SystemExit(0) end the run normally;
 * an int code is the exit status (non-zero: status "error"); any other argument is
 * printed to stderr and the exit status is 1.
 */
function systemExit(interp: Interpreter, e: PyException): Outcome {
  const code = e.args.length === 0 ? None : e.args.length === 1 ? e.args[0] : null;
  const tb = e.traceback;
  const line = tb.length > 0 ? tb[tb.length - 1].line : null;
  if (code === None || code === 0 || code === false) return OK;
  if (typeof code === "number" || typeof code === "boolean") {
    const n = Number(code);
    return { status: "error", error: { type: "SystemExit", message: String(n), line, traceback: "" }, exitCode: n, limit: null };
  }
  const text = (code === null ? safeStr(interp, e) : safeStr(interp, code)) + "\n";
  interp.output.writeFinal("stderr", text);
  return failed({ type: "SystemExit", message: safeStr(interp, e), line, traceback: text });
}

function safeStr(interp: Interpreter, v: PyException | PyException["args"][number]): string {
  try {
    if (v instanceof PyStr) return v.v;
    return pyStr(interp, v);
  } catch (e) {
    if (e instanceof RunAbort) throw e;
    return "<exception str() failed>";
  }
}

function currentLine(interp: Interpreter): number | null {
  const line = interp.currentLine();
  return line > 0 ? line : null;
}

function internalError(interp: Interpreter, e: unknown): Outcome {
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const message = `internal error in the interpreter (${detail})`;
  const text = `SystemError: ${message}\n`;
  try {
    interp.output.writeFinal("stderr", text);
  } catch {
    // The output sink itself failed: the message is still in the result.
  }
  return failed({ type: "SystemError", message, line: currentLine(interp), traceback: text });
}

/** The interpreter could not even be created (an engine bug): a well-formed result all the same. */
function setupFailure(options: RunOptions, e: unknown): RunResult {
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const message = `internal error in the interpreter (${detail})`;
  const text = `SystemError: ${message}\n`;
  try {
    options.onOutput?.("stderr", text);
  } catch {
    // nothing more to do
  }
  return {
    status: "error",
    stdout: "",
    stderr: text,
    error: { type: "SystemError", message, line: null, traceback: text },
    events: [{ kind: "run-end", step: 0, line: 0, status: "error", liveBytes: 0, pendingFinalizers: [] }],
    eventsDropped: 0,
    stats: { steps: 0, wallMs: 0, collections: 0, freedObjects: 0, peakHeapBytes: 0, heapLimitBytes: options.heapBytes ?? DEFAULT_HEAP_BYTES },
    exitCode: 1,
    limit: null,
  };
}
