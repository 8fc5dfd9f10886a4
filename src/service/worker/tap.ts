// The worker's side of a run's shared buffer (layout in protocol.ts): the run's state, its
// output tails, its event tail and its progress counters, written as the engine reports
// them, so that the main thread can recover all of it after terminating this worker.
import { parentPort, threadId } from "node:worker_threads";
import type { RunProgress, TraceEvent } from "../../engine/api.js";
import { RECORD_SLOTS, encodable, encodeEvent } from "./event-codec.js";
import {
  COUNTERS,
  EVENT_TAIL_OFFSET,
  EVENT_TAIL_RECORDS,
  F64_COUNTERS,
  I32_EVENT_BASE,
  I32_EVENT_LEN,
  I32_STRING_LEN,
  I32_STATE,
  I32_THREAD,
  STATE_ABORTING,
  STATE_DONE,
  STATE_QUEUED,
  STATE_STARTED,
  STRING_OFFSET,
  STRING_UNITS,
  TAIL_UNITS,
  i32Base,
  i32Len,
  tailOffset,
  type EventsMessage,
  type OutputMessage,
  type StreamIndex,
} from "./protocol.js";

export class RunTap {
  private readonly i32: Int32Array;
  private readonly u16: Uint16Array;
  private readonly f64: Float64Array;
  private readonly pending: [string[], string[]] = [[], []];
  /** Events in the event tail (not posted yet). */
  private pendingEvents: TraceEvent[] = [];
  /** Strings in the string area, and their offsets there. */
  private readonly strings = new Map<string, number>();

  constructor(
    shared: SharedArrayBuffer,
    private readonly runId: number,
  ) {
    this.i32 = new Int32Array(shared);
    this.u16 = new Uint16Array(shared);
    this.f64 = new Float64Array(shared);
  }

  /** Claims the run (false: the main thread withdrew it while it was queued). */
  start(): boolean {
    this.f64[0] = Date.now();
    Atomics.store(this.i32, I32_THREAD, threadId);
    return Atomics.compareExchange(this.i32, I32_STATE, STATE_QUEUED, STATE_STARTED) === STATE_QUEUED;
  }

  /** Marks the run done; if the pool is terminating this worker already, waits for the end. */
  finish(): void {
    if (Atomics.compareExchange(this.i32, I32_STATE, STATE_STARTED, STATE_DONE) === STATE_STARTED) return;
    for (;;) Atomics.wait(this.i32, I32_STATE, STATE_ABORTING);
  }

  // ---- output: the latest TAIL_UNITS of each stream in shared memory, older text posted
  readonly write = (stream: "stdout" | "stderr", text: string): void => {
    if (text.length === 0) return;
    const s: StreamIndex = stream === "stdout" ? 0 : 1;
    if (this.i32[i32Len(s)]! + text.length > TAIL_UNITS) this.flush(s);
    if (text.length > TAIL_UNITS) {
      // Too big for the tail: post it as is.
      const base = this.i32[i32Base(s)]!;
      this.postOutput(s, base, text);
      Atomics.store(this.i32, i32Base(s), base + text.length);
      return;
    }
    const len = this.i32[i32Len(s)]!;
    const at = tailOffset(s) / 2 + len;
    for (let i = 0; i < text.length; i++) this.u16[at + i] = text.charCodeAt(i);
    this.pending[s].push(text);
    Atomics.store(this.i32, i32Len(s), len + text.length);
  };

  private flush(s: StreamIndex): void {
    const len = this.i32[i32Len(s)]!;
    if (len === 0) return;
    const base = this.i32[i32Base(s)]!;
    this.postOutput(s, base, this.pending[s].join(""));
    this.pending[s] = [];
    // Empty the tail before moving its base: the main thread, reading after a termination,
    // then sees either the old tail (and dedups it against the posted chunk) or nothing.
    Atomics.store(this.i32, i32Len(s), 0);
    Atomics.store(this.i32, i32Base(s), base + len);
  }

  private postOutput(stream: StreamIndex, start: number, text: string): void {
    const message: OutputMessage = { heapscopeOutput: this.runId, stream, start, text };
    parentPort?.postMessage(message);
  }

  // ---- events: one binary record each in the event tail, posted as objects when it is full
  readonly event = (ev: TraceEvent): void => {
    if (!encodable(ev)) return; // run-end: the run is over
    let n = this.i32[I32_EVENT_LEN]!;
    if (n >= EVENT_TAIL_RECORDS || !encodeEvent(ev, this.f64, this.recordAt(n), this.writeString)) {
      this.flushEvents();
      n = 0;
      if (!encodeEvent(ev, this.f64, this.recordAt(0), this.writeString)) {
        // Cannot happen (event strings are at most 200 units), but never lose an event.
        this.pendingEvents.push(ev);
        this.flushEvents();
        return;
      }
    }
    this.pendingEvents.push(ev);
    Atomics.store(this.i32, I32_EVENT_LEN, n + 1);
  };

  private recordAt(n: number): number {
    return EVENT_TAIL_OFFSET / 8 + n * RECORD_SLOTS;
  }

  private readonly writeString = (s: string): number => {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    const used = this.i32[I32_STRING_LEN]!;
    if (used + 1 + s.length > STRING_UNITS || s.length > 0xffff) return -1;
    const at = STRING_OFFSET / 2 + used;
    this.u16[at] = s.length;
    for (let i = 0; i < s.length; i++) this.u16[at + 1 + i] = s.charCodeAt(i);
    Atomics.store(this.i32, I32_STRING_LEN, used + 1 + s.length);
    this.strings.set(s, used);
    return used;
  };

  private flushEvents(): void {
    const n = this.pendingEvents.length;
    if (n > 0) {
      const base = this.i32[I32_EVENT_BASE]!;
      const message: EventsMessage = { heapscopeEvents: this.runId, start: base, events: this.pendingEvents };
      parentPort?.postMessage(message);
      this.pendingEvents = [];
      // As for output: empty the tail before moving its base.
      Atomics.store(this.i32, I32_EVENT_LEN, 0);
      Atomics.store(this.i32, I32_EVENT_BASE, base + n);
    }
    Atomics.store(this.i32, I32_STRING_LEN, 0);
    this.strings.clear();
  }

  // ---- counters
  readonly progress = (p: RunProgress): void => {
    for (let i = 0; i < COUNTERS.length; i++) this.f64[F64_COUNTERS + i] = p[COUNTERS[i]!];
  };
}
