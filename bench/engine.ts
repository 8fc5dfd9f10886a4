// `npm run bench`: the engine against CPython, same machine, same run.
//
// Programs: bench/programs/*.py (the project's own), ../shared/bench/*.py and
// ../shared/bench/pyperformance/*.py (each skipped cleanly when the folder is absent).
// Every program has NAME.exp, CPython 3.11's output; every output is checked against it.
//
// It measures the SHIPPED build: the engine is imported from dist/ (tsc output) by
// bench/driver.mjs in a plain `node` child, and cold runs are `node dist/cli/main.js run`.
// (Under tsx, esbuild's keepNames makes `instanceof` several times slower.) dist/ is
// rebuilt first when any src/ file is newer.
//
// Columns per program:
//   warm    all programs one after another in one worker isolate, each BENCH_RUNS times;
//           the median of the runs after the first (what a warm service worker sees);
//   cold    one `heapscope run NAME.py --heap 268435456` process per run, whole wall time
//           (median of BENCH_COLD_RUNS);
//   python  the real CPython (not the `python3` shim), whole process wall time (median of
//           BENCH_PY_RUNS).
// Ratios are engine / python; geometric means are over the programs that ran and matched.
// A program that fails (unsupported module, async, wrong output) is listed and excluded.
//
// Environment: BENCH_FILTER=regex (program names), BENCH_RUNS (warm, default 4),
// BENCH_COLD_RUNS (default 3, 0 = skip cold), BENCH_PY_RUNS (default 3),
// BENCH_PYTHON (default /root/.pyenv/versions/3.11.7/bin/python3, else python3),
// HEAPSCOPE_BENCH_OPTIONS (JSON engine options for the warm runs: A/B comparisons),
// BENCH_CLOCK=cpu (user+system CPU time instead of wall time: steadier when the machine
// is shared; node's GC and compiler threads count, so it is the stricter measure),
// BENCH_EXTRAS=0 skips the start-up and collector sections.

import { readdirSync, readFileSync, rmSync, statSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const driver = join(root, "bench", "driver.mjs");
const cli = join(root, "dist", "cli", "main.js");
const HEAP = 268435456;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 4));
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 3);
const PY_RUNS = Math.max(1, Number(process.env.BENCH_PY_RUNS ?? 3));
const FILTER = process.env.BENCH_FILTER ? new RegExp(process.env.BENCH_FILTER) : null;
const REAL_PYTHON = "/root/.pyenv/versions/3.11.7/bin/python3";
/** BENCH_CLOCK=cpu: CPU time instead of wall time everywhere (steadier on a shared machine). */
const CPU_CLOCK = process.env.BENCH_CLOCK === "cpu" && existsSync("/usr/bin/time");
const PYTHON = process.env.BENCH_PYTHON ?? (existsSync(REAL_PYTHON) ? REAL_PYTHON : "python3");

