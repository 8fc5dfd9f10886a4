// Operations: health, readiness, metrics, the served document and docs UI, configuration
// validation, and the real server process (listen, SIGTERM).
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { ConfigError, loadConfig } from "../../src/service/config.js";
import { http, makeApp, postRun } from "./helpers.js";

describe("operations routes", () => {
  let app: FastifyInstance;
  before(async () => {
    app = await makeApp({ POOL_THREADS: "2", POOL_MAX_QUEUE: "7", RUN_TIMEOUT_MS_MAX: "12345", RUN_EVENTS_DEFAULT: "42" });
  });
  after(() => app.close());

  it("GET /healthz is 200 ok", async () => {
    const res = await http(app).get("/healthz");
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { status: "ok" });
  });

  it("GET /readyz reports the pool", async () => {
    const res = await http(app).get("/readyz");
    assert.equal(res.status, 200);
    assert.equal(res.body.status, "ready");
    assert.equal(res.body.threads, 2);
    assert.equal(res.body.queueCapacity, 7);
    assert.equal(res.body.queueDepth, 0);
  });

  it("GET /metrics is Prometheus text with run, queue and pool metrics", async () => {
    await postRun(app, { source: "" }, { "x-heapscope-test-task": "sleep:1" });
    const res = await http(app).get("/metrics");
    assert.equal(res.status, 200);
    assert.match(res.headers["content-type"] ?? "", /^text\/plain/);
    for (const name of [
      'heapscope_runs_total{status="ok"} 1',
      'heapscope_run_duration_seconds_count{status="ok"} 1',
      "heapscope_pool_queue_depth 0",
      "heapscope_pool_queue_capacity 7",
      "heapscope_pool_threads 2",
      "heapscope_pool_utilization",
      "heapscope_gc_collections_total",
      'heapscope_http_requests_total{method="POST",route="/v1/runs",status_code="200"} 1',
      "heapscope_process_cpu_seconds_total",
    ]) {
      assert.ok(res.text.includes(name), `metrics lack ${name}`);
    }
  });

  it("GET /openapi.json serves the document with this server's limits", async () => {
    const res = await http(app).get("/openapi.json");
    assert.equal(res.status, 200);
    assert.equal(res.body.openapi, "3.1.0");
    const limits = res.body.components.schemas.Limits.properties;
    assert.equal(limits.timeoutMs.maximum, 12345);
    assert.equal(limits.maxEvents.default, 42);
    assert.ok(res.body.paths["/v1/runs"].post);
  });

  it("GET /docs is the Swagger UI", async () => {
    const res = await http(app).get("/docs/").redirects(2);
    assert.equal(res.status, 200);
    assert.match(res.text, /swagger/i);
    const spec = await http(app).get("/docs/json");
    assert.equal(spec.body.info.title, "heapscope");
  });
});

describe("configuration", () => {
  it("defaults", () => {
    const c = loadConfig({});
    assert.equal(c.host, "0.0.0.0");
    assert.equal(c.port, 3000);
    assert.equal(c.pool.maxQueue, 64);
    assert.deepEqual(c.limits.timeoutMs, { default: 5000, max: 30000 });
    assert.deepEqual(c.apiKeys, []);
    assert.equal(c.corsOrigin, null);
    assert.equal(c.rateLimit.max, 0);
  });

  it("rejects bad values, naming every bad variable", () => {
    assert.throws(() => loadConfig({ PORT: "http", POOL_THREADS: "0" }), (err: Error) => {
      assert.ok(err instanceof ConfigError);
      assert.match(err.message, /PORT must be integer/);
      assert.match(err.message, /POOL_THREADS must be >= 1/);
      return true;
    });
    assert.throws(() => loadConfig({ RUN_HEAP_BYTES_DEFAULT: "999999999999" }), /RUN_HEAP_BYTES_DEFAULT .* must not exceed RUN_HEAP_BYTES_MAX/);
    assert.throws(() => loadConfig({ LOG_LEVEL: "loud" }), /LOG_LEVEL must be equal to one of the allowed values/);
    assert.throws(() => loadConfig({ CORS_ORIGIN: "not an origin" }), /CORS_ORIGIN/);
  });

  it("refuses a worker V8 heap too small for the largest interpreter heap", () => {
    assert.throws(
      () => loadConfig({ WORKER_HEAP_MB: "256", RUN_HEAP_BYTES_MAX: String(64 * 1024 * 1024) }),
      /WORKER_HEAP_MB \(256\) must be at least 8 x RUN_HEAP_BYTES_MAX \(512 MiB\)/,
    );
    assert.equal(loadConfig({ WORKER_HEAP_MB: "512", RUN_HEAP_BYTES_MAX: String(64 * 1024 * 1024) }).pool.workerHeapMb, 512);
  });

  it("npm start refuses a bad value with a clear message", () => {
    const r = spawnSync(process.execPath, ["dist/service/server.js"], { env: { ...process.env, PORT: "abc" }, encoding: "utf8", timeout: 20000 });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /heapscope: invalid configuration: PORT must be integer/);
  });
});

describe("server process", () => {
  it("listens on HOST:PORT, serves, and exits cleanly on SIGTERM", async () => {
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
      assert.ok(logs.includes("heapscope ready"), logs);
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      assert.equal(res.status, 200);
      const run = await fetch(`http://127.0.0.1:${port}/v1/runs`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ source: "pass" }),
      });
      assert.equal(run.status, 200);
      // JSON logs with request ids and one line per run.
      const lines = logs.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
      const runLine = lines.find((l) => l.msg === "run") as { reqId?: string; run?: { limits?: unknown } } | undefined;
      assert.ok(runLine?.reqId, "the run line has a request id");
      assert.equal(runLine?.reqId, run.headers.get("x-request-id"));
      assert.ok(runLine?.run?.limits);
      assert.ok(!logs.includes('"source"'), "the source is logged at debug level only");
      child.kill("SIGTERM");
      const [code] = await once(child, "exit");
      assert.equal(code, 0);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
