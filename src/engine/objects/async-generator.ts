// Async generators (`async def` with `yield`) and the awaitables their methods return.
//
// The body is one JS generator (like a coroutine's) that yields two kinds of values: the
// suspensions of an inner `await`, passed through to whoever drives the awaitable (the
// event loop), and the async generator's own `yield`s, wrapped in an AsyncGenYield so
// they can be told apart. `__anext__()`/`asend(v)` return an `async_generator_asend`
// awaitable and `athrow()`/`aclose()` an `async_generator_athrow`; driving one resumes
// the generator until its next own `yield` (the awaitable then finishes with that
// value: StopIteration(value)) or its end (StopAsyncIteration). Messages and the
// states of the awaitables follow CPython 3.11.

import type { PyValue } from "./object.js";
import { None, asyncGeneratorType, objectType, typeType } from "./builtin-types.js";
import { GeneratorExit, PyException, RuntimeError, StopAsyncIteration, StopIteration, TypeError } from "./exceptions.js";
import { PyType } from "./type.js";
import { sizeFor } from "../heap/heap.js";
import type { Frame } from "../vm/frame.js";
import type { Interpreter } from "../vm/interpreter.js";
import { newException, newStopIteration } from "../vm/errors.js";
import { Mode, PyGenerator, PyResumable, defineSelfCheckedMethods, genAttr, genRepr, resumeGenerator, thrownException, traverseGenerator } from "./generator.js";

/** An async generator's own `yield v` as the JS generator yields it (size 0: never rooted itself; see resumeGenerator). */
export class AsyncGenYield {
  readonly size = 0;
  constructor(readonly value: PyValue) {}
}

export class PyAsyncGenerator extends PyGenerator {
  static override get name(): string {
    return "PyAsyncGenerator";
  }
  /** aclose() was called (CPython's ag_closed): later athrow/aclose finish at once. */
  closed = false;
  /** An asend/athrow awaitable is in progress (ag_running_async). */
  runningAsync = false;
}

export function newAsyncGenerator(interp: Interpreter, frame: Frame): PyGenerator {
  const g = interp.heap.alloc(new PyAsyncGenerator(asyncGeneratorType, frame, "async generator"), sizeFor(48 + 8 * frame.locals.length));
  g.js = frame.code.genBody!(frame);
  return g;
}

const AWAITABLE_SIZE = sizeFor(24);
const enum State { Init, Iter, Closed }

function makeType(name: string): PyType {
  const t = new PyType(typeType, name, [objectType], true);
  t.mro = [t, objectType];
  t.instancesHaveDict = false;
  t.subclassable = false;
  t.iter = (_interp, self) => self;
  t.next = (interp, self) => (self as AGenAwaitable).resume(interp, Mode.Send, None);
  t.traverse = (self, visit) => {
    const a = self as AGenAwaitable;
    visit(a.gen);
    for (const v of a.held()) if (typeof v === "object") visit(v);
  };
  defineSelfCheckedMethods(t, (v) => v instanceof AGenAwaitable && v.cls === t, {
    __await__: (_interp, args) => args[0],
    __iter__: (_interp, args) => args[0],
    __next__: (interp, args) => step(interp, args[0] as AGenAwaitable, Mode.Send, None),
    send: (interp, args) => step(interp, args[0] as AGenAwaitable, Mode.Send, args[1] ?? None),
    throw: (interp, args) => step(interp, args[0] as AGenAwaitable, Mode.Throw, thrownException(interp, args[1], args[2] ?? None)),
    close: (_interp, args) => {
      (args[0] as AGenAwaitable).state = State.Closed;
      return None;
    },
  });
  return t;
}

/** The awaitable's methods: a finished step raises StopIteration(result). */
function step(interp: Interpreter, a: AGenAwaitable, mode: 0 | 1, value: PyValue): PyValue {
  const r = a.resume(interp, mode, value);
  if (r === undefined) throw newStopIteration(interp, a.result === None ? undefined : a.result);
  return r;
}

abstract class AGenAwaitable extends PyResumable {
  gen: PyAsyncGenerator;
  state = State.Init;
  constructor(cls: PyType, gen: PyAsyncGenerator) {
    super(cls);
    this.gen = gen;
  }
  abstract held(): PyValue[];

  /** The generator's answer to one resumption, as this awaitable reports it. */
  protected unwrap(interp: Interpreter, y: PyValue | undefined): PyValue | undefined {
    if (y === undefined) {
      this.done();
      throw newException(interp, StopAsyncIteration, []);
    }
    if (y instanceof AsyncGenYield) {
      this.done();
      this.result = y.value;
      // Rooted by the caller once returned (the awaitable's frame is done with it).
      const v = y.value;
      if (typeof v === "object" && v.size !== 0) interp.frame.temps.push(v);
      return undefined;
    }
    return y;
  }
  protected done(): void {
    this.state = State.Closed;
    this.gen.runningAsync = false;
  }
  protected resumeGen(interp: Interpreter, mode: 0 | 1, value: PyValue): PyValue | undefined {
    try {
      return resumeGenerator(interp, this.gen, mode, value);
    } catch (e) {
      this.done();
      throw e;
    }
  }
}

