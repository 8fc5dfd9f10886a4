// API keys, rate limits, security headers, CORS.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { http, makeApp, postRun, problemOf } from "./helpers.js";

const SLEEP = { "x-heapscope-test-task": "sleep:1" };

describe("auth", () => {
  it("is off when API_KEYS is empty", async () => {
    const app = await makeApp({ POOL_THREADS: "1" });
    try {
      assert.equal((await postRun(app, { source: "" }, SLEEP)).status, 200);
    } finally {
      await app.close();
    }
  });

  it("when configured, /v1 needs a valid Bearer key; operations routes stay open", async () => {
    const app = await makeApp({ POOL_THREADS: "1", API_KEYS: "k-alpha-0123456789, k-beta-9876543210" });
    try {
      const missing = await postRun(app, { source: "" }, SLEEP);
      problemOf(missing, "unauthorized", 401);
      assert.match(missing.headers["www-authenticate"] ?? "", /^Bearer/);
      problemOf(await postRun(app, { source: "" }, { ...SLEEP, authorization: "Bearer nope" }), "unauthorized", 401);
      problemOf(await postRun(app, { source: "" }, { ...SLEEP, authorization: "Basic k-alpha-0123456789" }), "unauthorized", 401);
      // Auth comes before body parsing: no key, no 400 leaks about the body.
      problemOf(await postRun(app, "{bad json", {}), "unauthorized", 401);
      assert.equal((await postRun(app, { source: "" }, { ...SLEEP, authorization: "Bearer k-alpha-0123456789" })).status, 200);
      assert.equal((await postRun(app, { source: "" }, { ...SLEEP, authorization: "bearer k-beta-9876543210" })).status, 200);
      for (const path of ["/healthz", "/readyz", "/metrics", "/openapi.json"]) {
        assert.equal((await http(app).get(path)).status, 200, path);
      }
    } finally {
      await app.close();
    }
  });
});

describe("rate limits", () => {
  it("are off by default (no RateLimit headers)", async () => {
    const app = await makeApp({ POOL_THREADS: "1" });
    try {
      const res = await postRun(app, { source: "" }, SLEEP);
      assert.equal(res.headers["ratelimit-limit"], undefined);
    } finally {
      await app.close();
    }
  });

  it("limit per client address when auth is off, with RateLimit headers and a 429 problem", async () => {
    const app = await makeApp({ POOL_THREADS: "1", RATE_LIMIT_MAX: "2", RATE_LIMIT_WINDOW_MS: "60000" });
    try {
      const a = await postRun(app, { source: "" }, SLEEP);
      assert.equal(a.status, 200);
      assert.equal(a.headers["ratelimit-limit"], "2");
      assert.equal(a.headers["ratelimit-remaining"], "1");
      assert.ok(Number(a.headers["ratelimit-reset"]) > 0);
      assert.equal((await postRun(app, { source: "" }, SLEEP)).status, 200);
      const limited = await postRun(app, { source: "" }, SLEEP);
      problemOf(limited, "rate-limited", 429);
      assert.ok(Number(limited.headers["retry-after"]) > 0);
      // Operations routes are not rate limited.
      assert.equal((await http(app).get("/healthz")).status, 200);
    } finally {
      await app.close();
    }
  });

  it("limit per API key when auth is on", async () => {
    const app = await makeApp({ POOL_THREADS: "1", RATE_LIMIT_MAX: "1", API_KEYS: "key-one-aaaaaaaa,key-two-bbbbbbbb" });
    try {
      const one = { ...SLEEP, authorization: "Bearer key-one-aaaaaaaa" };
      const two = { ...SLEEP, authorization: "Bearer key-two-bbbbbbbb" };
      assert.equal((await postRun(app, { source: "" }, one)).status, 200);
      problemOf(await postRun(app, { source: "" }, one), "rate-limited", 429);
      assert.equal((await postRun(app, { source: "" }, two)).status, 200, "another key has its own budget");
    } finally {
      await app.close();
    }
  });
});

describe("headers", () => {
  it("sets security headers (helmet)", async () => {
    const app = await makeApp({ POOL_THREADS: "1" });
    try {
      const res = await http(app).get("/healthz");
      assert.equal(res.headers["x-content-type-options"], "nosniff");
      assert.match(res.headers["content-security-policy"] ?? "", /default-src 'self'/);
      assert.ok(res.headers["strict-transport-security"]);
      assert.equal(res.headers["x-powered-by"], undefined);
      assert.equal(res.headers["access-control-allow-origin"], undefined, "CORS off by default");
    } finally {
      await app.close();
    }
  });

  it("CORS: a list of origins allows exactly those", async () => {
    const app = await makeApp({ POOL_THREADS: "1", CORS_ORIGIN: "https://grader.example,https://ui.example" });
    try {
      const pre = await http(app)
        .options("/v1/runs")
        .set("origin", "https://ui.example")
        .set("access-control-request-method", "POST")
        .set("access-control-request-headers", "content-type,authorization");
      assert.equal(pre.status, 204);
      assert.equal(pre.headers["access-control-allow-origin"], "https://ui.example");
      const other = await http(app).get("/healthz").set("origin", "https://evil.example");
      assert.notEqual(other.headers["access-control-allow-origin"], "https://evil.example");
    } finally {
      await app.close();
    }
  });

  it("CORS: * allows any origin", async () => {
    const app = await makeApp({ POOL_THREADS: "1", CORS_ORIGIN: "*" });
    try {
      const res = await http(app).get("/healthz").set("origin", "https://anything.example");
      assert.equal(res.headers["access-control-allow-origin"], "*");
    } finally {
      await app.close();
    }
  });
});
