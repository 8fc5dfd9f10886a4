// `npx tsx bench/js-memory.ts`: V8 heap bytes per modelled heap byte, per kind of
// object (the programs of test/engine/js-memory-programs.ts, each measured in a fresh
// child with --expose-gc by test/engine/js-memory-child.ts). docs/architecture.md
// ("JS memory against the model") records the figures and the bound the test holds.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { LEGITIMATE } from "../test/engine/js-memory-programs.js";

const child = fileURLToPath(new URL("../test/engine/js-memory-child.ts", import.meta.url));
const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", child, JSON.stringify({ heapBytes: 16 * 1024 * 1024, programs: LEGITIMATE })], { encoding: "utf8", maxBuffer: 1 << 24 });
if (r.status !== 0) throw new Error(r.stderr);
for (const line of r.stdout.trim().split("\n")) {
  const o = JSON.parse(line) as { source: string; probes: { model: number; js: number }[] };
  const { model, js } = o.probes[0];
  const body = o.source.split("\n").slice(1, -1).join("; ").replace(/\s+/g, " ");
  console.log(`${(js / model).toFixed(2).padStart(6)}x  model ${String(model).padStart(9)}  js ${String(js).padStart(10)}  ${body.slice(0, 70)}`);
}
