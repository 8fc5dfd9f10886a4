// User __del__ methods: run once, when a collection frees the object (after the weakref
// callbacks), traced as del-call; resurrection keeps the accounting exact; exit rules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, py } from "./helpers-memory.js";
import type { TraceEvent } from "../../src/engine/api.js";

function gcEnds(events: TraceEvent[]) {
  return events.flatMap((e) => (e.kind === "gc-end" ? [e] : []));
}

test("del-call event: id, class name, trigger, outcome, after gc-end", () => {
  const r = run(py`
    import gc
    class A:
        def __del__(self):
            print("del")
    a = A()
    print(id(a))
    a = None
    gc.collect()
  `);
  assert.equal(r.status, "ok");
  const ida = Number(r.stdout.split("\n")[0]);
  const ev = r.events;
  assert.deepEqual(ev.map((e) => e.kind), ["gc-start", "gc-end", "del-call", "run-end"]);
  assert.deepEqual(ev[2], { kind: "del-call", step: ev[2].step, line: 8, id: ida, targetType: "A", trigger: "collection", outcome: "ok" });
  assert.ok(ev[2].step >= ev[1].step);
  const end = ev[1];
  assert.ok(end.kind === "gc-end" && end.freedObjects >= 1, "the object is freed by the collection that finalizes it");
});

test("del-call error: Type: message, stderr in CPython's format, the program goes on", () => {
  const r = run(py`
    import gc
    class Bad(Exception):
        def __del__(self):
            raise ValueError("boom")
    b = Bad()
    b = None
    gc.collect()
    print("after")
  `);
  assert.equal(r.status, "ok");
  assert.match(r.stderr, /^Exception ignored in: <function Bad\.__del__ at 0x[0-9a-f]{12}>\nTraceback \(most recent call last\):\n {2}File "main\.py", line 4, in __del__\nValueError: boom\n$/);
  assert.equal(r.stdout, "after\n");
  const del = r.events.find((e) => e.kind === "del-call");
  assert.ok(del && del.kind === "del-call" && del.outcome === "error" && del.error === "ValueError: boom" && del.targetType === "Bad");
});

test("order in one collection: ref cleared, gc-end, finalize, ref callback, then __del__", () => {
  const r = run(py`
    import gc, weakref
    class A:
        def __del__(self):
            print("del")
    a = A()
    r = weakref.ref(a, lambda r: print("cb"))
    f = weakref.finalize(a, print, "fin")
    a = None
    gc.collect()
  `);
  assert.equal(r.stdout, "fin\ncb\ndel\n");
  assert.deepEqual(r.events.map((e) => e.kind), ["ref-created", "finalize-created", "gc-start", "ref-cleared", "gc-end", "finalize-call", "ref-callback", "del-call", "run-end"]);
});

test("a cycle of finalizable objects: each __del__ once, in id order", () => {
  const r = run(py`
    import gc
    class N:
        def __init__(self, name):
            self.name = name
        def __del__(self):
            print("del", self.name, self.peer.name)
    b = N("b")
    a = N("a")
    a.peer = b
    b.peer = a
    a = b = None
    gc.collect()
    gc.collect()
  `);
  assert.equal(r.stdout, "del b a\ndel a b\n");
  const dels = r.events.filter((e) => e.kind === "del-call");
  assert.equal(dels.length, 2);
  assert.ok(dels[0].kind === "del-call" && dels[1].kind === "del-call" && dels[0].id < dels[1].id);
});

test("resurrection: counted again at the next collection, never freed twice, __del__ once", () => {
  const r = run(py`
    import gc
    saved = [None]
    class P:
        def __init__(self):
            self.data = [1] * 50
        def __del__(self):
            saved[0] = self
            self.data.extend(range(100))
            self.extra = [2] * 10
    gc.collect()
    p = P()
    gc.collect()
    alive = gc.mem_alloc()
    p = None
    gc.collect()
    print(saved[0] is not None, len(saved[0].data))
    gc.collect()
    healed = gc.mem_alloc()
    print(gc.collect())
    print(gc.mem_alloc() == healed, healed > alive)
    saved[0] = None
    gc.collect()
    print(gc.mem_alloc() < alive)
  `);
  assert.equal(r.status, "ok");
  assert.equal(r.stdout, "True 150\n0\nTrue True\nTrue\n");
  const ends = gcEnds(r.events);
  for (const e of ends) assert.ok(e.freedObjects >= 0 && e.freedBytes >= 0, JSON.stringify(e));
  // ends[2] frees p and its list; the next one only the temporaries of __del__ (a range,
  // its iterator, a str), not the revived p (grown in its __del__) counted again; the
  // last one frees exactly p, its grown list and its new list, back to the start.
  assert.deepEqual([ends[2].freedObjects, ends[3].freedObjects, ends[4].freedObjects, ends[5].freedObjects], [2, 3, 0, 3]);
  assert.ok(ends[3].freedBytes < 200);
  assert.equal(ends[5].heapBytes, ends[0].heapBytes);
  assert.equal(ends[5].freedBytes, ends[4].heapBytes - ends[0].heapBytes);
  assert.equal(r.events.filter((e) => e.kind === "del-call").length, 1);
});

