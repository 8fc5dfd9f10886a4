// The main thread's side of a run's shared buffer (layout in worker/protocol.ts; the worker's
// side is worker/tap.ts): the run's state machine, and what a terminated worker left behind
// (output tails, event tail, counters).
import type { TraceEvent } from "../../engine/api.js";
import { RECORD_SLOTS, decodeEvent } from "../worker/event-codec.js";
import {
  COUNTERS,
  EVENT_TAIL_OFFSET,
  F64_COUNTERS,
  HEADER_BYTES,
  I32_EVENT_BASE,
  I32_EVENT_LEN,
  I32_STATE,
  I32_THREAD,
  STATE_ABORTING,
  STATE_CANCELLED,
  STATE_QUEUED,
  STATE_STARTED,
  STRING_OFFSET,
  i32Base,
  i32Len,
  tailOffset,
  type StreamIndex,
} from "../worker/protocol.js";

/** The main thread's view of a run's shared buffer. */
export class SharedView {
  readonly i32: Int32Array;
  constructor(readonly buffer: SharedArrayBuffer) {
    this.i32 = new Int32Array(buffer);
  }
  reset(): this {
    new Float64Array(this.buffer, 0, 1)[0] = 0;
    for (let i = 2; i < HEADER_BYTES / 4; i++) Atomics.store(this.i32, i, 0);
    return this;
  }
  /** The engine's last reported counters (protocol.ts COUNTERS). */
  counters(): Record<(typeof COUNTERS)[number], number> {
    const f64 = new Float64Array(this.buffer, 0, HEADER_BYTES / 8);
    const out = {} as Record<(typeof COUNTERS)[number], number>;
    COUNTERS.forEach((name, i) => (out[name] = f64[F64_COUNTERS + i]!));
    return out;
  }
  get eventBase(): number {
    return Atomics.load(this.i32, I32_EVENT_BASE);
  }
  /** The events in the event tail (binary records, worker/event-codec.ts), starting at index eventBase. */
  eventTail(): TraceEvent[] {
    const n = Atomics.load(this.i32, I32_EVENT_LEN);
    // Copy out of shared memory first (TextDecoder does not read shared views).
    const f64 = new Float64Array(this.buffer, EVENT_TAIL_OFFSET, n * RECORD_SLOTS).slice();
    const u16 = new Uint16Array(this.buffer, STRING_OFFSET);
    const readString = (offset: number): string => {
      const len = u16[offset]!;
      return new TextDecoder("utf-16le").decode(u16.slice(offset + 1, offset + 1 + len));
    };
    const events: TraceEvent[] = [];
    for (let i = 0; i < n; i++) events.push(decodeEvent(f64, i * RECORD_SLOTS, readString));
    return events;
  }
  get state(): number {
    return Atomics.load(this.i32, I32_STATE);
  }
  /** A worker took the run (it may have finished it since). */
  get started(): boolean {
    const state = this.state;
    return state !== STATE_QUEUED && state !== STATE_CANCELLED;
  }
  get startedAt(): number {
    return this.started ? new Float64Array(this.buffer, 0, 1)[0]! : 0;
  }
  get threadId(): number {
    return Atomics.load(this.i32, I32_THREAD);
  }
  /** Withdraws a run no worker has taken yet; false if one has. */
  withdraw(): boolean {
    return Atomics.compareExchange(this.i32, I32_STATE, STATE_QUEUED, STATE_CANCELLED) === STATE_QUEUED;
  }
  /** Claims a running run for termination; false if its worker has finished it meanwhile. */
  claimAbort(): boolean {
    return Atomics.compareExchange(this.i32, I32_STATE, STATE_STARTED, STATE_ABORTING) === STATE_STARTED;
  }
  base(s: StreamIndex): number {
    return Atomics.load(this.i32, i32Base(s));
  }
  tail(s: StreamIndex): string {
    const len = Atomics.load(this.i32, i32Len(s));
    // Copy out of shared memory first (TextDecoder does not read shared views).
    const units = new Uint16Array(this.buffer, tailOffset(s), len).slice();
    return new TextDecoder("utf-16le").decode(units);
  }
}
