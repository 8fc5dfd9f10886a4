// The `heapscope` command: exit codes, usage errors, streams in write order, --trace.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const cli = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "cli", "main.js");
const work = mkdtempSync(join(tmpdir(), "heapscope-cli-"));

function heapscope(args: string[], input?: string) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: "utf8", input });
}

function file(name: string, text: string): string {
  writeFileSync(join(work, name), text);
  return name;
}

test("ok program: exit 0, output on stdout", () => {
  const r = heapscope(["run", file("ok.py", "print('hi')\n")]);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, "hi\n");
  assert.equal(r.stderr, "");
});

test("uncaught exception: exit 1, traceback names the file as given", () => {
  const r = heapscope(["run", file("err.py", "print('before')\nraise ValueError('bad')\n")]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, "before\n");
  assert.equal(r.stderr, 'Traceback (most recent call last):\n  File "err.py", line 2, in <module>\n    raise ValueError(\'bad\')\nValueError: bad\n');
});

test("stdout and stderr keep their write order through 2>&1", () => {
  file("mixed.py", "import sys\nfor i in range(3):\n    print('out', i)\n    sys.stderr.write('err %d\\n' % i)\n");
  const r = spawnSync("sh", ["-c", `"${process.execPath}" "${cli}" run mixed.py 2>&1`], { cwd: work, encoding: "utf8" });
  assert.equal(r.stdout, "out 0\nerr 0\nout 1\nerr 1\nout 2\nerr 2\n");
});

test("program from stdin with '-'", () => {
  const r = heapscope(["run", "-"], "print(6 * 7)\n");
  assert.equal(r.status, 0);
  assert.equal(r.stdout, "42\n");
});

test("limits: --max-steps, --heap, --timeout end with exit 1", () => {
  const loop = file("loop.py", "while True:\n    pass\n");
  assert.equal(heapscope(["run", loop, "--max-steps", "1000"]).status, 1);
  assert.equal(heapscope(["run", loop, "--timeout", "200"]).status, 1);
  const hog = file("hog.py", "x = []\nwhile True:\n    x.append([0] * 100)\n");
  const r = heapscope(["run", hog, "--heap", "100000"]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /MemoryError: memory allocation failed/);
});

test("deep recursion within the limit works (the worker has a big stack)", () => {
  const r = heapscope(["run", file("deep.py", "def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(990))\n")]);
  assert.equal(r.stdout, "990\n");
  assert.equal(r.status, 0);
});

test("--trace writes the events as JSON", () => {
  const src = file("traced.py", "import gc, weakref\nclass A:\n    pass\na = A()\nr = weakref.ref(a)\na = None\ngc.collect()\n");
  const r = heapscope(["run", src, "--trace", "out.json"]);
  assert.equal(r.status, 0);
  const trace = JSON.parse(readFileSync(join(work, "out.json"), "utf8"));
  assert.deepEqual(trace.events.map((e: { kind: string }) => e.kind), ["ref-created", "gc-start", "ref-cleared", "gc-end", "run-end"]);
  assert.equal(trace.status, "ok");
});

test("usage errors exit 2 with a usage message", () => {
  for (const args of [[], ["frob"], ["run"], ["run", "a.py", "b.py"], ["run", "x.py", "--heap", "lots"], ["run", "x.py", "--bogus"]]) {
    const r = heapscope(args);
    assert.equal(r.status, 2, args.join(" "));
    assert.match(r.stderr, /usage: heapscope run/);
  }
  const missing = heapscope(["run", "does-not-exist.py"]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /can't open file 'does-not-exist.py'/);
});

test("with FILE, the program's input() and sys.stdin read the CLI's stdin", () => {
  const prog = file("ask.py", "name = input('name? ')\nprint('hi', name)\nimport sys\nprint(sys.stdin.read().split())\n");
  const r = heapscope(["run", prog], "bob\na b\nc\n");
  assert.equal(r.status, 0);
  assert.equal(r.stdout, "name? hi bob\n['a', 'b', 'c']\n");
});

test("a program that reads no input never waits on an open stdin", async () => {
  const prog = file("noinput.py", "print('done')\n");
  // The child's stdin is a pipe this test never closes.
  const child = spawn(process.execPath, [cli, "run", prog], { cwd: work, stdio: ["pipe", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error("the CLI waited on stdin"));
    }, 10000);
    child.on("exit", (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  child.stdin.end();
  assert.equal(code, 0);
  assert.equal(out, "done\n");
});
