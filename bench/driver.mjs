// Runs inside a plain `node` process (no tsx loader, so class names and instanceof behave
// exactly as in the shipped build) and times the engine imported from dist/.
//   node bench/driver.mjs warm RUNS HEAP FILE...  each program RUNS times in this isolate
//   node bench/driver.mjs startup N              new interpreter + print("hello")
//   node bench/driver.mjs collector              one gc.collect() over N live objects
//   node bench/driver.mjs startup-imports N      hello world, then the 12-module import N times (bench/startup.ts)
// Engine options for A/B runs come from the environment: HEAPSCOPE_BENCH_OPTIONS is a JSON
// object merged into every runProgram call's options.
// Prints one JSON line on stdout.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { basename } from "node:path";
import { runProgram } from "../dist/engine/run.js";

const [mode, ...rest] = process.argv.slice(2);
/** Milliseconds: wall clock, or this process's CPU time with BENCH_CLOCK=cpu. */
const clock = process.env.BENCH_CLOCK === "cpu"
  ? () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; }
  : () => performance.now();
// One code cache per worker, as the service's workers keep (src/service/worker/run-task.ts).
const extra = { codeCache: new Map(), ...JSON.parse(process.env.HEAPSCOPE_BENCH_OPTIONS ?? "{}") };

if (mode === "warm") {
  const runs = Number(rest[0]);
  const heapBytes = Number(rest[1]);
  const results = [];
  for (const path of rest.slice(2)) {
    const source = readFileSync(path, "utf8");
    const times = [];
    let out = "";
    let status = "ok";
    for (let i = 0; i < runs; i++) {
      const t0 = clock();
      let r;
      try {
        r = runProgram(source, { filename: basename(path), heapBytes, timeoutMs: 120_000, ...extra });
      } catch (e) {
        status = "crash";
        out = String(e && e.stack ? e.stack : e);
        break;
      }
      times.push(clock() - t0);
      out = r.stdout + r.stderr;
      status = r.status;
      if (status !== "ok") break; // a failing program is reported, not timed
    }
    results.push({ path, times, out, status });
  }
  console.log(JSON.stringify(results));
} else if (mode === "startup") {
  const n = Number(rest[0]);
  for (let i = 0; i < 200; i++) runProgram('print("hello")\n', extra);
  const samples = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    runProgram('print("hello")\n', extra);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  console.log(JSON.stringify({ medianMs: samples[n >> 1] }));
} else if (mode === "startup-imports") {
  // bench/startup.ts: hello world in a fresh interpreter, then the 12-module import run after run.
  const n = Number(rest[0]);
  for (let i = 0; i < 200; i++) runProgram('print("hello")\n', extra);
  const hello = [];
  for (let i = 0; i < 2000; i++) {
    const t0 = performance.now();
    runProgram('print("hello")\n', extra);
    hello.push(performance.now() - t0);
  }
  const src = "import collections, functools, itertools, re, json, dataclasses, enum, typing, random, datetime, fractions, statistics\n";
  const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const walls = [];
  const cpus = [];
  for (let i = 0; i <= n; i++) {
    const t0 = performance.now();
    const c0 = cpuNow();
    const r = runProgram(src, extra);
    if (r.status !== "ok") throw new Error(r.stderr);
    walls.push(performance.now() - t0);
    cpus.push(cpuNow() - c0);
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  console.log(JSON.stringify({ helloUs: med(hello) * 1000, firstMs: walls[0], wallMs: med(walls.slice(1)), cpuMs: med(cpus.slice(1)) }));
} else if (mode === "collector") {
  const rows = [];
  for (const n of [10_000, 100_000, 1_000_000]) {
    const marks = [];
    const src = `import gc\nkeep = [[i] for i in range(${n})]\ngc.collect()\nprint("a")\ngc.collect()\nprint("b")\n`;
    const r = runProgram(src, { heapBytes: 512 << 20, onOutput: () => marks.push(performance.now()), ...extra });
    rows.push({ n, status: r.status, ms: marks.length >= 2 ? marks[1] - marks[0] : null });
  }
  console.log(JSON.stringify(rows));
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}
