// `npm run bench`: the engine against CPython on bench/programs/*.py (same machine,
// same run), interpreter start-up, and how the collector scales with the live set.
//
// Each program is run in-process through runProgram and as `python3 NAME.py`; both
// outputs must equal NAME.exp. Times are the best of RUNS runs (wall clock).

import { readdirSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { runProgram } from "../src/engine/run.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "programs");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function best(fn: () => void, runs = RUNS): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

let failures = 0;
const ratios: number[] = [];
console.log(`programs (best of ${RUNS}):`);
console.log(`  ${"program".padEnd(18)} ${"heapscope".padStart(10)} ${"python3".padStart(10)} ${"ratio".padStart(7)}`);
for (const name of readdirSync(dir).filter((f) => f.endsWith(".py")).sort()) {
  const path = join(dir, name);
  const source = readFileSync(path, "utf8");
  const expected = readFileSync(path.replace(/\.py$/, ".exp"), "utf8");
  let engineOut = "";
  const engineMs = best(() => {
    const r = runProgram(source, { filename: name });
    engineOut = r.stdout + r.stderr;
  });
  let pyOut = "";
  const pyMs = best(() => {
    const r = spawnSync("python3", [path], { encoding: "utf8" });
    pyOut = r.stdout + r.stderr;
  });
  const ok = engineOut === expected && pyOut === expected;
  if (!ok) failures++;
  const ratio = engineMs / pyMs;
  ratios.push(ratio);
  console.log(`  ${name.padEnd(18)} ${fmt(engineMs).padStart(10)} ${fmt(pyMs).padStart(10)} ${ratio.toFixed(2).padStart(6)}x${ok ? "" : "  OUTPUT MISMATCH"}`);
  if (engineOut !== expected) console.log(`    heapscope wrote: ${JSON.stringify(engineOut.slice(0, 300))}`);
}
const geo = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
console.log(`  geometric mean ratio: ${geo.toFixed(2)}x (target < 4x)`);

// Start-up: a fresh interpreter running print("hello"), in-process.
{
  const N = 2000;
  for (let i = 0; i < 200; i++) runProgram('print("hello")\n');
  const samples: number[] = [];
  for (let i = 0; i < N; i++) {
    const t0 = performance.now();
    runProgram('print("hello")\n');
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[N >> 1] * 1000;
  console.log(`\nstart-up: new interpreter + print("hello"): median ${median.toFixed(1)} µs over ${N} runs (target < 100 µs)`);
}

// Collector scaling: one gc.collect() over N live objects (nested lists: no recursion).
{
  console.log("\ncollector scaling (one gc.collect() with N live objects):");
  for (const n of [10_000, 100_000, 1_000_000]) {
    const marks: number[] = [];
    const src = `import gc\nkeep = [[i] for i in range(${n})]\ngc.collect()\nprint("a")\ngc.collect()\nprint("b")\n`;
    const r = runProgram(src, { heapBytes: 512 << 20, onOutput: () => marks.push(performance.now()) });
    if (r.status !== "ok" || marks.length < 2) {
      console.log(`  ${String(n).padStart(9)}: failed (${r.status})`);
      failures++;
      continue;
    }
    const ms = marks[1] - marks[0];
    console.log(`  ${String(n).padStart(9)} live objects: ${ms.toFixed(2)} ms (${((ms * 1e6) / n).toFixed(0)} ns/object)`);
  }
}

if (failures > 0) {
  console.log(`\n${failures} failure(s)`);
  process.exitCode = 1;
}
