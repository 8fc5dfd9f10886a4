// Gradings as jobs: Prefer: wait, 202 + Location and polling, cancel, Idempotency-Key,
// signed webhooks with retries (against a local receiver), the SSRF guard, suites with
// ETags, and a restart that loses neither a finished result nor a queued job (SQLite).
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { isAllowedAddress } from "../../src/service/grading/ssrf.js";
import { SqliteGradingStore } from "../../src/service/grading/store-sqlite.js";
import { http, makeApp, problemOf } from "./helpers.js";

type Body = Record<string, any>;

function postGrading(app: FastifyInstance, body: unknown, headers: Record<string, string> = {}) {
  let req = http(app).post("/v1/gradings").set("content-type", "application/json");
  for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
  return req.send(JSON.stringify(body));
}

/** A grading that takes about `ms` per test (a loop stopped by its time limit). */
const slow = (tests: number, ms: number) => ({
  source: "while True:\n    pass\n",
  limits: { timeoutMs: ms, maxSteps: 2_000_000_000 },
  tests: Array.from({ length: tests }, (_, i) => ({ id: `t${i}` })),
});

async function pollUntilDone(app: FastifyInstance, id: string): Promise<Body> {
  for (;;) {
    const res = await http(app).get(`/v1/gradings/${id}`);
    assert.equal(res.status, 200);
    if (res.body.status === "completed" || res.body.status === "cancelled") return res.body;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("grading jobs", () => {
  let app: FastifyInstance;
  before(async () => {
    app = await makeApp({ POOL_THREADS: "2" });
  });
  after(() => app.close());

  it("Prefer: wait=0 answers 202 with Location; GET polls it to completion", async () => {
    const res = await postGrading(app, { source: "print(1)\n", tests: [{ id: "a", expect: { stdout: "1" } }] }, { prefer: "wait=0" });
    assert.equal(res.status, 202);
    assert.equal(res.headers["preference-applied"], "wait=0");
    assert.equal(res.headers.location, `/v1/gradings/${res.body.id}`);
    assert.ok(res.body.status === "queued" || res.body.status === "running");
    const done = await pollUntilDone(app, res.body.id);
    assert.equal(done.status, "completed");
    assert.equal(done.score, 1);
    // Within the default wait, the answer is the result itself.
    const waited = await postGrading(app, { source: "print(1)\n", tests: [{ id: "a", expect: { stdout: "1" } }] });
    assert.equal(waited.status, 200);
    assert.equal(waited.body.status, "completed");
    assert.equal(waited.headers.location, `/v1/gradings/${waited.body.id}`);
  });

  it("a wait shorter than the grading answers 202, then the result is there", async () => {
    const res = await postGrading(app, slow(2, 1500), { prefer: "wait=1" });
    assert.equal(res.status, 202);
    const done = await pollUntilDone(app, res.body.id);
    assert.deepEqual(done.tests.map((t: Body) => t.status), ["timeout", "timeout"]);
  });

  it("DELETE cancels: tests not started are skipped, the grading ends cancelled; a finished one answers 409", async () => {
    const res = await postGrading(app, slow(12, 1000), { prefer: "wait=0" });
    await new Promise((r) => setTimeout(r, 300));
    const del = await http(app).delete(`/v1/gradings/${res.body.id}`);
    assert.equal(del.status, 200, del.text);
    assert.equal(del.body.status, "cancelled");
    const statuses = del.body.tests.map((t: Body) => t.status);
    assert.ok(statuses.includes("skipped"), statuses.join());
    assert.ok(del.body.tests.filter((t: Body) => t.status === "skipped").every((t: Body) => t.message === "cancelled"));
    problemOf(await http(app).delete(`/v1/gradings/${res.body.id}`), "grading-finished", 409);
    problemOf(await http(app).delete("/v1/gradings/unknown"), "grading-not-found", 404);
  });

  it("Idempotency-Key: a retried POST returns the same grading; another body with it is a 409", async () => {
    const body = { source: "print(2)\n", tests: [{ id: "a", expect: { stdout: "2" } }] };
    const key = `key-${Date.now()}`;
    const first = await postGrading(app, body, { "idempotency-key": key });
    const again = await postGrading(app, body, { "idempotency-key": key });
    assert.equal(first.status, 200);
    assert.equal(again.status, 200);
    assert.equal(again.body.id, first.body.id);
    assert.equal(again.headers["idempotent-replayed"], "true");
    const other = await postGrading(app, { ...body, source: "print(3)\n" }, { "idempotency-key": key });
    problemOf(other, "idempotency-key-reused", 409);
    const fresh = await postGrading(app, body, { "idempotency-key": `${key}-2` });
    assert.notEqual(fresh.body.id, first.body.id);
  });

  it("suites: PUT stores tests under an ETag, If-Match guards updates, gradings name the suite", async () => {
    const suite = {
      tests: [
        { id: "v", stdin: "2", expect: { stdout: "4" } },
        { id: "h", stdin: "5", expect: { stdout: "25" }, visibility: "hidden" },
      ],
    };
    const put = await http(app).put("/v1/suites/squares").send(suite);
    assert.equal(put.status, 200, put.text);
    const etag = put.headers.etag;
    assert.match(etag ?? "", /^"[A-Za-z0-9_-]+"$/);
    assert.deepEqual({ ...put.body, updatedAt: undefined }, { id: "squares", etag, tests: 2, updatedAt: undefined });
    const same = await http(app).put("/v1/suites/squares").set("if-match", etag!).send(suite);
    assert.equal(same.headers.etag, etag);
    problemOf(await http(app).put("/v1/suites/squares").set("if-match", '"stale"').send(suite), "precondition-failed", 412);
    const get = await http(app).get("/v1/suites/squares");
    // As stored, with the schema's defaults filled in.
    assert.deepEqual(get.body.tests.map((t: Body) => [t.id, t.visibility, t.points, t.expect.stdout]), [["v", "visible", 1, "4"], ["h", "hidden", 1, "25"]]);
    assert.equal((await http(app).get("/v1/suites/squares").set("if-none-match", etag!)).status, 304);
    const graded = await postGrading(app, { source: "n = int(input())\nprint(n * n)\n", suite: "squares" }, {});
    assert.equal(graded.body.suite, "squares");
    assert.equal(graded.body.score, 2);
    const student = await http(app).get(`/v1/gradings/${graded.body.id}?view=student`);
    assert.ok(!student.text.includes('"25'));
  });
});

describe("grading callbacks", () => {
  const secret = "s3cret-for-tests";
  let app: FastifyInstance;
  let receiver: Server;
  let url: string;
  const received: { headers: IncomingMessage["headers"]; body: string }[] = [];
  let failuresLeft = 0;
  before(async () => {
    receiver = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        if (failuresLeft > 0) {
          failuresLeft--;
          res.writeHead(500).end("not now");
        } else res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    app = await makeApp({ WEBHOOK_SECRET: secret, WEBHOOK_ALLOW_PRIVATE: "true", WEBHOOK_RETRY_BASE_MS: "50", WEBHOOK_MAX_ATTEMPTS: "4" });
  });
  after(async () => {
    await app.close();
    await new Promise((r) => receiver.close(r));
  });

  it("one signed POST per grading, retried with backoff until delivered; deliveries lists the attempts", async () => {
    failuresLeft = 2;
    received.length = 0;
    const res = await postGrading(app, { source: "print(1)\n", tests: [{ id: "a", expect: { stdout: "1" } }], callback: { url } });
    assert.equal(res.status, 200);
    let deliveries: Body[] = [];
    for (let i = 0; i < 200 && !deliveries.some((d) => d.outcome === "delivered"); i++) {
      await new Promise((r) => setTimeout(r, 25));
      deliveries = (await http(app).get(`/v1/gradings/${res.body.id}/deliveries`)).body.deliveries;
    }
    assert.deepEqual(deliveries.map((d) => [d.attempt, d.outcome, d.statusCode]), [[1, "failed", 500], [2, "failed", 500], [3, "delivered", 204]]);
    // Exponential backoff: 50 ms, then 100 ms.
    const at = deliveries.map((d) => Date.parse(d.at));
    assert.ok(at[1]! - at[0]! >= 45 && at[2]! - at[1]! >= 95, `attempt times ${at.join()}`);
    assert.equal(received.length, 3);
    for (const r of received) {
      const sig = String(r.headers["heapscope-signature"]);
      const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(sig);
      assert.ok(m, sig);
      const expected = createHmac("sha256", secret).update(`${m[1]}.${r.body}`).digest("hex");
      assert.equal(m[2], expected);
      assert.ok(Math.abs(Number(m[1]) - Date.now() / 1000) < 60);
      const body = JSON.parse(r.body);
      assert.equal(body.id, res.body.id);
      assert.equal(body.status, "completed");
      assert.equal(body.score, 1);
    }
    const m = await http(app).get("/metrics");
    assert.match(m.text, /^heapscope_webhook_deliveries_total\{outcome="failed"\} 2$/m);
    assert.match(m.text, /^heapscope_webhook_deliveries_total\{outcome="delivered"\} 1$/m);
  });

  it("gives up after WEBHOOK_MAX_ATTEMPTS", async () => {
    failuresLeft = 100;
    const res = await postGrading(app, { source: "", tests: [{ id: "a" }], callback: { url } });
    let deliveries: Body[] = [];
    for (let i = 0; i < 200 && deliveries.length < 4; i++) {
      await new Promise((r) => setTimeout(r, 25));
      deliveries = (await http(app).get(`/v1/gradings/${res.body.id}/deliveries`)).body.deliveries;
    }
    await new Promise((r) => setTimeout(r, 500));
    deliveries = (await http(app).get(`/v1/gradings/${res.body.id}/deliveries`)).body.deliveries;
    assert.equal(deliveries.length, 4);
    assert.ok(deliveries.every((d) => d.outcome === "failed"));
    assert.equal(deliveries[3]!.nextAttemptAt, undefined);
    failuresLeft = 0;
  });

  it("without WEBHOOK_ALLOW_PRIVATE, private targets are refused: literal addresses at once, names when they resolve", async () => {
    const strict = await makeApp({ WEBHOOK_SECRET: secret });
    try {
      for (const u of ["http://127.0.0.1/x", "http://[::1]/x", "http://169.254.169.254/latest", "http://10.1.2.3/", "http://[::ffff:192.168.0.1]/", "ftp://example.com/"]) {
        problemOf(await postGrading(strict, { source: "", tests: [{ id: "a" }], callback: { url: u } }), "callback-refused", 400);
      }
      const port = (receiver.address() as AddressInfo).port;
      const before = received.length;
      const res = await postGrading(strict, { source: "", tests: [{ id: "a" }], callback: { url: `http://localhost:${port}/hook` } });
      assert.equal(res.status, 200);
      let deliveries: Body[] = [];
      for (let i = 0; i < 100 && deliveries.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 25));
        deliveries = (await http(strict).get(`/v1/gradings/${res.body.id}/deliveries`)).body.deliveries;
      }
      assert.equal(deliveries.length, 1);
      assert.equal(deliveries[0]!.outcome, "blocked");
      assert.match(deliveries[0]!.error, /localhost resolves to .*a refused address/);
      assert.equal(received.length, before, "nothing reached the receiver");
    } finally {
      await strict.close();
    }
  });

  it("the address check covers every private, loopback, link-local and mapped form", () => {
    for (const a of ["127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "::", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "224.0.0.1"]) {
      assert.equal(isAllowedAddress(a, false), false, a);
      assert.equal(isAllowedAddress(a, true), true, a);
    }
    for (const a of ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"]) assert.equal(isAllowedAddress(a, false), true, a);
  });
});

describe("restart (SQLite store)", () => {
  it("a finished result and a queued job survive a restart; the queued job then runs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "heapscope-grading-"));
    try {
      const env = { DATA_DIR: dir, GRADING_CONCURRENCY: "1", POOL_THREADS: "1" };
      const first = await makeApp(env);
      const running = await postGrading(first, slow(1, 800), { prefer: "wait=0" });
      const queued = await postGrading(first, { source: "print(5)\n", tests: [{ id: "a", expect: { stdout: "5" } }] }, { prefer: "wait=0" });
      assert.equal(queued.status, 202);
      assert.equal(queued.body.status, "queued");
      await first.close();
      const store = new SqliteGradingStore(dir);
      assert.equal((await store.get(queued.body.id))?.status, "queued", "still queued when the first process stopped");
      await store.close();

      const second = await makeApp(env);
      try {
        const a = await http(second).get(`/v1/gradings/${running.body.id}`);
        assert.equal(a.body.status, "completed", "finished before the first process stopped");
        assert.equal(a.body.tests[0].status, "timeout");
        const b = await pollUntilDone(second, queued.body.id);
        assert.equal(b.status, "completed");
        assert.equal(b.score, 1);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
