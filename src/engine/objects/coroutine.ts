// Coroutines (`async def`), their `__await__` wrapper, and the await protocol. A
// coroutine is a generator object of type `coroutine` (objects/generator.ts): the body
// is a JS generator whose `yield`s are the suspensions of the innermost `await` (what
// an event loop receives from `coro.send(None)`). Async generators are in
// objects/async-generator.ts. An abandoned coroutine is freed like a generator, without
// running its `finally` blocks, and without CPython's "coroutine ... was never awaited"
// RuntimeWarning (semantics.md: the collector runs no code for it).

import type { PyValue } from "./object.js";
import { None, coroutineType, generatorType, objectType, typeType } from "./builtin-types.js";
import { PyType } from "./type.js";
import { sizeFor } from "../heap/heap.js";
import type { Frame } from "../vm/frame.js";
import type { Interpreter } from "../vm/interpreter.js";
import { newException, newStopIteration } from "../vm/errors.js";
import { PyException, StopAsyncIteration, TypeError } from "./exceptions.js";
import { callMethod, callValue, typeName, typeOf } from "../vm/abstract.js";
import {
  Mode, PyGenerator, PyResumable, asyncMakers, defineSelfCheckedMethods, resumeAny, thrownException, genAttr, genClose, genRepr, genSend, genThrow, resumeGenerator, traverseGenerator,
} from "./generator.js";
import { newAsyncGenerator } from "./async-generator.js";

const WRAPPER_SIZE = sizeFor(16);

export function isCoroutine(v: PyValue): v is PyGenerator {
  return v instanceof PyGenerator && v.kind === "coroutine";
}

asyncMakers.make = (interp: Interpreter, frame: Frame): PyGenerator => {
  const code = frame.code;
  if (code.isAsyncGenerator) return newAsyncGenerator(interp, frame);
  const coro = interp.heap.alloc(new PyGenerator(coroutineType, frame, "coroutine"), sizeFor(48 + 8 * frame.locals.length));
  coro.js = code.genBody!(frame);
  return coro;
};

/** `coro.__await__()`: an iterator driving the coroutine (what `yield from` would see). */
class CoroutineWrapper extends PyResumable {
  static override get name(): string {
    return "CoroutineWrapper";
  }
  coro: PyGenerator;
  constructor(cls: PyType, coro: PyGenerator) {
    super(cls);
    this.coro = coro;
  }
  resume(interp: Interpreter, mode: 0 | 1, value: PyValue): PyValue | undefined {
    const r = resumeGenerator(interp, this.coro, mode, value);
    if (r === undefined) this.result = this.coro.returnValue;
    return r;
  }
}

export const coroutineWrapperType = new PyType(typeType, "coroutine_wrapper", [objectType], true);
coroutineWrapperType.mro = [coroutineWrapperType, objectType];
coroutineWrapperType.instancesHaveDict = false;
coroutineWrapperType.subclassable = false;
coroutineWrapperType.iter = (_interp, self) => self;
coroutineWrapperType.next = (interp, self) => (self as CoroutineWrapper).resume(interp, Mode.Send, None);
coroutineWrapperType.traverse = (self, visit) => visit((self as CoroutineWrapper).coro);
const wrapped = (v: PyValue): PyGenerator => (v as CoroutineWrapper).coro;
defineSelfCheckedMethods(coroutineWrapperType, (v) => v instanceof CoroutineWrapper, {
  __iter__: (_interp, args) => args[0],
  __next__: (interp, args) => genSend(interp, wrapped(args[0]), None),
  send: (interp, args) => genSend(interp, wrapped(args[0]), args[1] ?? None),
  throw: (interp, args) => genThrow(interp, wrapped(args[0]), args[1], args[2] ?? None),
  close: (interp, args) => {
    genClose(interp, wrapped(args[0]));
    return None;
  },
});

coroutineType.getattr = (interp, self, name) => {
  if (name === "cr_origin") return None;
  return genAttr(interp, self as PyGenerator, name, "cr_");
};
coroutineType.repr = (_interp, self) => genRepr(self as PyGenerator, "coroutine");
coroutineType.traverse = traverseGenerator;
defineSelfCheckedMethods(coroutineType, isCoroutine, {
  send: (interp, args) => genSend(interp, args[0] as PyGenerator, args[1] ?? None),
  throw: (interp, args) => genThrow(interp, args[0] as PyGenerator, args[1], args[2] ?? None),
  close: (interp, args) => {
    genClose(interp, args[0] as PyGenerator);
    return None;
  },
  __await__: (interp, args) => interp.heap.alloc(new CoroutineWrapper(coroutineWrapperType, args[0] as PyGenerator), WRAPPER_SIZE),
});

/**
 * The iterator `await v` delegates to (CPython's GET_AWAITABLE): a coroutine itself, a
 * generator of a `types.coroutine` function, or what `type(v).__await__(v)` returns,
 * which must be an iterator and not a coroutine. `notAwaitable`: the message when it is
 * none of these (`async with` words it its own way).
 */
