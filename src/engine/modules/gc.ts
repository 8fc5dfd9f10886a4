// The `gc` module (semantics.md "When a collection runs"): collect, enable, disable,
// isenabled, mem_alloc, mem_free, threshold([n]). MicroPython's API, precise collector.

import type { PyValue } from "../objects/object.js";
import type { Kwargs } from "../objects/type.js";
import { None } from "../objects/builtin-types.js";
import { builtin, makeModule, type PyModule } from "../objects/module.js";
import type { Interpreter } from "../vm/interpreter.js";
import { raiseTypeError } from "../vm/errors.js";
import { isInt, toSafeNumber } from "../objects/int.js";
import { typeName } from "../vm/typename.js";

function noArgs(interp: Interpreter, name: string, args: PyValue[], kwargs: Kwargs): void {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, `${name}() takes no keyword arguments`);
  if (args.length > 0) raiseTypeError(interp, `${name}() takes no arguments (${args.length} given)`);
}

const collect = builtin("collect", (interp, args, kwargs) => {
  noArgs(interp, "collect", args, kwargs);
  return interp.collector.run("explicit");
});

const enable = builtin("enable", (interp, args, kwargs) => {
  noArgs(interp, "enable", args, kwargs);
  interp.heap.enabled = true;
  return None;
});

const disable = builtin("disable", (interp, args, kwargs) => {
  noArgs(interp, "disable", args, kwargs);
  interp.heap.enabled = false;
  return None;
});

const isenabled = builtin("isenabled", (interp, args, kwargs) => {
  noArgs(interp, "isenabled", args, kwargs);
  return interp.heap.enabled;
});

const memAlloc = builtin("mem_alloc", (interp, args, kwargs) => {
  noArgs(interp, "mem_alloc", args, kwargs);
  return interp.heap.used;
});

const memFree = builtin("mem_free", (interp, args, kwargs) => {
  noArgs(interp, "mem_free", args, kwargs);
  return interp.heap.limit - interp.heap.used;
});

/** threshold() -> current value (-1: unset); threshold(n): n >= 0 sets it, n < 0 unsets it. */
const threshold = builtin("threshold", (interp, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, "threshold() takes no keyword arguments");
  if (args.length === 0) return interp.heap.threshold;
  if (args.length > 1) raiseTypeError(interp, `threshold expected at most 1 argument, got ${args.length}`);
  const n = indexValue(interp, args[0]);
  // The count of bytes since the last collection is not reset: it is "since the last collection".
  interp.heap.threshold = n < 0 ? -1 : n;
  return None;
});

function indexValue(interp: Interpreter, v: PyValue): number {
  if (!isInt(v)) raiseTypeError(interp, `'${typeName(v)}' object cannot be interpreted as an integer`);
  const n = toSafeNumber(v);
  return n === null ? (v as { v: bigint }).v < 0n ? -1 : Number.MAX_SAFE_INTEGER : n;
}

export function createGcModule(_interp: Interpreter): PyModule {
  return makeModule("gc", [
    ["collect", collect],
    ["enable", enable],
    ["disable", disable],
    ["isenabled", isenabled],
    ["mem_alloc", memAlloc],
    ["mem_free", memFree],
    ["threshold", threshold],
  ]);
}
