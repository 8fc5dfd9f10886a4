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
import { defineMethods } from "./function.js";
import { sizeFor } from "../heap/heap.js";
import type { Frame } from "../vm/frame.js";
import type { Interpreter } from "../vm/interpreter.js";
import { newException, newStopIteration } from "../vm/errors.js";
import { TypeError } from "./exceptions.js";
import { callValue, typeName, typeOf } from "../vm/abstract.js";
import {
  Mode, PyGenerator, PyResumable, asyncMakers, genAttr, genClose, genRepr, genSend, genThrow, resumeGenerator, traverseGenerator,
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
defineMethods(coroutineWrapperType, {
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
defineMethods(coroutineType, {
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
 * which must be an iterator and not a coroutine.
 */
export function awaitableIter(interp: Interpreter, v: PyValue): PyValue {
  if (v instanceof PyGenerator) {
    if (v.kind === "coroutine") return v;
    if (v.cls === generatorType && v.code.iterableCoroutine) return v;
  }
  const t = typeOf(v);
  const aw = t.lookup("__await__");
  if (aw === null) throw newException(interp, TypeError, `object ${t.name} can't be used in 'await' expression`);
  const it = callValue(interp, aw, [v]);
  if (isCoroutine(it) || (it instanceof PyGenerator && it.code.iterableCoroutine)) {
    throw newException(interp, TypeError, "__await__() returned a coroutine");
  }
  if (typeOf(it).next === undefined) throw newException(interp, TypeError, `__await__() returned non-iterator of type '${typeName(it)}'`);
  return it;
}

export { newStopIteration };
