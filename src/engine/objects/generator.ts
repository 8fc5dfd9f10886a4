// Generator objects, and the machinery coroutines and async generators share with them
// (objects/coroutine.ts). A generator function's body is compiled to a JS generator
// function (compiler/), so a generator object wraps one JS generator plus the Python
// frame it runs in. Resuming pushes the frame on the interpreter's frame stack; while
// suspended the frame is reached through this object (traverse). An abandoned one is
// freed like any object, without running its `finally` blocks (semantics.md).

import { PyObject, type PyValue } from "./object.js";
import { generatorType, None } from "./builtin-types.js";
import { GeneratorExit, PyException, RuntimeError, StopAsyncIteration, StopIteration, TypeError, ValueError } from "./exceptions.js";
import { PyType } from "./type.js";
import { newStr } from "./str.js";
import { PyFunction, defineMethods, type BuiltinImpl, type Code } from "./function.js";
import { codeObjectOf } from "./code.js";
import { sizeFor } from "../heap/heap.js";
import type { Frame } from "../vm/frame.js";
import { traverseFrame } from "../vm/frame.js";
import type { Interpreter } from "../vm/interpreter.js";
import { newException, newStopIteration } from "../vm/errors.js";
import { addTraceback, recursionError } from "../vm/call.js";
import { callMethod, callMethodValue, callValue, typeOf } from "../vm/abstract.js";

type JsGen = Generator<PyValue, PyValue, PyValue>;

/** What a suspendable frame is; names it in messages ("coroutine raised StopIteration"). */
export type GenKind = "generator" | "coroutine" | "async generator";

export class PyGenerator extends PyObject {
  static override get name(): string {
    return "PyGenerator";
  }
  frame: Frame | null;
  js: JsGen | null = null;
  started = false;
  running = false;
  /** The value of the generator's `return` once finished (for `yield from` and StopIteration). */
  returnValue: PyValue = None;
  name: string;
  qualname: string;
  /** The code it runs (kept after the frame is gone, for gi_code/cr_code). */
  code: Code;
  kind: GenKind;
  constructor(cls: PyType, frame: Frame, kind: GenKind) {
    super(cls);
    this.frame = frame;
    this.code = frame.code;
    this.kind = kind;
    this.name = frame.code.name;
    this.qualname = frame.code.qualname;
  }
}

/**
 * An iterator that `yield from`/`await` drive through `resume` (send or throw one value),
 * learning its result without a StopIteration: the awaitables of coroutines and async
 * generators. `resume` returns the next value to pass out, or undefined once finished
 * (the result is then in `result`).
 */
export abstract class PyResumable extends PyObject {
  result: PyValue = None;
  abstract resume(interp: Interpreter, mode: 0 | 1, value: PyValue): PyValue | undefined;
}

/**
 * One step of `yield from`/`await` on any iterator `it`: send `value` into it or throw it
 * in. Returns what it yields, or undefined once it finished, its result then in
 * `out.result` (a generator's return value, a StopIteration's value).
 */
export function resumeAny(interp: Interpreter, it: PyValue, mode: 0 | 1, value: PyValue, out: { result: PyValue }): PyValue | undefined {
  if (it instanceof PyGenerator) {
    const y = resumeGenerator(interp, it, mode, value);
    if (y === undefined) out.result = it.returnValue;
    return y;
  }
  if (it instanceof PyResumable) {
    const y = it.resume(interp, mode, value);
    if (y === undefined) out.result = it.result;
    return y;
  }
  const t = typeOf(it);
  try {
    if (mode === Mode.Throw) {
      const m = t.lookup("throw");
      if (m === null) throw value;
      return callMethodValue(interp, m, it, [value]);
    }
    if (value === None) {
      // A Python __next__ is called directly, so its StopIteration's value is seen.
      const m = t.lookup("__next__");
      const y = m instanceof PyFunction ? callMethodValue(interp, m, it, []) : t.next!(interp, it);
      if (y === undefined) out.result = None;
      return y;
    }
    return callMethod(interp, it, "send", [value]);
  } catch (e) {
    if (e instanceof PyException && e.cls.isSubtypeOf(StopIteration) && e !== value) {
      out.result = e.args.length > 0 ? e.args[0] : None;
      return undefined;
    }
    throw e;
  }
}

