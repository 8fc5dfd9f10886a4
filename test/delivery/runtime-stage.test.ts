// The image's runtime stage, reproduced outside a container by
// scripts/runtime-stage.ts: a production-only install of the built dist/ in a
// temporary, read-only folder, started as an unprivileged user (when the tests run
// as root) on a free loopback port, with only the image's environment. Needs the
// npm registry or a warm npm cache (`npm ci` runs there).
//
// The `hello` test needs the engine; the rest only needs the service.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { postRun, prepareRuntimeStage, type PreparedStage, type RunningServer } from "../../scripts/runtime-stage.js";
import { repoPath } from "./lib/kustomize.js";
import { one, podTemplate, render } from "./lib/manifests.js";

const RUN_STATUSES = ["ok", "error", "timeout", "memory-limit", "output-limit"];
const haveService = existsSync(repoPath("src", "service", "server.ts"));
// Until the service lands, skip locally; in CI a missing service is a failure.
const skip = !haveService && !process.env.CI ? "src/service/server.ts does not exist yet" : false;

describe("runtime stage (the image's last stage, outside a container)", { skip, timeout: 240_000 }, () => {
  let stage: PreparedStage | undefined;
  let server: RunningServer | undefined;

  before(
    async () => {
      stage = prepareRuntimeStage();
      server = await stage.start();
    },
    { timeout: 200_000 },
  );

  after(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) await server.stop("SIGKILL").catch(() => {});
    stage?.cleanup();
  });

  test("installed production dependencies only, and the built output", () => {
    const dir = stage!.dir;
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    for (const dep of Object.keys(pkg.dependencies)) assert.ok(existsSync(join(dir, "node_modules", dep)), dep);
    for (const dev of ["typescript", "tsx", "kubernetes-models", "dockerfile-ast"]) {
      assert.ok(!existsSync(join(dir, "node_modules", dev)), `${dev} is dev-only`);
    }
    assert.ok(existsSync(join(dir, "dist", "service", "server.js")));
    assert.ok(!existsSync(join(dir, "src")), "no sources in the image");
  });

  test("the app folder is read-only to the service's user; its TMPDIR is writable", () => {
    // Try as the user the service runs as (root ignores permission bits).
    const attempt = (path: string) =>
      spawnSync(process.execPath, ["-e", `require("node:fs").writeFileSync(${JSON.stringify(path)}, "x")`], {
        encoding: "utf8",
        ...(stage!.uid !== null ? { uid: stage!.uid, gid: stage!.uid } : {}),
      });
    for (const p of [join(stage!.dir, "probe"), join(stage!.dir, "dist", "probe"), join(stage!.dir, "node_modules", "probe")]) {
      const r = attempt(p);
      assert.notEqual(r.status, 0, `${p} is writable`);
      assert.match(r.stderr, /EACCES|EPERM|EROFS/);
    }
    assert.equal(attempt(join(stage!.tmp, "probe")).status, 0, "TMPDIR (the /tmp emptyDir) is writable");
  });

  test("probe and scrape paths of deploy/ answer 200", async () => {
    const pod = podTemplate(one(render("base"), "Deployment"));
    const c = pod.spec.containers[0];
    const paths = [
      c.startupProbe.httpGet.path,
      c.livenessProbe.httpGet.path,
      c.readinessProbe.httpGet.path,
      (pod.metadata.annotations as Record<string, string>)["prometheus.io/path"],
    ];
    for (const p of paths) {
      const r = await fetch(`${server!.url}${p}`);
      assert.equal(r.status, 200, `GET ${p}`);
      if (p === "/metrics") assert.match(r.headers.get("content-type") ?? "", /^text\/plain/);
      await r.arrayBuffer();
    }
  });

  test("POST /v1/runs answers the API contract", async () => {
    const r = await postRun(server!.url, "print('hello')");
    assert.equal(r.status, 200, r.text.slice(0, 500));
    assert.match(r.contentType ?? "", /^application\/json/);
    const b = r.body!;
    assert.ok(RUN_STATUSES.includes(b.status as string), `status ${String(b.status)}`);
    assert.equal(typeof b.stdout, "string");
    assert.equal(typeof b.stderr, "string");
    assert.ok(Array.isArray(b.events));
    assert.equal(typeof b.eventsDropped, "number");
    assert.equal(typeof b.stats, "object");
    const bad = await fetch(`${server!.url}/v1/runs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    assert.equal(bad.status, 400, "a run without source is a bad request");
    await bad.arrayBuffer();
  });

  test("POST /v1/runs print('hello') prints hello (needs the engine)", async () => {
    const r = await postRun(server!.url, "print('hello')");
    assert.equal(r.status, 200);
    assert.equal(r.body!.stdout, "hello\n", `status ${String(r.body!.status)}, error ${JSON.stringify(r.body!.error)}`);
    assert.equal(r.body!.status, "ok");
  });

  test("the image's HEALTHCHECK command exits 0 against it", async () => {
    assert.equal(await server!.healthcheck(), 0);
  });

  test("SIGTERM drains and exits 0 within 15 s", async () => {
    // A run in flight when SIGTERM arrives still gets its answer.
    const inflight = postRun(server!.url, "print('bye')");
    await new Promise((r) => setTimeout(r, 50));
    const exit = await server!.stop("SIGTERM", 15_000);
    assert.deepEqual({ code: exit.code, signal: exit.signal }, { code: 0, signal: null }, server!.output().slice(-2000));
    const r = await inflight.catch((e: Error) => ({ status: -1, text: e.message }));
    assert.equal(r.status, 200, `the in-flight run: ${r.text.slice(0, 300)}`);
  });

  test("the HEALTHCHECK command fails once the service is gone", async () => {
    assert.notEqual(await server!.healthcheck(), 0);
  });
});
