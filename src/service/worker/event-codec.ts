// Trace events as fixed binary records in the run's shared buffer (protocol.ts), so that the
// worker can mirror each event as it is recorded for ~10 ns (a JSON line cost ~2 us per event:
// doubling the cost of a trace-heavy run) and the main thread can still read them back after
// terminating the worker. A record is RECORD_SLOTS Float64 values: kind, step, line, then up to
// five kind-specific fields; enum strings are stored as their index, free strings (type names,
// "Type: message" errors, at most 200 units each: trace/recorder.ts) as the offset of a copy in
// the string area (a length unit followed by the units), or -1 when absent.
import type { TraceEvent } from "../../engine/api.js";

export const RECORD_SLOTS = 8;

const KINDS = [
  "gc-start",
  "gc-end",
  "ref-created",
  "finalize-created",
  "ref-cleared",
  "ref-callback",
  "finalize-call",
  "finalize-detached",
  "del-call",
  "memory-error",
] as const;
type RecordedKind = (typeof KINDS)[number];
const KIND_CODE = new Map<string, number>(KINDS.map((k, i) => [k, i]));
const REASONS = ["explicit", "threshold", "heap-full"] as const;
const OUTCOMES = ["ok", "error"] as const;
const TRIGGERS = ["collection", "call", "exit"] as const;

/** Stores a string in the string area; returns its offset, or -1 when the area is full. */
export type StringWriter = (s: string) => number;
export type StringReader = (offset: number) => string;

/** Whether `ev` has a record form (run-end does not: the pool makes its own on a hard stop). */
export const encodable = (ev: TraceEvent): boolean => KIND_CODE.has(ev.kind);

/**
 * Writes `ev` as the record at `f64[at..at+RECORD_SLOTS)`. False when one of its strings did not
 * fit in the string area (nothing then counts as written).
 */
export function encodeEvent(ev: TraceEvent, f64: Float64Array, at: number, str: StringWriter): boolean {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  let e = 0;
  const opt = (s: string | undefined): number => (s === undefined ? -1 : str(s));
  switch (ev.kind) {
    case "gc-start":
      a = REASONS.indexOf(ev.reason);
      b = ev.heapBytes;
      break;
    case "gc-end":
      a = ev.freedObjects;
      b = ev.freedBytes;
      c = ev.heapBytes;
      break;
    case "ref-created":
      a = ev.id;
      b = ev.targetId;
      c = str(ev.targetType);
      d = ev.hasCallback ? 1 : 0;
      if (c < 0) return false;
      break;
    case "finalize-created":
      a = ev.id;
      b = ev.targetId;
      c = str(ev.targetType);
      if (c < 0) return false;
      break;
    case "ref-cleared":
    case "finalize-detached":
      a = ev.id;
      b = ev.targetId;
      break;
    case "ref-callback":
      a = ev.id;
      b = ev.targetId;
      c = OUTCOMES.indexOf(ev.outcome);
      d = opt(ev.error);
      if (ev.error !== undefined && d < 0) return false;
      break;
    case "finalize-call":
      a = ev.id;
      b = ev.targetId;
      c = TRIGGERS.indexOf(ev.trigger);
      d = OUTCOMES.indexOf(ev.outcome);
      e = opt(ev.error);
      if (ev.error !== undefined && e < 0) return false;
      break;
    case "del-call":
      a = ev.id;
      b = str(ev.targetType);
      c = TRIGGERS.indexOf(ev.trigger);
      d = OUTCOMES.indexOf(ev.outcome);
      e = opt(ev.error);
      if (b < 0 || (ev.error !== undefined && e < 0)) return false;
      break;
    case "memory-error":
      a = ev.requestedBytes;
      b = ev.heapLimitBytes;
      break;
    default:
      return false;
  }
  f64[at] = KIND_CODE.get(ev.kind)!;
  f64[at + 1] = ev.step;
  f64[at + 2] = ev.line;
  f64[at + 3] = a;
  f64[at + 4] = b;
  f64[at + 5] = c;
  f64[at + 6] = d;
  f64[at + 7] = e;
  return true;
}

/** The event stored as the record at `f64[at..]`. */
export function decodeEvent(f64: Float64Array, at: number, str: StringReader): TraceEvent {
  const kind: RecordedKind = KINDS[f64[at]!]!;
  const step = f64[at + 1]!;
  const line = f64[at + 2]!;
  const a = f64[at + 3]!;
  const b = f64[at + 4]!;
  const c = f64[at + 5]!;
  const d = f64[at + 6]!;
  const e = f64[at + 7]!;
  const withError = <T extends object>(ev: T, offset: number): T => (offset >= 0 ? { ...ev, error: str(offset) } : ev);
  switch (kind) {
    case "gc-start":
      return { kind, step, line, reason: REASONS[a]!, heapBytes: b };
    case "gc-end":
      return { kind, step, line, freedObjects: a, freedBytes: b, heapBytes: c };
    case "ref-created":
      return { kind, step, line, id: a, targetId: b, targetType: str(c), hasCallback: d === 1 };
    case "finalize-created":
      return { kind, step, line, id: a, targetId: b, targetType: str(c) };
    case "ref-cleared":
    case "finalize-detached":
      return { kind, step, line, id: a, targetId: b };
    case "ref-callback":
      return withError({ kind, step, line, id: a, targetId: b, outcome: OUTCOMES[c]! }, d);
    case "finalize-call":
      return withError({ kind, step, line, id: a, targetId: b, trigger: TRIGGERS[c]!, outcome: OUTCOMES[d]! }, e);
    case "del-call":
      return withError({ kind, step, line, id: a, targetType: str(b), trigger: TRIGGERS[c] as "collection" | "exit", outcome: OUTCOMES[d]! }, e);
    case "memory-error":
      return { kind, step, line, requestedBytes: a, heapLimitBytes: b };
  }
}
