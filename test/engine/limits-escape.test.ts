// Attempts to reach outside the sandbox end in a clean Python exception (never a
// SystemError / engine bug, never a success).
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./helpers-memory.js";

const attempts: [string, string[]][] = [
  // open() and os work on the run's own in-memory file system (src/engine/fs/): the host's
  // files are not there, and processes do not exist.
  ["open('/etc/passwd').read()", ["FileNotFoundError"]],
  ["open('../../../../etc/passwd').read()", ["FileNotFoundError"]],
  ["__import__('os').system('true')", ["PermissionError"]],
  ["import os\nos.system('true')", ["PermissionError"]],
  ["import os\nos.popen('ls')", ["PermissionError"]],
  ["import os\nos.execv('/bin/sh', ['sh'])", ["PermissionError"]],
  ["import os\nos.listdir('/proc')", ["FileNotFoundError"]],
  ["import os\nos.environ['HOME']", ["KeyError"]],
  ["import subprocess", ["ModuleNotFoundError", "ImportError"]],
  ["int.x = 1", ["TypeError"]],
  ["list.append = None", ["TypeError"]],
  ["object.__setattr__ = None", ["TypeError"]],
  // exec/eval run inside the interpreter (vm/exec.ts): what they run is as confined.
  ["exec('import os; os.system(\"true\")')", ["PermissionError"]],
  ["eval(\"open('/etc/passwd')\")", ["FileNotFoundError"]],
  ["exec('int.x = 1', {})", ["TypeError"]],
  // compile() goes through the same pipeline: the code object it makes is as confined.
  ["exec(compile('import os; os.system(\"true\")', 'x', 'exec'))", ["PermissionError"]],
  ["eval(compile(\"open('/etc/passwd')\", 'x', 'eval'))", ["FileNotFoundError"]],
  ["globals()['__builtins__'].__dict__['open']('/etc/passwd')", ["FileNotFoundError", "AttributeError"]],
];

for (const [code, allowed] of attempts) {
  // LIBRARY answers the unavailable builtins with NotImplementedError ("not available in the sandbox").
  allowed.push("NotImplementedError");
  test(`escape attempt fails cleanly: ${code}`, () => {
    const r = run(code + "\n");
    assert.equal(r.status, "error", r.combined);
    assert.ok(allowed.includes(r.error!.type), `${r.error!.type}: ${r.error!.message}`);
    assert.match(r.stderr, /^Traceback \(most recent call last\):\n/);
  });
}

test("object.__subclasses__() exposes nothing", () => {
  const r = run("print(().__class__.__base__.__subclasses__())\n");
  assert.ok(r.status === "error" ? r.error!.type === "AttributeError" : r.stdout === "[]\n", r.combined);
});

test("builtin types stay unchanged for the next run", () => {
  run("try:\n    int.x = 1\nexcept TypeError:\n    pass\n");
  const r = run("print(hasattr(int, 'x'))\n");
  assert.equal(r.stdout, "False\n");
});
