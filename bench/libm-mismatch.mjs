// How often heapscope's float math differs from CPython's (glibc libm) in the last bit.
// Runs bench/libm-mismatch.py under CPython 3.11 and under the built engine (dist/),
// then prints, per function, the share of the sample whose repr differs.
// Usage: npx tsc -p tsconfig.build.json && node bench/libm-mismatch.mjs [python3]
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const program = join(here, "libm-mismatch.py");
const python = process.argv[2] ?? "/root/.pyenv/versions/3.11.7/bin/python3";
const { runProgram } = await import(join(here, "..", "dist", "engine", "run.js"));

const cpython = spawnSync(python, [program], { encoding: "utf8", maxBuffer: 1 << 28 }).stdout.split("\n");
const ours = runProgram(readFileSync(program, "utf8"), { maxSteps: 1e12, timeoutMs: 600000, maxOutputBytes: 1 << 28 }).stdout.split("\n");
const stats = new Map();
for (let i = 0; i < cpython.length; i++) {
  if (cpython[i] === "") continue;
  const name = cpython[i].split(" ")[0];
  const s = stats.get(name) ?? { n: 0, diff: 0 };
  s.n++;
  if (cpython[i] !== ours[i]) s.diff++;
  stats.set(name, s);
}
let total = 0, diff = 0;
for (const [name, s] of stats) {
  total += s.n;
  diff += s.diff;
  console.log(`${name.padEnd(8)} ${String(s.diff).padStart(5)} / ${s.n}  ${((100 * s.diff) / s.n).toFixed(1)}%`);
}
console.log(`all      ${String(diff).padStart(5)} / ${total}  ${((100 * diff) / total).toFixed(1)}%`);
