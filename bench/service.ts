// npm run bench:service — hello-world runs per second and p50/p99 latency of POST /v1/runs
// (the real app: real pool, logging at info to /dev/null), and in the same run a bare
// Fastify route on the same machine; prints the ratio. Each server runs in its own child
// process so autocannon (in this process) does not share its event loop. The two are
// measured in alternating rounds (a busy machine slows both alike within a round) and the
// medians are reported, with each server's CPU time per request (all its threads; less
// sensitive to other load than throughput).
//   BENCH_SECONDS (5 per round), BENCH_ROUNDS (3), BENCH_WARMUP (5 s, each server, not
//   measured), BENCH_CONNECTIONS (32); the service reads
//   the usual env (POOL_THREADS...). The service runs from dist/: build first.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
// A fresh service needs a few seconds of load to reach its steady state (JIT, and each
// worker's first full GC, before which its scavenges are slow); measure the steady state.
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const HELLO = JSON.stringify({ source: 'print("hello")' });

async function serve(kind: string): Promise<void> {
  const { default: pino } = await import("pino");
  const { default: Fastify } = await import("fastify");
  let app;
  if (kind === "service") {
    // The built app (what `npm start` runs; the pool's worker comes from dist/ anyway), not
    // src/ through tsx, whose transform (keepNames wrappers on every closure) is not what
    // production pays.
    const dist = new URL("../dist/service/", import.meta.url);
    const { buildApp } = (await import(new URL("app.js", dist).href)) as typeof import("../src/service/app.js");
    const { loadConfig } = (await import(new URL("config.js", dist).href)) as typeof import("../src/service/config.js");
    const config = loadConfig(process.env);
    app = await buildApp(config, { loggerInstance: pino({ level: config.logLevel }, pino.destination("/dev/null")) });
  } else {
    app = Fastify({ logger: false });
    app.post("/v1/runs", async (request) => {
      const body = request.body as { source: string };
      return { status: "ok", stdout: `${body.source.length}\n`, stderr: "", error: null };
    });
  }
  await app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = app.server.address() as { port: number };
  process.stdout.write(`READY ${port}\n`);
  process.on("SIGTERM", () => void app.close().then(() => process.exit(0)));
}

function start(kind: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--serve", kind], {
    stdio: ["ignore", "pipe", "inherit"],
    // Gradings (issue 10) keep their jobs in a SQLite file: a throwaway one, not ./data.
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "info", DATA_DIR: process.env.DATA_DIR ?? join(tmpdir(), `heapscope-bench-${process.pid}`) },
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /READY (\d+)/.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.once("exit", (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
}

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** The server process's CPU time (user + system, all threads) per request, in µs. */
  cpuUs: number;
}

/** utime + stime of a process, in µs (from /proc; NaN where there is none). */
function cpuTimeUs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100; // clock ticks (USER_HZ 100)
  } catch {
    return NaN;
  }
}

interface Server {
  kind: string;
  child: ChildProcess;
  url: string;
}

async function startChecked(kind: string): Promise<Server> {
  const { child, port } = await start(kind);
  const url = `http://127.0.0.1:${port}/v1/runs`;
  const check = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: HELLO });
  const body = (await check.json()) as { status?: string; stdout?: string };
  if (check.status !== 200 || body.status !== "ok") throw new Error(`${kind}: unexpected answer ${check.status} ${JSON.stringify(body)}`);
  return { kind, child, url };
}

