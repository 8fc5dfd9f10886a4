// The service's hardening (issue 7): the result budget against the attacks that used to take
// the process down, exitCode/limit, the BOM, the trace and counters kept on a hard stop, the
// maximum queue wait, slow clients (body and request timeouts), the connection cap, /docs over
// plain HTTP on any host, and answers for runs in flight at shutdown.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { connect, type Socket } from "node:net";
import { describe, it, before, after } from "node:test";
import type { FastifyInstance } from "fastify";
import { loadConfig } from "../../src/service/config.js";
import { http, makeApp, postRun, problemOf } from "./helpers.js";

const healthy = async (app: FastifyInstance): Promise<void> => {
  assert.equal((await http(app).get("/healthz")).status, 200);
  const hello = await postRun(app, { source: "print('still here')" });
  assert.equal(hello.status, 200);
  assert.equal(hello.body.stdout, "still here\n");
};

describe("result budget", () => {
  let app: FastifyInstance;
  before(async () => {
    app = await makeApp({ POOL_THREADS: "1" });
  });
  after(() => app.close());

  it("a class with a 1 MB name and thousands of weakrefs: a small answer, the service stays up", async () => {
    const source = [
      "import weakref",
      "C = type('C' * 1000000, (), {})",
      "objs = [C() for i in range(4500)]",
      "refs = [weakref.ref(o) for o in objs]",
      "print(len(refs))",
    ].join("\n");
    const res = await postRun(app, { source, limits: { heapBytes: 64 * 1024 * 1024, timeoutMs: 20000 } });
    assert.equal(res.status, 200);
    assert.equal(res.body.status, "ok");
    assert.equal(res.body.stdout, "4500\n");
    assert.ok(res.text.length < 3_000_000, `answer of ${res.text.length} bytes`);
    const created = res.body.events.filter((e: { kind: string }) => e.kind === "ref-created");
    assert.equal(created.length, 4500);
    for (const e of created) assert.ok(e.targetType.length === 200 && e.targetType.endsWith("…"));
    await healthy(app);
  });

  it("raise ValueError('x' * 30_000_000) with maxOutputBytes 1000: message and traceback within the budget", async () => {
    const res = await postRun(app, {
      source: "raise ValueError('x' * 30_000_000)",
      limits: { maxOutputBytes: 1000, heapBytes: 64 * 1024 * 1024, timeoutMs: 20000 },
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.status, "error");
    assert.equal(res.body.exitCode, 1);
    assert.equal(res.body.error.type, "ValueError");
    assert.ok(Buffer.byteLength(res.body.error.message) <= 1000 && res.body.error.message.endsWith("…"));
    assert.ok(Buffer.byteLength(res.body.error.traceback) <= 1000);
    assert.ok(Buffer.byteLength(res.body.stderr) <= 1000);
    assert.ok(res.text.length < 10_000, `answer of ${res.text.length} bytes`);
    await healthy(app);
  });

  it("exitCode and limit in every result", async () => {
    const cases: [string, Record<string, number>, string, number | null, string | null][] = [
      ["print(1)", {}, "ok", 0, null],
      ["import sys\nsys.exit(0)", {}, "ok", 0, null],
      ["import sys\nsys.exit(4)", {}, "error", 4, null],
      ["import sys\nsys.exit('bye')", {}, "error", 1, null],
      ["1/0", {}, "error", 1, null],
      ["while True: pass", { maxSteps: 1000 }, "timeout", null, "steps"],
      ["while True: pass", { timeoutMs: 100 }, "timeout", null, "deadline"],
      ["while True: print('x')", { maxOutputBytes: 100 }, "output-limit", null, "output"],
      ["x = [0] * 10**7", { heapBytes: 1048576 }, "memory-limit", 1, "heap"],
    ];
    for (const [source, limits, status, exitCode, limit] of cases) {
      const res = await postRun(app, { source, limits });
      assert.equal(res.status, 200);
      assert.deepEqual([res.body.status, res.body.exitCode, res.body.limit], [status, exitCode, limit], source);
    }
  });

  it("a UTF-8 BOM at the start of the source is accepted", async () => {
    const res = await postRun(app, { source: "\ufeffprint('with a BOM')\n" });
    assert.equal(res.body.status, "ok");
    assert.equal(res.body.stdout, "with a BOM\n");
  });
});

describe("hard stop keeps what was recorded", () => {
  it("events (posted batches and the shared tail), counters and output of a run stuck in one JS call", async () => {
    const app = await makeApp({ POOL_THREADS: "1", RUN_GRACE_MS: "150" });
    try {
      // 600 ref-created events with a callback (more than the event tail holds, so a batch was
      // posted too), output, a collection; then the engine hangs at its first progress report
      // (step 1000).
      const source = [
        "import gc, weakref",
        "class Node: pass",
        "keep = [Node() for i in range(600)]",
        "refs = list(map(weakref.ref, keep, [print] * 600))",
        "gc.collect()",
        "print('made', len(refs))",
        "for i in range(5000): pass",
      ].join("\n");
      const res = await postRun(app, { source, limits: { timeoutMs: 100 } }, { "x-heapscope-test-task": "trace-hang" });
      assert.equal(res.status, 200);
      const b = res.body;
      assert.deepEqual([b.status, b.limit, b.exitCode, b.error], ["timeout", "hard-stop", null, null]);
      assert.equal(b.stdout, "made 600\n");
      const kinds = b.events.map((e: { kind: string }) => e.kind);
      assert.equal(kinds.filter((k: string) => k === "ref-created").length, 600);
      assert.deepEqual(kinds.slice(600), ["gc-start", "gc-end", "run-end"]);
      const created = b.events.slice(0, 600);
      for (const e of created) assert.ok(e.targetType === "Node" && e.hasCallback === true && e.line === 4);
      const ids = created.map((e: { id: number }) => e.id);
      assert.deepEqual(ids, [...ids].sort((x: number, y: number) => x - y), "in order");
      assert.equal(new Set(ids).size, 600, "none twice");
      const end = b.events.at(-1);
      assert.equal(end.status, "timeout");
      assert.ok(b.stats.steps >= 1000 && end.step === b.stats.steps, `steps ${b.stats.steps}`);
      assert.equal(b.stats.collections, 1);
      assert.ok(b.stats.peakHeapBytes > 0);
      assert.equal(b.eventsDropped, 0);
      await healthy(app);
    } finally {
      await app.close();
    }
  });
});

describe("queue wait", () => {
  it("a run that waits longer than QUEUE_WAIT_MS_MAX answers 503 queue-timeout with Retry-After, and is not run", async () => {
    const app = await makeApp({ POOL_THREADS: "1", QUEUE_WAIT_MS_MAX: "200" });
    try {
      // Until the worker has started, runs wait for it (and may time out in the queue, too).
      let warm = 0;
      for (let i = 0; i < 50 && warm !== 200; i++) warm = (await postRun(app, { source: "" }, { "x-heapscope-test-task": "sleep:1" })).status;
      assert.equal(warm, 200);
      const busy = postRun(app, { source: "" }, { "x-heapscope-test-task": "sleep:800" }).then((r) => r);
      await new Promise((r) => setTimeout(r, 50));
      const started = Date.now();
      const waited = await postRun(app, { source: "" }, { "x-heapscope-test-task": "sleep:1" });
      const took = Date.now() - started;
      problemOf(waited, "queue-timeout", 503);
      assert.equal(waited.headers["retry-after"], "1");
      assert.ok(took >= 150 && took < 700, `answered after ${took} ms`);
      assert.equal((await busy).body.stdout, "slept 800\n");
      assert.match((await http(app).get("/metrics")).text, /^heapscope_pool_queue_timeouts_total [1-9]\d*$/m);
    } finally {
      await app.close();
    }
  });
});

/** A raw connection to a listening app; resolves with everything it received once it closes. */
function rawExchange(port: number, send: (s: Socket) => void): Promise<{ text: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const s = connect(port, "127.0.0.1");
    let text = "";
    s.on("data", (d) => (text += d.toString()));
    s.on("error", reject);
    s.on("close", () => resolve({ text, ms: Date.now() - started }));
    s.on("connect", () => send(s));
  });
}

