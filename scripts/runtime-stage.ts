// Reproduces the Dockerfile's runtime stage outside a container (the build
// machines have no container engine) and checks the result like an orchestrator
// would:
//
//   1. reads the final stage of ./Dockerfile: its ENV, WORKDIR, COPY sources, the
//      `npm ci ...` command of its RUN, USER, HEALTHCHECK and CMD;
//   2. copies the same files into a temporary folder, runs the same `npm ci`
//      there (production dependencies only) and places the built dist/ as the
//      COPY --from=build does; asserts no dev-only package was installed;
//   3. makes the folder read-only and, when run as root, starts the service as an
//      unprivileged user (so a write to the app's own folder fails, as it would on
//      a read-only root file system), with only the image's environment, a
//      private TMPDIR (the emptyDir at /tmp) and PORT/HOST on a free loopback port;
//   4. waits for /readyz, checks /healthz, /metrics and a run (POST /v1/runs with
//      print('hello')), runs the image's HEALTHCHECK command against it;
//   5. sends SIGTERM and expects a clean exit (code 0) within a deadline.
//
// CLI: `npm run check:runtime-stage` (= tsx scripts/runtime-stage.ts). Exits 0 when
// every check passed. test/delivery/runtime-stage.test.ts runs the same steps
// under `npm test`. Needs the npm registry (or a warm npm cache) and a built dist/
// (`npm run build`; pass --build to build first).

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, posix, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DockerfileParser, type Instruction } from "dockerfile-ast";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// ------------------------------------------------------------------ the plan

export interface Stage {
  name: string | null;
  image: string;
  instructions: Instruction[];
}

/** The Dockerfile's stages, each with its FROM image and the instructions after it. */
export function stagesOf(text: string): Stage[] {
  const out: Stage[] = [];
  for (const ins of DockerfileParser.parse(text).getInstructions()) {
    if (ins.getKeyword() === "FROM") {
      const args = ins.getArguments().map((a) => a.getValue());
      const as = args.findIndex((a) => a.toUpperCase() === "AS");
      out.push({ image: args[0] ?? "", name: as >= 0 ? (args[as + 1] ?? null) : null, instructions: [] });
    } else if (out.length > 0) {
      out[out.length - 1]!.instructions.push(ins);
    }
  }
  return out;
}

export interface RuntimePlan {
  stage: string | null;
  image: string;
  workdir: string;
  env: Record<string, string>;
  /** COPY from the build context: sources relative to the context, dest relative to WORKDIR. */
  contextCopies: { sources: string[]; dest: string }[];
  /** COPY --from=<stage>: sources as paths relative to that stage's WORKDIR (= the repository). */
  stageCopies: { from: string; sources: string[]; dest: string }[];
  /** argv of the `npm ci` segment of the stage's RUN instructions. */
  install: string[];
  user: string | null;
  expose: number[];
  healthcheck: { flags: Record<string, string>; cmd: string[] } | null;
  stopSignal: string | null;
  entrypoint: string[] | null;
  cmd: string[];
}

function flagsOf(ins: Instruction): Record<string, string> {
  const get = (ins as unknown as { getFlags?: () => { getName(): string; getValue(): string | null }[] }).getFlags;
  const out: Record<string, string> = {};
  for (const f of get ? get.call(ins) : []) out[f.getName()] = f.getValue() ?? "";
  return out;
}

function jsonForm(ins: Instruction, what: string, after = ""): string[] {
  const content = (ins.getArgumentsContent() ?? "").trim();
  const body = after ? content.slice(content.indexOf(after) + after.length).trim() : content;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new Error(`${what} must be in exec (JSON array) form, found: ${body}`);
  }
  if (!Array.isArray(value) || !value.every((s) => typeof s === "string") || value.length === 0) {
    throw new Error(`${what} must be a non-empty JSON array of strings`);
  }
  return value as string[];
}

function workdirOf(stage: Stage): string {
  let wd = "/";
  for (const ins of stage.instructions) if (ins.getKeyword() === "WORKDIR") wd = posix.resolve(wd, ins.getArgumentsContent() ?? "");
  return wd;
}

