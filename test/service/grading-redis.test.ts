// The Redis variant (REDIS_URL): two real service processes sharing one Redis share the
// gradings' queue and store. Needs a reachable Redis: REDIS_URL, else 127.0.0.1:6379
// (.ci/redis.sh starts one in CI). Skipped when REDIS_URL is unset and none answers there.
// Uses database 13 of that server and empties it first.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { Redis } from "ioredis";
import request from "supertest";

const server = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "service", "server.js");
const given = process.env.REDIS_URL;
const base = given && given !== "" ? given : "redis://127.0.0.1:6379";
const url = `${base.replace(/\/\d*$/, "")}/13`;

async function reachable(): Promise<boolean> {
  const r = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  r.on("error", () => {});
  try {
    await r.connect();
    await r.flushdb();
    return true;
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

interface Proc {
  child: ChildProcess;
  base: string;
}

function startServer(): Promise<Proc> {
  const child = spawn(process.execPath, [server], {
    env: { ...process.env, REDIS_URL: url, HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "info", POOL_THREADS: "1", GRADING_CONCURRENCY: "2" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr!.on("data", (c) => (err += c));
    child.stdout!.on("data", (c) => {
      out += c;
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve({ child, base: m[1]! });
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}: ${err}${out}`)));
  });
}

async function stop(p: Proc): Promise<void> {
  if (p.child.exitCode !== null) return;
  const done = new Promise((r) => p.child.once("exit", r));
  p.child.kill("SIGTERM");
  await done;
}

async function poll(base: string, id: string): Promise<Record<string, any>> {
  for (;;) {
    const res = await request(base).get(`/v1/gradings/${id}`);
    if (res.body.status === "completed" || res.body.status === "cancelled") return res.body;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("two service processes sharing one Redis", async () => {
  const up = await reachable();
  if (!up && given) throw new Error(`REDIS_URL=${given} is not reachable`);
  let a: Proc;
  let b: Proc;
  before(async () => {
    if (!up) return;
    [a, b] = await Promise.all([startServer(), startServer()]);
  });
  after(async () => {
    if (!up) return;
    await Promise.all([stop(a), stop(b)]);
  });

  it("a grading posted to one is polled, and graded, through the other", { skip: !up && "no Redis reachable" }, async () => {
    const res = await request(a.base)
      .post("/v1/gradings")
      .set("prefer", "wait=0")
      .send({ source: "print(input())\n", tests: [{ id: "x", stdin: "hi", expect: { stdout: "hi" } }, { id: "y", stdin: "no", expect: { stdout: "yes" } }] });
    assert.equal(res.status, 202, res.text);
    const done = await poll(b.base, res.body.id);
    assert.equal(done.status, "completed");
    assert.deepEqual(done.tests.map((t: { status: string }) => t.status), ["passed", "failed"]);
    // And the waiting POST on one answers when the other graded it.
    const waited = await request(b.base).post("/v1/gradings").set("prefer", "wait=20").send({ source: "print(1)\n", tests: [{ id: "x", expect: { stdout: "1" } }] });
    assert.equal(waited.status, 200);
    assert.equal(waited.body.score, 1);
  });

  it("both processes take jobs from the shared queue", { skip: !up && "no Redis reachable" }, async () => {
    // Each process runs 2 gradings at once, 1 interpreter: 8 slow gradings need both.
    const slow = { source: "while True:\n    pass\n", limits: { timeoutMs: 300, maxSteps: 2000000000 }, tests: [{ id: "t" }] };
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push((await request(a.base).post("/v1/gradings").set("prefer", "wait=0").send(slow)).body.id);
    const results = await Promise.all(ids.map((id) => poll(b.base, id)));
    assert.ok(results.every((r) => r.tests[0].status === "timeout"));
    const m = await request(b.base).get("/metrics");
    assert.match(m.text, /heapscope_gradings_total\{status="completed",gradable="true"\} [1-9]/, "process b graded some");
    const ma = await request(a.base).get("/metrics");
    assert.match(ma.text, /heapscope_gradings_total\{status="completed",gradable="true"\} [1-9]/, "process a graded some");
  });

  it("Idempotency-Key, suites and cancel work across processes", { skip: !up && "no Redis reachable" }, async () => {
    const body = { source: "print(1)\n", tests: [{ id: "x", expect: { stdout: "1" } }] };
    const one = await request(a.base).post("/v1/gradings").set("idempotency-key", "shared-key").send(body);
    const two = await request(b.base).post("/v1/gradings").set("idempotency-key", "shared-key").send(body);
    assert.equal(two.body.id, one.body.id);
    assert.equal(two.headers["idempotent-replayed"], "true");
    const put = await request(a.base).put("/v1/suites/shared").send({ tests: [{ id: "x", expect: { stdout: "1" } }] });
    const got = await request(b.base).get("/v1/suites/shared");
    assert.equal(got.headers.etag, put.headers.etag);
    const slow = { source: "while True:\n    pass\n", limits: { timeoutMs: 1000, maxSteps: 2000000000 }, tests: Array.from({ length: 12 }, (_, i) => ({ id: `t${i}` })) };
    const job = await request(a.base).post("/v1/gradings").set("prefer", "wait=0").send(slow);
    for (let i = 0; i < 100; i++) {
      if ((await request(b.base).get(`/v1/gradings/${job.body.id}`)).body.status === "running") break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const del = await request(b.base).delete(`/v1/gradings/${job.body.id}`);
    assert.equal(del.status, 200, del.text);
    assert.equal(del.body.status, "cancelled");
    assert.ok(del.body.tests.some((t: { status: string }) => t.status === "skipped"));
  });
});
