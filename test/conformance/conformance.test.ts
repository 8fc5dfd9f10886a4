// Every conformance program must write exactly its .exp (stdout and stderr in the
// order written), both through the built CLI run from this folder (as the shared
// README specifies) and in-process through runProgram.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runProgram } from "../../src/engine/run.js";

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, "..", "..", "dist", "cli", "main.js");
const programs = readdirSync(here).filter((f) => f.endsWith(".py")).sort();

for (const name of programs) {
  const expected = readFileSync(join(here, name.replace(/\.py$/, ".exp")), "utf8");

  test(`conformance (CLI): ${name}`, () => {
    // 2>&1 through a shell keeps the interleaving of the two streams.
    const r = spawnSync("sh", ["-c", `node "${cli}" run "${name}" 2>&1`], { cwd: here, encoding: "utf8" });
    assert.equal(r.stdout, expected);
  });

  test(`conformance (runProgram): ${name}`, () => {
    let combined = "";
    const source = readFileSync(join(here, name), "utf8");
    runProgram(source, { filename: name, onOutput: (_s, text) => (combined += text) });
    assert.equal(combined, expected);
  });
}
