// The CLI exits like the program would as a process: its run's exitCode (sys.exit(n): n & 255,
// as CPython), 1 when a limit stopped it; and it accepts a file starting with a UTF-8 BOM.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const cli = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "cli", "main.js");
const work = mkdtempSync(join(tmpdir(), "heapscope-cli-exit-"));

function exitOf(source: string, args: string[] = []): { status: number | null; stdout: string; stderr: string } {
  writeFileSync(join(work, "p.py"), source);
  return spawnSync(process.execPath, [cli, "run", "p.py", ...args], { cwd: work, encoding: "utf8" });
}

test("the process exit status follows the run's exitCode", () => {
  const cases: [string, number, string[]?][] = [
    ["print('ok')\n", 0],
    ["import sys\nsys.exit()\n", 0],
    ["import sys\nsys.exit(0)\n", 0],
    ["import sys\nsys.exit(5)\n", 5],
    ["import sys\nsys.exit(256 + 7)\n", 7],
    ["import sys\nsys.exit('message')\n", 1],
    ["raise KeyError(1)\n", 1],
    ["while True: pass\n", 1, ["--max-steps", "1000"]],
  ];
  for (const [source, status, args] of cases) assert.equal(exitOf(source, args).status, status, source);
  assert.equal(exitOf("import sys\nsys.exit('message')\n").stderr, "message\n");
});

test("a file starting with a UTF-8 BOM runs", () => {
  const r = exitOf("\ufeffprint('bom ok')\n");
  assert.equal(r.status, 0);
  assert.equal(r.stdout, "bom ok\n");
});

test("--trace records exitCode and limit", () => {
  exitOf("import sys\nsys.exit(4)\n", ["--trace", "t.json"]);
  const trace = JSON.parse(readFileSync(join(work, "t.json"), "utf8"));
  assert.deepEqual([trace.status, trace.exitCode, trace.limit], ["error", 4, null]);
  exitOf("while True: pass\n", ["--max-steps", "500", "--trace", "t.json"]);
  const limited = JSON.parse(readFileSync(join(work, "t.json"), "utf8"));
  assert.deepEqual([limited.status, limited.exitCode, limited.limit], ["timeout", null, "steps"]);
});