describe("slow clients and the connection cap", () => {
  let app: FastifyInstance;
  let port: number;
  before(async () => {
    app = await makeApp({ POOL_THREADS: "1", BODY_TIMEOUT_MS: "300", REQUEST_TIMEOUT_MS: "600", MAX_CONNECTIONS: "3" });
    await app.listen({ host: "127.0.0.1", port: 0 });
    port = (app.server.address() as { port: number }).port;
  });
  after(() => app.close());

  it("a body that stops arriving: 408 request-timeout problem, connection closed", async () => {
    const { text, ms } = await rawExchange(port, (s) => {
      s.write("POST /v1/runs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"source\":");
    });
    assert.match(text, /^HTTP\/1\.1 408 /);
    assert.match(text, /content-type: application\/problem\+json/i);
    assert.match(text, /connection: close/i);
    assert.match(text, /urn:heapscope:problem:request-timeout/);
    assert.ok(ms >= 250 && ms < 3000, `closed after ${ms} ms`);
  });

  it("headers that never end: 408 request-timeout problem, connection closed", async () => {
    const { text, ms } = await rawExchange(port, (s) => {
      s.write("POST /v1/runs HTTP/1.1\r\nHost: x\r\n");
    });
    assert.match(text, /^HTTP\/1\.1 408 /);
    assert.match(text, /urn:heapscope:problem:request-timeout/);
    assert.ok(ms >= 500 && ms < 5000, `closed after ${ms} ms`);
  });

  it("beyond MAX_CONNECTIONS a connection is closed at once; the service keeps serving", async () => {
    const idle: Socket[] = [];
    try {
      for (let i = 0; i < 3; i++) {
        const s = connect(port, "127.0.0.1");
        await new Promise((r) => s.on("connect", r));
        idle.push(s);
      }
      await new Promise((r) => setTimeout(r, 100));
      const extra = await rawExchange(port, (s) => s.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
      assert.equal(extra.text, "", "refused without an answer");
    } finally {
      for (const s of idle) s.destroy();
    }
    await new Promise((r) => setTimeout(r, 100));
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(res.status, 200);
  });

  it("a request that arrives in time is unaffected", async () => {
    const res = await fetch(`http://127.0.0.1:${port}/v1/runs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ source: "print(6 * 7)" }),
    });
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { stdout: string }).stdout, "42\n");
  });
});

describe("/docs over plain HTTP", () => {
  it("works on any host name: no upgrade-insecure-requests in the CSP", async () => {
    const app = await makeApp({ POOL_THREADS: "1" });
    try {
      for (const host of ["heapscope.internal.example:8080", "10.1.2.3:3000"]) {
        const res = await http(app).get("/docs/").set("host", host).redirects(2);
        assert.equal(res.status, 200);
        const csp = res.headers["content-security-policy"] ?? "";
        assert.match(csp, /default-src 'self'/);
        assert.doesNotMatch(csp, /upgrade-insecure-requests/);
        assert.match(res.text, /src="\.\/static\/swagger-ui-bundle\.js"/, "scripts come from the same origin");
        const script = await http(app).get("/docs/static/swagger-ui-bundle.js").set("host", host);
        assert.equal(script.status, 200, "the UI's script is served from 'self' over http");
      }
    } finally {
      await app.close();
    }
  });
});

describe("shutdown", () => {
  it("the default shutdown grace covers a run at the maximum timeout; less is refused", () => {
    const c = loadConfig({});
    assert.ok(c.shutdownTimeoutMs >= c.limits.timeoutMs.max + c.runGraceMs);
    assert.throws(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: "10000" }), /SHUTDOWN_TIMEOUT_MS \(10000\) must be at least RUN_TIMEOUT_MS_MAX \+ RUN_GRACE_MS \(32000\)/);
  });

  it("an open connection that never sends a byte does not hold the shutdown", async () => {
    const app = await makeApp({ POOL_THREADS: "1" });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const { port } = app.server.address() as { port: number };
    const silent = connect(port, "127.0.0.1");
    await new Promise((r) => silent.on("connect", r));
    const started = Date.now();
    await app.close();
    assert.ok(Date.now() - started < 3000, `closed after ${Date.now() - started} ms`);
    await new Promise((r) => (silent.destroyed ? r(null) : silent.on("close", r)));
  });

  it("closing: the running run gets its answer, a queued one 503 shutting-down at once", async () => {
    const app = await makeApp({ POOL_THREADS: "1" });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const { port } = app.server.address() as { port: number };
    const post = (task: string) =>
      fetch(`http://127.0.0.1:${port}/v1/runs`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-heapscope-test-task": task },
        body: JSON.stringify({ source: "" }),
      });
    assert.equal((await post("sleep:1")).status, 200); // the worker is up
    const running = post("sleep:600");
    await new Promise((r) => setTimeout(r, 100));
    const queued = post("sleep:1");
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    const closed = app.close();
    const q = await queued;
    assert.equal(q.status, 503);
    assert.equal(((await q.json()) as { type: string }).type, "urn:heapscope:problem:shutting-down");
    assert.ok(Date.now() - started < 400, "the queued run did not wait for the running one");
    const r = await running;
    assert.equal(r.status, 200);
    assert.equal(((await r.json()) as { stdout: string }).stdout, "slept 600\n");
    await closed;
  });
});

describe("SIGTERM with the built-in defaults", () => {
  it("a run in flight at SIGTERM gets its answer, then the process exits 0", async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, ["dist/service/server.js"], {
      env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), POOL_THREADS: "1", LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let logs = "";
    child.stdout.on("data", (d: Buffer) => (logs += d.toString()));
    child.stderr.on("data", (d: Buffer) => (logs += d.toString()));
    try {
      const deadline = Date.now() + 15000;
      while (!logs.includes("heapscope ready") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const run = (source: string, timeoutMs: number) =>
        fetch(`http://127.0.0.1:${port}/v1/runs`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ source, limits: { timeoutMs, maxSteps: 2_000_000_000 } }),
        });
      assert.equal((await run("pass", 5000)).status, 200); // the worker is up
      const answer = run("print('started')\nwhile True: pass\n", 2500);
      await new Promise((r) => setTimeout(r, 500));
      child.kill("SIGTERM");
      const res = await answer;
      assert.equal(res.status, 200);
      const body = (await res.json()) as { status: string; limit: string; stdout: string };
      assert.deepEqual([body.status, body.limit, body.stdout], ["timeout", "deadline", "started\n"]);
      const [code] = await once(child, "exit");
      assert.equal(code, 0, logs);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
