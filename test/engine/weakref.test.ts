// weakref events beyond the conformance programs: explicit calls, detach, errors,
// non-heap targets, callbacks that outlive their collection.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, py } from "./helpers-memory.js";

test("explicit finalize call and detach are traced", () => {
  const r = run(py`
    import weakref
    class A:
        pass
    a = A()
    f = weakref.finalize(a, print, "called")
    g = weakref.finalize(a, print, "never")
    f()
    g.detach()
    def bad():
        raise ValueError("no")
    h = weakref.finalize(a, bad)
    try:
        h()
    except ValueError:
        print("caught")
  `);
  assert.equal(r.stdout, "called\ncaught\n");
  const kinds = r.events.map((e) => e.kind + ("trigger" in e ? ":" + e.trigger + ":" + e.outcome : ""));
  assert.deepEqual(kinds, ["finalize-created", "finalize-created", "finalize-call:call:ok", "finalize-detached", "finalize-created", "finalize-call:call:error", "run-end"]);
  const err = r.events.find((e) => e.kind === "finalize-call" && e.outcome === "error");
  assert.equal((err as { error: string }).error, "ValueError: no");
});

test("non-heap values cannot be weakly referenced, with the exact message", () => {
  const r = run("import weakref\nfor v in (None, 1, 'lit', (), len, int):\n    try:\n        weakref.ref(v)\n    except TypeError as e:\n        print(e)\n");
  assert.equal(r.stdout, "not a heap object\n".repeat(6));
});

test("a finalizer's exception during a collection is reported and the rest run", () => {
  const r = run(py`
    import gc, weakref
    class A:
        pass
    a = A()
    weakref.finalize(a, print, "second")
    weakref.finalize(a, int, "not a number")
    a = None
    gc.collect()
    print("after")
  `);
  assert.equal(r.status, "ok");
  assert.match(r.stderr, /^Unhandled exception in weakref callback:\n/);
  assert.match(r.stderr, /ValueError: invalid literal for int\(\) with base 10: 'not a number'\n$/);
  assert.equal(r.stdout, "second\nafter\n");
});

test("weak registry order survives many targets and interleaved registrations", () => {
  const r = run(py`
    import gc, weakref
    class A:
        pass
    objs = [A() for i in range(5)]
    refs = []
    for i in (3, 1, 4, 0, 2):
        refs.append(weakref.ref(objs[i], lambda r, i=i: print("ref", i)))
    for i in range(5):
        weakref.finalize(objs[i], print, "fin", i)
    objs = None
    gc.collect()
  `);
  assert.equal(r.stdout, "fin 3\nref 3\nfin 1\nref 1\nfin 4\nref 4\nfin 0\nref 0\nfin 2\nref 2\n");
});