export function awaitableIter(interp: Interpreter, v: PyValue, notAwaitable?: string): PyValue {
  if (v instanceof PyGenerator) {
    if (v.kind === "coroutine") return v;
    if (v.cls === generatorType && v.code.iterableCoroutine) return v;
  }
  const t = typeOf(v);
  const aw = t.lookup("__await__");
  if (aw === null) throw newException(interp, TypeError, notAwaitable ?? `object ${t.name} can't be used in 'await' expression`);
  const it = callValue(interp, aw, [v]);
  if (isCoroutine(it) || (it instanceof PyGenerator && it.code.iterableCoroutine)) {
    throw newException(interp, TypeError, "__await__() returned a coroutine");
  }
  if (typeOf(it).next === undefined) throw newException(interp, TypeError, `__await__() returned non-iterator of type '${typeName(it)}'`);
  return it;
}

// ---------------------------------------------------------------- aiter() / anext()

/** The builtin `aiter(obj)`. */
export function builtinAiter(interp: Interpreter, v: PyValue): PyValue {
  const t = typeOf(v);
  const m = t.lookup("__aiter__");
  if (m === null) throw newException(interp, TypeError, `'${t.name}' object is not an async iterable`);
  const it = callValue(interp, m, [v]);
  if (typeOf(it).lookup("__anext__") === null) throw newException(interp, TypeError, `aiter() returned not an async iterator of type '${typeName(it)}'`);
  return it;
}

/** The builtin `anext(it[, default])`: `it.__anext__()`, or with a default an awaitable that gives it at StopAsyncIteration. */
export function builtinAnext(interp: Interpreter, it: PyValue, dflt: PyValue | undefined): PyValue {
  const t = typeOf(it);
  const m = t.lookup("__anext__");
  if (m === null) throw newException(interp, TypeError, `'${t.name}' object is not an async iterator`);
  const aw = callValue(interp, m, [it]);
  if (dflt === undefined) return aw;
  return interp.heap.alloc(new AnextAwaitable(anextAwaitableType, aw, dflt), WRAPPER_SIZE);
}

class AnextAwaitable extends PyResumable {
  static override get name(): string {
    return "AnextAwaitable";
  }
  /** What `__anext__` returned, then (once driven) the iterator awaiting it. */
  awaitable: PyValue;
  inner: PyValue | null = null;
  dflt: PyValue;
  constructor(cls: PyType, awaitable: PyValue, dflt: PyValue) {
    super(cls);
    this.awaitable = awaitable;
    this.dflt = dflt;
  }
  resume(interp: Interpreter, mode: 0 | 1, value: PyValue): PyValue | undefined {
    if (this.inner === null) this.inner = awaitableIter(interp, this.awaitable);
    try {
      return resumeAny(interp, this.inner, mode, value, this);
    } catch (e) {
      if (e instanceof PyException && e.cls.isSubtypeOf(StopAsyncIteration)) {
        this.result = this.dflt;
        return undefined;
      }
      throw e;
    }
  }
}

export const anextAwaitableType = new PyType(typeType, "anext_awaitable", [objectType], true);
anextAwaitableType.mro = [anextAwaitableType, objectType];
anextAwaitableType.instancesHaveDict = false;
anextAwaitableType.subclassable = false;
anextAwaitableType.iter = (_interp, self) => self;
anextAwaitableType.next = (interp, self) => (self as AnextAwaitable).resume(interp, Mode.Send, None);
anextAwaitableType.traverse = (self, visit) => {
  const a = self as AnextAwaitable;
  for (const v of [a.awaitable, a.inner, a.dflt, a.result]) if (v !== null && typeof v === "object") visit(v);
};
function anextStep(interp: Interpreter, a: AnextAwaitable, mode: 0 | 1, value: PyValue): PyValue {
  const r = a.resume(interp, mode, value);
  if (r === undefined) throw newStopIteration(interp, a.result === None ? undefined : a.result);
  return r;
}
defineSelfCheckedMethods(anextAwaitableType, (v) => v instanceof AnextAwaitable, {
  __await__: (_interp, args) => args[0],
  __iter__: (_interp, args) => args[0],
  __next__: (interp, args) => anextStep(interp, args[0] as AnextAwaitable, Mode.Send, None),
  send: (interp, args) => anextStep(interp, args[0] as AnextAwaitable, Mode.Send, args[1] ?? None),
  throw: (interp, args) => anextStep(interp, args[0] as AnextAwaitable, Mode.Throw, thrownException(interp, args[1], args[2] ?? None)),
  close: (interp, args) => {
    const a = args[0] as AnextAwaitable;
    if (a.inner !== null && typeOf(a.inner).lookup("close") !== null) callMethod(interp, a.inner, "close", []);
    return None;
  },
});
