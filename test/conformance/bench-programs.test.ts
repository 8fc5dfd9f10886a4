// The benchmark programs print one line each; it must match their .exp exactly.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runProgram } from "../../src/engine/run.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bench", "programs");

for (const name of readdirSync(dir).filter((f) => f.endsWith(".py")).sort()) {
  test(`bench program output: ${name}`, () => {
    const r = runProgram(readFileSync(join(dir, name), "utf8"), { filename: name });
    assert.equal(r.stderr, "");
    assert.equal(r.status, "ok");
    assert.equal(r.stdout, readFileSync(join(dir, name.replace(/\.py$/, ".exp")), "utf8"));
  });
}
