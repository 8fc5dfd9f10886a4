// The pool: bounded queue (503 + Retry-After), hard abort of runs that do not stop (output
// kept), worker crashes (500 for that run only, the pool keeps serving). Uses the test-only
// task kinds (x-heapscope-test-task), so it does not need the real engine.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { http, makeApp, postRun, problemOf } from "./helpers.js";

describe("pool", () => {
  it("queue full: one thread, queue of one -> the third concurrent run is 503 with Retry-After", async () => {
    const app = await makeApp({ POOL_THREADS: "1", POOL_MAX_QUEUE: "1" });
    try {
      const slow = { "x-heapscope-test-task": "sleep:600" };
      const first = postRun(app, { source: "" }, slow).then((r) => r);
      await new Promise((r) => setTimeout(r, 100));
      const second = postRun(app, { source: "" }, slow).then((r) => r);
      await new Promise((r) => setTimeout(r, 100));
      const ready = await http(app).get("/readyz");
      assert.equal(ready.status, 503, "saturated pool is not ready");
      assert.equal(ready.body.status, "not-ready");
      assert.equal(ready.body.queueDepth, 1);
      const third = await postRun(app, { source: "" }, slow);
      const p = problemOf(third, "queue-full", 503);
      assert.match(String(p.detail), /busy/);
      assert.equal(third.headers["retry-after"], "1");
      const [a, b] = await Promise.all([first, second]);
      assert.equal(a.status, 200);
      assert.equal(b.status, 200);
      assert.equal(a.body.stdout, "slept 600\n");
      // Capacity is back.
      assert.equal((await http(app).get("/readyz")).status, 200);
      assert.equal((await postRun(app, { source: "" }, { "x-heapscope-test-task": "sleep:1" })).status, 200);
    } finally {
      await app.close();
    }
  });

  it("a worker that exits fails only its own run, and is replaced", async () => {
    const app = await makeApp({ POOL_THREADS: "2" });
    try {
      const bystander = postRun(app, { source: "" }, { "x-heapscope-test-task": "sleep:400" }).then((r) => r);
      await new Promise((r) => setTimeout(r, 50));
      const crash = await postRun(app, { source: "" }, { "x-heapscope-test-task": "exit" });
      problemOf(crash, "worker-crashed", 500);
      const ok = await bystander;
      assert.equal(ok.status, 200);
      assert.equal(ok.body.stdout, "slept 400\n");
      // Recovery: the pool is back to full strength and serving.
      for (let i = 0; i < 4; i++) {
        const r = await postRun(app, { source: "" }, { "x-heapscope-test-task": "sleep:1" });
        assert.equal(r.status, 200);
      }
      assert.equal((await http(app).get("/readyz")).body.threads, 2);
      const metrics = (await http(app).get("/metrics")).text;
      assert.match(metrics, /^heapscope_pool_worker_crashes_total 1$/m);
    } finally {
      await app.close();
    }
  });

  it("a worker that exhausts its V8 heap fails only its own run, and the pool recovers", async () => {
    // A small worker heap (and interpreter heaps small enough for it, as the config requires).
    const app = await makeApp({ POOL_THREADS: "1", WORKER_HEAP_MB: "32", RUN_HEAP_BYTES_MAX: "4194304", RUN_HEAP_BYTES_DEFAULT: "1048576" });
    try {
      const crash = await postRun(app, { source: "" }, { "x-heapscope-test-task": "oom" });
      problemOf(crash, "worker-crashed", 500);
      const r = await postRun(app, { source: "" }, { "x-heapscope-test-task": "sleep:1" });
      assert.equal(r.status, 200);
      assert.equal(r.body.stdout, "slept 1\n");
    } finally {
      await app.close();
    }
  });

  it("a run that does not stop within timeout + grace is aborted as a timeout, keeping its output", async () => {
    const app = await makeApp({ POOL_THREADS: "1", RUN_GRACE_MS: "150" });
    try {
      const started = Date.now();
      const res = await postRun(app, { source: "", limits: { timeoutMs: 100 } }, { "x-heapscope-test-task": "hang" });
      const took = Date.now() - started;
      assert.equal(res.status, 200);
      assert.equal(res.body.status, "timeout");
      const expected = Array.from({ length: 3000 }, (_, i) => `line ${i}\n`).join("");
      assert.equal(res.body.stdout, expected, "every line written before the hang comes back, once, in order");
      assert.equal(res.body.stderr, "stderr before the hang\n");
      assert.equal(res.body.error, null);
      assert.ok(took >= 250 && took < 3000, `aborted after ${took} ms`);
      // The terminated worker was replaced.
      const next = await postRun(app, { source: "" }, { "x-heapscope-test-task": "sleep:1" });
      assert.equal(next.status, 200);
    } finally {
      await app.close();
    }
  });

  it("the timeout clock starts when a run leaves the queue, not when it is submitted", async () => {
    const app = await makeApp({ POOL_THREADS: "1", RUN_GRACE_MS: "100" });
    try {
      // Occupies the only thread for 500 ms; the second run waits that long, but only runs
      // 50 ms of its own 100 ms timeout, so it must not be aborted.
      const first = postRun(app, { source: "", limits: { timeoutMs: 1000 } }, { "x-heapscope-test-task": "sleep:500" }).then((r) => r);
      await new Promise((r) => setTimeout(r, 30));
      const second = await postRun(app, { source: "", limits: { timeoutMs: 100 } }, { "x-heapscope-test-task": "sleep:50" });
      assert.equal(second.status, 200);
      assert.equal(second.body.status, "ok");
      assert.equal((await first).body.status, "ok");
    } finally {
      await app.close();
    }
  });

  it("a queued run whose client disconnects is taken off the queue (never run)", async () => {
    const app = await makeApp({ POOL_THREADS: "1" });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const { port } = app.server.address() as { port: number };
    const post = (task: string, signal?: AbortSignal) =>
      fetch(`http://127.0.0.1:${port}/v1/runs`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-heapscope-test-task": task },
        body: JSON.stringify({ source: "" }),
        signal,
      });
    try {
      const busy = post("sleep:300");
      await new Promise((r) => setTimeout(r, 50));
      const gone = new AbortController();
      const abandoned = post("sleep:2000", gone.signal).catch((err: unknown) => err);
      await new Promise((r) => setTimeout(r, 50));
      gone.abort();
      await abandoned;
      assert.equal((await busy).status, 200);
      // Had the abandoned run stayed queued, this one would wait its 2 s.
      const t = Date.now();
      const next = await post("sleep:1");
      assert.equal(next.status, 200);
      assert.ok(Date.now() - t < 1500, `next run took ${Date.now() - t} ms`);
    } finally {
      await app.close();
    }
  });

  it("test task kinds are ignored unless the app was built with testHooks", async () => {
    const app = await makeApp({ POOL_THREADS: "1" }, { testHooks: false });
    try {
      const res = await postRun(app, { source: "" }, { "x-heapscope-test-task": "exit" });
      assert.equal(res.status, 200); // ran as an ordinary (empty) program
    } finally {
      await app.close();
    }
  });

  it("closing the app lets an in-flight run finish, then closes the pool", async () => {
    const app = await makeApp({ POOL_THREADS: "1" });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const { port } = app.server.address() as { port: number };
    // The worker is up, so the run below is running (not queued: queued runs answer 503 at close).
    assert.equal((await postRun(app, { source: "" }, { "x-heapscope-test-task": "sleep:1" })).status, 200);
    const inflight = fetch(`http://127.0.0.1:${port}/v1/runs`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-heapscope-test-task": "sleep:400" },
      body: JSON.stringify({ source: "" }),
    });
    await new Promise((r) => setTimeout(r, 100));
    const closed = app.close();
    const res = await inflight;
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { stdout: string }).stdout, "slept 400\n");
    await closed;
    await assert.rejects(fetch(`http://127.0.0.1:${port}/healthz`));
  });
});

