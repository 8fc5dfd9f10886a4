// npm run bench:soak — a bounded soak of the built service (dist/server.js, `npm start`'s
// process, default pool and limits): twice the pool's capacity (threads + queue) of concurrent
// clients for SOAK_SECONDS (60) of mixed hostile programs (busy loops hitting their timeout,
// memory bombs, output floods, weakref-heavy traces with huge type names, huge exception
// messages, clients that disconnect mid-run). Checks that every answer is 200 or 503, that
// every answer belongs to its request (each program first prints a unique nonce), and samples
// the service's RSS (first, last, max, slope over time and per run). Exits 1 on a violation.
//   SOAK_SECONDS (60), SOAK_CLIENTS (2 x capacity), SOAK_SAMPLE_MS (1000), SOAK_KINDS (all:
//   a comma-separated subset of the kinds below); the service reads the usual env
//   (POOL_THREADS...). Build first (`npx tsc -p tsconfig.build.json`).
import { spawn } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const SAMPLE_MS = Number(process.env.SOAK_SAMPLE_MS ?? 1000);

interface Kind {
  name: string;
  /** The program after its nonce line. */
  body: string;
  limits?: Record<string, number>;
  /** The client goes away this many ms after sending. */
  disconnectAfterMs?: number;
}

const ALL_KINDS: Kind[] = [
  { name: "hello", body: "print('hello')" },
  { name: "busy-timeout", body: "while True: pass", limits: { timeoutMs: 300 } },
  { name: "bomb-reserve", body: "x = [0] * 10**9" },
  { name: "bomb-fill", body: "xs = []\nwhile True: xs.append({'k': len(xs)})" },
  { name: "bomb-js", body: "t = tuple(range(10**8))" },
  { name: "bomb-str", body: "s = 'x' * 10**6\nwhile True: s = s + s" },
  { name: "output-flood", body: "while True: print('y' * 1000)" },
  {
    name: "weakref-trace",
    body: "import gc, weakref\nC = type('C' * 1000000, (), {})\nobjs = [C() for i in range(3000)]\nrefs = [weakref.ref(o, len) for o in objs]\ndel objs\ngc.collect()",
  },
  { name: "big-exception", body: "raise ValueError('x' * 5_000_000)", limits: { maxOutputBytes: 1000 } },
  { name: "disconnect", body: "while True: pass", limits: { timeoutMs: 2000 }, disconnectAfterMs: 100 },
];

const only = process.env.SOAK_KINDS?.split(",").map((k) => k.trim());
const KINDS = only ? ALL_KINDS.filter((k) => only.includes(k.name)) : ALL_KINDS;
if (KINDS.length === 0) throw new Error(`SOAK_KINDS names none of ${ALL_KINDS.map((k) => k.name).join(", ")}`);

interface Tally {
  sent: number;
  byStatus: Map<string, number>;
  latencies: number[];
}