test("every run: mem_alloc + mem_free is the limit around __del__ and resurrection", () => {
  const r = run(py`
    import gc
    keep = []
    total = gc.mem_alloc() + gc.mem_free()
    ok = True
    class R:
        def __del__(self):
            global ok
            ok = ok and gc.mem_alloc() + gc.mem_free() == total
            if len(keep) < 50:
                keep.append(self)
    for i in range(300):
        R()
        if i % 37 == 0:
            gc.collect()
            ok = ok and gc.mem_alloc() + gc.mem_free() == total
    keep.clear()
    gc.collect()
    print(ok, gc.mem_alloc() + gc.mem_free() == total)
  `, { heapBytes: 64 * 1024 });
  assert.equal(r.status, "ok");
  assert.equal(r.stdout, "True True\n");
  for (const e of gcEnds(r.events)) assert.ok(e.freedObjects >= 0 && e.freedBytes >= 0, JSON.stringify(e));
  assert.equal(r.events.filter((e) => e.kind === "del-call").length, 300);
});

test("heap-full collections finalize garbage; with gc.disable() the heap fills up", () => {
  const src = (disable: boolean) => py`
    import gc
    n = 0
    class A:
        def __init__(self):
            self.pad = [0] * 20
        def __del__(self):
            global n
            n += 1
    ${disable ? "gc.disable()" : ""}
    for i in range(2000):
        A()
    print("made all", n > 0)
  `;
  const on = run(src(false), { heapBytes: 64 * 1024 });
  assert.equal(on.status, "ok");
  assert.equal(on.stdout, "made all True\n");
  assert.ok(on.events.some((e) => e.kind === "gc-start" && e.reason === "heap-full"));
  const off = run(src(true), { heapBytes: 64 * 1024 });
  assert.equal(off.status, "memory-limit");
  assert.ok(!off.events.some((e) => e.kind === "del-call"));
});

test("a collection and a MemoryError inside __del__; a limit passes through untouched", () => {
  const r = run(py`
    import gc
    class A:
        def __init__(self, name):
            self.name = name
            self.child = [name]
        def __del__(self):
            print("del", self.name, self.child, gc.collect() >= 0)
            if self.name == "big":
                x = "a" * (10**9)
    a = A("a")
    b = A("big")
    c = A("c")
    a = b = c = None
    gc.collect()
    print("end")
  `);
  assert.equal(r.status, "ok");
  assert.equal(r.stdout, "del a ['a'] True\ndel big ['big'] True\ndel c ['c'] True\nend\n");
  assert.match(r.stderr, /MemoryError: memory allocation failed/);
  const dels = r.events.filter((e) => e.kind === "del-call");
  assert.deepEqual(dels.map((e) => e.kind === "del-call" && e.outcome), ["ok", "error", "ok"]);
  for (const e of gcEnds(r.events)) assert.ok(e.freedObjects >= 0 && e.freedBytes >= 0, JSON.stringify(e));

  const t = run(py`
    import gc
    class Loop:
        def __del__(self):
            try:
                while True:
                    pass
            finally:
                print("never")
    x = Loop()
    x = None
    gc.collect()
    print("never either")
  `, { maxSteps: 10000 });
  assert.equal(t.status, "timeout");
  assert.equal(t.stdout, "");
  assert.ok(!t.events.some((e) => e.kind === "del-call"));
});

test("exit: no __del__ for live objects unless finalizeAtExit (then after finalizers, newest first)", () => {
  const src = py`
    import weakref
    class A:
        def __init__(self, name):
            self.name = name
        def __del__(self):
            print("del", self.name)
    a = A("a")
    b = A("b")
    dropped = A("dropped")
    dropped = None
    f = weakref.finalize(a, print, "fin")
    print("end")
  `;
  const plain = run(src);
  assert.equal(plain.stdout, "end\n");
  assert.ok(!plain.events.some((e) => e.kind === "del-call"));
  const fin = run(src, { finalizeAtExit: true });
  assert.equal(fin.stdout, "end\nfin\ndel dropped\ndel b\ndel a\n");
  const dels = fin.events.filter((e) => e.kind === "del-call");
  assert.ok(dels.every((e) => e.kind === "del-call" && e.trigger === "exit" && e.outcome === "ok"));
  assert.equal(fin.events.at(-1)!.kind, "run-end");
});

test("finalizeAtExit: an object finalized by a collection is not finalized again at exit", () => {
  const r = run(py`
    import gc
    saved = []
    class A:
        def __del__(self):
            print("del")
            saved.append(self)
    a = A()
    a = None
    gc.collect()
    print(len(saved))
  `, { finalizeAtExit: true });
  assert.equal(r.stdout, "del\n1\n");
});
