// Run limits: each ends the run with its status, and Python code cannot catch them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, py } from "./helpers-memory.js";
import { runProgram } from "../../src/engine/run.js";
import { Output, utf8Length, utf8Prefix } from "../../src/engine/vm/output.js";
import { RunAbort } from "../../src/engine/vm/limits.js";

test("utf8Length and utf8Prefix count UTF-8 bytes", () => {
  assert.equal(utf8Length("abc"), 3);
  assert.equal(utf8Length("é"), 2);
  assert.equal(utf8Length("€"), 3);
  assert.equal(utf8Length("😀"), 4);
  assert.equal(utf8Prefix("a€b", 3), "a");
  assert.equal(utf8Prefix("a€b", 4), "a€");
  assert.equal(utf8Prefix("😀x", 3), "");
});

test("Output keeps exactly what fits, then aborts", () => {
  const seen: string[] = [];
  const out = new Output(10, (s, t) => seen.push(`${s}:${t}`));
  out.write("stdout", "12345");
  out.write("stderr", "abc");
  assert.throws(() => out.write("stdout", "xyz"), (e) => e instanceof RunAbort && e.status === "output-limit");
  assert.equal(out.stdout(), "12345xy");
  assert.equal(out.stderr(), "abc");
  assert.equal(out.bytes, 10);
  assert.deepEqual(seen, ["stdout:12345", "stderr:abc", "stdout:xy"]);
});

test("step budget: status timeout, and the program cannot catch it", () => {
  const r = run(py`
    try:
        while True:
            pass
    except BaseException:
        print("caught")
    finally:
        print("finally ran")
  `, { maxSteps: 5000 });
  assert.equal(r.status, "timeout");
  assert.equal(r.combined, "");
  assert.equal(r.error, null);
  assert.ok(r.stats.steps >= 5000 && r.stats.steps <= 5002, String(r.stats.steps));
  const end = r.events.at(-1)!;
  assert.ok(end.kind === "run-end" && end.status === "timeout");
  assert.ok(end.line === 2 || end.line === 3, `run-end line ${end.line}`);
});

test("wall-clock deadline is checked cooperatively with the injected clock", () => {
  let t = 0;
  const r = run("while True:\n    pass\n", { timeoutMs: 50, now: () => (t += 1) });
  assert.equal(r.status, "timeout");
});

test("a deadline does not stop a short program", () => {
  const r = run("print(sum(range(100)))\n", { timeoutMs: 10000 });
  assert.equal(r.status, "ok");
  assert.equal(r.stdout, "4950\n");
});

test("output cap: kept output is truncated exactly at the cap", () => {
  const r = run(py`
    try:
        while True:
            print("0123456789")
    except BaseException:
        print("caught")
  `, { maxOutputBytes: 25 });
  assert.equal(r.status, "output-limit");
  assert.equal(r.stdout, "0123456789\n0123456789\n012");
});

test("uncaught MemoryError: status memory-limit with the MicroPython message", () => {
  const r = run("x = []\nwhile True:\n    x.append([0] * 1000)\n", { heapBytes: 1 << 20 });
  assert.equal(r.status, "memory-limit");
  assert.equal(r.error?.type, "MemoryError");
  assert.match(r.error!.message, /^memory allocation failed, allocating \d+ bytes$/);
  assert.match(r.stderr, /^Traceback \(most recent call last\):\n  File "main.py", line 3, in <module>\n    x\.append\(\[0\] \* 1000\)\n(    \^+\n)?MemoryError: memory allocation failed/);
  assert.ok(r.events.some((e) => e.kind === "memory-error" && e.heapLimitBytes === 1 << 20));
});

test("huge single allocations fail before using JS memory", () => {
  for (const expr of ['"a" * 10**9', "[0] * 10**9"]) {
    const r = run(`try:\n    x = ${expr}\nexcept MemoryError as e:\n    print("MemoryError")\n`);
    assert.equal(r.combined, "MemoryError\n", expr);
  }
});

test("RecursionError is an ordinary error", () => {
  const r = run("def f(n):\n    return f(n + 1)\nf(0)\n");
  assert.equal(r.status, "error");
  assert.equal(r.error?.type, "RecursionError");
  assert.match(r.stderr, /RecursionError: maximum recursion depth exceeded/);
});

test("SystemExit: 0/None ok, int code error, message printed", () => {
  assert.equal(run("import sys\nsys.exit()\nprint('no')\n").status, "ok");
  assert.equal(run("import sys\nsys.exit(0)\n").status, "ok");
  const three = run("import sys\nsys.exit(3)\n");
  assert.equal(three.status, "error");
  assert.equal(three.error?.type, "SystemExit");
  assert.equal(three.error?.message, "3");
  assert.equal(three.stderr, "");
  const msg = run("import sys\nsys.exit('bye')\n");
  assert.equal(msg.status, "error");
  assert.equal(msg.stderr, "bye\n");
  assert.equal(run("raise SystemExit\n").status, "ok");
});

test("SyntaxError: status error with line and column, CPython's text on stderr", () => {
  const r = run("x = 1\ny = (1,\n", { filename: "bad.py" });
  assert.equal(r.status, "error");
  assert.equal(r.error?.type, "SyntaxError");
  assert.equal(r.error?.line, 2);
  assert.equal(r.error?.column, 5);
  assert.equal(r.stderr, `  File "bad.py", line 2\n    y = (1,\n        ^\nSyntaxError: '(' was never closed\n`);
});

test("an engine bug (JS Error) never escapes runProgram", () => {
  let calls = 0;
  const r = runProgram("print('a')\n", {
    onOutput: () => {
      calls++;
      if (calls === 1) throw new Error("boom from the host");
    },
  });
  assert.equal(r.status, "error");
  assert.equal(r.error?.type, "SystemError");
  assert.match(r.error!.message, /internal error/);
});
