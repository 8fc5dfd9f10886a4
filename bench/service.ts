// npm run bench:service — hello-world runs per second and p50/p99 latency of POST /v1/runs
// (the real app: real pool, logging at info to /dev/null), and in the same run a bare
// Fastify route on the same machine; prints the ratio. Each server runs in its own child
// process so autocannon (in this process) does not share its event loop.
//   BENCH_SECONDS (10), BENCH_CONNECTIONS (32); the service reads the usual env (POOL_THREADS...).
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const HELLO = JSON.stringify({ source: 'print("hello")' });

async function serve(kind: string): Promise<void> {
  const { default: pino } = await import("pino");
  const { default: Fastify } = await import("fastify");
  let app;
  if (kind === "service") {
    const { buildApp } = await import("../src/service/app.js");
    const { loadConfig } = await import("../src/service/config.js");
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
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "info" },
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
}

async function measure(kind: string): Promise<Measured> {
  const { child, port } = await start(kind);
  try {
    const url = `http://127.0.0.1:${port}/v1/runs`;
    const check = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: HELLO });
    const body = (await check.json()) as { status?: string; stdout?: string };
    if (check.status !== 200 || body.status !== "ok") throw new Error(`${kind}: unexpected answer ${check.status} ${JSON.stringify(body)}`);
    const opts = { url, method: "POST" as const, headers: { "content-type": "application/json" }, body: HELLO, connections: CONNECTIONS };
    await autocannon({ ...opts, duration: 2 }); // warm-up
    const r = await autocannon({ ...opts, duration: SECONDS });
    return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
  } finally {
    child.kill("SIGTERM");
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === "--serve") return serve(argv[1]!);
  console.log(`bench:service — POST /v1/runs hello world, ${CONNECTIONS} connections, ${SECONDS} s each`);
  const bare = await measure("bare");
  const service = await measure("service");
  const line = (name: string, m: Measured) =>
    console.log(`${name.padEnd(8)} ${m.rps.toFixed(0).padStart(7)} req/s   p50 ${String(m.p50).padStart(3)} ms   p99 ${String(m.p99).padStart(3)} ms   non-2xx ${m.non2xx}   errors ${m.errors}`);
  line("bare", bare);
  line("service", service);
  const ratio = service.rps / bare.rps;
  console.log(`ratio    service/bare throughput ${(ratio * 100).toFixed(1)}% (target >= 30%: ${ratio >= 0.3 ? "met" : "NOT met"})`);
  console.log(`ratio    service p99 ${service.p99} ms (target < 10 ms: ${service.p99 < 10 ? "met" : "NOT met"})`);
}

await main();
