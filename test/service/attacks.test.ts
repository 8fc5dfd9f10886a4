// The hardening issue's attacks, sent as requests to the real service (real pool, real
// worker from dist/): each must end as a clean verdict of its own run, with a bounded
// answer, and leave the service able to answer the next user.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { makeApp, postRun } from "./helpers.js";

const MiB = 1024 * 1024;

interface Result {
  status: string;
  stdout: string;
  stderr: string;
  error: { type: string; message: string; traceback: string } | null;
  events: { kind: string }[];
  stats: { steps: number; wallMs: number; peakHeapBytes: number; heapLimitBytes: number };
}

describe("attacks through the service", () => {
  let app: FastifyInstance;
  before(async () => {
    // One thread: every attack lands on the worker that serves the next request.
    app = await makeApp({ POOL_THREADS: "1", RUN_GRACE_MS: "3000" });
  });
  after(() => app.close());

  async function run(source: string, limits: Record<string, number> = {}): Promise<{ body: Result; bytes: number }> {
    const res = await postRun(app, { source, limits });
    assert.equal(res.status, 200, res.text.slice(0, 500));
    return { body: JSON.parse(res.text) as Result, bytes: Buffer.byteLength(res.text) };
  }

  async function stillServes(): Promise<void> {
    const { body } = await run("print('next user')");
    assert.equal(body.status, "ok");
    assert.equal(body.stdout, "next user\n");
  }

  it("a 1 MB class name on thousands of weak references gives a small answer", async () => {
    const source = [
      "import weakref",
      "C = type('N' * 1_000_000, (), {})",
      "objs = [C() for _ in range(4500)]",
      "refs = [weakref.ref(o) for o in objs]",
      "print(len(refs))",
    ].join("\n");
    const { body, bytes } = await run(source, { heapBytes: 64 * MiB, maxEvents: 10000 });
    assert.equal(body.status, "ok", JSON.stringify(body.error));
    assert.equal(body.stdout, "4500\n");
    assert.ok(body.events.filter((e) => e.kind === "ref-created").length > 0);
    assert.ok(bytes < 8 * MiB, `answer of ${bytes} bytes`);
    await stillServes();
  });

  it("a huge exception message counts against maxOutputBytes", async () => {
    const { body, bytes } = await run("raise ValueError('x' * 30_000_000)", { heapBytes: 64 * MiB, maxOutputBytes: 1000 });
    assert.ok(body.status === "error" || body.status === "output-limit", body.status);
    assert.ok(bytes < 64 * 1024, `answer of ${bytes} bytes`);
    await stillServes();
  });

  it("probing unique attribute names on builtin types keeps nothing for the next run", async () => {
    const source = [
      "n = 0",
      "for i in range(200):",
      "    name = str(i) + 'a' * 1_000_000",
      "    n += hasattr(0, name) + hasattr('', name) + hasattr([], name)",
      "print(n)",
    ].join("\n");
    for (let i = 0; i < 4; i++) {
      const { body } = await run(source, { heapBytes: 64 * MiB, timeoutMs: 20000 });
      assert.equal(body.status, "ok", JSON.stringify(body.error));
      assert.equal(body.stdout, "0\n");
    }
    await stillServes();
  });

  it("large results are refused by the modelled heap before JS memory is spent", async () => {
    const programs = [
      "tuple(range(10**8))",
      "list(range(10**8))",
      "[0] * 10**9",
      "'ab' * 10**9",
      "b'x' * 10**9",
      "bytearray(10**9)",
      "format(1, '>1000000000')",
      "'%1000000000d' % 1",
      "'{:1000000000}'.format(1)",
      "f'{1:>1000000000}'",
      "'1'.zfill(10**9)",
      "'x'.ljust(10**9)",
      "'\\t'.expandtabs(10**9)",
      "'-'.join(['ab'] * 10**7)",
      "1 << 10**9",
    ];
    for (const p of programs) {
      const { body } = await run(p, { heapBytes: 16 * MiB, timeoutMs: 5000 });
      assert.notEqual(body.error?.type, "SystemError", `${p}: ${body.error?.message}`);
      assert.ok(
        body.status === "memory-limit" || ["MemoryError", "OverflowError", "ValueError"].includes(body.error?.type ?? ""),
        `${p}: ${body.status} ${body.error?.type}: ${body.error?.message?.slice(0, 200)}`,
      );
    }
    await stillServes();
  });

  it("math on huge integers never surfaces a JavaScript error", async () => {
    for (const p of ["import math\nmath.isqrt(1 << 10**8)", "import math\nmath.factorial(10**9)", "x = 10**(10**8)"]) {
      const { body } = await run(p, { heapBytes: 16 * MiB, timeoutMs: 2000 });
      assert.notEqual(body.error?.type, "SystemError", `${p}: ${body.error?.message}`);
      assert.notEqual(body.status, "ok", p);
    }
    await stillServes();
  });

  it("a catastrophic regular expression ends as timeout at timeoutMs, with its events and stats", async () => {
    const started = Date.now();
    const { body } = await run("import re, gc\ngc.collect()\nprint('before')\nre.match(r'(a+)+$', 'a' * 60 + 'b')", {
      timeoutMs: 1000,
    });
    const took = Date.now() - started;
    assert.equal(body.status, "timeout");
    assert.equal(body.stdout, "before\n");
    assert.ok(body.stats.steps > 0, "stats kept");
    assert.ok(body.events.some((e) => e.kind === "gc-start"), "events kept");
    assert.ok(body.stats.wallMs < 1800, `stopped at ${body.stats.wallMs} ms`);
    assert.ok(took < 2900, `answered after ${took} ms (before the hard stop)`);
    await stillServes();
  });

  it("a huge power ends as timeout, not as a killed worker", async () => {
    const started = Date.now();
    const { body } = await run("print('start')\nx = 10**(10**7)\nprint(len(str(x)))", { heapBytes: 64 * MiB, timeoutMs: 1000 });
    const took = Date.now() - started;
    assert.ok(["timeout", "memory-limit", "error"].includes(body.status), body.status);
    assert.notEqual(body.error?.type, "SystemError");
    assert.equal(body.stdout.startsWith("start\n"), true);
    assert.ok(body.stats.steps > 0, "stats kept");
    assert.ok(took < 2900, `answered after ${took} ms (before the hard stop)`);
    await stillServes();
  });

  it("the heap limit holds after a finalizer resurrects a large object", async () => {
    const source = [
      "import gc",
      "keep = []",
      "class R:",
      "    def __init__(self): self.big = [0] * 1_200_000",
      "    def __del__(self): keep.append(self)",
      "r = R()",
      "del r",
      "gc.collect()",
      "try:",
      "    again = [0] * 1_200_000",
      "    print('second list allocated')",
      "except MemoryError:",
      "    print('MemoryError')",
      "print(gc.mem_alloc() <= 16 * 1024 * 1024, gc.mem_free() >= 0)",
    ].join("\n");
    const { body } = await run(source, { heapBytes: 16 * MiB });
    assert.equal(body.stdout, "MemoryError\nTrue True\n", body.stderr);
    assert.ok(body.stats.peakHeapBytes <= 16 * MiB);
  });

  it("weak containers survive collections during their iteration", async () => {
    const source = [
      "import gc, weakref",
      "gc.threshold(256)",
      "class K: pass",
      "ks = [K() for _ in range(200)]",
      "ws = weakref.WeakSet(ks)",
      "wk = weakref.WeakKeyDictionary((k, 1) for k in ks)",
      "wv = weakref.WeakValueDictionary((i, k) for i, k in enumerate(ks))",
      "n = 0",
      "for c in (ws, wk, wv):",
      "    for x in c:",
      "        if ks: ks.pop()",
      "        junk = [object() for _ in range(20)]",
      "        n += 1",
      "gc.collect()",
      "print(n > 0, len(ks) == len(ws) == len(wk) == len(wv))",
    ].join("\n");
    const { body } = await run(source);
    assert.equal(body.status, "ok", body.stderr);
    assert.equal(body.stdout, "True True\n");
  });

  it("max over a long generator streams instead of pinning every item", async () => {
    const { body } = await run("print(max(([i % 7] * 20 for i in range(300000))))", { heapBytes: 16 * MiB, timeoutMs: 20000 });
    assert.equal(body.status, "ok", body.stderr);
    assert.equal(body.stdout, `[${Array(20).fill(6).join(", ")}]\n`);
  });

  it("a UTF-8 byte order mark before the source is accepted", async () => {
    const { body } = await run("\ufeffprint('bom ok')");
    assert.equal(body.status, "ok", body.stderr);
    assert.equal(body.stdout, "bom ok\n");
  });
});
