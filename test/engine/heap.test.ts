// Heap invariants and the collector's guarantees, seen from programs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { run, py } from "./helpers-memory.js";

const memoryDir = join(dirname(fileURLToPath(import.meta.url)), "..", "python", "memory");

test("mem_alloc + mem_free is the heap limit, always", () => {
  const r = run(py`
    import gc
    total = gc.mem_alloc() + gc.mem_free()
    ok = True
    keep = []
    for i in range(3000):
        keep.append([i] * (i % 7))
        s = "x" * (i % 50) + str(i)
        if i % 500 == 0:
            gc.collect()
            keep = keep[len(keep) // 2:]
        ok = ok and gc.mem_alloc() + gc.mem_free() == total
    print(ok, total)
  `, { heapBytes: 4 << 20 });
  assert.equal(r.combined, `True ${4 << 20}\n`);
});

test("freed bytes return to mem_free", () => {
  const r = run(py`
    import gc
    gc.collect()
    base = gc.mem_alloc()
    x = [[0] * 100 for i in range(100)]
    grown = gc.mem_alloc() - base
    x = None
    gc.collect()
    print(grown >= 100 * 816, gc.mem_alloc() - base < 200)
  `);
  assert.equal(r.combined, "True True\n");
});

test("stats and gc-end agree with the heap", () => {
  const r = run("import gc\nx = [[i] for i in range(100)]\nx = None\nn = gc.collect()\nprint(n >= 100)\n");
  assert.equal(r.stdout, "True\n");
  assert.equal(r.stats.collections, 1);
  assert.ok(r.stats.freedObjects >= 100);
  assert.ok(r.stats.peakHeapBytes > 0 && r.stats.peakHeapBytes <= r.stats.heapLimitBytes);
  const end = r.events.find((e) => e.kind === "gc-end")!;
  assert.ok(end.kind === "gc-end" && end.freedObjects === r.stats.freedObjects);
});

test("a linked structure of a million nodes is marked without overflowing the stack", () => {
  const r = run(py`
    import gc, weakref
    class A:
        pass
    head = A()
    r = weakref.ref(head)
    l = [head]
    for i in range(1000000):
        l = [l]
    gc.collect()
    print(r() is head)
    head = None
    gc.collect()
    print(r() is not None)
    l = None
    gc.collect()
    print(r())
  `, { heapBytes: 256 << 20 });
  assert.equal(r.combined, "True\nTrue\nNone\n");
});

test("collections at every allocation (threshold 0) do not change what a program computes", () => {
  const src = readFileSync(join(memoryDir, "stress_threshold0.py"), "utf8");
  const r = run(src);
  // CPython has no gc.threshold: give it a stub and compare.
  const cp = spawnSync("python3", ["-c", "import gc\ngc.threshold = lambda *a: None\n" + src], { encoding: "utf8" });
  assert.equal(cp.status, 0, cp.stderr);
  assert.equal(r.combined, cp.stdout);
  assert.ok(r.stats.collections > 1000, String(r.stats.collections));
});

test("MemoryError is catchable, and the heap is usable afterwards", () => {
  const r = run(py`
    hoard = []
    try:
        while True:
            hoard.append("x" * 10000 + str(len(hoard)))
    except MemoryError:
        n = len(hoard)
    hoard = None
    again = ["y" * 10000 + str(i) for i in range(n)]
    print(len(again) == n)
  `, { heapBytes: 2 << 20 });
  assert.equal(r.combined, "True\n");
});

test("with the collector disabled, a full heap raises MemoryError without collecting", () => {
  const r = run(py`
    import gc
    gc.disable()
    try:
        for i in range(1000):
            junk = [0] * 10000
    except MemoryError as e:
        print(e)
    print(gc.isenabled())
    junk = None
    gc.enable()
    x = [0] * 10000
    print("ok")
  `, { heapBytes: 1 << 20 });
  assert.equal(r.combined, "memory allocation failed, allocating 80016 bytes\nFalse\nok\n");
  const firstError = r.events.findIndex((e) => e.kind === "memory-error");
  const firstFull = r.events.findIndex((e) => e.kind === "gc-start" && e.reason === "heap-full");
  assert.ok(firstError >= 0 && firstFull > firstError, "no collection while disabled");
});