async function measure(server: Server, seconds: number): Promise<Measured> {
  const opts = { url: server.url, method: "POST" as const, headers: { "content-type": "application/json" }, body: HELLO, connections: CONNECTIONS };
  const cpu0 = cpuTimeUs(server.child.pid!);
  const r = await autocannon({ ...opts, duration: seconds });
  const cpu = cpuTimeUs(server.child.pid!) - cpu0;
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors, cpuUs: cpu / Math.max(1, r.requests.total) };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === "--serve") return serve(argv[1]!);
  console.log(`bench:service — POST /v1/runs hello world, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s each`);
  const servers = [await startChecked("bare"), await startChecked("service")];
  try {
    for (const server of servers) await measure(server, WARMUP);
    const runs: Record<string, Measured[]> = { bare: [], service: [] };
    const ratios: number[] = [];
    const line = (name: string, m: Measured) =>
      console.log(
        `${name.padEnd(10)} ${m.rps.toFixed(0).padStart(7)} req/s   p50 ${String(m.p50).padStart(3)} ms   p99 ${String(m.p99).padStart(3)} ms   ` +
          `cpu ${m.cpuUs.toFixed(0).padStart(4)} µs/req   non-2xx ${m.non2xx}   errors ${m.errors}`,
      );
    for (let round = 1; round <= ROUNDS; round++) {
      for (const server of servers) {
        const m = await measure(server, SECONDS);
        runs[server.kind]!.push(m);
        line(`${server.kind} #${round}`, m);
      }
      ratios.push(runs.service![round - 1]!.rps / runs.bare![round - 1]!.rps);
    }
    const med = (kind: string): Measured => {
      const ms = runs[kind]!;
      const pick = (f: (m: Measured) => number) => median(ms.map(f));
      return { rps: pick((m) => m.rps), p50: pick((m) => m.p50), p99: pick((m) => m.p99), non2xx: pick((m) => m.non2xx), errors: pick((m) => m.errors), cpuUs: pick((m) => m.cpuUs) };
    };
    const bare = med("bare");
    const service = med("service");
    console.log(`medians of ${ROUNDS} rounds:`);
    line("bare", bare);
    line("service", service);
    const ratio = median(ratios);
    console.log(`ratio    service/bare throughput ${(ratio * 100).toFixed(1)}% (median of the rounds' ratios: ${ratios.map((r) => (r * 100).toFixed(1)).join(" ")}) (target >= 30%: ${ratio >= 0.3 ? "met" : "NOT met"})`);
    console.log(`ratio    service p99 ${service.p99} ms (target < 10 ms: ${service.p99 < 10 ? "met" : "NOT met"})`);
    console.log(`cpu      service ${service.cpuUs.toFixed(0)} µs/req vs bare ${bare.cpuUs.toFixed(0)} µs/req (server process, all threads)`);
    if (ratio < 0.3 || service.p99 >= 10) {
      console.log("note     a target is not met: docs/service.md (Performance) has the numbers measured on a 2-vCPU machine and where the time goes");
    }
    await benchGradings(servers.find((x) => x.kind === "service")!, service.rps);
  } finally {
    for (const server of servers) server.child.kill("SIGTERM");
  }
}

// ---- gradings (issue 10): POST /v1/gradings of a small exercise with 20 tests (stdin/stdout
// in several comparison modes, code tests, one event matcher), answered synchronously.
const GRADING_TESTS = 20;
const GRADING = JSON.stringify({
  source: "def mean(xs):\n    return sum(xs) / len(xs)\n\nnums = [float(x) for x in input().split()]\nprint(f'{mean(nums):.3f}')\n",
  tests: Array.from({ length: GRADING_TESTS }, (_, i) => {
    const nums = [i + 1, i + 2, i + 4];
    const mean = ((nums[0]! + nums[1]! + nums[2]!) / 3).toFixed(3);
    if (i % 4 === 3) return { id: `code${i}`, stdin: "1 2", code: `assert abs(mean([${nums.join(", ")}]) - ${mean}) < 1e-3\n` };
    if (i % 4 === 2) return { id: `events${i}`, stdin: nums.join(" "), expect: { stdout: mean, compare: "float", absTol: 1e-3 }, expectEvents: [{ kind: "memory-error", max: 0 }] };
    return { id: `t${i}`, stdin: nums.join(" "), expect: { stdout: mean, compare: i % 2 ? "tokens" : "rstrip" } };
  }),
});

async function benchGradings(server: Server, runsPerSecond: number): Promise<void> {
  const url = server.url.replace(/\/v1\/runs$/, "/v1/gradings");
  const post = async (): Promise<{ ms: number; score: number }> => {
    const t0 = performance.now();
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: GRADING });
    const body = (await res.json()) as { status?: string; score?: number };
    if (res.status !== 200 || body.status !== "completed") throw new Error(`grading: unexpected answer ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
    return { ms: performance.now() - t0, score: body.score ?? -1 };
  };
  for (let i = 0; i < 10; i++) await post(); // warm-up
  const one: number[] = [];
  for (let i = 0; i < 20; i++) {
    const r = await post();
    if (r.score !== GRADING_TESTS) throw new Error(`grading: score ${r.score}, expected ${GRADING_TESTS}`);
    one.push(r.ms);
  }
  const connections = Number(process.env.BENCH_GRADING_CONNECTIONS ?? 4);
  const r = await autocannon({ url, method: "POST", headers: { "content-type": "application/json" }, body: GRADING, connections, duration: SECONDS });
  const testsPerSecond = r.requests.average * GRADING_TESTS;
  console.log(`gradings ${GRADING_TESTS} tests each: one at a time p50 ${median(one).toFixed(1)} ms, max ${Math.max(...one).toFixed(1)} ms (target well under 1000 ms: ${Math.max(...one) < 500 ? "met" : "NOT met"})`);
  console.log(
    `gradings ${connections} connections: ${r.requests.average.toFixed(1)} gradings/s = ${testsPerSecond.toFixed(0)} tests/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}, errors ${r.errors}`,
  );
  console.log(`ratio    tests graded per second / hello-world runs per second ${((testsPerSecond / runsPerSecond) * 100).toFixed(1)}%`);
}

await main();
