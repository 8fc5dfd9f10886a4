// Big-int work that one JS call cannot interrupt is estimated first (objects/int-cost.ts):
// work that cannot finish before the deadline ends the run as `timeout` up front, and
// every big operation reads the clock, so a loop of them stops at the deadline instead
// of 1000 steps later. The clocks here are injected (no timing in the assertions).
import { test } from "node:test";
import assert from "node:assert/strict";
import { runProgram } from "../../src/engine/run.js";
import type { RunOptions, RunResult } from "../../src/engine/api.js";

/** A clock frozen at 0: only an estimate can make the run time out. */
function frozen(source: string, timeoutMs: number, extra: RunOptions = {}): RunResult {
  return runProgram(source, { heapBytes: 64 * 1024 * 1024, timeoutMs, now: () => 0, ...extra });
}

/** A clock that advances `step` ms at every reading. */
function ticking(source: string, timeoutMs: number, step: number): RunResult {
  let t = 0;
  return runProgram(source, { heapBytes: 64 * 1024 * 1024, timeoutMs, now: () => (t += step) });
}

const TOO_SLOW_FOR_100_MS = [
  "x = 10**(10**7)",
  "x = pow(3, 2 * 10**7)",
  "x = (1 << 3 * 10**7) - 1\ny = x * x",
  "x = (1 << 3 * 10**7) - 1\ny = x // ((1 << 10**7) + 1)",
  "import sys\nsys.set_int_max_str_digits(0)\nx = str(7**(3 * 10**6))",
  "import sys\nsys.set_int_max_str_digits(0)\nx = int('7' * 3 * 10**6)",
  "import math\nx = math.factorial(2 * 10**6)",
  "import math\nx = math.isqrt((1 << 10**8) - 1)",
];

for (const source of TOO_SLOW_FOR_100_MS) {
  test(`refused up front when it cannot finish in time: ${source.replace(/\n/g, "; ")}`, () => {
    const r = frozen(source, 100);
    assert.equal(r.status, "timeout", `${r.status} ${r.error?.type}: ${r.error?.message}`);
    assert.equal(r.error, null);
    const end = r.events[r.events.length - 1];
    assert.equal(end.kind, "run-end");
  });
}

test("without a deadline the same kind of work runs to the end", () => {
  const r = runProgram("x = 10**(10**5)\ny = x * x\nprint(y.bit_length(), len(str(x)) if False else 0)", { heapBytes: 64 * 1024 * 1024 });
  assert.equal(r.status, "ok", r.error?.message);
  assert.equal(r.stdout, "664386 0\n");
});

test("a generous deadline does not refuse legitimate big-int work", () => {
  const r = frozen("import math\nx = 3**100000\ny = x * x\nz = math.isqrt(y)\nprint(z == x, math.factorial(20000) % 1000003)", 60000);
  assert.equal(r.status, "ok", r.error?.message);
  assert.equal(r.stdout, "True 451945\n");
});

const LOOPS_OF_BIG_WORK = [
  // Each multiplication is a few ms: the clock is read at every one, not every 1000 steps.
  "x = 3**200000\nwhile True:\n    y = x * x",
  "x = 3**200000\nfor i in range(10**6):\n    y = x * x",
  "x = 3**200000\nys = [x * x for i in range(10**6)]",
  "x = 3**400000\nwhile True:\n    y = x // 7**50000",
  "x = 3**200000 + 1\ny = 2**200000 + 3\nwhile True:\n    z = pow(x, 10**6, y)",
  "import math\nwhile True:\n    math.gcd(3**300000 + 1, 2**400000 + 7)",
];

for (const source of LOOPS_OF_BIG_WORK) {
  test(`a loop of big operations stops at the deadline: ${source.replace(/\n/g, "; ")}`, () => {
    const r = ticking(source, 1000, 50);
    assert.equal(r.status, "timeout", `${r.status} ${r.error?.type}: ${r.error?.message}`);
    // A deadline of 1000 ms at 50 ms per clock reading: about 20 readings, far below
    // the 1000 steps between the VM's own clock readings.
    assert.ok(r.stats.steps < 200, `steps ${r.stats.steps}`);
  });
}
