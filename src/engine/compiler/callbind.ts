// Calls to Python functions that need more than the plain positional fast path:
// keyword arguments, defaults, *args and **kwargs parameters — `add(i, 2, 3, k=4)`.
//
// Each call site knows at compile time how many positional arguments it passes and the
// names of its keyword arguments. For a given callee code object that fixes where every
// argument goes, so the site keeps a one-entry inline cache keyed on the callee's `Code`:
// a plan mapping each keyword to its parameter slot (or to the **kwargs dict). With a
// plan the arguments are evaluated straight into the new frame's locals, the *args tuple
// and **kwargs dict are built directly (keys are the site's interned names), and no
// keyword Map is ever made. A call the plan cannot bind (a missing argument, a keyword
// that collides with a positional one, an unexpected keyword) goes through the generic
// binder, which raises CPython's error.
//
// Order of effects matches the generic path: all arguments are evaluated left to right,
// then the *args tuple is allocated, then the **kwargs dict.
//
// Rooting: the callee and every argument value are pushed onto the caller's temps (they
// sit in the not-yet-running frame's locals while later arguments run code and while
// the tuple and dict are allocated).

import type { PyValue } from "../objects/object.js";
import type { PyStr } from "../objects/str.js";
import { Code, PyFunction } from "../objects/function.js";
import { newTuple } from "../objects/tuple.js";
import { dictSet, newDict } from "../objects/dict-core.js";
import type { Frame } from "../vm/frame.js";
import type { Interpreter } from "../vm/interpreter.js";
import { callFunction, callPrepared } from "../vm/call.js";
import type { ExprFn } from "./context.js";

/** The per-keyword parameter slot for `code` called with `npos` positionals (-1: into **kwargs); null if the plan cannot bind. */
export function bindPlan(code: Code, npos: number, kwNames: string[]): Int32Array | null {
  if (npos > code.argcount && code.varargSlot < 0) return null;
  const slots = new Int32Array(kwNames.length);
  for (let j = 0; j < kwNames.length; j++) {
    const idx = code.paramNames.indexOf(kwNames[j]);
    if (idx >= code.posonlyCount) {
      if (idx < npos && idx < code.argcount) return null; // multiple values for the argument
      slots[j] = idx;
    } else if (code.kwargSlot >= 0) {
      slots[j] = -1;
    } else {
      return null;
    }
  }
  return slots;
}

const NO_ITEMS: readonly PyValue[] = Object.freeze([]);

/**
 * The planned call of a site `f(p0, .., k0=v0, ..)` (no starred arguments): given the
 * evaluated callee (already rooted by the caller), evaluates the arguments and calls it,
 * or returns undefined (having evaluated nothing) when no plan binds this callee.
 */
export function plannedCall(
  interp: Interpreter,
  posFns: ExprFn[],
  kwNames: string[],
  kwKeys: PyStr[],
  kwFns: ExprFn[],
  site = 0,
): (f: Frame, g: PyFunction) => PyValue | undefined {
  const n = posFns.length;
  const nkw = kwFns.length;
  let cacheCode: Code | null = null;
  let cacheSlots: Int32Array | null = null;
  return (f, g) => {
    const code = g.code;
    if (code !== cacheCode) {
      cacheCode = code;
      cacheSlots = bindPlan(code, n, kwNames);
    }
    const slots = cacheSlots;
    if (slots === null) return undefined;
    const temps = f.temps;
    const locals = new Array<PyValue | undefined>(code.nlocals);
    const argc = code.argcount;
    const npos = n < argc ? n : argc;
    for (let i = 0; i < npos; i++) {
      const v = posFns[i](f);
      locals[i] = v;
      if (typeof v === "object" && v.size !== 0) temps.push(v);
    }
    let extra: PyValue[] | null = null;
    if (n > argc) {
      extra = new Array<PyValue>(n - argc);
      for (let i = argc; i < n; i++) {
        const v = posFns[i](f);
        extra[i - argc] = v;
        if (typeof v === "object" && v.size !== 0) temps.push(v);
      }
    }
    let kwExtra: PyValue[] | null = null;
    for (let j = 0; j < nkw; j++) {
      const v = kwFns[j](f);
      if (typeof v === "object" && v.size !== 0) temps.push(v);
      const s = slots[j];
      if (s >= 0) locals[s] = v;
      else (kwExtra ??= new Array<PyValue>(nkw))[j] = v;
    }
    f.site = site; // the arguments are evaluated: this call is the frame's running one (tracebacks)
    if (n < argc) {
      const defaults = g.defaults;
      const first = argc - (defaults === null ? 0 : defaults.length);
      for (let i = n; i < argc; i++) {
        if (locals[i] !== undefined) continue;
        if (i < first) return unbindable(interp, g, locals, n, extra, kwNames, slots, kwExtra);
        locals[i] = defaults![i - first];
      }
    }
    const nkwonly = code.kwonlyCount;
    if (nkwonly > 0) {
      for (let i = argc; i < argc + nkwonly; i++) {
        if (locals[i] !== undefined) continue;
        const d = g.kwDefaults === null ? undefined : g.kwDefaults.get(code.paramNames[i]);
        if (d === undefined) return unbindable(interp, g, locals, n, extra, kwNames, slots, kwExtra);
        locals[i] = d;
      }
    }
    if (code.varargSlot >= 0) locals[code.varargSlot] = newTuple(interp, extra === null ? (NO_ITEMS as PyValue[]) : extra);
    if (code.kwargSlot >= 0) {
      const d = newDict(interp);
      locals[code.kwargSlot] = d;
      if (kwExtra !== null) for (let j = 0; j < nkw; j++) if (slots[j] < 0) dictSet(interp, d, kwKeys[j], kwExtra[j]);
    }
    return callPrepared(interp, g, locals);
  };
}

/** The plan's arguments do not bind (something is missing): the generic binder raises CPython's error. */
function unbindable(
  interp: Interpreter,
  g: PyFunction,
  locals: (PyValue | undefined)[],
  n: number,
  extra: PyValue[] | null,
  kwNames: string[],
  slots: Int32Array,
  kwExtra: PyValue[] | null,
): PyValue {
  const argc = g.code.argcount;
  const args: PyValue[] = [];
  for (let i = 0; i < n && i < argc; i++) args.push(locals[i]!);
  if (extra !== null) for (const v of extra) args.push(v);
  const kwargs = new Map<string, PyValue>();
  for (let j = 0; j < kwNames.length; j++) kwargs.set(kwNames[j], slots[j] >= 0 ? locals[slots[j]]! : kwExtra![j]);
  return callFunction(interp, g, args, kwargs.size > 0 ? kwargs : null);
}
