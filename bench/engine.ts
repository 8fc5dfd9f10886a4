// `npm run bench`: the engine against CPython on bench/programs/*.py (same machine,
// same run), interpreter start-up, and how the collector scales with the live set.
//
// It measures the SHIPPED build: the engine is imported from dist/ (tsc output) by
// bench/driver.mjs in a plain `node` child. (Under tsx, esbuild's keepNames redefines
// every class's `name`, which makes `instanceof` several times slower in V8; dist/ is
// what the CLI and the service run.) dist/ is rebuilt first when any src/ file is newer.
//
// Two columns per program, both the median of RUNS runs (wall clock, in the child):
//   shared   — all programs one after another in one isolate (what a service worker
//              sees: type feedback from earlier programs is still there);
//   isolated — a fresh process per program (what a one-shot CLI run sees, minus start-up).
// python3 is `python3 NAME.py` (process start-up included, ~10-20 ms). Both engine
// outputs and python3's must equal NAME.exp.

import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "bench", "programs");
const driver = join(root, "bench", "driver.mjs");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function newestMtime(path: string): number {
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const p = join(path, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function ensureDist(): void {
  const built = join(root, "dist", "engine", "run.js");
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(join(root, "src"))) return;
  console.log("dist/ is missing or older than src/: building (tsc -p tsconfig.build.json)...");
  const r = spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) {
    console.error(`build failed; the bench measures dist/ and cannot run:\n${r.stdout}${r.stderr}`);
    process.exit(1);
  }
}

function runDriver(args: string[]): unknown {
  const r = spawnSync(process.execPath, [driver, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`driver ${args[0]} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

function geomean(xs: number[]): number {
  return Math.exp(xs.reduce((s, r) => s + Math.log(r), 0) / xs.length);
}

type ProgramResult = { path: string; times: number[]; out: string };

ensureDist();
let failures = 0;
const names = readdirSync(dir).filter((f) => f.endsWith(".py")).sort();
const paths = names.map((n) => join(dir, n));
const shared = runDriver(["programs", String(RUNS), ...paths]) as ProgramResult[];
const isolated = paths.map((p) => (runDriver(["programs", String(RUNS), p]) as ProgramResult[])[0]);

const sharedRatios: number[] = [];
const isolatedRatios: number[] = [];
console.log(`programs (median of ${RUNS} runs; engine from dist/):`);
console.log(
  `  ${"program".padEnd(16)} ${"shared".padStart(9)} ${"isolated".padStart(9)} ${"python3".padStart(9)} ${"ratio".padStart(7)} ${"isolated".padStart(9)}`,
);
names.forEach((name, i) => {
  const expected = readFileSync(paths[i].replace(/\.py$/, ".exp"), "utf8");
  const pyTimes: number[] = [];
  let pyOut = "";
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    const r = spawnSync("python3", [paths[i]], { encoding: "utf8" });
    pyTimes.push(performance.now() - t0);
    pyOut = r.stdout + r.stderr;
  }
  const py = median(pyTimes);
  const sh = median(shared[i].times);
  const iso = median(isolated[i].times);
  const ok = shared[i].out === expected && isolated[i].out === expected && pyOut === expected;
  if (!ok) failures++;
  sharedRatios.push(sh / py);
  isolatedRatios.push(iso / py);
  console.log(
    `  ${name.padEnd(16)} ${fmt(sh).padStart(9)} ${fmt(iso).padStart(9)} ${fmt(py).padStart(9)} ${(sh / py).toFixed(2).padStart(6)}x ${(iso / py).toFixed(2).padStart(8)}x${ok ? "" : "  OUTPUT MISMATCH"}`,
  );
  if (shared[i].out !== expected) console.log(`    heapscope wrote: ${JSON.stringify(shared[i].out.slice(0, 300))}`);
});
console.log(
  `  geometric mean ratio: ${geomean(sharedRatios).toFixed(2)}x shared, ${geomean(isolatedRatios).toFixed(2)}x isolated (target < 4x)`,
);

// Start-up: a fresh interpreter running print("hello"), in-process.
{
  const N = 2000;
  const { medianMs } = runDriver(["startup", String(N)]) as { medianMs: number };
  console.log(`\nstart-up: new interpreter + print("hello"): median ${(medianMs * 1000).toFixed(1)} µs over ${N} runs (target < 100 µs)`);
}

// Collector scaling: one gc.collect() over N live objects (nested lists: no recursion).
{
  console.log("\ncollector scaling (one gc.collect() with N live objects):");
  for (const row of runDriver(["collector"]) as { n: number; status: string; ms: number | null }[]) {
    if (row.status !== "ok" || row.ms === null) {
      console.log(`  ${String(row.n).padStart(9)}: failed (${row.status})`);
      failures++;
      continue;
    }
    console.log(`  ${String(row.n).padStart(9)} live objects: ${row.ms.toFixed(2)} ms (${((row.ms * 1e6) / row.n).toFixed(0)} ns/object)`);
  }
}

if (failures > 0) {
  console.log(`\n${failures} failure(s)`);
  process.exitCode = 1;
}
