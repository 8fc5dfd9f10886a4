// The trace recorder: the ordered, deterministic list of memory events of one run
// (semantics.md "The trace"; shapes in api.ts and openapi/openapi.yaml).
//
// Determinism: events carry only the interpreter step, the source line and values
// derived from the program (ids are allocation numbers), never wall-clock time, so
// the same program with the same limits yields the same events byte for byte.
//
// The cap (`maxEvents`) counts every kept event including the final `run-end`, which
// is always kept: regular events are kept while fewer than `maxEvents - 1` are held,
// the rest are only counted in `dropped`.
//
// The result budget starts here: strings a program controls (type names, "Type: message"
// errors) are cut to MAX_EVENT_STRING when recorded, and run-end lists at most
// MAX_PENDING_FINALIZERS ids, so a trace's size is bounded by maxEvents alone.

import type {
  CallbackOutcome,
  DelTrigger,
  FinalizeTrigger,
  GcReason,
  RetentionPath,
  RunEndEvent,
  RunStatus,
  TraceEvent,
} from "../api.js";
import { DEFAULT_MAX_EVENTS, ELLIPSIS, MAX_EVENT_STRING, MAX_PENDING_FINALIZERS } from "../api.js";

/** `s` cut to at most `max` UTF-16 units (the last one an ellipsis), never splitting a surrogate pair. */
export function capString(s: string, max: number = MAX_EVENT_STRING): string {
  if (s.length <= max) return s;
  let end = Math.max(0, max - 1);
  const c = s.charCodeAt(end - 1);
  if (end > 0 && c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end) + ELLIPSIS;
}

/** Where the program is: supplied by the interpreter (its step counter and current line). */
export interface TraceClock {
  readonly steps: number;
  currentLine(): number;
}

export class TraceRecorder {
  readonly events: TraceEvent[] = [];
  dropped = 0;
  private readonly keep: number;
  private ended = false;

  constructor(
    private readonly clock: TraceClock,
    maxEvents: number = DEFAULT_MAX_EVENTS,
    /** Told of each kept event (RunOptions.onEvent). */
    private readonly onEvent?: (event: TraceEvent) => void,
  ) {
    this.keep = Math.max(0, (maxEvents > 0 ? maxEvents : 0) - 1);
  }

  private push(ev: TraceEvent): void {
    if (this.ended) return;
    if (this.events.length < this.keep) {
      this.events.push(ev);
      if (this.onEvent) this.onEvent(ev);
    } else this.dropped++;
  }

  gcStart(reason: GcReason, heapBytes: number): void {
    if (this.full()) return;
    this.push({ kind: "gc-start", step: this.clock.steps, line: this.clock.currentLine(), reason, heapBytes });
  }

  gcEnd(freedObjects: number, freedBytes: number, heapBytes: number): void {
    if (this.full()) return;
    this.push({ kind: "gc-end", step: this.clock.steps, line: this.clock.currentLine(), freedObjects, freedBytes, heapBytes });
  }

  refCreated(id: number, targetId: number, targetType: string, hasCallback: boolean): void {
    if (this.full()) return;
    this.push({ kind: "ref-created", step: this.clock.steps, line: this.clock.currentLine(), id, targetId, targetType: capString(targetType), hasCallback });
  }

  finalizeCreated(id: number, targetId: number, targetType: string): void {
    if (this.full()) return;
    this.push({ kind: "finalize-created", step: this.clock.steps, line: this.clock.currentLine(), id, targetId, targetType: capString(targetType) });
  }

  refCleared(id: number, targetId: number): void {
    if (this.full()) return;
    this.push({ kind: "ref-cleared", step: this.clock.steps, line: this.clock.currentLine(), id, targetId });
  }

  refCallback(id: number, targetId: number, outcome: CallbackOutcome, error?: string): void {
    if (this.full()) return;
    const line = this.clock.currentLine();
    this.push(
      error === undefined
        ? { kind: "ref-callback", step: this.clock.steps, line, id, targetId, outcome }
        : { kind: "ref-callback", step: this.clock.steps, line, id, targetId, outcome, error: capString(error) },
    );
  }

  finalizeCall(id: number, targetId: number, trigger: FinalizeTrigger, outcome: CallbackOutcome, error?: string): void {
    if (this.full()) return;
    const line = this.clock.currentLine();
    this.push(
      error === undefined
        ? { kind: "finalize-call", step: this.clock.steps, line, id, targetId, trigger, outcome }
        : { kind: "finalize-call", step: this.clock.steps, line, id, targetId, trigger, outcome, error: capString(error) },
    );
  }

  finalizeDetached(id: number, targetId: number): void {
    if (this.full()) return;
    this.push({ kind: "finalize-detached", step: this.clock.steps, line: this.clock.currentLine(), id, targetId });
  }

  delCall(id: number, targetType: string, trigger: DelTrigger, outcome: CallbackOutcome, error?: string): void {
    if (this.full()) return;
    const line = this.clock.currentLine();
    this.push(
      error === undefined
        ? { kind: "del-call", step: this.clock.steps, line, id, targetType: capString(targetType), trigger, outcome }
        : { kind: "del-call", step: this.clock.steps, line, id, targetType: capString(targetType), trigger, outcome, error: capString(error) },
    );
  }

  memoryError(requestedBytes: number, heapLimitBytes: number): void {
    if (this.full()) return;
    this.push({ kind: "memory-error", step: this.clock.steps, line: this.clock.currentLine(), requestedBytes, heapLimitBytes });
  }

  /** The last event of every run; later events (there should be none) are ignored. */
  runEnd(
    status: RunStatus,
    liveBytes: number,
    pendingFinalizers: number[],
    line: number = this.clock.currentLine(),
    retention?: RetentionPath[],
  ): void {
    if (this.ended) return;
    const ev: RunEndEvent = { kind: "run-end", step: this.clock.steps, line, status, liveBytes, pendingFinalizers };
    if (pendingFinalizers.length > MAX_PENDING_FINALIZERS) {
      ev.pendingFinalizers = pendingFinalizers.slice(0, MAX_PENDING_FINALIZERS);
      ev.pendingFinalizersDropped = pendingFinalizers.length - MAX_PENDING_FINALIZERS;
    }
    if (retention !== undefined) ev.retention = retention.map(capRetentionPath);
    this.events.push(ev);
    this.ended = true;
    if (this.onEvent) this.onEvent(ev);
  }

  /** Cheap pre-check so a capped trace does not build event objects it will drop. */
  private full(): boolean {
    if (this.events.length < this.keep || this.ended) return false;
    this.dropped++;
    return true;
  }
}

/** A retention path with every program-controlled string (names, edges, type names) capped. */
function capRetentionPath(p: RetentionPath): RetentionPath {
  const root = p.root && {
    ...p.root,
    name: capString(p.root.name),
    type: capString(p.root.type),
    ...(p.root.frame !== undefined ? { frame: capString(p.root.frame) } : {}),
  };
  const steps = p.steps.map((s) => ({ edge: capString(s.edge), id: s.id, type: capString(s.type) }));
  return { ...p, targetType: capString(p.targetType), root, steps };
}
