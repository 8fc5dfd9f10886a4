// Calling user functions: argument binding (with CPython's error messages), frame
// push/pop, recursion depth, and traceback recording as exceptions unwind.
//
// Fast path: a call with only positional arguments whose count equals the number of
// parameters of a "simple" function (no *args/**kwargs/keyword-only/cell parameters)
// copies the arguments straight into the new frame's locals.

import type { PyValue } from "../objects/object.js";
import { tupleType } from "../objects/builtin-types.js";
import { dictSet, newDict } from "../objects/dict-core.js";
import { internStr } from "../objects/str.js";
import type { Kwargs } from "../objects/type.js";
import { Code, PyFunction } from "../objects/function.js";
import { PyCell } from "../objects/cell.js";
import { PyException, RecursionError, TypeError } from "../objects/exceptions.js";
import { newTuple } from "../objects/tuple.js";
import { sizeFor } from "../heap/heap.js";
import { Frame, trimTemps } from "./frame.js";
import type { Interpreter } from "./interpreter.js";
import { newException } from "./errors.js";
import { newGenerator } from "../objects/generator.js";

export function callFunction(interp: Interpreter, fn: PyFunction, args: PyValue[], kwargs: Kwargs): PyValue {
  const code = fn.code;
  const n = code.nlocals;
  const locals = new Array<PyValue | undefined>(n);
  const argc = args.length;
  if (kwargs === null && code.simple && argc === code.argcount) {
    for (let i = 0; i < argc; i++) locals[i] = args[i];
  } else {
    bindArguments(interp, fn, args, kwargs, locals);
  }
  const cells = code.ncells + code.freeNames.length > 0 ? makeCells(interp, fn, locals) : null;
  if (code.isGenerator) return newGenerator(interp, new Frame(code, fn.globals, locals, cells, null, fn));
  const pool = interp.tempsPool;
  return runFrame(interp, new Frame(code, fn.globals, locals, cells, null, fn, pool.length !== 0 ? pool.pop()! : []));
}

/**
 * Call `fn` whose positional arguments the caller already stored in `locals[0 .. argc)`
 * (an array of `code.nlocals` slots). Only for `code.simple` functions called with
 * exactly `code.argcount` positional arguments: the compiled call sites check that and
 * evaluate the arguments straight into the new frame's locals (no argument array).
 */
export function callPrepared(interp: Interpreter, fn: PyFunction, locals: (PyValue | undefined)[]): PyValue {
  const code = fn.code;
  const cells = code.ncells + code.freeNames.length > 0 ? makeCells(interp, fn, locals) : null;
  if (code.isGenerator) return newGenerator(interp, new Frame(code, fn.globals, locals, cells, null, fn));
  const pool = interp.tempsPool;
  return runFrame(interp, new Frame(code, fn.globals, locals, cells, null, fn, pool.length !== 0 ? pool.pop()! : []));
}

/** Push `frame`, run its body, pop it. Records the frame in a passing exception's traceback. */
export function runFrame(interp: Interpreter, frame: Frame): PyValue {
  const back = interp.frame;
  if (interp.depth >= interp.recursionLimit) throw recursionError(interp);
  frame.back = back;
  interp.frame = frame;
  interp.depth++;
  let result: PyValue;
  try {
    result = frame.code.body!(frame);
  } catch (e) {
    interp.frame = back;
    interp.depth--;
    releaseTemps(interp, frame);
    throw unwinding(interp, frame, e);
  }
  interp.frame = back;
  interp.depth--;
  releaseTemps(interp, frame);
  // The result may be held only by the finished frame's temps: root it in the caller's.
  if (typeof result === "object" && result.size !== 0) back.temps.push(result);
  return result;
}

/** A finished frame's temps go back to the pool (emptied: nothing in them is live any more). */
function releaseTemps(interp: Interpreter, frame: Frame): void {
  const t = frame.temps;
  const pool = interp.tempsPool;
  if (pool.length < 32) {
    trimTemps(t, 0);
    pool.push(t);
    frame.temps = EMPTY_TEMPS;
  }
}

/** The temps of a finished frame (nothing may be pushed to a frame that is not running). */
const EMPTY_TEMPS: PyValue[] = Object.freeze([]) as unknown as PyValue[];

export function recursionError(interp: Interpreter): PyException {
  return newException(interp, RecursionError, "maximum recursion depth exceeded");
}

/**
 * An exception is leaving `frame`: convert a JS stack overflow into RecursionError
 * (the safety net behind the recursion limit) and record the frame in the traceback.
 * Anything else (RunAbort, engine bugs) passes through untouched.
 */
export function unwinding(interp: Interpreter, frame: Frame, e: unknown): unknown {
  if (e instanceof PyException) {
    addTraceback(e, frame);
    return e;
  }
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    const exc = recursionError(interp);
    addTraceback(exc, frame);
    return exc;
  }
  return e;
}

/** Stdlib modules standing in for CPython's C modules: CPython's tracebacks show no frames of theirs. */
const C_MODULE_STAND_INS = new Set(["<frozen decimal>", "<frozen _decimal_math>", "<frozen _decimal_format>", "<frozen _decimal_ops>"]);

