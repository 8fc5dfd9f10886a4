// `heapscope grade SUBMISSION.py --tests tests.json`: the service's grading, run locally.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const cli = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "cli", "main.js");
const work = mkdtempSync(join(tmpdir(), "heapscope-grade-"));

function heapscope(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: "utf8", timeout: 120_000 });
}

function file(name: string, text: string): string {
  writeFileSync(join(work, name), text);
  return name;
}

const SUB = file("sub.py", "from helpers import add\nprint(add(*map(int, input().split())))\n");
const HELPERS = file("helpers.py", "def add(a, b):\n    return a + b\n");
const TESTS = file(
  "tests.json",
  JSON.stringify({
    tests: [
      { id: "one", stdin: "1 2", expect: { stdout: "3" } },
      { id: "neg", name: "adds negatives", stdin: "-1 -2", expect: { stdout: "-4" }, points: 2 },
      { id: "code", stdin: "0 0", code: "assert add(2, 2) == 4\n" },
    ],
  }),
);

test("text report: one line per test, the score, exit 1 when a test fails", () => {
  const r = heapscope(["grade", SUB, "--tests", TESTS, "--file", HELPERS]);
  assert.equal(r.stderr, "");
  assert.equal(
    r.stdout,
    [
      "passed       one                1/1",
      'failed       adds negatives     0/2  line 1 differs at column 2: expected "-4", got "-3"',
      "passed       code               1/1",
      "2/3 tests passed, score 2/4",
      "",
    ].join("\n"),
  );
  assert.equal(r.status, 1);
});

test("--format gradescope / prairielearn print that platform's results.json; all passed exits 0", () => {
  const passing = file("pass.json", JSON.stringify([{ id: "one", stdin: "1 2", expect: { stdout: "3" } }]));
  const gs = heapscope(["grade", SUB, "--tests", passing, "--file", HELPERS, "--format", "gradescope"]);
  assert.equal(gs.status, 0, gs.stderr);
  const body = JSON.parse(gs.stdout);
  assert.equal(body.score, 1);
  assert.deepEqual(body.tests.map((t: { name: string; status: string }) => [t.name, t.status]), [["one", "passed"]]);
  const pl = heapscope(["grade", SUB, "--tests", TESTS, "--file", HELPERS, "--format", "prairielearn"]);
  assert.equal(pl.status, 1);
  assert.equal(JSON.parse(pl.stdout).score, 0.5);
});

test("a submission that does not parse, an invalid tests file, usage errors", () => {
  const bad = heapscope(["grade", file("bad.py", "def f(:\n"), "--tests", TESTS]);
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /^not gradable: the submission does not parse\n  File "bad\.py", line 1\n/);
  const invalid = heapscope(["grade", SUB, "--tests", file("inv.json", '[{"id": "x", "bogus": 1}]')]);
  assert.equal(invalid.status, 2);
  assert.match(invalid.stderr, /\/tests\/0\/bogus: is not allowed/);
  for (const args of [["grade", SUB], ["grade", "--tests", TESTS], ["grade", SUB, "--tests", TESTS, "--format", "xml"], ["grade", "missing.py", "--tests", TESTS]]) {
    const r = heapscope(args);
    assert.equal(r.status, 2, args.join(" "));
    assert.match(r.stderr, /usage: heapscope grade/);
  }
});
