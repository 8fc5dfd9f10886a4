// The trace: exact events for a small program, determinism, the cap, run-end last.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { run, py } from "./helpers-memory.js";
import { TraceRecorder } from "../../src/engine/trace/recorder.js";

const conformance = join(dirname(fileURLToPath(import.meta.url)), "..", "conformance");

test("recorder: cap keeps run-end last and counts the rest", () => {
  const clock = { steps: 7, currentLine: () => 3 };
  const t = new TraceRecorder(clock, 3);
  for (let i = 0; i < 5; i++) t.gcStart("explicit", i);
  t.runEnd("ok", 0, []);
  assert.equal(t.events.length, 3);
  assert.equal(t.dropped, 3);
  assert.deepEqual(t.events[2], { kind: "run-end", step: 7, line: 3, status: "ok", liveBytes: 0, pendingFinalizers: [] });
  t.gcStart("explicit", 9);
  assert.equal(t.events.length, 3);
});

test("events of a weakref program: ids are id(), lines and order as specified", () => {
  const r = run(py`
    import gc, weakref
    class A:
        pass
    a = A()
    r = weakref.ref(a, lambda r: print("cb"))
    f = weakref.finalize(a, print, "fin")
    print(id(a), id(r), id(f))
    a = None
    gc.collect()
    keep = A()
    g = weakref.finalize(keep, print, "pending")
  `);
  assert.equal(r.status, "ok");
  const [ida, idr, idf] = r.stdout.split("\n")[0].split(" ").map(Number);
  const ev = r.events;
  const kinds = ev.map((e) => e.kind);
  assert.deepEqual(kinds, ["ref-created", "finalize-created", "gc-start", "ref-cleared", "gc-end", "finalize-call", "ref-callback", "finalize-created", "run-end"]);
  assert.deepEqual(ev[0], { kind: "ref-created", step: ev[0].step, line: 5, id: idr, targetId: ida, targetType: "A", hasCallback: true });
  assert.deepEqual(ev[1], { kind: "finalize-created", step: ev[1].step, line: 6, id: idf, targetId: ida, targetType: "A" });
  assert.equal(ev[2].kind === "gc-start" && ev[2].reason, "explicit");
  assert.equal(ev[2].line, 9);
  assert.deepEqual({ ...ev[3], step: 0 }, { kind: "ref-cleared", step: 0, line: 9, id: idr, targetId: ida });
  const end = ev[4];
  assert.ok(end.kind === "gc-end" && end.freedObjects >= 1 && end.freedBytes > 0);
  assert.ok(ev[5].kind === "finalize-call" && ev[5].trigger === "collection" && ev[5].outcome === "ok" && ev[5].id === idf);
  assert.ok(ev[6].kind === "ref-callback" && ev[6].outcome === "ok" && ev[6].id === idr);
  const last = ev[8];
  assert.ok(last.kind === "run-end" && last.status === "ok" && last.pendingFinalizers.length === 1 && last.liveBytes > 0);
  assert.equal(last.pendingFinalizers[0], (ev[7] as { id: number }).id);
  for (let i = 1; i < ev.length; i++) assert.ok(ev[i].step >= ev[i - 1].step, "steps never go back");
});

test("callback errors are traced with Type: message", () => {
  const r = run(readFileSync(join(conformance, "weakref_callback_error.py"), "utf8"));
  const errors = r.events.filter((e) => (e.kind === "finalize-call" || e.kind === "ref-callback") && e.outcome === "error");
  assert.deepEqual(errors.map((e) => (e as { error: string }).error), ["ValueError: ('boom', 2)", "ValueError: ('boom', 1)"]);
});

test("the trace is deterministic: the same program twice gives identical events", () => {
  for (const name of ["weakref_order.py", "gc_threshold.py", "gc_memory_error.py", "weakref_callback_reentry.py"]) {
    const src = readFileSync(join(conformance, name), "utf8");
    const a = run(src, { filename: name });
    const b = run(src, { filename: name });
    assert.equal(JSON.stringify(a.events), JSON.stringify(b.events), name);
    assert.equal(a.stdout, b.stdout);
  }
});

test("threshold and heap-full collections are traced with their reason", () => {
  const th = run(readFileSync(join(conformance, "gc_threshold.py"), "utf8"));
  assert.ok(th.events.some((e) => e.kind === "gc-start" && e.reason === "threshold"));
  const full = run(readFileSync(join(conformance, "gc_memory_error.py"), "utf8"));
  assert.ok(full.events.some((e) => e.kind === "gc-start" && e.reason === "heap-full"));
  assert.ok(full.events.some((e) => e.kind === "memory-error"));
});

test("maxEvents caps the trace; eventsDropped counts the rest", () => {
  const src = "import weakref\nclass A:\n    pass\nkeep = []\nfor i in range(50):\n    a = A()\n    keep.append(a)\n    weakref.ref(a)\n";
  const r = run(src, { maxEvents: 10 });
  assert.equal(r.events.length, 10);
  assert.equal(r.eventsDropped, 41);
  assert.equal(r.events[9].kind, "run-end");
  const none = run(src, { maxEvents: 0 });
  assert.equal(none.events.length, 1);
  assert.equal(none.events[0].kind, "run-end");
});

test("finalizeAtExit runs pending finalizers newest first with trigger exit", () => {
  const r = run(py`
    import weakref
    class A:
        pass
    a, b = A(), A()
    weakref.finalize(a, print, "first registered")
    weakref.finalize(b, print, "second registered")
    print("end")
  `, { finalizeAtExit: true });
  assert.equal(r.stdout, "end\nsecond registered\nfirst registered\n");
  const calls = r.events.filter((e) => e.kind === "finalize-call");
  assert.deepEqual(calls.map((e) => (e as { trigger: string }).trigger), ["exit", "exit"]);
  const end = r.events.at(-1)!;
  assert.ok(end.kind === "run-end" && end.pendingFinalizers.length === 0);
});

test("run-end carries the line where an uncaught exception stopped the run", () => {
  const r = run("x = 1\n\nraise ValueError(x)\n");
  const end = r.events.at(-1)!;
  assert.ok(end.kind === "run-end" && end.status === "error" && end.line === 3);
});

test("without finalizeAtExit, pending finalizers are listed and not run", () => {
  const r = run(readFileSync(join(conformance, "exit_pending.py"), "utf8"));
  assert.equal(r.stdout, "end\n");
  const end = r.events.at(-1)!;
  assert.ok(end.kind === "run-end" && end.pendingFinalizers.length === 1);
});
