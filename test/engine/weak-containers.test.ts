// issue 7: heap-full collections in the middle of iterating WeakSet,
// WeakKeyDictionary and WeakValueDictionary (a small heap, allocations in the loop
// body and while each walk starts): no "changed size during iteration", the dead
// entries are skipped and gone afterwards.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, py } from "./helpers-memory.js";

test("heap-full collections during walks over the three weak containers", () => {
  const r = run(py`
    import gc, weakref
    class O:
        def __init__(self, i):
            self.i = i
    def walks(c):
        if isinstance(c, weakref.WeakSet):
            return [iter(c)]
        if isinstance(c, weakref.WeakKeyDictionary):
            return [c.items(), c.keys(), c.values()]
        return [c.items(), c.keys(), c.values(), c.itervaluerefs()]
    results = []
    for kind in range(3):
        for start in range(0, 40):
            objs = [O(i) for i in range(40)]
            c = [weakref.WeakSet, weakref.WeakKeyDictionary, weakref.WeakValueDictionary][kind]()
            for o in objs:
                if kind == 0:
                    c.add(o)
                elif kind == 1:
                    c[o] = o.i
                else:
                    c[o.i] = o
            o = None
            for w in walks(c):
                gc.collect()
                objs = objs[:20]  # 20 entries die at the next collection
                # Fill the heap up to a few bytes (16 * start) more than the list
                # itself, so that a heap-full collection runs as the walk starts.
                pad = None
                pad = [0] * ((gc.mem_free() - 16 * start - 64) // 8)
                n = 0
                for x in w:
                    n += 1
                    pad = None
                    junk = [n] * 50
                x = None
            gc.collect()
            results.append(len(c))
    print(set(results))
  `, { heapBytes: 48 * 1024 });
  assert.equal(r.stderr, "");
  assert.equal(r.status, "ok");
  assert.equal(r.stdout, "{20}\n");
  const fulls = r.events.filter((e) => e.kind === "gc-start" && e.reason === "heap-full").length;
  assert.ok(fulls > 100, `heap-full collections: ${fulls}`);
});