/**
 * How `newGenerator` makes the object for a coroutine or async generator frame:
 * installed by objects/coroutine.ts (which builds on this file), so calls stay here.
 */
export const asyncMakers: { make: ((interp: Interpreter, frame: Frame) => PyGenerator) | null } = { make: null };

export function newGenerator(interp: Interpreter, frame: Frame): PyGenerator {
  const code = frame.code;
  if (code.isCoroutine && asyncMakers.make !== null) return asyncMakers.make(interp, frame);
  const gen = interp.heap.alloc(new PyGenerator(generatorType, frame, "generator"), sizeFor(48 + 8 * frame.locals.length));
  gen.js = code.genBody!(frame);
  return gen;
}

/** Resume modes of resumeGenerator. */
export const Mode = { Send: 0, Throw: 1 } as const;
type Mode = 0 | 1;

/**
 * Resume `gen` by sending `value` (Mode.Send) or throwing `value` into it (Mode.Throw).
 * Returns the next yielded value, or undefined when the generator finished (its
 * return value is then in `gen.returnValue`). Exceptions propagate to the caller.
 */
export function resumeGenerator(interp: Interpreter, gen: PyGenerator, mode: Mode, value: PyValue): PyValue | undefined {
  if (gen.running) throw newException(interp, ValueError, `${gen.kind} already executing`);
  const frame = gen.frame;
  const js = gen.js;
  if (frame === null || js === null) {
    if (gen.kind === "coroutine") throw newException(interp, RuntimeError, "cannot reuse already awaited coroutine");
    if (mode === Mode.Throw) throw value;
    return undefined;
  }
  if (interp.depth >= interp.recursionLimit) throw recursionError(interp);
  const back = interp.frame;
  frame.back = back;
  interp.frame = frame;
  interp.depth++;
  gen.running = true;
  gen.started = true;
  let r: IteratorResult<PyValue, PyValue>;
  try {
    r = mode === Mode.Send ? js.next(value) : js.throw(value);
  } catch (e) {
    interp.frame = back;
    interp.depth--;
    gen.running = false;
    finish(gen);
    if (e instanceof PyException) {
      addTraceback(e, frame);
      const leaked = e.cls.isSubtypeOf(StopIteration) ? "StopIteration"
        : gen.kind === "async generator" && e.cls.isSubtypeOf(StopAsyncIteration) ? "StopAsyncIteration" : null;
      if (leaked !== null) {
        const err = newException(interp, RuntimeError, `${gen.kind} raised ${leaked}`);
        err.cause = e;
        err.context = e;
        err.suppressContext = true;
        throw err;
      }
    } else if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw recursionError(interp);
    }
    throw e;
  }
  interp.frame = back;
  interp.depth--;
  gen.running = false;
  if (r.done) {
    gen.returnValue = r.value;
    finish(gen);
    return undefined;
  }
  // The yielded value now belongs to the consumer: root it in the consumer's frame.
  // (An async generator's wrapped `yield` has size 0: the asend object roots the value.)
  const v = r.value;
  if (typeof v === "object" && v.size !== 0) back.temps.push(v);
  return v;
}

export function finish(gen: PyGenerator): void {
  gen.frame = null;
  gen.js = null;
}

export function genSend(interp: Interpreter, gen: PyGenerator, value: PyValue): PyValue {
  if (!gen.started && value !== None && gen.js !== null) {
    throw newException(interp, TypeError, `can't send non-None value to a just-started ${gen.kind}`);
  }
  const r = resumeGenerator(interp, gen, Mode.Send, value);
  if (r === undefined) throw newStopIteration(interp, gen.returnValue === None ? undefined : gen.returnValue);
  return r;
}

/** The exception `throw(typ[, val])` raises: an instance, or a class instantiated. */
export function thrownException(interp: Interpreter, exc: PyValue, val: PyValue = None): PyException {
  let e: PyValue = exc;
  if (exc instanceof PyType) e = callValue(interp, exc, val === None ? [] : [val]);
  if (!(e instanceof PyException)) throw newException(interp, TypeError, "exceptions must derive from BaseException");
  e.tbFrame = null;
  return e;
}

