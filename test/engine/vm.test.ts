// VM-level checks that are not plain stdout comparisons: isolation, recursion, entry points.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runProgram } from "../../src/engine/run.js";

function out(src: string): string {
  const r = runProgram(src);
  return r.stdout + r.stderr;
}

test("builtin types are frozen", () => {
  assert.match(out("try:\n    int.x = 1\nexcept TypeError as e:\n    print(e)\n"), /cannot set 'x' attribute of immutable type 'int'/);
  assert.match(out("try:\n    setattr(list, 'append', 1)\nexcept TypeError as e:\n    print(e)\n"), /immutable type 'list'/);
});

test("__subclasses__ of builtin types reaches nothing", () => {
  assert.equal(out("print(().__class__.__base__.__subclasses__())\n"), "[]\n");
});

test("JS internals are ordinary names", () => {
  assert.equal(out("class A: pass\na = A()\na.__proto__ = 1\na.constructor = 2\nprint(a.__proto__, a.constructor)\n"), "1 2\n");
  assert.match(out("import __proto__\n"), /ModuleNotFoundError: No module named '__proto__'/);
});

test("runaway recursion is a RecursionError", () => {
  const r = runProgram("def f(n):\n    return f(n + 1)\nf(0)\n");
  assert.equal(r.error?.type, "RecursionError");
  assert.match(r.stderr, /\[Previous line repeated \d+ more times\]/);
});

test("classes of two runs do not see each other", () => {
  runProgram("class A: pass\n");
  assert.equal(out("print(object.__subclasses__())\n"), "[]\n");
});
