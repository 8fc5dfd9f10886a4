// Argument-count checks for builtin methods and functions, with CPython's wording.

import type { PyValue } from "./object.js";
import type { Kwargs } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { raiseTypeError } from "../vm/errors.js";

/**
 * A method's arguments (args[0] is self): between min and max more, no keywords.
 * Messages follow CPython's METH_O / METH_VARARGS wording.
 */
export function checkArgs(interp: Interpreter, name: string, args: PyValue[], min: number, max: number, kwargs: Kwargs): void {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, `${name}() takes no keyword arguments`);
  const n = args.length - 1;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) raiseTypeError(interp, `${name}() takes no arguments (${n} given)`);
    if (min === 1) raiseTypeError(interp, `${name}() takes exactly one argument (${n} given)`);
    raiseTypeError(interp, `${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) raiseTypeError(interp, `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  raiseTypeError(interp, `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

/** A function's arguments (no self): between min and max, no keywords. */
export function checkFnArgs(interp: Interpreter, name: string, args: PyValue[], min: number, max: number, kwargs: Kwargs): void {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, `${name}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) raiseTypeError(interp, `${name}() takes no arguments (${n} given)`);
    if (min === 1) raiseTypeError(interp, `${name}() takes exactly one argument (${n} given)`);
    raiseTypeError(interp, `${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) raiseTypeError(interp, `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  raiseTypeError(interp, `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

export function noKwargs(interp: Interpreter, name: string, kwargs: Kwargs): void {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, `${name}() takes no keyword arguments`);
}

/** Split keyword arguments into known names; unknown ones raise CPython's TypeError. */
export function takeKwargs(interp: Interpreter, fname: string, kwargs: Kwargs, names: string[]): Map<string, PyValue> {
  const out = new Map<string, PyValue>();
  if (kwargs === null) return out;
  for (const [k, v] of kwargs) {
    if (!names.includes(k)) raiseTypeError(interp, `${fname}() got an unexpected keyword argument '${k}'`);
    out.set(k, v);
  }
  return out;
}
