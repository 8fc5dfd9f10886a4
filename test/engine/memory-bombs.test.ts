// Operations that build a huge result reserve it on the modelled heap before JavaScript
// spends the memory (objects/reserve.ts): each bomb below ends as `memory-limit` with
// the heap's MemoryError and its `memory-error` trace event, never as a JavaScript
// RangeError turned into `SystemError: internal error`. Where CPython refuses the size
// itself (a width past Py_ssize_t), the exception and message are CPython's (taken from
// CPython 3.11.7; the same cases are compared with CPython in test/python/lib/big_results.py).
import { test } from "node:test";
import assert from "node:assert/strict";
import { runProgram } from "../../src/engine/run.js";
import type { RunResult } from "../../src/engine/api.js";

const HEAP = 16 * 1024 * 1024;

function run(source: string, timeoutMs = 20000): RunResult {
  return runProgram(source, { heapBytes: HEAP, timeoutMs });
}

/** The run ended with the heap's MemoryError: status, exception, message and trace event. */
function assertHeapRefused(source: string): void {
  const r = run(source);
  assert.equal(r.error?.type, "MemoryError", `${source}: ${r.error?.type}: ${r.error?.message}`);
  assert.equal(r.status, "memory-limit", source);
  assert.match(r.error!.message, /^memory allocation failed, allocating \d+ bytes$/, source);
  assert.ok(r.events.some((e) => e.kind === "memory-error"), `${source}: no memory-error event`);
  assert.ok(r.stats.peakHeapBytes <= HEAP, source);
}

const HEAP_BOMBS = [
  // Format widths and precisions (CPython: MemoryError from its allocator at these sizes).
  "format(1, '>1000000000')",
  "format(1, '>9223372036854775807')",
  "format(1, ',>1000000000')",
  "format(1, '01000000000,d')",
  "format(1.5, '.1000000000f')",
  "format(1.5, '.1000000000g')",
  "format('x', '^1000000000')",
  "'{:1000000000}'.format(1)",
  "f'{1:1000000000}'",
  "f'{1.5:>{10**9}}'",
  "'%1000000000d' % 1",
  "'%9223372036854775807d' % 1",
  "'%-1000000000s' % 'a'",
  "'%.1000000000f' % 1.0",
  "'%.1000000000d' % 1",
  "'%*d' % (2**31, 1)",
  // Padding.
  "'1'.zfill(10**9)",
  "'1'.zfill(2**63 - 1)",
  "'a'.ljust(10**9)",
  "'a'.rjust(10**8, '*')",
  "'a'.center(10**9)",
  "'a'.center(10**8, '\\U0001F600')",
  "'\\t'.expandtabs(10**9)",
  "'a\\tb'.expandtabs(2**30)",
  "('\\t' * 1000).expandtabs(100000)",
  // Repetition.
  "[1] * 10**9",
  "[1] * 10**18",
  "(1,) * 10**9",
  "'ab' * 10**9",
  "'ab' * 10**18",
  "b'x' * 10**9",
  "bytearray(b'x') * 10**9",
  "x = bytearray(b'x'); x *= 10**9",
  // Conversion and materialization.
  "tuple(range(10**8))",
  "list(range(10**8))",
  "list(x for x in range(10**8))",
  "sorted(range(10**8, 0, -1))",
  "''.join(str(i % 10) for i in range(10**8))",
  "''.join(['a' * 1000000] * 100)",
  "bytes(10**9)",
  "bytearray(10**9)",
  "bytes(range(256)) * 10**7",
  "x = bytearray()\nfor _ in range(100): x.extend(b'a' * 10**6)",
  "x = bytearray(); x.extend(i % 256 for i in range(10**8))",
  "x = b'a' * 10**6; y = [x + x for _ in range(100)]",
  "x = bytearray(b'a' * 10**7); x += x",
  "('a' * 1000).replace('a', 'b' * 100000)",
  "x = b'x'.join([b'a' * 10**6] * 30)",
  "x = (b'a' * 10**7).hex()",
  "x = ('a' * 10**7).encode()",
  "x = (b'a' * 10**7).decode()",
  "x = (b'\\xe9' * 10**7).decode('latin-1')",
  "x = repr(b'\\x00' * 10**7)",
  "x = repr('\\x00' * 10**7)",
  "x = ascii('\\u1234' * 10**7)",
  "'abc'.join(['x'] * 10**7)",
  // Big ints: arithmetic, conversion, math.
  "x = 1 << 2 * 10**8",
  "x = 1 << 10**10",
  "x = 1 << 2**63",
  "x = 2 ** (2**63)",
  "x = 10 ** 10**10",
  "x = pow(3, 10**8)",
  "x = (1 << 10**7) ** 20",
  "x = (1 << 7 * 10**7) * (1 << 7 * 10**7)",
  "x = (1 << 7 * 10**7); y = x + x",
  "x = (1 << 7 * 10**7); y = x - 1",
  "x = (1 << 6 * 10**7); y = x | (x >> 1)",
  "x = (1 << 6 * 10**7); y = [x * 3 for _ in range(3)]",
  "x = hex(1 << 10**8)",
  "x = format(1 << 10**8, 'b')",
  "x = '%x' % (1 << 10**8)",
  "import sys; sys.set_int_max_str_digits(0); x = str(1 << 10**8)",
  "import math; math.isqrt(1 << 10**8)",
  "import math; math.factorial(10**7)",
  "import math; math.factorial(10**18)",
  "import math; math.comb(10**7, 5 * 10**6)",
  "import math; math.comb(10**20, 10**10)",
  "import math; math.perm(10**7)",
  "import math; math.perm(10**20, 10**10)",
  "(1).to_bytes(10**9, 'big')",
  "x = round(1 << 10**8, -10)",
];

