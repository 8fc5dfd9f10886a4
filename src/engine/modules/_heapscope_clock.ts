// _heapscope_clock: the virtual part of the run's clock, for asyncio's event loop.
// slept() is the time slept so far in this run (time.sleep, and the loop's own waits,
// which go through time.sleep), in seconds. The loop's clock is the real clock read once
// when the loop is made plus this, so the order in which timers fire never depends on
// how fast the engine runs (stdlib/asyncio/base_events.py).

import type { Interpreter } from "../vm/interpreter.js";
import { builtin, makeModule, type PyModule } from "../objects/module.js";
import { newFloat } from "../objects/float.js";
import { internStr } from "../objects/str.js";

const slept = builtin("slept", (interp) => newFloat(interp, interp.limits.sleptMs / 1000));

export function createHeapscopeClockModule(_interp: Interpreter): PyModule {
  return makeModule("_heapscope_clock", [
    ["slept", slept],
    ["__name__", internStr("_heapscope_clock")],
  ]);
}
