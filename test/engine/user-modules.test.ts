// RunOptions.files (modules beside the program), followUps (a grader's code run after it
// in its globals) and countAlive (live instances per type at the end of the run).
import { test } from "node:test";
import assert from "node:assert/strict";
import { runProgram } from "../../src/engine/run.js";

test("files: `import helpers` runs helpers.py as its own module", () => {
  const r = runProgram("import helpers\nfrom helpers import double\nprint(helpers.double(4), double(1), helpers.__name__, helpers.__file__)\n", {
    files: { "helpers.py": "def double(x):\n    return x * 2\n" },
  });
  assert.equal(r.status, "ok", r.stderr);
  assert.equal(r.stdout, "8 2 helpers /work/helpers.py\n"); // absolute, as CPython (fs/paths.ts RUN_CWD)
});

test("files: tracebacks and SyntaxErrors name the helper's own file and line", () => {
  const r = runProgram("import helpers\nhelpers.f()\n", { files: { "helpers.py": "\n\ndef f():\n    return 1 / 0\n" } });
  assert.equal(r.stderr, 'Traceback (most recent call last):\n  File "main.py", line 2, in <module>\n    helpers.f()\n  File "helpers.py", line 4, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n');
  const s = runProgram("import helpers\n", { files: { "helpers.py": "x = (\n" } });
  assert.match(s.stderr, /File "helpers\.py", line 1\n    x = \(\n        \^\nSyntaxError: '\(' was never closed\n$/);
  const missing = runProgram("import other\n", { files: { "helpers.py": "" } });
  assert.equal(missing.error?.type, "ModuleNotFoundError");
});

test("followUps run after the program in its globals, with their own filename", () => {
  const r = runProgram("def f(x):\n    return 1 / x\nprint('main')\n", {
    followUps: [
      { source: "print('test', f(2))\n", filename: "t1.py" },
      { source: "\nf(0)\n", filename: "t2.py" },
    ],
  });
  assert.equal(r.stdout, "main\ntest 0.5\n");
  assert.equal(r.stderr, 'Traceback (most recent call last):\n  File "t2.py", line 2, in <module>\n    f(0)\n  File "main.py", line 2, in f\n    return 1 / x\n           ~~^~~\nZeroDivisionError: division by zero\n');
  const bad = runProgram("x = 1\n", { followUps: [{ source: "if x\n", filename: "t.py" }] });
  assert.equal(bad.stderr, '  File "t.py", line 1\n    if x\n        ^\nSyntaxError: expected \':\'\n');
  const exited = runProgram("import sys\nsys.exit(0)\n", { followUps: [{ source: "print('not reached')\n", filename: "t.py" }] });
  assert.equal(exited.status, "ok");
  assert.equal(exited.stdout, "");
});

test("countAlive counts reachable instances only, without changing the run", () => {
  const src = "class Node:\n    pass\nkeep = [Node() for i in range(3)]\ntmp = [Node(), Node()]\ndel tmp\n";
  const r = runProgram(src, { countAlive: ["Node", "Missing"] });
  assert.deepEqual(r.alive, { Node: 3, Missing: 0 });
  assert.equal(r.stats.collections, 0);
  assert.equal(runProgram(src).alive, undefined);
  const cyc = runProgram("class Node:\n    pass\na = Node()\nb = Node()\na.o = b\nb.o = a\ndel a, b\n", { countAlive: ["Node"] });
  assert.deepEqual(cyc.alive, { Node: 0 });
});
