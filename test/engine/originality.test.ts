// Our own code: the engine's Python (src/engine/stdlib/*.py) and the modules with
// embedded Python (src/engine/modules/*.ts) must not be CPython's standard library
// retyped. scripts/originality.py counts, per file, the significant lines identical to a
// line of the running CPython's Lib; a few are unavoidable (signatures, messages), a
// high share is copied code. Known debts are listed with their share in
// originality-debt.json and may only shrink. Skipped when no CPython is available.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

/** A file may share at most this part of its significant lines with CPython's Lib... */
const MAX_SHARE = 0.3;
/** ...unless it shares only a handful (short modules: signatures and messages alone). */
const FEW_LINES = 8;

function filesUnder(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, suffix));
    else if (name.endsWith(suffix)) out.push(path);
  }
  return out;
}

const files = [...filesUnder("src/engine/stdlib", ".py"), ...filesUnder("src/engine/modules", ".ts")];
const probe = spawnSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" });
const cpython = probe.status === 0 && existsSync(join(probe.stdout.trim(), "os.py"));

test("engine Python is not CPython's standard library retyped", { skip: cpython ? false : "no CPython 3 with its Lib here" }, () => {
  const debt = (JSON.parse(readFileSync("test/engine/originality-debt.json", "utf8")) as { files: Record<string, number> }).files;
  const run = spawnSync("python3", ["scripts/originality.py", ...files], { encoding: "utf8", maxBuffer: 1 << 24 });
  assert.equal(run.status, 0, run.stderr);
  const report = (JSON.parse(run.stdout) as { files: Record<string, [number, number]> }).files;
  const over: string[] = [];
  for (const [path, [same, total]] of Object.entries(report)) {
    const share = total === 0 ? 0 : same / total;
    const bound = debt[path] ?? MAX_SHARE;
    if (share > bound + 0.005 && same > FEW_LINES) over.push(`${path}: ${same}/${total} lines (${(share * 100).toFixed(0)}%) identical to CPython's Lib, bound ${(bound * 100).toFixed(0)}%`);
  }
  assert.deepEqual(over, [], "rewrite these as our own code");
  // The debt list names only files that still exist.
  for (const path of Object.keys(debt)) assert.ok(existsSync(path), `${path} is listed in originality-debt.json but gone`);
});
