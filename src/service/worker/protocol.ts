// What crosses the boundary between the service's main thread and a pool worker. Plain
// data only (structured-clone safe), plus one SharedArrayBuffer per run for its output
// (pooled by the main thread: allocated once, reused run after run).
//
// Output streaming. The engine calls onOutput(stream, text) as the program writes. The
// worker keeps the latest output of each stream (up to TAIL_UNITS UTF-16 units) in the
// run's shared buffer, where the main thread can read it even after the worker has been
// terminated; when a stream's tail would overflow, the worker posts the tail to the main
// thread as an OutputMessage and starts a new one. So a hello-world run posts nothing, a run
// that writes a lot posts one message per TAIL_UNITS of output, and a run aborted by the
// pool loses nothing it wrote: main thread = posted chunks + the unposted tail.
//
// Trace and counters, the same way. Each kept trace event is written as a binary record to the
// run's event tail in shared memory (event-codec.ts; EVENT_TAIL_RECORDS records, their strings
// in a string area); when the tail is full, the worker posts its events as an EventsMessage and
// starts a new tail. Every 1000 steps the engine reports its counters (steps, line, collections,
// heap...), which the worker stores in the shared buffer. So when the pool has to terminate a
// worker, the answer still carries the events and statistics recorded until then (posted
// batches + the tail, and the counters).
import type { RunOptions, RunResult, TraceEvent } from "../../engine/api.js";
import { RECORD_SLOTS } from "./event-codec.js";

/** Options passed to runProgram: everything but the callbacks. */
export type EngineOptions = Omit<RunOptions, "onOutput" | "onEvent" | "onProgress" | "readStdin" | "now">;

/**
 * Test-only task kinds (honoured only when the pool was created with testHooks, which only
 * tests do; the route only sends one when the app's config has testHooks):
 * exit: the worker calls process.exit; oom: the worker exhausts its V8 heap; throw: the
 * "engine" throws (an engine bug); hang: the worker writes output, then never returns;
 * trace-hang: the real engine runs the source and, at its first progress report (step 1000),
 * never returns (an engine stuck inside one JS call after recording events and output);
 * sleep:<ms>: the worker blocks for ms, then returns an ok result.
 */
export type TestTaskKind = "exit" | "oom" | "throw" | "hang" | "trace-hang" | `sleep:${number}`;

export interface RunTask {
  runId: number;
  source: string;
  options: EngineOptions;
  /** SHARED_BYTES long; see the layout below. */
  shared: SharedArrayBuffer;
  test?: TestTaskKind;
}

export type TaskResult =
  | { ok: true; result: RunResult }
  /** runProgram threw: an engine bug (a Python error is a result, never a throw). */
  | { ok: false; engineError: { name: string; message: string; stack: string } }
  /** The run was withdrawn (client gone, no worker) before a worker took it: not run. */
  | { ok: false; cancelled: true };

/** Posted by a worker (through its parentPort, re-emitted as the pool's "message" event). */
export interface OutputMessage {
  heapscopeOutput: number; // the runId
  stream: StreamIndex;
  /** Position (in UTF-16 units) of text[0] within the stream. */
  start: number;
  text: string;
}

export type StreamIndex = 0 | 1; // stdout, stderr

/** Posted by a worker when its event tail is full: the events from index `start` on. */
export interface EventsMessage {
  heapscopeEvents: number; // the runId
  start: number;
  events: TraceEvent[];
}

// ---- shared buffer layout
// bytes 0..7    Float64  startedAt (Date.now() when the worker picked the task up)
// Int32[2]      state, changed only by compareExchange so that exactly one side wins:
//               QUEUED -> STARTED (the worker took the run) or CANCELLED (the main thread
//               withdrew it first); STARTED -> DONE (the worker finished it) or ABORTING (the
//               main thread is terminating the worker: a worker that then finishes blocks
//               until it is terminated, so it never takes another run)
// Int32[3 + 2s] base of stream s: stream position of the tail's first unit
// Int32[4 + 2s] length of stream s's tail, in units
// Int32[7]      threadId of the worker running the run (valid once started): the pool
//               terminates that worker on a hard abort
// Int32[8]      index (in the run's trace) of the event tail's first event
// Int32[9]      records in the event tail
// Int32[10]     UTF-16 units used in the string area
// Float64[6..12] the counters (COUNTERS order), written by the worker every 1000 steps
// bytes 112..   stream 0's tail (TAIL_UNITS x Uint16), then stream 1's, then the event tail
//               (EVENT_TAIL_RECORDS x RECORD_SLOTS x Float64), then the string area
//               (STRING_UNITS x Uint16)
export const TAIL_UNITS = 8192;
export const HEADER_BYTES = 112;
export const EVENT_TAIL_RECORDS = 512;
export const EVENT_TAIL_OFFSET = HEADER_BYTES + 2 * TAIL_UNITS * 2;
export const STRING_UNITS = 8192;
export const STRING_OFFSET = EVENT_TAIL_OFFSET + EVENT_TAIL_RECORDS * RECORD_SLOTS * 8;
export const SHARED_BYTES = STRING_OFFSET + STRING_UNITS * 2;
export const I32_EVENT_BASE = 8;
export const I32_EVENT_LEN = 9;
export const I32_STRING_LEN = 10;
/** The engine's progress counters, in their Float64 slots from F64_COUNTERS on. */
export const COUNTERS = ["steps", "line", "collections", "freedObjects", "heapBytes", "peakHeapBytes", "eventsDropped"] as const;
export const F64_COUNTERS = 6;
export const I32_STATE = 2;
export const STATE_QUEUED = 0;
export const STATE_STARTED = 1;
export const STATE_CANCELLED = 2;
export const STATE_DONE = 3;
export const STATE_ABORTING = 4;
export const I32_THREAD = 7;
export const i32Base = (s: StreamIndex) => 3 + 2 * s;
export const i32Len = (s: StreamIndex) => 4 + 2 * s;
export const tailOffset = (s: StreamIndex) => HEADER_BYTES + s * TAIL_UNITS * 2;
