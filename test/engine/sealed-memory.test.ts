// issue 7, item 2: worker memory stays flat over 10,000 runs that probe unique
// attribute names (each run asks builtin types, instances and classes for 36 names of
// ~1 KB no run used before). Before builtin types were sealed, every miss was cached on
// the shared type for ever: ~2.5 KB per run here, 25 MB over these runs. The child
// (sealed-soak-child.mjs, on the built engine) measures the JS heap after a warm-up
// and at the end, each after a full JS collection.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

test("10,000 runs probing unique attribute names: the JS heap stays flat", () => {
  const r = spawnSync(process.execPath, ["--expose-gc", join(here, "sealed-soak-child.mjs"), "10000"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const m = JSON.parse(r.stdout.trim()) as { runs: number; before: number; after: number };
  assert.equal(m.runs, 10000);
  // Generous for JIT code and V8's own bookkeeping (measured: under 0.5 MB), far
  // below what 9,500 runs of leaked names would keep (~24 MB).
  const growth = m.after - m.before;
  assert.ok(growth < 4 * 1024 * 1024, `JS heap grew by ${growth} bytes over ${m.runs} runs`);
});
