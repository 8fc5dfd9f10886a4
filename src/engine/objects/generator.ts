// Generator objects. A generator function's body is compiled to a JS generator
// function (compiler/), so a generator object wraps one JS generator plus the
// Python frame it runs in. Resuming pushes the frame on the interpreter's frame
// stack; while suspended the frame is reached through this object (traverse).

import { PyObject, type PyValue } from "./object.js";
import { generatorType, None } from "./builtin-types.js";
import { BaseException, GeneratorExit, PyException, RuntimeError, StopIteration, TypeError, ValueError } from "./exceptions.js";
import { PyType } from "./type.js";
import { newStr } from "./str.js";
import { defineMethods } from "./function.js";
import { sizeFor } from "../heap/heap.js";
import type { Frame } from "../vm/frame.js";
import { traverseFrame } from "../vm/frame.js";
import type { Interpreter } from "../vm/interpreter.js";
import { newException, newStopIteration } from "../vm/errors.js";
import { addTraceback, recursionError } from "../vm/call.js";
import { callValue, pyRepr, typeOf } from "../vm/abstract.js";

type JsGen = Generator<PyValue, PyValue, PyValue>;

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
  constructor(frame: Frame) {
    super(generatorType);
    this.frame = frame;
    this.name = frame.code.name;
    this.qualname = frame.code.qualname;
  }
}

export function newGenerator(interp: Interpreter, frame: Frame): PyGenerator {
  const gen = interp.heap.alloc(new PyGenerator(frame), sizeFor(48 + 8 * frame.locals.length));
  gen.js = frame.code.genBody!(frame);
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
  if (gen.running) throw newException(interp, ValueError, "generator already executing");
  const frame = gen.frame;
  const js = gen.js;
  if (frame === null || js === null) {
    // An exhausted generator returns None from now on (a `yield from` of it gives None).
    gen.returnValue = None;
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
      if (e.cls.isSubtypeOf(StopIteration)) {
        const err = newException(interp, RuntimeError, "generator raised StopIteration");
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
  const v = r.value;
  if (typeof v === "object" && v.size !== 0) back.temps.push(v);
  return v;
}

function finish(gen: PyGenerator): void {
  gen.frame = null;
  gen.js = null;
}

export function genSend(interp: Interpreter, gen: PyGenerator, value: PyValue): PyValue {
  if (!gen.started && value !== None && gen.js !== null) {
    throw newException(interp, TypeError, "can't send non-None value to a just-started generator");
  }
  const r = resumeGenerator(interp, gen, Mode.Send, value);
  if (r === undefined) throw newStopIteration(interp, gen.returnValue === None ? undefined : gen.returnValue);
  return r;
}

/** gen.throw(exc): `exc` is an exception instance or class. */
export function genThrow(interp: Interpreter, gen: PyGenerator, exc: PyValue, val: PyValue = None): PyValue {
  let e: PyValue = exc;
  if (exc instanceof PyType && exc.isSubtypeOf(BaseException)) {
    e = callValue(interp, exc, val === None ? [] : [val]);
    // A class whose __new__ gives something else: CPython throws this TypeError into the generator.
    if (!(e instanceof PyException)) {
      e = newException(interp, TypeError, `calling ${pyRepr(interp, exc)} should have returned an instance of BaseException, not ${typeOf(e).name}`);
    }
  }
  if (!(e instanceof PyException)) {
    throw newException(interp, TypeError, `exceptions must be classes or instances deriving from BaseException, not ${typeOf(exc).name}`);
  }
  e.tbFrame = null;
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
  if (gen.frame !== null) throw newException(interp, RuntimeError, "generator ignored GeneratorExit");
}

generatorType.getattr = (interp, self, name) => {
  const g = self as PyGenerator;
  if (name === "__name__") return newStr(interp, g.name);
  if (name === "__qualname__") return newStr(interp, g.qualname);
  if (name === "gi_running") return g.running;
  return undefined;
};
generatorType.iter = (_interp, self) => self;
generatorType.next = (interp, self) => resumeGenerator(interp, self as PyGenerator, Mode.Send, None);
generatorType.repr = (interp, self) => {
  const g = self as PyGenerator;
  return `<generator object ${g.qualname} at 0x${g.id.toString(16).padStart(12, "0")}>`;
};
generatorType.traverse = (self, visit) => {
  const g = self as PyGenerator;
  if (g.frame !== null) traverseFrame(g.frame, visit);
  if (typeof g.returnValue === "object") visit(g.returnValue);
};

defineMethods(generatorType, {
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

void typeOf;
