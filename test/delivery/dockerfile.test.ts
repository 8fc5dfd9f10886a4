// The Dockerfile, parsed (dockerfile-ast): the properties the image must have,
// checked without a container engine. The runtime stage itself is reproduced and
// run by runtime-stage.test.ts.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { DockerfileParser } from "dockerfile-ast";
import { runtimePlan, stagesOf, type Stage } from "../../scripts/runtime-stage.js";
import { repoPath } from "./lib/kustomize.js";
import { ENV_SCHEMA } from "../../src/service/config.js";

const text = readFileSync(repoPath("Dockerfile"), "utf8");
const dockerfile = DockerfileParser.parse(text);
const stages = stagesOf(text);
const plan = runtimePlan(text);
const pkg = JSON.parse(readFileSync(repoPath("package.json"), "utf8")) as {
  engines: { node: string };
  scripts: Record<string, string>;
};

const KNOWN = new Set([
  "FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT",
  "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
]);

const keywords = (s: Stage) => s.instructions.map((i) => i.getKeyword());
const runText = (s: Stage) =>
  s.instructions.filter((i) => i.getKeyword() === "RUN").map((i) => i.getArgumentsContent() ?? "");

test("parses: known instructions only, BuildKit syntax directive for RUN --mount", () => {
  for (const ins of dockerfile.getInstructions()) assert.ok(KNOWN.has(ins.getKeyword()), ins.getKeyword());
  assert.deepEqual(
    dockerfile.getDirectives().map((d) => [d.getName(), d.getValue()]),
    [["syntax", "docker/dockerfile:1"]],
  );
});

test("multi-stage: build, then runtime last, both on the same pinned image of a supported Node LTS", () => {
  assert.deepEqual(
    stages.map((s) => s.name),
    ["build", "runtime"],
  );
  const images = new Set(stages.map((s) => s.image));
  assert.equal(images.size, 1, "one base image for both stages");
  const from = dockerfile.getFROMs()[0]!;
  assert.equal(from.getImageName(), "node");
  const tag = from.getImageTag() ?? "";
  const m = /^(\d+)\.(\d+)\.(\d+)-([a-z]+)-slim$/.exec(tag);
  assert.ok(m, `exact version tag like 24.22.3-bookworm-slim, found ${tag}`);
  // Node 20 reached end of life in April 2026; 22 and 24 are the supported LTS lines.
  assert.ok(["22", "24"].includes(m![1]!), `a supported LTS major (22 or 24), found ${m![1]}`);
  assert.equal(m![4], "bookworm");
  const floor = /^>=\s*(\d+)\b/.exec(pkg.engines.node);
  assert.ok(floor && ["22", "24"].includes(floor[1]!), `engines names a supported LTS floor, found ${pkg.engines.node}`);
  assert.ok(Number(m![1]) >= Number(floor![1]), "the image's Node satisfies package.json engines");
  // The placeholder for the digest is documented next to it.
  assert.match(text, /@sha256:/);
});

test("build stage: full install (dev dependencies), then the build", () => {
  const build = stages[0]!;
  const runs = runText(build);
  const install = runs.find((r) => r.startsWith("npm ci"));
  assert.ok(install, "npm ci");
  assert.doesNotMatch(install!, /--omit|--production/, "dev dependencies are needed to compile");
  assert.ok(runs.includes("npm run build"));
  const copies = build.instructions.filter((i) => i.getKeyword() === "COPY").map((i) => i.getArgumentsContent());
  // Lockfile before sources, so the dependency layer is cached.
  assert.equal(copies[0], "package.json package-lock.json ./");
  assert.ok(copies.includes("src ./src"));
  assert.ok(copies.includes("web ./web"), "the playground's sources (built into dist/web)");
  assert.equal(pkg.scripts.build, "tsc -p tsconfig.build.json && node scripts/bundle-engine.mjs && vite build --config web/vite.config.ts");
  assert.ok(copies.includes("scripts/bundle-engine.mjs ./scripts/"), "the build's engine bundle step");
  assert.ok(copies.some((c) => c?.includes("tsconfig.build.json") && c.includes("tsconfig.json")));
});

test("runtime stage: production dependencies only, the built dist/, the OpenAPI document, nothing else", () => {
  assert.deepEqual(plan.install.slice(0, 2), ["npm", "ci"]);
  assert.ok(plan.install.includes("--omit=dev"));
  assert.ok(plan.install.includes("--ignore-scripts"));
  assert.deepEqual(plan.contextCopies, [
    { sources: ["package.json", "package-lock.json"], dest: "./" },
    // Read by the service at run time (src/service/openapi.ts).
    { sources: ["openapi"], dest: "./openapi" },
  ]);
  assert.deepEqual(plan.stageCopies, [{ from: "build", sources: ["dist"], dest: "./dist" }]);
  assert.equal(plan.env.NODE_ENV, "production");
  assert.equal(plan.workdir, "/app");
  assert.ok(!keywords(stages[1]!).includes("ADD"));
  assert.ok(!keywords(stages[1]!).includes("VOLUME"), "no VOLUME: writable paths come from the orchestrator");
});

