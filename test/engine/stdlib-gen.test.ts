// The standard library's .py files are embedded in src/generated/stdlib.ts by
// scripts/gen-stdlib.mjs: the committed file must be what `npm run gen` produces.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
// @ts-expect-error plain JS module without types
import { OUTPUT_URL, generateStdlib } from "../../scripts/gen-stdlib.mjs";
import { STDLIB_SOURCES } from "../../src/generated/stdlib.js";
import { runProgram } from "../../src/engine/run.js";

test("src/generated/stdlib.ts is what `npm run gen` produces", () => {
  const fresh = generateStdlib() as string;
  const committed = readFileSync(OUTPUT_URL, "utf8");
  assert.ok(fresh === committed, "src/generated/stdlib.ts is stale: run `npm run gen` and commit it");
});

test("every embedded module imports cleanly", () => {
  for (const name of STDLIB_SOURCES.keys()) {
    const r = runProgram(`import sys, ${name}\nprint(sys.modules["${name}"].__name__)\n`);
    assert.equal(r.stderr, "", `import ${name}`);
    assert.equal(r.stdout, `${name}\n`);
  }
});

test("a missing submodule is named like CPython names it", () => {
  const r = runProgram("import collections.nope\n");
  assert.match(r.stderr, /ModuleNotFoundError: No module named 'collections.nope'\n$/);
  const r2 = runProgram("import math.x\n");
  assert.match(r2.stderr, /ModuleNotFoundError: No module named 'math.x'; 'math' is not a package\n$/);
});
