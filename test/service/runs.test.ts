// POST /v1/runs against the real interpreter. These need the engine (src/engine) to be in
// place; every status, each limit, determinism, and isolation under concurrency.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { makeApp, postRun } from "./helpers.js";

describe("POST /v1/runs (real engine)", () => {
  let app: FastifyInstance;
  before(async () => {
    app = await makeApp({ POOL_THREADS: "2", RUN_GRACE_MS: "2000" });
  });
  after(() => app.close());

  it("hello world: status ok, stdout, the full response shape", async () => {
    const res = await postRun(app, { source: 'print("hello")' });
    assert.equal(res.status, 200);
    assert.match(res.headers["content-type"] ?? "", /^application\/json/);
    assert.equal(res.body.status, "ok");
    assert.equal(res.body.stdout, "hello\n");
    assert.equal(res.body.stderr, "");
    assert.equal(res.body.error, null);
    assert.ok(Array.isArray(res.body.events));
    assert.equal(res.body.eventsDropped, 0);
    assert.deepEqual(Object.keys(res.body.stats).sort(), ["collections", "freedObjects", "heapLimitBytes", "peakHeapBytes", "steps", "wallMs"]);
    assert.equal(res.body.stats.heapLimitBytes, 16777216);
  });

  it("an uncaught exception: status error with type, message, line and traceback", async () => {
    const res = await postRun(app, { source: "x = 1\ny = x / 0\n", filename: "calc.py" });
    assert.equal(res.status, 200);
    assert.equal(res.body.status, "error");
    assert.equal(res.body.error.type, "ZeroDivisionError");
    assert.equal(res.body.error.line, 2);
    assert.match(res.body.error.traceback, /calc\.py/);
    assert.match(res.body.stderr, /ZeroDivisionError/);
  });

  it("a syntax error: status error, SyntaxError", async () => {
    const res = await postRun(app, { source: "def f(:\n  pass\n" });
    assert.equal(res.body.status, "error");
    assert.equal(res.body.error.type, "SyntaxError");
  });

  it("stdin feeds input()", async () => {
    const res = await postRun(app, { source: "name = input()\nprint('hi ' + name)", stdin: "ada\n" });
    assert.equal(res.body.stdout, "hi ada\n");
  });

  it("timeoutMs: an endless loop is status timeout", async () => {
    const started = Date.now();
    const res = await postRun(app, { source: "while True:\n    pass\n", limits: { timeoutMs: 200 } });
    assert.equal(res.body.status, "timeout");
    assert.ok(Date.now() - started < 2000, "the engine stopped by itself, before the hard abort");
  });

  it("maxSteps: a step budget is status timeout", async () => {
    const res = await postRun(app, { source: "i = 0\nwhile True:\n    i += 1\n", limits: { maxSteps: 1000 } });
    assert.equal(res.body.status, "timeout");
    assert.ok(res.body.stats.steps <= 1100);
  });

  it("heapBytes: a big allocation is status memory-limit", async () => {
    const res = await postRun(app, { source: "x = [0] * 10**8\n", limits: { heapBytes: 1048576 } });
    assert.equal(res.body.status, "memory-limit");
    assert.equal(res.body.stats.heapLimitBytes, 1048576);
    assert.ok(res.body.events.some((e: { kind: string }) => e.kind === "memory-error"));
  });

  it("heapBytes at the server maximum: filling it with small objects is memory-limit, not a crashed worker", async () => {
    // Small dicts cost V8 the most per modelled byte; the default WORKER_HEAP_MB leaves room.
    const source = "xs = []\nwhile True:\n    xs.append({'k': len(xs)})\n";
    const res = await postRun(app, { source, limits: { heapBytes: 64 * 1024 * 1024, timeoutMs: 30000 } });
    assert.equal(res.status, 200);
    assert.equal(res.body.status, "memory-limit");
    assert.equal(res.body.error.type, "MemoryError");
  });

  it("maxOutputBytes: too much output is status output-limit", async () => {
    const res = await postRun(app, { source: 'print("x" * 100)', limits: { maxOutputBytes: 10 } });
    assert.equal(res.body.status, "output-limit");
    assert.ok(Buffer.byteLength(res.body.stdout) <= 10);
  });

  it("maxEvents: events beyond the cap are counted in eventsDropped", async () => {
    const source = "import gc\nfor i in range(20):\n    gc.collect()\n";
    const res = await postRun(app, { source, limits: { maxEvents: 5 } });
    assert.equal(res.body.status, "ok");
    assert.equal(res.body.events.length, 5);
    assert.ok(res.body.eventsDropped > 0);
  });

  it("traces collections and finalizers; finalizeAtExit runs pending finalizers", async () => {
    const source = [
      "import gc, weakref",
      "class Node: pass",
      "a = Node()",
      "b = Node()",
      "weakref.finalize(a, print, 'fin a')",
      "weakref.finalize(b, print, 'fin b')",
      "del a",
      "gc.collect()",
    ].join("\n");
    const res = await postRun(app, { source, finalizeAtExit: true });
    assert.equal(res.body.status, "ok");
    assert.equal(res.body.stdout, "fin a\nfin b\n");
    const kinds = res.body.events.map((e: { kind: string }) => e.kind);
    for (const k of ["finalize-created", "gc-start", "gc-end", "finalize-call", "run-end"]) assert.ok(kinds.includes(k), `${k} in ${kinds}`);
    const exitCall = res.body.events.find((e: { kind: string; trigger?: string }) => e.kind === "finalize-call" && e.trigger === "exit");
    assert.ok(exitCall, "b's finalizer ran at exit");
    assert.ok(res.body.stats.collections >= 1);
  });

  it("the same program twice gives identical events", async () => {
    const source = "import gc, weakref\nclass C: pass\nxs = [C() for _ in range(50)]\nrs = [weakref.ref(x) for x in xs]\ndel xs\ngc.collect()\nprint(sum(r() is None for r in rs))\n";
    const [a, b] = [await postRun(app, { source }), await postRun(app, { source })];
    assert.equal(a.body.status, "ok");
    assert.deepEqual(a.body.events, b.body.events);
    assert.equal(a.body.stdout, b.body.stdout);
  });

  it("Python recursion 1000 deep runs in a worker (WORKER_STACK_MB)", async () => {
    const source = "import sys\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(990))\n";
    const res = await postRun(app, { source });
    assert.equal(res.body.status, "ok", JSON.stringify(res.body.error));
    assert.equal(res.body.stdout, "990\n");
  });

  it("50 concurrent runs each get their own output and nothing of another's", async () => {
    const runs = Array.from({ length: 50 }, (_, i) =>
      postRun(app, { source: `for k in range(3):\n    print("run-${i}", k)\n`, stdin: String(i) }),
    );
    const results = await Promise.all(runs);
    results.forEach((res, i) => {
      assert.equal(res.status, 200);
      assert.equal(res.body.status, "ok");
      assert.equal(res.body.stdout, `run-${i} 0\nrun-${i} 1\nrun-${i} 2\n`);
    });
  });
});
