// Every error answer is application/problem+json with a stable type (these do not need the
// real engine).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { http, makeApp, postRun, problemOf } from "./helpers.js";

describe("errors are problem+json", () => {
  let app: FastifyInstance;
  before(async () => {
    app = await makeApp({ BODY_LIMIT_BYTES: "2048", RUN_TIMEOUT_MS_MAX: "10000" });
  });
  after(() => app.close());

  it("malformed JSON is 400 invalid-json", async () => {
    problemOf(await postRun(app, '{"source": '), "invalid-json", 400);
  });

  it("an empty JSON body is 400 invalid-json", async () => {
    problemOf(await postRun(app, ""), "invalid-json", 400);
  });

  it("a non-JSON content type is 415", async () => {
    const res = await http(app).post("/v1/runs").set("content-type", "text/plain").send('print("hi")');
    problemOf(res, "unsupported-media-type", 415);
    const form = await http(app).post("/v1/runs").type("form").send({ source: "x" });
    problemOf(form, "unsupported-media-type", 415);
  });

  it("a body over BODY_LIMIT_BYTES is 413", async () => {
    problemOf(await postRun(app, { source: "#".repeat(4000) }), "body-too-large", 413);
  });

  it("a missing source is 400 validation-failed naming the field", async () => {
    const p = problemOf(await postRun(app, { stdin: "" }), "validation-failed", 400);
    assert.deepEqual(p.errors, [{ field: "/source", message: "is required" }]);
  });

  it("lists every offending field", async () => {
    const res = await postRun(app, { source: 1, extra: true, limits: { timeoutMs: "5", bogus: 1 }, finalizeAtExit: "yes" });
    const p = problemOf(res, "validation-failed", 400);
    const fields = (p.errors as { field: string }[]).map((e) => e.field).sort();
    assert.deepEqual(fields, ["/extra", "/finalizeAtExit", "/limits/bogus", "/limits/timeoutMs", "/source"]);
  });

  it("a limit above the server maximum is 400 naming the field and the maximum", async () => {
    const p = problemOf(await postRun(app, { source: "pass", limits: { timeoutMs: 10001 } }), "validation-failed", 400);
    assert.deepEqual(p.errors, [{ field: "/limits/timeoutMs", message: "must be <= 10000" }]);
    for (const field of ["heapBytes", "maxSteps", "maxOutputBytes", "maxEvents"]) {
      const res = await postRun(app, { source: "pass", limits: { [field]: 1e12 } });
      const q = problemOf(res, "validation-failed", 400);
      assert.equal((q.errors as { field: string }[])[0]!.field, `/limits/${field}`);
    }
  });

  it("a limit below its minimum is 400", async () => {
    const p = problemOf(await postRun(app, { source: "pass", limits: { timeoutMs: 0 } }), "validation-failed", 400);
    assert.equal((p.errors as { field: string }[])[0]!.field, "/limits/timeoutMs");
  });

  it("an unknown route is 404 not-found, for any method", async () => {
    problemOf(await http(app).get("/v2/runs"), "not-found", 404);
    problemOf(await http(app).delete("/v1/runs"), "not-found", 404);
  });

  it("an engine bug is 500 engine-error with the request id and no stack", async () => {
    const res = await postRun(app, { source: "pass" }, { "x-heapscope-test-task": "throw", "x-request-id": "req-engine-bug-1" });
    const p = problemOf(res, "engine-error", 500);
    assert.equal(p.requestId, "req-engine-bug-1");
    assert.doesNotMatch(res.text, /TypeError|run-task|engine bug/);
  });

  it("echoes a sane X-Request-Id and replaces an unsafe one", async () => {
    const ok = await http(app).get("/healthz").set("x-request-id", "abc-123");
    assert.equal(ok.headers["x-request-id"], "abc-123");
    const bad = await http(app).get("/healthz").set("x-request-id", "bad id with spaces {}");
    assert.match(bad.headers["x-request-id"] ?? "", /^[0-9a-f-]{36}$/);
  });
});
