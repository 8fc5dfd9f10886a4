// MEMORY's Python programs (test/python/memory/NAME.py with NAME.exp): gc and
// weakref behaviour under the precise collector, derived from semantics.md.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "./helpers-memory.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "python", "memory");

for (const name of readdirSync(dir).filter((f) => f.endsWith(".py")).sort()) {
  const exp = join(dir, name.replace(/\.py$/, ".exp"));
  if (!existsSync(exp)) continue; // compared against CPython elsewhere (heap.test.ts)
  test(`memory program: ${name}`, () => {
    const r = run(readFileSync(join(dir, name), "utf8"), { filename: name });
    assert.equal(r.combined, readFileSync(exp, "utf8"));
  });
}