const tallies = new Map<string, Tally>(KINDS.map((k) => [k.name, { sent: 0, byStatus: new Map(), latencies: [] }]));
const violations: string[] = [];
const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Least-squares slope of y over x. */
function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function main(): Promise<void> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const logPath = join(tmpdir(), `heapscope-soak-${process.pid}.log`);
  const log = openSync(logPath, "w");
  const child = spawn(process.execPath, ["dist/service/server.js"], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
    stdio: ["ignore", log, log],
  });
  const base = `http://127.0.0.1:${port}`;
  const startDeadline = Date.now() + 20000;
  for (;;) {
    try {
      if ((await fetch(`${base}/readyz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > startDeadline) throw new Error("the service did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
  const ready = (await (await fetch(`${base}/readyz`)).json()) as { threads: number; queueCapacity: number };
  const capacity = ready.threads + ready.queueCapacity;
  const clients = Number(process.env.SOAK_CLIENTS ?? 2 * capacity);
  console.log(`service log: ${logPath}`);
  console.log(`service pid ${child.pid}: ${ready.threads} threads, queue ${ready.queueCapacity} (capacity ${capacity}); ${clients} clients for ${SECONDS} s on ${availableParallelism()} CPUs`);

  const samples: { t: number; rss: number; runs: number }[] = [];
  let completedRuns = 0;
  const t0 = Date.now();
  const sample = () => samples.push({ t: (Date.now() - t0) / 1000, rss: rssMb(child.pid!), runs: completedRuns });
  sample();
  const sampler = setInterval(sample, SAMPLE_MS);
  const endAt = t0 + SECONDS * 1000;
  let nonceSeq = 0;

  const client = async (c: number): Promise<void> => {
    let i = c;
    while (Date.now() < endAt) {
      const kind = KINDS[i++ % KINDS.length]!;
      const nonce = `nonce-${c}-${++nonceSeq}-${Math.random().toString(36).slice(2)}`;
      const t = tallies.get(kind.name)!;
      t.sent++;
      const controller = new AbortController();
      const started = Date.now();
      let timer: NodeJS.Timeout | undefined;
      if (kind.disconnectAfterMs !== undefined) timer = setTimeout(() => controller.abort(), kind.disconnectAfterMs);
      try {
        const res = await fetch(`${base}/v1/runs`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ source: `print(${JSON.stringify(nonce)})\n${kind.body}\n`, limits: kind.limits }),
          signal: controller.signal,
        });
        const text = await res.text();
        t.latencies.push(Date.now() - started);
        if (res.status === 200) {
          completedRuns++;
          const body = JSON.parse(text) as { status: string; stdout: string };
          bump(t.byStatus, `200 ${body.status}`);
          if (!body.stdout.startsWith(`${nonce}\n`)) violations.push(`${kind.name}: answer for ${nonce} has stdout ${JSON.stringify(body.stdout.slice(0, 60))}`);
          if (text.length > 4_000_000) violations.push(`${kind.name}: answer of ${text.length} bytes`);
        } else if (res.status === 503) {
          const problem = JSON.parse(text) as { type: string };
          bump(t.byStatus, `503 ${problem.type.split(":").pop()}`);
          await new Promise((r) => setTimeout(r, 50 + Math.random() * 200)); // Retry-After, shortened
        } else {
          bump(t.byStatus, `${res.status}`);
          violations.push(`${kind.name}: HTTP ${res.status} ${text.slice(0, 200)}`);
        }
      } catch (err) {
        if (controller.signal.aborted) bump(t.byStatus, "client gone");
        else {
          bump(t.byStatus, "network error");
          violations.push(`${kind.name}: ${(err as Error).message}`);
        }
      } finally {
        clearTimeout(timer);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  clearInterval(sampler);
  sample();
  // Idle for a few seconds: what the process keeps once the load is gone.
  await new Promise((r) => setTimeout(r, 5000));
  const idleRss = rssMb(child.pid!);
  const health = await fetch(`${base}/healthz`).then((r) => r.status).catch(() => 0);
  if (health !== 200) violations.push(`/healthz after the soak: ${health}`);
  child.kill("SIGTERM");
  const code = await new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
  if (code !== 0) violations.push(`exit code after SIGTERM: ${code}`);

  console.log("\nkind              sent  p50 ms  p99 ms  answers");
  for (const k of KINDS) {
    const t = tallies.get(k.name)!;
    const answers = [...t.byStatus].map(([s, n]) => `${s}: ${n}`).join(", ");
    console.log(`${k.name.padEnd(16)} ${String(t.sent).padStart(5)} ${String(pct(t.latencies, 50)).padStart(7)} ${String(pct(t.latencies, 99)).padStart(7)}  ${answers}`);
  }
  const rss = samples.map((s) => s.rss);
  const warm = samples.filter((s) => s.t >= Math.min(10, SECONDS / 3));
  const perMin = slope(warm.map((s) => s.t / 60), warm.map((s) => s.rss));
  const perKRuns = slope(warm.map((s) => s.runs / 1000), warm.map((s) => s.rss));
  // The floor: the least RSS of each 10 s window (between the spikes of runs in progress), and
  // its slope: what the process keeps from run to run.
  const floors: { t: number; rss: number; runs: number }[] = [];
  for (let w = 0; w * 10 < SECONDS; w++) {
    const inWindow = samples.filter((s) => s.t >= w * 10 && s.t < (w + 1) * 10);
    if (inWindow.length > 0) floors.push(inWindow.reduce((a, b) => (b.rss < a.rss ? b : a)));
  }
  const warmFloors = floors.slice(1);
  const floorPerMin = slope(warmFloors.map((s) => s.t / 60), warmFloors.map((s) => s.rss));
  const floorPerKRuns = slope(warmFloors.map((s) => s.runs / 1000), warmFloors.map((s) => s.rss));
  console.log(`\nruns completed (200): ${completedRuns}`);
  console.log(
    `RSS MB: first ${rss[0]!.toFixed(0)}, last ${rss.at(-1)!.toFixed(0)}, max ${Math.max(...rss).toFixed(0)}, ` +
      `after 5 s idle ${idleRss.toFixed(0)}; slope after warm-up ${perMin.toFixed(1)} MB/min, ${perKRuns.toFixed(2)} MB per 1000 runs`,
  );
  console.log(
    `RSS floor (least per 10 s window) MB: ${floors.map((s) => s.rss.toFixed(0)).join(" ")}; ` +
      `slope after the first window ${floorPerMin.toFixed(1)} MB/min, ${floorPerKRuns.toFixed(2)} MB per 1000 runs`,
  );
  console.log(`RSS samples (s:MB): ${samples.filter((_, i) => i % 5 === 0).map((s) => `${s.t.toFixed(0)}:${s.rss.toFixed(0)}`).join(" ")}`);
  if (violations.length > 0) {
    console.log(`\n${violations.length} violations:`);
    for (const v of violations.slice(0, 30)) console.log(`  ${v}`);
    process.exitCode = 1;
  } else console.log("\nno violations: every answer 200 or 503, every answer carried its own nonce");
}

await main();
