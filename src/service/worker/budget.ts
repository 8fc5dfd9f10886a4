// The result budget: the most a run's result may weigh when it crosses to the main thread and
// is serialized, derived from the run's limits. The engine bounds every part of a result at
// its source (run.ts, trace/recorder.ts); the worker checks the whole against this ceiling
// before returning it, and cuts a result that exceeds it (which would be an engine bug), so
// no program can make the main thread build or serialize more than the ceiling.
import { ELLIPSIS, MAX_EVENT_STRING, MAX_PENDING_FINALIZERS, type RunResult, type TraceEvent } from "../../engine/api.js";
import type { EngineOptions } from "./protocol.js";

/** JSON escapes one UTF-16 unit as at most 6 bytes (\u001f). */
const JSON_BYTES_PER_UNIT = 6;
/** An event's JSON, strings aside: keys and numbers (generous). */
const EVENT_FIXED_BYTES = 400;
/** An event holds at most two capped strings (del-call: targetType and error). */
const EVENT_MAX_BYTES = EVENT_FIXED_BYTES + 2 * JSON_BYTES_PER_UNIT * MAX_EVENT_STRING;
/** Everything else: keys, status, stats, exitCode, limit, run-end's capped id list. */
const RESULT_FIXED_BYTES = 2048 + MAX_PENDING_FINALIZERS * 17;

/**
 * The ceiling, in bytes of JSON, of a run's result: stdout + stderr (maxOutputBytes of text
 * together), error.message and error.traceback (maxOutputBytes each), error.type (capped like
 * event strings), maxEvents events, and a constant. Needs maxOutputBytes and maxEvents (the
 * service always sets both).
 */
export function resultCeilingBytes(options: Pick<EngineOptions, "maxOutputBytes" | "maxEvents">): number {
  const output = options.maxOutputBytes ?? 0;
  const events = options.maxEvents ?? 0;
  return JSON_BYTES_PER_UNIT * (3 * output + MAX_EVENT_STRING) + Math.max(1, events) * EVENT_MAX_BYTES + RESULT_FIXED_BYTES;
}

/** An upper bound of the result's JSON size, in O(events) without serializing it. */
export function resultSizeBound(r: RunResult): number {
  let n = RESULT_FIXED_BYTES + JSON_BYTES_PER_UNIT * (r.stdout.length + r.stderr.length);
  if (r.error) n += JSON_BYTES_PER_UNIT * (r.error.type.length + r.error.message.length + r.error.traceback.length);
  for (const ev of r.events) n += eventBound(ev);
  return n;
}

function eventBound(ev: TraceEvent): number {
  let n = EVENT_FIXED_BYTES;
  if ("targetType" in ev) n += JSON_BYTES_PER_UNIT * ev.targetType.length;
  if ("error" in ev && ev.error !== undefined) n += JSON_BYTES_PER_UNIT * ev.error.length;
  if (ev.kind === "run-end") {
    n += 17 * ev.pendingFinalizers.length;
    // Retention paths are few and their strings capped by the recorder: measure them.
    if (ev.retention !== undefined) n += JSON_BYTES_PER_UNIT * JSON.stringify(ev.retention).length;
  }
  return n;
}

const cut = (s: string, units: number) => (s.length <= units ? s : units <= 0 ? "" : s.slice(0, units - 1) + ELLIPSIS);

/**
 * The result itself when it is within its ceiling (always, unless the engine missed a cap);
 * else a copy cut to fit: each text to its share of the output budget, events to maxEvents
 * (run-end kept) with their strings capped.
 */
export function boundResult(r: RunResult, options: Pick<EngineOptions, "maxOutputBytes" | "maxEvents">): RunResult {
  const ceiling = resultCeilingBytes(options);
  if (resultSizeBound(r) <= ceiling) return r;
  const units = options.maxOutputBytes ?? 0;
  const maxEvents = Math.max(1, options.maxEvents ?? 0);
  const last = r.events.at(-1);
  const kept = r.events.slice(0, maxEvents - 1).filter((e) => e.kind !== "run-end");
  const events = (last?.kind === "run-end" ? [...kept, last] : kept).map(capEvent);
  return {
    ...r,
    stdout: cut(r.stdout, units),
    stderr: cut(r.stderr, Math.max(0, units - Math.min(units, r.stdout.length))),
    error: r.error && { ...r.error, type: cut(r.error.type, MAX_EVENT_STRING), message: cut(r.error.message, units), traceback: cut(r.error.traceback, units) },
    events,
    eventsDropped: r.eventsDropped + (r.events.length - events.length),
  };
}

function capEvent(ev: TraceEvent): TraceEvent {
  const e = { ...ev } as TraceEvent & { targetType?: string; error?: string };
  if (e.targetType !== undefined) e.targetType = cut(e.targetType, MAX_EVENT_STRING);
  if (e.error !== undefined) e.error = cut(e.error, MAX_EVENT_STRING);
  if (e.kind === "run-end" && e.pendingFinalizers.length > MAX_PENDING_FINALIZERS) {
    e.pendingFinalizersDropped = (e.pendingFinalizersDropped ?? 0) + e.pendingFinalizers.length - MAX_PENDING_FINALIZERS;
    e.pendingFinalizers = e.pendingFinalizers.slice(0, MAX_PENDING_FINALIZERS);
  }
  return e;
}
