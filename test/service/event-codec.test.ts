// Trace events survive the binary records of the shared event tail (worker/event-codec.ts)
// unchanged, for every kind a run records before its end.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { TraceEvent } from "../../src/engine/api.js";
import { runProgram } from "../../src/engine/run.js";
import { RECORD_SLOTS, decodeEvent, encodable, encodeEvent } from "../../src/service/worker/event-codec.js";

function roundTrip(events: TraceEvent[]): TraceEvent[] {
  const f64 = new Float64Array(events.length * RECORD_SLOTS);
  const strings: string[] = [];
  const write = (s: string) => strings.push(s) - 1;
  events.forEach((ev, i) => assert.ok(encodeEvent(ev, f64, i * RECORD_SLOTS, write), ev.kind));
  return events.map((_, i) => decodeEvent(f64, i * RECORD_SLOTS, (o) => strings[o]!));
}

describe("event records", () => {
  it("every recorded kind decodes to the same event", () => {
    const r = runProgram(
      [
        "import gc, weakref",
        "class Thing:",
        "    def __del__(self): raise KeyError('del')",
        "class Plain: pass",
        "def boom(r): raise ValueError('cb')",
        "a, b, c = Plain(), Plain(), Thing()",
        "r1 = weakref.ref(a, boom)",
        "r2 = weakref.ref(b)",
        "f1 = weakref.finalize(a, print, 'fin')",
        "f2 = weakref.finalize(b, len)",
        "f2.detach()",
        "f3 = weakref.finalize(c, int, 'x')",
        "del a, b, c",
        "gc.collect()",
        "xs = [0] * 10**8",
      ].join("\n"),
      { heapBytes: 1 << 20 },
    );
    const events = r.events.filter(encodable);
    const kinds = new Set(events.map((e) => e.kind));
    for (const k of ["gc-start", "gc-end", "ref-created", "finalize-created", "ref-cleared", "ref-callback", "finalize-call", "finalize-detached", "del-call", "memory-error"]) {
      assert.ok(kinds.has(k as TraceEvent["kind"]), `the program records ${k}`);
    }
    assert.deepEqual(roundTrip(events), events);
    assert.equal(encodable(r.events.at(-1)!), false, "run-end has no record");
  });

  it("an event whose string does not fit is not written", () => {
    const f64 = new Float64Array(RECORD_SLOTS);
    const ev: TraceEvent = { kind: "ref-created", step: 1, line: 1, id: 2, targetId: 1, targetType: "T", hasCallback: false };
    assert.equal(encodeEvent(ev, f64, 0, () => -1), false);
  });
});
