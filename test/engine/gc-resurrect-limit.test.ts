// issue 7: the heap limit holds after resurrection. A collection's freed objects that a
// `__del__` may reach are held against the limit while the `__del__`s run, and the ones
// they resurrect are counted again before the collection returns.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, py } from "./helpers-memory.js";

const MiB16 = 16 * 1024 * 1024;
const N = 1_200_000;
const LIST = 16 + 8 * N; // 9600016: the size model's list of N items

test("a resurrected 9.6 MB list cannot be allocated twice against 16 MiB; peak exact", () => {
  const r = run(py`
    import gc
    saved = []
    class Holder:
        def __init__(self):
            self.big = [0] * ${N}
        def __del__(self):
            saved.append(self)
    ok = True
    def check():
        global ok
        ok = ok and 0 <= gc.mem_alloc() <= ${MiB16} and gc.mem_free() >= 0
    gc.collect()
    base = gc.mem_alloc()
    h = Holder()
    h = None
    try:
        b = [1] * ${N}
    except MemoryError as e:
        print(e)
    check()
    print(len(saved), gc.mem_alloc() - base)
  `, { heapBytes: MiB16 });
  assert.equal(r.status, "ok");
  const lines = r.stdout.split("\n");
  assert.equal(lines[0], `memory allocation failed, allocating ${LIST} bytes`);
  // The holder (32) and its list, resurrected; the slot `saved` grew by (16); the
  // bound method `saved.append` and the __del__ call's garbage are not freed yet.
  const [count, delta] = lines[1].split(" ").map(Number);
  assert.equal(count, 1);
  assert.ok(delta >= LIST + 32 + 16 && delta < LIST + 32 + 16 + 512, lines[1]);
  // The peak is the largest mem_alloc() ever: the holder, its list and the baseline,
  // never the two lists together.
  assert.ok(r.stats.peakHeapBytes <= MiB16 && r.stats.peakHeapBytes >= LIST + 32);
  assert.ok(r.stats.peakHeapBytes < 2 * LIST);
  const ends = r.events.flatMap((e) => (e.kind === "gc-end" ? [e] : []));
  for (const e of ends) {
    assert.ok(e.freedBytes >= 0 && e.freedObjects >= 0 && e.heapBytes <= MiB16, JSON.stringify(e));
  }
  // The heap-full collection freed the holder and its list (then __del__ revived them).
  const full = ends[ends.length - 1];
  assert.ok(full.freedBytes >= LIST + 32, JSON.stringify(full));
  assert.deepEqual(r.events.filter((e) => e.kind === "memory-error").map((e) => (e as { requestedBytes: number }).requestedBytes), [LIST]);
});

test("the peak is exact: equal to the largest mem_alloc() when nothing is freed in between", () => {
  const r = run(py`
    import gc
    saved = []
    class Holder:
        def __init__(self):
            self.big = [0] * ${N}
        def __del__(self):
            saved.append(self)
    gc.collect()
    h = Holder()
    h = None
    gc.collect()
    top = gc.mem_alloc()
    print(len(saved))
  `, { heapBytes: MiB16 });
  assert.equal(r.status, "ok");
  assert.equal(r.stdout, "1\n");
  assert.ok(r.stats.peakHeapBytes <= MiB16);
  // Without any allocation between the holder and the end bigger than the list, the
  // peak is the list + holder + small change, never twice the list.
  assert.ok(r.stats.peakHeapBytes >= LIST + 32 && r.stats.peakHeapBytes < LIST + 32 + 4096, String(r.stats.peakHeapBytes));
});

test("__del__ allocating next to what it resurrects: held bytes count against the limit", () => {
  const r = run(py`
    import gc
    saved = []
    class Greedy:
        def __init__(self):
            self.big = [0] * ${N}
        def __del__(self):
            saved.append(self)
            print(gc.mem_alloc() + gc.mem_free())
            try:
                x = [2] * ${N}
                print("allocated: wrong")
            except MemoryError as e:
                print("in __del__:", e)
    g = Greedy()
    g = None
    gc.collect()
    print(len(saved), gc.mem_alloc() <= ${MiB16}, gc.mem_free() >= 0)
    saved.clear()
    gc.collect()
    x = [2] * ${N}
    print("after the real free:", len(x))
  `, { heapBytes: MiB16 });
  assert.equal(r.status, "ok");
  assert.equal(r.stdout, `${MiB16}\nin __del__: memory allocation failed, allocating ${LIST} bytes\n1 True True\nafter the real free: ${N}\n`);
  assert.ok(r.stats.peakHeapBytes <= MiB16);
});

test("a __del__ that does not resurrect releases the held bytes for the next allocation", () => {
  const r = run(py`
    import gc
    n = []
    class Mortal:
        def __init__(self):
            self.big = [0] * ${N}
        def __del__(self):
            n.append(1)
    m = Mortal()
    m = None
    b = [1] * ${N}
    print(len(n), len(b))
  `, { heapBytes: MiB16 });
  assert.equal(r.status, "ok");
  assert.equal(r.stdout, `1 ${N}\n`);
});
