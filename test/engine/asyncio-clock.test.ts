// asyncio's event loop on the run's virtual clock (src/engine/stdlib/asyncio/): a wait
// for a timer advances the run's clock (time.sleep) instead of blocking, so the loop's
// time moves by exactly the time slept, and sleeping past the deadline (or waiting for
// something that can never happen) ends the run as a timeout at once. The coroutines
// here are generator-based (`yield from`), which asyncio accepts as CPython 3.11 does.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runProgram } from "../../src/engine/run.js";

const prelude = "import asyncio, time\ndef aw(x):\n    return (yield from x.__await__())\n";

test("asyncio.sleep advances loop.time() and time.monotonic() by the time slept, without waiting", () => {
  const src = prelude + [
    "def main():",
    "    loop = asyncio.get_running_loop()",
    "    t, m = loop.time(), time.monotonic()",
    "    yield from aw(asyncio.sleep(30))",
    "    print(loop.time() - t, time.monotonic() - m)",
    "    r = yield from asyncio.gather(aw(asyncio.sleep(2, 'b')), aw(asyncio.sleep(1, 'a')))",
    "    print(r, loop.time() - t)",
    "    time.sleep(5)",
    "    yield from aw(asyncio.sleep(0))",
    "    print(loop.time() - t)",
    "asyncio.run(main())",
    "",
  ].join("\n");
  const started = Date.now();
  const r = runProgram(src, { now: () => 1000 });
  assert.equal(r.status, "ok", r.stderr);
  assert.equal(r.stdout, "30.0 30.0\n['b', 'a'] 32.0\n37.0\n");
  assert.ok(Date.now() - started < 10_000);
});

test("asyncio.sleep(10**6) ends the run as a timeout at once (the deadline counts virtual time)", () => {
  const src = prelude + "def main():\n    print('before')\n    yield from aw(asyncio.sleep(10**6))\n    print('after')\nasyncio.run(main())\n";
  const started = Date.now();
  const r = runProgram(src, { timeoutMs: 60_000 });
  assert.equal(r.status, "timeout");
  assert.equal(r.stdout, "before\n");
  assert.ok(Date.now() - started < 10_000);
});

test("waiting for a future nobody sets is a timeout at the deadline, not a hang", () => {
  const src = prelude + "def main():\n    yield from asyncio.get_running_loop().create_future()\nasyncio.run(main())\n";
  const started = Date.now();
  const r = runProgram(src, { timeoutMs: 60_000 });
  assert.equal(r.status, "timeout");
  assert.ok(Date.now() - started < 10_000);
});