function newestMtime(path: string): number {
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const p = join(path, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (/\.c?ts$/.test(entry.name)) newest = Math.max(newest, statSync(p).mtimeMs);
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
  spawnSync(process.execPath, [join(root, "scripts", "bundle-engine.mjs")], { cwd: root, stdio: "inherit" });
}

function runDriver(args: string[]): unknown {
  const r = spawnSync(process.execPath, [driver, ...args], { encoding: "utf8", maxBuffer: 256 << 20 });
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

/** One suite: the .py files of a folder that have a .exp beside them (none if absent). */
function suite(label: string, dir: string): { label: string; path: string }[] {
  if (!existsSync(dir)) {
    console.log(`(skipping ${label}: ${dir} not present)`);
    return [];
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith(".py") && existsSync(join(dir, f.replace(/\.py$/, ".exp"))))
    .filter((f) => FILTER === null || FILTER.test(f))
    .sort()
    .map((f) => ({ label, path: join(dir, f) }));
}

/** Why a run failed, in one line: the last line of its error output, or the first difference. */
function failureReason(out: string, expected: string, status: string): string {
  if (status !== "ok") {
    const lines = out.trim().split("\n");
    return `${status}: ${lines[lines.length - 1].slice(0, 100)}`;
  }
  let i = 0;
  while (i < out.length && out[i] === expected[i]) i++;
  return `output differs at char ${i}: got ${JSON.stringify(out.slice(i, i + 40))}, want ${JSON.stringify(expected.slice(i, i + 40))}`;
}

type WarmResult = { path: string; times: number[]; out: string; status: string };

/** A process's wall time, or with BENCH_CLOCK=cpu its user+system CPU time (GNU time, 10 ms resolution). */
function timeProcess(cmd: string, args: string[], cwd: string): { ms: number; out: string; status: number | null } {
  if (CPU_CLOCK) {
    const file = join(tmpdir(), `heapscope-bench-time-${process.pid}`);
    const r = spawnSync("/usr/bin/time", ["-o", file, "-f", "%U %S", cmd, ...args], { cwd, encoding: "utf8", maxBuffer: 256 << 20, timeout: 600_000 });
    const [user, sys] = readFileSync(file, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
    rmSync(file, { force: true });
    return { ms: (user + sys) * 1000, out: (r.stdout ?? "") + (r.stderr ?? ""), status: r.status };
  }
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 256 << 20, timeout: 600_000 });
  return { ms: performance.now() - t0, out: (r.stdout ?? "") + (r.stderr ?? ""), status: r.status };
}

ensureDist();
const shared = join(root, "..", "shared", "bench");
const programs = [
  ...suite("own", join(root, "bench", "programs")),
  ...suite("shared", shared),
  ...suite("pyperf", join(shared, "pyperformance")),
];
console.log(`clock: ${CPU_CLOCK ? "CPU time (user+system)" : "wall time"}`);
console.log(`${programs.length} programs; warm: median of runs 2..${RUNS} in one worker; cold: median of ${COLD_RUNS} \`heapscope run\` processes; python: ${PYTHON}, median of ${PY_RUNS}`);
if (process.env.HEAPSCOPE_BENCH_OPTIONS) console.log(`engine options (warm): ${process.env.HEAPSCOPE_BENCH_OPTIONS}`);

const warm = runDriver(["warm", String(RUNS), String(HEAP), ...programs.map((p) => p.path)]) as WarmResult[];

const warmRatios: number[] = [];
const coldRatios: number[] = [];
const failed: string[] = [];
console.log(`\n  ${"program".padEnd(28)} ${"warm".padStart(9)} ${"cold".padStart(9)} ${"python".padStart(9)} ${"warm/py".padStart(8)} ${"cold/py".padStart(8)}`);
programs.forEach((p, i) => {
  const name = `${p.label}/${basename(p.path, ".py")}`;
  const expected = readFileSync(p.path.replace(/\.py$/, ".exp"), "utf8");
  const w = warm[i];
  if (w.status !== "ok" || w.out !== expected) {
    failed.push(`${name}: ${failureReason(w.out, expected, w.status)}`);
    console.log(`  ${name.padEnd(28)} FAILED (see below)`);
    return;
  }
  const pyTimes: number[] = [];
  let pyOk = true;
  for (let k = 0; k < PY_RUNS; k++) {
    const r = timeProcess(PYTHON, [p.path], dirname(p.path));
    pyTimes.push(r.ms);
    if (r.out !== expected) pyOk = false;
  }
  const coldTimes: number[] = [];
  let coldOk = true;
  for (let k = 0; k < COLD_RUNS; k++) {
    const r = timeProcess(process.execPath, [cli, "run", p.path, "--heap", String(HEAP)], dirname(p.path));
    coldTimes.push(r.ms);
    if (r.out !== expected) coldOk = false;
  }
  const py = median(pyTimes);
  const wm = median(w.times.length > 1 ? w.times.slice(1) : w.times);
  const warmRatio = wm / py;
  warmRatios.push(warmRatio);
  let coldCols = `${"-".padStart(9)} ${"-".padStart(8)}`;
  if (COLD_RUNS > 0) {
    const cd = median(coldTimes);
    if (coldOk) coldRatios.push(cd / py);
    else failed.push(`${name}: cold run output differs from .exp`);
    coldCols = `${fmt(cd).padStart(9)} ${coldOk ? `${(cd / py).toFixed(2).padStart(7)}x` : "MISMATCH".padStart(8)}`;
  }
  const note = pyOk ? "" : "  (python's own output differs from .exp)";
  console.log(`  ${name.padEnd(28)} ${fmt(wm).padStart(9)} ${coldCols.slice(0, 9)} ${fmt(py).padStart(9)} ${warmRatio.toFixed(2).padStart(7)}x ${coldCols.slice(10)}${note}`);
});
console.log(`\n  geometric mean over ${warmRatios.length} programs: warm ${geomean(warmRatios).toFixed(2)}x` +
  (coldRatios.length > 0 ? `, cold ${geomean(coldRatios).toFixed(2)}x (${coldRatios.length} programs)` : "") +
  " CPython (targets: warm <= 1.0x, cold <= 2.0x)");
if (failed.length > 0) {
  console.log(`\n  ${failed.length} program(s) excluded from the means:`);
  for (const f of failed) console.log(`    ${f}`);
}

if (process.env.BENCH_EXTRAS !== "0") {
  // Start-up: a fresh interpreter running print("hello"), in-process.
  const N = 2000;
  const { medianMs } = runDriver(["startup", String(N)]) as { medianMs: number };
  console.log(`\nstart-up: new interpreter + print("hello"): median ${(medianMs * 1000).toFixed(1)} µs over ${N} runs (target < 25 µs)`);

  // Collector scaling: one gc.collect() over N live objects (nested lists: no recursion).
  console.log("\ncollector scaling (one gc.collect() with N live objects):");
  for (const row of runDriver(["collector"]) as { n: number; status: string; ms: number | null }[]) {
    if (row.status !== "ok" || row.ms === null) {
      console.log(`  ${String(row.n).padStart(9)}: failed (${row.status})`);
      process.exitCode = 1;
      continue;
    }
    console.log(`  ${String(row.n).padStart(9)} live objects: ${row.ms.toFixed(2)} ms (${((row.ms * 1e6) / row.n).toFixed(0)} ns/object)`);
  }
}