/** Record `frame` (at its current line) in the traceback of `e`, once per pass through the frame. */
export function addTraceback(e: PyException, frame: Frame): void {
  if (e.tbFrame === frame || frame.code.hiddenFromTracebacks) return;
  e.tbFrame = frame;
  if (C_MODULE_STAND_INS.has(frame.code.filename)) return;
  e.traceback.unshift({ filename: frame.code.filename, name: frame.code.name, line: frame.line, isGenerator: frame.code.isGenerator, site: frame.site, frame });
}

function makeCells(interp: Interpreter, fn: PyFunction, locals: (PyValue | undefined)[]): PyCell[] {
  const code = fn.code;
  const own = code.ncells;
  const closure = fn.closure;
  const nfree = code.freeNames.length;
  const cells = new Array<PyCell>(own + nfree);
  for (let i = 0; i < own; i++) cells[i] = interp.heap.alloc(new PyCell(undefined), CELL_SIZE);
  for (let i = 0; i < nfree; i++) cells[own + i] = closure![i];
  const cp = code.cellParams;
  for (let i = 0; i < cp.length; i += 2) {
    cells[cp[i + 1]].value = locals[cp[i]];
    locals[cp[i]] = undefined;
  }
  return cells;
}

const CELL_SIZE = sizeFor(8);

// ---------------------------------------------------------------- argument binding

export function bindArguments(interp: Interpreter, fn: PyFunction, args: PyValue[], kwargs: Kwargs, locals: (PyValue | undefined)[]): void {
  const code = fn.code;
  const argc = code.argcount;
  const nargs = args.length;
  const npos = nargs < argc ? nargs : argc;
  for (let i = 0; i < npos; i++) locals[i] = args[i];
  if (nargs > argc) {
    if (code.varargSlot < 0) tooManyPositional(interp, fn, nargs, kwargs);
    locals[code.varargSlot] = newTuple(interp, args.slice(argc));
  } else if (code.varargSlot >= 0) {
    locals[code.varargSlot] = newTuple(interp, []);
  }
  // **kwargs: the dict is built directly (str keys interned like CPython's keyword names).
  const kwdict = code.kwargSlot >= 0 ? newDict(interp) : null;
  if (kwdict !== null) locals[code.kwargSlot] = kwdict;
  if (kwargs !== null && kwargs.size > 0) {
    const names = code.paramNames;
    // keys() + get(): iterating entries would allocate a [key, value] pair per argument.
    for (const key of kwargs.keys()) {
      const value = kwargs.get(key)!;
      const idx = names.indexOf(key);
      if (idx >= code.posonlyCount) {
        if (locals[idx] !== undefined) {
          throw newException(interp, TypeError, `${fn.qualname}() got multiple values for argument '${key}'`);
        }
        locals[idx] = value;
      } else if (kwdict !== null) {
        dictSet(interp, kwdict, internStr(key), value);
      } else if (idx >= 0) {
        throw newException(interp, TypeError, `${fn.qualname}() got some positional-only arguments passed as keyword arguments: '${key}'`);
      } else {
        throw newException(interp, TypeError, `${fn.qualname}() got an unexpected keyword argument '${key}'`);
      }
    }
  }
  if (nargs < argc) {
    const defaults = fn.defaults;
    const ndef = defaults === null ? 0 : defaults.length;
    const firstDefault = argc - ndef;
    let missing: string[] | null = null;
    for (let i = nargs; i < argc; i++) {
      if (locals[i] !== undefined) continue;
      if (i >= firstDefault) locals[i] = defaults![i - firstDefault];
      else (missing ??= []).push(code.paramNames[i]);
    }
    if (missing !== null) throw missingArguments(interp, fn, missing, "positional");
  }
  if (code.kwonlyCount > 0) {
    let missing: string[] | null = null;
    for (let i = argc; i < argc + code.kwonlyCount; i++) {
      if (locals[i] !== undefined) continue;
      const name = code.paramNames[i];
      const d = fn.kwDefaults === null ? undefined : fn.kwDefaults.get(name);
      if (d !== undefined) locals[i] = d;
      else (missing ??= []).push(name);
    }
    if (missing !== null) throw missingArguments(interp, fn, missing, "keyword-only");
  }
}

function tooManyPositional(interp: Interpreter, fn: PyFunction, given: number, kwargs: Kwargs): never {
  const code = fn.code;
  const argc = code.argcount;
  const ndef = fn.defaults === null ? 0 : fn.defaults.length;
  const takes = ndef > 0 ? `from ${argc - ndef} to ${argc} positional arguments` : `${argc} positional argument${argc === 1 ? "" : "s"}`;
  let kwGiven = 0;
  if (kwargs !== null) for (const k of kwargs.keys()) if (code.paramNames.indexOf(k) >= argc) kwGiven++;
  const was = given === 1 ? "was" : "were";
  const extra = kwGiven > 0 ? ` positional argument${given === 1 ? "" : "s"} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? "" : "s"})` : "";
  throw newException(interp, TypeError, `${fn.qualname}() takes ${takes} but ${given}${extra} ${was} given`);
}

function missingArguments(interp: Interpreter, fn: PyFunction, names: string[], kind: string): PyException {
  const quoted = names.map((n) => `'${n}'`);
  let list: string;
  if (quoted.length === 1) list = quoted[0];
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
  const s = names.length === 1 ? "" : "s";
  return newException(interp, TypeError, `${fn.qualname}() missing ${names.length} required ${kind} argument${s}: ${list}`);
}

export { Code, tupleType };