/** gen.throw(exc): `exc` is an exception instance or class. */
export function genThrow(interp: Interpreter, gen: PyGenerator, exc: PyValue, val: PyValue = None): PyValue {
  const e = thrownException(interp, exc, val);
  const r = resumeGenerator(interp, gen, Mode.Throw, e);
  if (r === undefined) throw newStopIteration(interp, gen.returnValue === None ? undefined : gen.returnValue);
  return r;
}

export function genClose(interp: Interpreter, gen: PyGenerator): void {
  if (gen.frame === null) return;
  if (!gen.started) {
    finish(gen);
    return;
  }
  try {
    resumeGenerator(interp, gen, Mode.Throw, newException(interp, GeneratorExit, []));
  } catch (e) {
    if (e instanceof PyException && (e.cls.isSubtypeOf(GeneratorExit) || e.cls.isSubtypeOf(StopIteration))) return;
    throw e;
  }
  if (gen.frame !== null) throw newException(interp, RuntimeError, `${gen.kind} ignored GeneratorExit`);
}

/**
 * defineMethods for these types, each method first checking its `self` (a method taken
 * from the class, `generator.send(agen, v)`, must not drive another kind of object).
 */
export function defineSelfCheckedMethods(type: PyType, accepts: (v: PyValue) => boolean, table: Record<string, BuiltinImpl>): void {
  const checked: Record<string, BuiltinImpl> = {};
  for (const name of Object.keys(table)) {
    const impl = table[name];
    checked[name] = (interp, args, kwargs) => {
      const self = args[0];
      if (self === undefined || !accepts(self)) {
        const got = self === undefined ? "nothing" : typeOf(self).name;
        throw newException(interp, TypeError, name.startsWith("__")
          ? `descriptor '${name}' requires a '${type.name}' object but received a '${got}'`
          : `descriptor '${name}' for '${type.name}' objects doesn't apply to a '${got}' object`);
      }
      return impl(interp, args, kwargs);
    };
  }
  defineMethods(type, checked);
}

/** Attributes generators and coroutines share under their own prefix (gi_ / cr_ / ag_). */
export function genAttr(interp: Interpreter, g: PyGenerator, name: string, prefix: string): PyValue | undefined {
  if (name === "__name__") return newStr(interp, g.name);
  if (name === "__qualname__") return newStr(interp, g.qualname);
  if (!name.startsWith(prefix)) return undefined;
  switch (name.slice(prefix.length)) {
    case "running": return g.running;
    case "code": return codeObjectOf(g.code);
    case "suspended": return g.started && g.frame !== null && !g.running;
  }
  return undefined;
}

export function genRepr(g: PyGenerator, what: string): string {
  return `<${what} object ${g.qualname} at 0x${g.id.toString(16).padStart(12, "0")}>`;
}

export function traverseGenerator(self: PyObject, visit: (v: PyValue) => void): void {
  const g = self as PyGenerator;
  if (g.frame !== null) traverseFrame(g.frame, visit);
  if (typeof g.returnValue === "object") visit(g.returnValue);
}

generatorType.getattr = (interp, self, name) => genAttr(interp, self as PyGenerator, name, "gi_");
generatorType.iter = (_interp, self) => self;
generatorType.next = (interp, self) => resumeGenerator(interp, self as PyGenerator, Mode.Send, None);
generatorType.repr = (_interp, self) => genRepr(self as PyGenerator, "generator");
generatorType.traverse = traverseGenerator;

defineSelfCheckedMethods(generatorType, (v) => v instanceof PyGenerator && v.cls === generatorType, {
  send: (interp, args) => genSend(interp, args[0] as PyGenerator, args[1] ?? None),
  throw: (interp, args) => genThrow(interp, args[0] as PyGenerator, args[1], args[2] ?? None),
  close: (interp, args) => {
    genClose(interp, args[0] as PyGenerator);
    return None;
  },
  __next__: (interp, args) => {
    const r = resumeGenerator(interp, args[0] as PyGenerator, Mode.Send, None);
    if (r === undefined) throw newStopIteration(interp, undefined);
    return r;
  },
  __iter__: (_interp, args) => args[0],
});
