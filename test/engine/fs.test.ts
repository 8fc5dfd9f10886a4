// The run's own file system (src/engine/fs/): RunOptions.files readable with open(),
// isolation between runs and from the host, the heap budget for file bytes,
// RunOptions.returnFiles, and time.sleep on the run's clock.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runProgram } from "../../src/engine/run.js";

test("files given with the request are importable and readable with open()", () => {
  const r = runProgram("import helpers\nprint(open('helpers.py').read(), end='')\nprint(open('data/in.txt').read().split())\nprint(helpers.__file__, __file__)\n", {
    files: { "helpers.py": "X = 1\n", "data/in.txt": "3 4\n5\n" },
  });
  assert.equal(r.status, "ok", r.stderr);
  assert.equal(r.stdout, "X = 1\n['3', '4', '5']\n/work/helpers.py /work/main.py\n");
});

test("a run cannot see another run's files, nor the host's", () => {
  const first = runProgram("with open('/tmp/shared.txt', 'w') as f:\n    f.write('x')\nopen('mine.txt', 'w').close()\n");
  assert.equal(first.status, "ok", first.stderr);
  const second = runProgram("import os\nprint(os.path.exists('/tmp/shared.txt'), os.listdir('.'), os.listdir('/'))\nfor p in ('/etc/passwd', '/proc/self/environ', '../../etc/hostname'):\n    try:\n        open(p)\n    except FileNotFoundError as e:\n        print(e)\n");
  assert.equal(second.stdout, "False ['main.py'] ['tmp', 'work']\n[Errno 2] No such file or directory: '/etc/passwd'\n[Errno 2] No such file or directory: '/proc/self/environ'\n[Errno 2] No such file or directory: '../../etc/hostname'\n");
});

test("file bytes are charged to the heap: writing past it raises MemoryError, removing frees them", () => {
  const src = [
    "import gc, os",
    "f = open('big.bin', 'wb')",
    "chunk = b'x' * 100000",
    "try:",
    "    while True:",
    "        f.write(chunk)",
    "except MemoryError:",
    "    print('MemoryError at', os.path.getsize('big.bin') // 100000, 'chunks')",
    "f.close()",
    "before = gc.mem_alloc()",
    "os.remove('big.bin')",
    "del f",
    "gc.collect()",
    "print(before - gc.mem_alloc() > 500000)",
    "open('again.bin', 'wb').write(chunk * 5)",
    "print('ok')",
  ].join("\n");
  const r = runProgram(src, { heapBytes: 2_000_000 });
  assert.equal(r.status, "ok", r.stderr);
  assert.match(r.stdout, /^MemoryError at 1\d chunks\nTrue\nok\n$/);
  const uncaught = runProgram("open('a', 'w').write('y' * 3_000_000)\n", { heapBytes: 1_000_000 });
  assert.equal(uncaught.status, "memory-limit");
});

test("returnFiles: written files come back, text as UTF-8 and bytes as base64, within the output budget", () => {
  const src = "open('t.txt', 'w').write('h\\u00e9\\n')\nopen('b.bin', 'wb').write(b'\\xff\\x00')\nopen('given.txt').read()\nimport os\nos.mkdir('d')\nopen('d/x', 'w').write('1')\nos.rename('d', 'e')\n";
  const r = runProgram(src, { returnFiles: true, files: { "given.txt": "g" } });
  assert.equal(r.status, "ok", r.stderr);
  assert.deepEqual(r.files, [
    { path: "/work/b.bin", encoding: "base64", content: "/wA=", size: 2, truncated: false },
    { path: "/work/e/x", encoding: "utf-8", content: "1", size: 1, truncated: false },
    { path: "/work/t.txt", encoding: "utf-8", content: "hé\n", size: 4, truncated: false },
  ]);
  const listed = runProgram("print('hi')\n", { returnFiles: ["given.txt", "/work/main.py", "nope"], files: { "given.txt": "g" } });
  assert.deepEqual(listed.files?.map((f) => [f.path, f.content]), [["/work/given.txt", "g"], ["/work/main.py", "print('hi')\n"]]);
  const capped = runProgram("print('12345')\nopen('a', 'w').write('x' * 10)\nopen('b', 'w').write('y')\n", { returnFiles: true, maxOutputBytes: 12 });
  assert.deepEqual(capped.files?.map((f) => [f.path, f.content, f.truncated]), [["/work/a", "", true], ["/work/b", "", true]]);
  assert.equal(runProgram("pass\n").files, undefined);
});

test("time.sleep advances the run's clock without waiting; past the deadline it is a timeout at once", () => {
  let clock = 1000;
  const r = runProgram("import time\nt = time.monotonic()\np = time.perf_counter()\nw = time.time()\ntime.sleep(30)\nprint(time.monotonic() - t, time.perf_counter() - p, time.time() - w)\n", { now: () => clock });
  assert.equal(r.stdout, "30.0 30.0 30.0\n");
  const started = Date.now();
  const t = runProgram("import time\nprint('before')\ntime.sleep(10**6)\nprint('after')\n", { timeoutMs: 60_000 });
  assert.equal(t.status, "timeout");
  assert.equal(t.stdout, "before\n");
  assert.ok(Date.now() - started < 10_000);
  clock++;
});

test("sys.setrecursionlimit: lowered and raised (up to the cap), reported as set, CPython's errors", () => {
  // The engine tests run on the main thread's small JS stack: deep recursion up to the
  // cap (MAX_RECURSION_LIMIT, 8000) is for workers with WORKER_STACK_MB (64 MiB by default).
  const r = runProgram("import sys\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nsys.setrecursionlimit(50)\ntry:\n    f(100)\nexcept RecursionError as e:\n    print(e)\nprint(f(40))\nsys.setrecursionlimit(10**6)\nprint(sys.getrecursionlimit(), f(900))\nfor bad in (0, 2.5):\n    try:\n        sys.setrecursionlimit(bad)\n    except (ValueError, TypeError) as e:\n        print(type(e).__name__, e)\n");
  assert.equal(r.stdout, "maximum recursion depth exceeded\n40\n1000000 900\nValueError recursion limit must be greater or equal than 1\nTypeError 'float' object cannot be interpreted as an integer\n");
});

test("processes and the host environment are out of reach", () => {
  const r = runProgram("import os\nprint(os.environ, os.environ.get('HOME'), os.getenv('PATH', 'none'))\nfor fn in (lambda: os.system('ls'), lambda: os.popen('ls'), os.fork, lambda: os.kill(1, 9)):\n    try:\n        fn()\n    except PermissionError as e:\n        print(e)\n");
  assert.equal(r.stdout, "environ({}) None none\n[Errno 1] Operation not permitted: 'system'\n[Errno 1] Operation not permitted: 'popen'\n[Errno 1] Operation not permitted: 'fork'\n[Errno 1] Operation not permitted: 'kill'\n");
});

test("request files that cannot all be files (a and a/b) load what they can, without an engine error", () => {
  const r = runProgram("import os\nprint(sorted(os.listdir('.')), os.path.isdir('a'))\n", { files: { "a/b.txt": "x", a: "y", "/": "z" } });
  assert.equal(r.status, "ok", r.stderr);
  assert.equal(r.stdout, "['a', 'main.py'] True\n");
});
