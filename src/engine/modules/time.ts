// The time module, on the interpreter's injected clock (RunOptions.now): runs are
// reproducible under a fake clock, and nothing here touches Date in hot paths.

import { None } from "../objects/builtin-types.js";
import type { Interpreter } from "../vm/interpreter.js";
import { builtin, makeModule, type PyModule } from "../objects/module.js";
import { newFloat, PyFloat } from "../objects/float.js";
import { intFromNumber, isInt, toSafeNumber } from "../objects/int.js";
import { raiseTypeError, raiseValueError } from "../vm/errors.js";
import { internStr } from "../objects/str.js";
import { checkDeadline } from "../vm/limits.js";

function nowMs(interp: Interpreter): number {
  return interp.limits.clock();
}

/** Wall-clock epoch seconds: the run's clock offset from an epoch read once per call. */
function epochSeconds(interp: Interpreter): number {
  const slept = interp.limits.sleptMs / 1000;
  if (interp.options.now !== undefined) return interp.options.now() / 1000 + slept;
  return Date.now() / 1000 + slept;
}

const perfCounter = builtin("perf_counter", (interp) => newFloat(interp, nowMs(interp) / 1000));
const perfCounterNs = builtin("perf_counter_ns", (interp) => intFromNumber(interp, Math.round(nowMs(interp) * 1e6)));
const monotonic = builtin("monotonic", (interp) => newFloat(interp, nowMs(interp) / 1000));
const monotonicNs = builtin("monotonic_ns", (interp) => intFromNumber(interp, Math.round(nowMs(interp) * 1e6)));
const processTime = builtin("process_time", (interp) => newFloat(interp, nowMs(interp) / 1000));
const time = builtin("time", (interp) => newFloat(interp, epochSeconds(interp)));
const timeNs = builtin("time_ns", (interp) => intFromNumber(interp, Math.round(epochSeconds(interp) * 1e9)));

/**
 * sleep(secs): advances the run's own clock (vm/limits.ts sleptMs) without waiting, so
 * time.time/monotonic/perf_counter see the time slept, and a sleep past the run's
 * deadline ends the run as "timeout" at once (it never blocks a worker).
 */
const sleep = builtin("sleep", (interp, args) => {
  if (args.length !== 1) raiseTypeError(interp, `sleep() takes exactly one argument (${args.length} given)`);
  const v = args[0];
  const secs = v instanceof PyFloat ? v.v : isInt(v) ? toSafeNumber(v) ?? Infinity : raiseTypeError(interp, `'${(v as { cls?: { name: string } }).cls?.name ?? "object"}' object cannot be interpreted as an integer`);
  if (Number.isNaN(secs)) raiseValueError(interp, "Invalid value NaN (not a number)");
  if (secs < 0) raiseValueError(interp, "sleep length must be non-negative");
  interp.limits.sleptMs += secs * 1000;
  checkDeadline(interp);
  return None;
});

export function createTimeModule(_interp: Interpreter): PyModule {
  return makeModule("time", [
    ["perf_counter", perfCounter],
    ["perf_counter_ns", perfCounterNs],
    ["monotonic", monotonic],
    ["monotonic_ns", monotonicNs],
    ["process_time", processTime],
    ["time", time],
    ["time_ns", timeNs],
    ["sleep", sleep],
    ["__name__", internStr("time")],
  ]);
}
