// `npm run bench:startup`: what a program pays before its own work (issue 8, items 4-5).
//
//   process   `node dist/cli/main.js run hello.py` (print("hello")) against `node -e 0` on
//             the same machine in alternating order: whole wall time, medians, and the
//             CLI's cost above node's own start (target: the CLI under 100 ms);
//   imports   the same for a program importing 12 standard-library modules (cold: one
//             process, the modules compiled from their embedded source);
//   in-process (bench/driver.mjs, a plain node child on dist/): a fresh interpreter running
//             print("hello") (target < 25 us), and the 12-module import per run in one worker
//             (first run, then the median of later runs: the standard library's parse and
//             scope analysis are kept per worker, its function bodies compile on first call;
//             target < 5 ms), wall and CPU time.
// BENCH_STARTUP_RUNS (default 15) process runs per variant. Measures dist/ (`npm run build`).
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli", "main.js");
const driver = join(root, "bench", "driver.mjs");
const RUNS = Math.max(1, Number(process.env.BENCH_STARTUP_RUNS ?? 15));
const TWELVE = "import collections, functools, itertools, re, json, dataclasses, enum, typing, random, datetime, fractions, statistics\n";

const work = mkdtempSync(join(tmpdir(), "heapscope-startup-"));
const hello = join(work, "hello.py");
const imports = join(work, "imports.py");
writeFileSync(hello, 'print("hello")\n');
writeFileSync(imports, TWELVE + 'print("ok")\n');

function wallMs(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8" });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const node: number[] = [];
const cliHello: number[] = [];
const cliImports: number[] = [];
wallMs([cli, "run", hello]); // file-system caches warm
for (let i = 0; i < RUNS; i++) {
  node.push(wallMs(["-e", "0"]));
  cliHello.push(wallMs([cli, "run", hello]));
  cliImports.push(wallMs([cli, "run", imports]));
}
const n = median(node);
const h = median(cliHello);
const im = median(cliImports);
console.log(`process (median of ${RUNS}, wall):`);
console.log(`  node -e 0                      ${n.toFixed(0).padStart(5)} ms`);
console.log(`  heapscope run hello.py         ${h.toFixed(0).padStart(5)} ms   (+${(h - n).toFixed(0)} ms over node; target < 100 ms: ${h < 100 ? "met" : "NOT met"})`);
console.log(`  heapscope run imports.py       ${im.toFixed(0).padStart(5)} ms   (12 stdlib modules, cold)`);

const r = spawnSync(process.execPath, [driver, "startup-imports", "30"], { encoding: "utf8" });
if (r.status !== 0) throw new Error(`driver failed: ${r.stderr}`);
const d = JSON.parse(r.stdout.trim().split("\n").pop()!) as { helloUs: number; firstMs: number; wallMs: number; cpuMs: number };
console.log("in-process (bench/driver.mjs, one worker):");
console.log(`  new interpreter + print("hello")   median ${d.helloUs.toFixed(1)} us (target < 25 us: ${d.helloUs < 25 ? "met" : "NOT met"})`);
console.log(`  12-module import, first run         ${d.firstMs.toFixed(1)} ms`);
console.log(`  12-module import, later runs        median ${d.wallMs.toFixed(1)} ms wall, ${d.cpuMs.toFixed(1)} ms CPU (target < 5 ms: ${d.wallMs < 5 ? "met" : "NOT met"})`);