test("runs as a numeric non-root user, set after every RUN", () => {
  assert.match(plan.user ?? "", /^[1-9]\d*:[1-9]\d*$/);
  const kw = keywords(stages[1]!);
  assert.ok(kw.lastIndexOf("RUN") < kw.indexOf("USER"), "RUN steps as root, the service as the user");
  assert.equal(kw.filter((k) => k === "USER").length, 1);
});

test("signals: node is PID 1 in exec form, no shell or npm in between; SIGTERM stops it", () => {
  assert.equal(plan.entrypoint, null, "no ENTRYPOINT");
  assert.deepEqual(plan.cmd, ["node", "dist/service/server.js"]);
  assert.equal(pkg.scripts.start, plan.cmd.join(" "), "same as npm start");
  assert.equal(plan.stopSignal, "SIGTERM");
  // Exec form (JSON): the parser would otherwise give a shell string.
  const cmd = dockerfile.getCMDs();
  assert.equal(cmd.length, 1);
  assert.ok(cmd[0]!.getJSONStrings().length > 0, "CMD in JSON form");
});

test("HEALTHCHECK: /healthz through node's fetch (no curl in the slim image), bounded", () => {
  assert.ok(plan.healthcheck);
  const { flags, cmd } = plan.healthcheck!;
  assert.deepEqual(cmd.slice(0, 2), ["node", "-e"]);
  assert.match(cmd[2]!, /fetch\(/);
  assert.match(cmd[2]!, /\/healthz/);
  assert.match(cmd[2]!, /process\.env\.PORT/);
  for (const f of ["interval", "timeout", "start-period", "retries"]) assert.ok(flags[f], f);
  const instructions = dockerfile.getInstructions().map((i) => i.getArgumentsContent() ?? "").join("\n");
  assert.doesNotMatch(instructions, /\bcurl\b|\bwget\b/);
});

test("port: EXPOSE = ENV PORT = the service's default PORT", () => {
  assert.deepEqual(plan.expose, [Number(plan.env.PORT)]);
  assert.equal(Number(plan.env.PORT), ENV_SCHEMA.properties.PORT.default);
  assert.equal(plan.env.HOST, "0.0.0.0", "reachable from outside the container");
});

// ---------------------------------------------------------------- .dockerignore

/** Docker's .dockerignore matching (patterns, `!` exceptions, last match wins; a directory match covers its contents). */
export function dockerignore(text: string): (path: string) => boolean {
  const rules = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => {
      const negate = l.startsWith("!");
      const pat = (negate ? l.slice(1) : l).replace(/^\/+|\/+$/g, "");
      let re = "";
      for (let i = 0; i < pat.length; i++) {
        const c = pat[i]!;
        if (c === "*" && pat[i + 1] === "*") {
          re += pat[i + 2] === "/" ? "(?:.*/)?" : ".*";
          i += pat[i + 2] === "/" ? 2 : 1;
        } else if (c === "*") re += "[^/]*";
        else if (c === "?") re += "[^/]";
        else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
      }
      return { negate, re: new RegExp(`^${re}(?:/.*)?$`) };
    });
  return (path) => {
    let excluded = false;
    for (const r of rules) if (r.re.test(path)) excluded = !r.negate;
    return excluded;
  };
}

test(".dockerignore: the build's inputs get in, nothing else does", () => {
  const ignored = dockerignore(readFileSync(repoPath(".dockerignore"), "utf8"));
  // Every context COPY source of every stage, and every file under it.
  const sources = stages.flatMap((s) =>
    s.instructions
      .filter((i) => i.getKeyword() === "COPY" && !i.getArgumentsContent()?.startsWith("--from"))
      .filter((i) => !(i as unknown as { getFromFlag(): unknown }).getFromFlag())
      .flatMap((i) => i.getArguments().map((a) => a.getValue()).slice(0, -1)),
  );
  assert.ok(sources.includes("src"));
  assert.ok(sources.includes("openapi"));
  const walk = (p: string): string[] =>
    statSync(p).isDirectory() ? readdirSync(p).flatMap((n) => walk(join(p, n))) : [relative(repoPath(), p)];
  for (const s of sources) {
    assert.ok(existsSync(repoPath(s)), `${s} exists`);
    for (const f of walk(repoPath(s))) assert.ok(!ignored(f), `${f} must be in the build context`);
  }
  for (const p of ["node_modules/fastify/package.json", "dist/service/server.js", ".git/HEAD", "test/x.test.ts", "deploy/base/kustomization.yaml", "Dockerfile", ".env", "src/node_modules/x", "npm-debug.log", "src/.env"]) {
    assert.ok(ignored(p), `${p} must not be in the build context`);
  }
});

test(".dockerignore matcher semantics", () => {
  const m = dockerignore("*\n!src/\n**/*.log\n!keep.log\nbuild/**\n");
  assert.equal(m("a.txt"), true);
  assert.equal(m("src/a.ts"), false);
  assert.equal(m("src/deep/x.log"), true);
  assert.equal(m("keep.log"), false);
  assert.equal(m("build/x/y"), true);
});