/** `agen.__anext__()` / `agen.asend(v)`. */
class AsyncGenASend extends AGenAwaitable {
  static override get name(): string {
    return "AsyncGenASend";
  }
  sendValue: PyValue;
  constructor(cls: PyType, gen: PyAsyncGenerator, sendValue: PyValue) {
    super(cls, gen);
    this.sendValue = sendValue;
  }
  held(): PyValue[] {
    return [this.sendValue, this.result];
  }
  resume(interp: Interpreter, mode: 0 | 1, value: PyValue): PyValue | undefined {
    if (this.state === State.Closed) throw newException(interp, RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (this.state === State.Init) {
      if (this.gen.runningAsync) throw newException(interp, RuntimeError, "anext(): asynchronous generator is already running");
      if (mode === Mode.Send && value === None) value = this.sendValue;
      if (mode === Mode.Send && value !== None && !this.gen.started && this.gen.frame !== null) {
        this.done();
        throw newException(interp, TypeError, "can't send non-None value to a just-started async generator");
      }
      this.state = State.Iter;
      this.gen.runningAsync = true;
    }
    return this.unwrap(interp, this.resumeGen(interp, mode, value));
  }
}

/** `agen.athrow(...)` and `agen.aclose()` (exc === null). */
class AsyncGenAThrow extends AGenAwaitable {
  static override get name(): string {
    return "AsyncGenAThrow";
  }
  exc: PyException | null;
  constructor(cls: PyType, gen: PyAsyncGenerator, exc: PyException | null) {
    super(cls, gen);
    this.exc = exc;
  }
  held(): PyValue[] {
    return this.exc === null ? [this.result] : [this.exc, this.result];
  }
  private what(): string {
    return this.exc === null ? "aclose()" : "athrow()";
  }
  resume(interp: Interpreter, mode: 0 | 1, value: PyValue): PyValue | undefined {
    const gen = this.gen;
    if (this.state === State.Closed) throw newException(interp, RuntimeError, `cannot reuse already awaited ${this.what()}`);
    if (gen.frame === null) {
      // Finished already: the awaitable finishes at once.
      this.state = State.Closed;
      return undefined;
    }
    let y: PyValue | undefined;
    if (this.state === State.Init) {
      if (gen.runningAsync) throw newException(interp, RuntimeError, `${this.what()}: asynchronous generator is already running`);
      if (gen.closed) {
        this.state = State.Closed;
        throw newException(interp, StopAsyncIteration, []);
      }
      if (mode === Mode.Send && value !== None) throw newException(interp, RuntimeError, "can't send non-None value to a just-started coroutine");
      this.state = State.Iter;
      gen.runningAsync = true;
      if (this.exc === null) {
        gen.closed = true;
        y = this.closing(interp, Mode.Throw, newException(interp, GeneratorExit, []));
      } else {
        y = this.resumeGen(interp, Mode.Throw, mode === Mode.Throw ? value : this.exc);
      }
    } else {
      y = this.exc === null ? this.closing(interp, mode, value) : this.resumeGen(interp, mode, value);
    }
    if (this.exc === null) {
      if (y instanceof AsyncGenYield) {
        this.done();
        throw newException(interp, RuntimeError, "async generator ignored GeneratorExit");
      }
      if (y === undefined) {
        this.done();
        return undefined;
      }
      return y;
    }
    return this.unwrap(interp, y);
  }
  /** aclose(): GeneratorExit or StopAsyncIteration leaving the generator mean it closed. */
  private closing(interp: Interpreter, mode: 0 | 1, value: PyValue): PyValue | undefined {
    try {
      return this.resumeGen(interp, mode, value);
    } catch (e) {
      if (e instanceof PyException && (e.cls.isSubtypeOf(GeneratorExit) || e.cls.isSubtypeOf(StopAsyncIteration))) return undefined;
      if (e instanceof PyException && e.cls.isSubtypeOf(StopIteration)) return undefined;
      throw e;
    }
  }
}

export const asyncGenASendType = makeType("async_generator_asend");
export const asyncGenAThrowType = makeType("async_generator_athrow");

function asend(interp: Interpreter, g: PyAsyncGenerator, v: PyValue): PyValue {
  return interp.heap.alloc(new AsyncGenASend(asyncGenASendType, g, v), AWAITABLE_SIZE);
}

asyncGeneratorType.getattr = (interp, self, name) => {
  // ag_running says whether an asend/athrow is in progress (CPython 3.11); no ag_suspended before 3.12.
  if (name === "ag_running") return (self as PyAsyncGenerator).runningAsync;
  if (name === "ag_suspended") return undefined;
  return genAttr(interp, self as PyGenerator, name, "ag_");
};
asyncGeneratorType.repr = (_interp, self) => genRepr(self as PyGenerator, "async_generator");
asyncGeneratorType.traverse = traverseGenerator;
defineSelfCheckedMethods(asyncGeneratorType, (v) => v instanceof PyAsyncGenerator, {
  __aiter__: (_interp, args) => args[0],
  __anext__: (interp, args) => asend(interp, args[0] as PyAsyncGenerator, None),
  asend: (interp, args) => asend(interp, args[0] as PyAsyncGenerator, args[1] ?? None),
  athrow: (interp, args) => {
    const exc = thrownException(interp, args[1], args[2] ?? None);
    return interp.heap.alloc(new AsyncGenAThrow(asyncGenAThrowType, args[0] as PyAsyncGenerator, exc), AWAITABLE_SIZE);
  },
  aclose: (interp, args) => interp.heap.alloc(new AsyncGenAThrow(asyncGenAThrowType, args[0] as PyAsyncGenerator, null), AWAITABLE_SIZE),
});