describe("pool with a worker that cannot start", () => {
  it("fails runs with 500 instead of queueing them forever, and is not ready", async () => {
    const { RunPool } = await import("../../src/service/plugins/pool.js");
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "heapscope-"));
    const bad = join(dir, "bad-worker.mjs");
    writeFileSync(bad, 'import "./missing.js";\nexport default () => null;\n');
    const { default: pino } = await import("pino");
    const pool = new RunPool({
      threads: 1, maxQueue: 4, workerHeapMb: 64, workerStackMb: 4, graceMs: 100, closeTimeoutMs: 1000,
      log: pino({ level: "silent" }), workerFile: new URL(`file://${bad}`),
    });
    try {
      const results = await Promise.allSettled([1, 2, 3].map(() => pool.run("", { timeoutMs: 100 })));
      for (const r of results) {
        assert.equal(r.status, "rejected");
        assert.equal((r as PromiseRejectedResult).reason.name, "WorkerCrashError");
      }
      assert.equal(pool.ready, false);
    } finally {
      await pool.close();
    }
  });
});

describe("pool withdrawals", () => {
  it("a queued run whose client went away is withdrawn (never run), and the pool keeps serving", async () => {
    const { RunPool, RunCancelledError } = await import("../../src/service/plugins/pool.js");
    const { default: pino } = await import("pino");
    const pool = new RunPool({ threads: 1, maxQueue: 4, workerHeapMb: 64, workerStackMb: 4, graceMs: 100, closeTimeoutMs: 1000, testHooks: true, log: pino({ level: "silent" }) });
    try {
      const busy = pool.run("", { timeoutMs: 2000 }, { test: "sleep:300" });
      const cancel = new AbortController();
      const started = Date.now();
      const queued = pool.run("", { timeoutMs: 2000 }, { test: "sleep:1000", cancel: cancel.signal });
      setTimeout(() => cancel.abort(), 50);
      await assert.rejects(queued, RunCancelledError);
      assert.ok(Date.now() - started < 250, "rejected when cancelled, not when the worker got to it");
      assert.equal((await busy).result.stdout, "slept 300\n");
      // The withdrawn run does not hold the worker: the next run does not wait its 1000 ms.
      const t = Date.now();
      assert.equal((await pool.run("", { timeoutMs: 2000 }, { test: "sleep:1" })).result.stdout, "slept 1\n");
      assert.ok(Date.now() - t < 500, `next run took ${Date.now() - t} ms`);
      // Cancelling a run that already started does not affect it.
      const running = new AbortController();
      const p = pool.run("", { timeoutMs: 2000 }, { test: "sleep:100", cancel: running.signal });
      await new Promise((r) => setTimeout(r, 30));
      running.abort();
      assert.equal((await p).result.stdout, "slept 100\n");
    } finally {
      await pool.close();
    }
  });
});