/** Reads the final stage of a Dockerfile into the steps this script reproduces. */
export function runtimePlan(text: string): RuntimePlan {
  const stages = stagesOf(text);
  const last = stages[stages.length - 1];
  if (!last) throw new Error("Dockerfile has no FROM");
  const plan: RuntimePlan = {
    stage: last.name,
    image: last.image,
    workdir: "/",
    env: {},
    contextCopies: [],
    stageCopies: [],
    install: [],
    user: null,
    expose: [],
    healthcheck: null,
    stopSignal: null,
    entrypoint: null,
    cmd: [],
  };
  for (const ins of last.instructions) {
    const args = ins.getArguments().map((a) => a.getValue());
    switch (ins.getKeyword()) {
      case "WORKDIR":
        plan.workdir = posix.resolve(plan.workdir, ins.getArgumentsContent() ?? "");
        break;
      case "ENV":
        for (const p of (ins as unknown as { getProperties(): { getName(): string; getValue(): string | null }[] }).getProperties()) {
          plan.env[p.getName()] = p.getValue() ?? "";
        }
        break;
      case "COPY": {
        const from = flagsOf(ins).from;
        const sources = args.slice(0, -1);
        const dest = args[args.length - 1]!;
        if (from === undefined) plan.contextCopies.push({ sources, dest });
        else {
          const src = stages.find((s) => s.name === from);
          if (!src) throw new Error(`COPY --from=${from}: no such stage`);
          const wd = workdirOf(src);
          plan.stageCopies.push({ from, dest, sources: sources.map((s) => posix.relative(wd, posix.resolve(wd, s))) });
        }
        break;
      }
      case "RUN": {
        const segments = (ins.getArgumentsContent() ?? "").split(/&&|;/).map((s) => s.trim().split(/\s+/));
        const npmCi = segments.find((s) => s[0] === "npm" && s[1] === "ci");
        if (npmCi) plan.install = npmCi;
        break;
      }
      case "USER":
        plan.user = ins.getArgumentsContent()?.trim() ?? null;
        break;
      case "EXPOSE":
        plan.expose.push(...args.map((a) => Number.parseInt(a, 10)));
        break;
      case "HEALTHCHECK":
        plan.healthcheck = { flags: flagsOf(ins), cmd: jsonForm(ins, "HEALTHCHECK CMD", "CMD") };
        break;
      case "STOPSIGNAL":
        plan.stopSignal = ins.getArgumentsContent()?.trim() ?? null;
        break;
      case "ENTRYPOINT":
        plan.entrypoint = jsonForm(ins, "ENTRYPOINT");
        break;
      case "CMD":
        plan.cmd = jsonForm(ins, "CMD");
        break;
    }
  }
  if (plan.install.length === 0) throw new Error("the runtime stage has no `npm ci` RUN");
  if (plan.cmd.length === 0) throw new Error("the runtime stage has no CMD");
  return plan;
}

// ------------------------------------------------------------ reproduction

export type Log = (line: string) => void;

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === "object" && addr ? ok(addr.port) : fail(new Error("no port"))));
    });
  });
}

function walk(dir: string, fn: (path: string) => void): void {
  fn(dir);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p, { throwIfNoEntry: false })?.isDirectory()) walk(p, fn);
    else fn(p);
  }
}

/** Packages marked dev-only in the lockfile (node_modules/... paths). */
export function devOnlyPackages(lockText: string): string[] {
  const lock = JSON.parse(lockText) as { packages?: Record<string, { dev?: boolean }> };
  return Object.entries(lock.packages ?? {})
    .filter(([path, meta]) => path.startsWith("node_modules/") && meta.dev === true)
    .map(([path]) => path);
}

const UNPRIVILEGED = 65534; // nobody / nogroup

function canRunAs(uid: number): boolean {
  const r = spawnSync(process.execPath, ["-e", "0"], { uid, gid: uid, stdio: "ignore", env: {} });
  return r.status === 0;
}

