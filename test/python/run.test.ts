// Runs every test/python/**/NAME.py through runProgram and compares stdout+stderr
// (interleaved as written, like `2>&1`) with NAME.exp, produced by python3.
// NAME.in, when present, is the program's stdin.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { runProgram } from "../../src/engine/run.js";

const root = dirname(fileURLToPath(import.meta.url));

function collect(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...collect(p));
    else if (name.endsWith(".py") && existsSync(p.slice(0, -3) + ".exp")) out.push(p);
  }
  return out;
}

for (const file of collect(root)) {
  const rel = file.slice(root.length + 1);
  test(rel, () => {
    const source = readFileSync(file, "utf8");
    const expected = readFileSync(file.slice(0, -3) + ".exp", "utf8");
    const stdinPath = file.slice(0, -3) + ".in";
    const stdin = existsSync(stdinPath) ? readFileSync(stdinPath, "utf8") : "";
    let combined = "";
    // unittest/: the run's clock stands still, so "Ran N tests in 0.000s" is deterministic
    // (make-exp.py writes CPython's time as 0.000s there).
    const now = rel.startsWith("unittest/") ? () => 0 : undefined;
    runProgram(source, { filename: basename(file), stdin, now, onOutput: (_s, text) => { combined += text; } });
    assert.equal(combined, expected);
  });
}