for (const source of HEAP_BOMBS) {
  test(`heap refuses before building: ${source}`, () => assertHeapRefused(source));
}

// Where CPython refuses the size itself, before any allocation.
const CPYTHON_ERRORS: [string, string, string][] = [
  ["format(1, '>99999999999999999999')", "ValueError", "Too many decimal digits in format string"],
  ["format(1, '>9223372036854775808')", "ValueError", "Too many decimal digits in format string"],
  ["format(1.0, '.99999999999999999999f')", "ValueError", "Too many decimal digits in format string"],
  ["format(1.0, '.2147483648f')", "ValueError", "precision too big"],
  ["'{:{}}'.format(1, 10**20)", "ValueError", "Too many decimal digits in format string"],
  ["'%99999999999999999999d' % 1", "ValueError", "width too big"],
  ["'%.2147483648f' % 1.0", "ValueError", "precision too big"],
  ["'%.2147483647d' % 1", "OverflowError", "precision too large"],
  ["'%*d' % (10**20, 1)", "OverflowError", "Python int too large to convert to C ssize_t"],
  ["'%.*d' % (2**31, 1)", "OverflowError", "Python int too large to convert to C int"],
  ["'a'.zfill(10**20)", "OverflowError", "Python int too large to convert to C ssize_t"],
  ["'a'.center(2**63)", "OverflowError", "Python int too large to convert to C ssize_t"],
  ["'\\t'.expandtabs(10**20)", "OverflowError", "Python int too large to convert to C int"],
  ["'a\\tb'.expandtabs(2**31)", "OverflowError", "Python int too large to convert to C int"],
  ["[1] * 10**20", "OverflowError", "cannot fit 'int' into an index-sized integer"],
  ["bytes(10**20)", "OverflowError", "cannot fit 'int' into an index-sized integer"],
  ["list(range(10**20))", "OverflowError", "Python int too large to convert to C ssize_t"],
  ["tuple(range(-10**20, 10**20, 3))", "OverflowError", "Python int too large to convert to C ssize_t"],
  ["(1).to_bytes(10**20, 'big')", "OverflowError", "Python int too large to convert to C ssize_t"],
  ["x = bytearray(b'a'); x *= 10**20", "OverflowError", "cannot fit 'int' into an index-sized integer"],
  ["import math; math.factorial(2**63)", "OverflowError", "factorial() argument should not exceed 9223372036854775807"],
  ["import math; math.comb(2**64, 2**63)", "OverflowError", "min(n - k, k) must not exceed 9223372036854775807"],
  ["import math; math.perm(2**65, 2**64)", "OverflowError", "k must not exceed 9223372036854775807"],
  ["str(10**(10**6))", "ValueError", "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"],
  ["int('1' * 10**6)", "ValueError", "Exceeds the limit (4300 digits) for integer string conversion: value has 1000000 digits; use sys.set_int_max_str_digits() to increase the limit"],
];

for (const [source, type, message] of CPYTHON_ERRORS) {
  test(`CPython's error: ${source}`, () => {
    const r = run(source);
    assert.equal(r.status, "error", source);
    assert.equal(r.error?.type, type, `${source}: ${r.error?.type}: ${r.error?.message}`);
    assert.equal(r.error?.message, message, source);
  });
}

test("float() of a text of ten million digits is inf, not a stack overflow", () => {
  const r = run("print(float('1' * 10**7))\nprint(float('-' + '2' * 10**6))");
  assert.equal(r.status, "ok", r.error?.message);
  assert.equal(r.stdout, "inf\n-inf\n");
});

test("the digit limit refuses a huge int before converting it", () => {
  // 10**(10**6) takes a moment to build; its conversion (about 4x longer) is never started.
  const r = run("x = 10**(10**6)\nimport time\nt = time.perf_counter()\ntry:\n    str(x)\nexcept ValueError:\n    print(time.perf_counter() - t < 0.05)");
  assert.equal(r.status, "ok");
  assert.equal(r.stdout, "True\n");
});

test("a MemoryError from a reservation is catchable and the run goes on", () => {
  const r = run(`
try:
    x = format(1, '>1000000000')
except MemoryError as e:
    print("caught", type(e).__name__)
print(len(format(1, '>100000')), len('a'.zfill(100000)), len([0] * 100000), len(bytes(100000)))
`);
  assert.equal(r.status, "ok", r.error?.message);
  assert.equal(r.stdout, "caught MemoryError\n100000 100000 100000 100000\n");
});

test("no memory bomb reaches the user as an internal error", () => {
  for (const source of [...HEAP_BOMBS, ...CPYTHON_ERRORS.map((c) => c[0])]) {
    const r = run(source);
    assert.notEqual(r.error?.type, "SystemError", `${source}: ${r.error?.message}`);
    assert.doesNotMatch(r.stderr, /RangeError|internal error/, source);
  }
});

test("sys.set_int_max_str_digits changes the limit of its own run only", () => {
  const first = run("import sys\nsys.set_int_max_str_digits(0)\nprint(len(str(10**5000)), sys.get_int_max_str_digits())");
  assert.equal(first.stdout, "5001 0\n");
  const next = run("import sys\nprint(sys.get_int_max_str_digits())\nstr(10**5000)");
  assert.equal(next.stdout, "4300\n");
  assert.equal(next.error?.type, "ValueError");
});