export interface PreparedStage {
  plan: RuntimePlan;
  /** The stand-in for the image's WORKDIR. */
  dir: string;
  /** Writable, private: the stand-in for the emptyDir at /tmp. */
  tmp: string;
  /** Unprivileged uid the service runs as (root only), or null for the current user. */
  uid: number | null;
  start(opts?: { log?: Log; env?: Record<string, string> }): Promise<RunningServer>;
  cleanup(): void;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningServer {
  url: string;
  port: number;
  env: Record<string, string>;
  child: ChildProcess;
  output(): string;
  exited: Promise<ExitInfo>;
  /** Runs the image's HEALTHCHECK command as Docker would; resolves with its exit code. */
  healthcheck(): Promise<number | null>;
  /** Sends `signal` and waits up to `deadlineMs` for the exit (then SIGKILL and throw). */
  stop(signal?: NodeJS.Signals, deadlineMs?: number): Promise<ExitInfo & { ms: number }>;
}

/** Steps 1-3: the runtime stage's file system in a temporary folder. */
export function prepareRuntimeStage(opts: { repoRoot?: string; log?: Log; dockerfile?: string } = {}): PreparedStage {
  const root = opts.repoRoot ?? REPO_ROOT;
  const log = opts.log ?? (() => {});
  const plan = runtimePlan(readFileSync(opts.dockerfile ?? join(root, "Dockerfile"), "utf8"));
  const base = mkdtempSync(join(tmpdir(), "heapscope-runtime-stage-"));
  chmodSync(base, 0o755);
  const dir = join(base, "app");
  const tmp = join(base, "tmp");
  const cleanup = (): void => {
    walk(base, (p) => {
      try {
        chmodSync(p, statSync(p).isDirectory() ? 0o755 : 0o644);
      } catch {
        /* gone */
      }
    });
    rmSync(base, { recursive: true, force: true });
  };
  try {
    mkdirSync(dir);
    for (const c of plan.contextCopies) {
      for (const s of c.sources) {
        const dest = c.dest.endsWith("/") || c.sources.length > 1 ? join(dir, c.dest, posix.basename(s)) : join(dir, c.dest);
        log(`COPY ${s} -> ${relative(base, dest)}`);
        cpSync(join(root, s), dest, { recursive: true });
      }
    }

    const [cmd, ...args] = plan.install;
    log(`RUN ${plan.install.join(" ")}`);
    const npm = spawnSync(cmd!, args, {
      cwd: dir,
      encoding: "utf8",
      timeout: 180_000,
      // Same command as the image; a warm local cache makes it fast where it can.
      env: { ...process.env, npm_config_prefer_offline: "true", npm_config_update_notifier: "false" },
    });
    if (npm.status !== 0) throw new Error(`${plan.install.join(" ")} failed (${npm.status ?? npm.signal}):\n${npm.stdout}\n${npm.stderr}`);

    for (const c of plan.stageCopies) {
      for (const s of c.sources) {
        const src = join(root, s);
        if (!existsSync(src)) throw new Error(`COPY --from=${c.from} ${s}: ${src} is missing (run npm run build)`);
        const dest = c.dest.endsWith("/") || c.sources.length > 1 ? join(dir, c.dest, posix.basename(s)) : join(dir, c.dest);
        log(`COPY --from=${c.from} ${s} -> ${relative(base, dest)}`);
        cpSync(src, dest, { recursive: true });
      }
    }

    const leaked = devOnlyPackages(readFileSync(join(dir, "package-lock.json"), "utf8")).filter((p) => existsSync(join(dir, p)));
    if (leaked.length > 0) throw new Error(`dev-only packages installed: ${leaked.slice(0, 10).join(", ")}`);

    // Read-only "root file system": nothing under the app folder is writable.
    walk(dir, (p) => chmodSync(p, statSync(p).isDirectory() ? 0o555 : 0o444));
    const uid = process.getuid?.() === 0 && canRunAs(UNPRIVILEGED) ? UNPRIVILEGED : null;
    mkdirSync(tmp);
    chmodSync(tmp, 0o700);
    if (uid !== null) chownSync(tmp, uid, uid);
    log(uid !== null ? `service runs as uid ${uid}, app folder read-only` : "service runs as the current user (not root), app folder read-only");

    return { plan, dir, tmp, uid, cleanup, start: (o) => startServer(plan, dir, tmp, uid, o) };
  } catch (e) {
    cleanup();
    throw e;
  }
}

async function startServer(
  plan: RuntimePlan,
  dir: string,
  tmp: string,
  uid: number | null,
  opts: { log?: Log; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const port = await freePort();
  // Only what the image defines, plus what a container runtime provides.
  const env: Record<string, string> = {
    PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    HOME: dir,
    TMPDIR: tmp,
    ...plan.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    ...opts.env,
  };
  const argv = [...(plan.entrypoint ?? []), ...plan.cmd];
  if (argv[0] !== "node") throw new Error(`the image's command must start with node, found ${argv[0]}`);
  let out = "";
  const child = spawn(process.execPath, argv.slice(1), {
    cwd: dir,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    ...(uid !== null ? { uid, gid: uid } : {}),
  });
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<ExitInfo>((ok) => child.once("exit", (code, signal) => ok({ code, signal })));
  const url = `http://127.0.0.1:${port}`;

  const stop = async (signal: NodeJS.Signals = "SIGTERM", deadlineMs = 15_000): Promise<ExitInfo & { ms: number }> => {
    const t0 = Date.now();
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((ok) => (timer = setTimeout(() => ok(null), deadlineMs)));
    const r = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (r === null) {
      child.kill("SIGKILL");
      await exited;
      throw new Error(`no exit within ${deadlineMs} ms of ${signal}; output:\n${out}`);
    }
    return { ...r, ms: Date.now() - t0 };
  };

  const healthcheck = (): Promise<number | null> => {
    if (!plan.healthcheck) return Promise.resolve(null);
    const [cmd, ...args] = plan.healthcheck.cmd;
    if (cmd !== "node") throw new Error(`HEALTHCHECK must run node, found ${cmd}`);
    return new Promise((ok) => {
      const hc = spawn(process.execPath, args, { cwd: dir, env, stdio: "ignore", ...(uid !== null ? { uid, gid: uid } : {}) });
      const timer = setTimeout(() => hc.kill("SIGKILL"), 10_000);
      hc.once("exit", (code) => {
        clearTimeout(timer);
        ok(code);
      });
    });
  };

  // Wait for readiness (or an early exit).
  const deadline = Date.now() + 30_000;
  let early: ExitInfo | null = null;
  void exited.then((e) => (early = e));
  for (;;) {
    if (early) throw new Error(`the service exited before it was ready (${JSON.stringify(early)}):\n${out}`);
    try {
      const r = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (r.status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`/readyz did not answer 200 within 30 s; output:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  opts.log?.(`ready on ${url}`);
  return { url, port, env, child, output: () => out, exited, healthcheck, stop };
}

// ------------------------------------------------------------------- checks

export interface RunResponse {
  status: number;
  contentType: string | null;
  body: Record<string, unknown> | null;
  text: string;
}

export async function postRun(url: string, source: string): Promise<RunResponse> {
  const r = await fetch(`${url}/v1/runs`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ source }),
    signal: AbortSignal.timeout(20_000),
  });
  const text = await r.text();
  let body: Record<string, unknown> | null = null;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    /* not JSON */
  }
  return { status: r.status, contentType: r.headers.get("content-type"), body, text };
}

async function main(): Promise<number> {
  const log: Log = (l) => console.log(`  ${l}`);
  if (process.argv.includes("--build")) {
    const b = spawnSync("npm", ["run", "build"], { cwd: REPO_ROOT, stdio: "inherit" });
    if (b.status !== 0) return 1;
  }
  let passed = 0;
  let failed = 0;
  const check = async (name: string, fn: () => Promise<void> | void): Promise<boolean> => {
    try {
      await fn();
      console.log(`ok   ${name}`);
      passed++;
      return true;
    } catch (e) {
      console.log(`FAIL ${name}\n     ${(e as Error).message.split("\n").join("\n     ")}`);
      failed++;
      return false;
    }
  };
  let stage: PreparedStage | undefined;
  let server: RunningServer | undefined;
  try {
    if (!(await check("runtime stage reproduced (production-only install + dist/)", () => void (stage = prepareRuntimeStage({ log })))))
      return 1;
    if (!(await check("service starts read-only and answers /readyz 200", async () => void (server = await stage!.start({ log })))))
      return 1;
    const s = server!;
    await check("/healthz answers 200", async () => {
      const r = await fetch(`${s.url}/healthz`);
      if (r.status !== 200) throw new Error(`status ${r.status}`);
    });
    await check("/metrics answers Prometheus text", async () => {
      const r = await fetch(`${s.url}/metrics`);
      const ct = r.headers.get("content-type") ?? "";
      if (r.status !== 200 || !ct.startsWith("text/plain")) throw new Error(`status ${r.status}, content-type ${ct}`);
    });
    await check(`POST /v1/runs print('hello') answers 200 with stdout "hello\\n"`, async () => {
      const r = await postRun(s.url, "print('hello')");
      if (r.status !== 200 || r.body === null) throw new Error(`status ${r.status}: ${r.text.slice(0, 500)}`);
      if (r.body.stdout !== "hello\n") throw new Error(`stdout ${JSON.stringify(r.body.stdout)}, status ${JSON.stringify(r.body.status)}`);
    });
    await check("the image's HEALTHCHECK command exits 0", async () => {
      const code = await s.healthcheck();
      if (code !== 0) throw new Error(`exit ${code}`);
    });
    await check("SIGTERM: clean exit (code 0) within 15 s", async () => {
      const e = await s.stop("SIGTERM", 15_000);
      if (e.code !== 0) throw new Error(`exit ${JSON.stringify(e)}; output:\n${s.output().slice(-2000)}`);
    });
    await check("the HEALTHCHECK command fails once the service is gone", async () => {
      const code = await s.healthcheck();
      if (code === 0) throw new Error("exit 0 with no server");
    });
  } finally {
    if (server && server.child.exitCode === null && server.child.signalCode === null) await server.stop("SIGKILL").catch(() => {});
    stage?.cleanup();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
