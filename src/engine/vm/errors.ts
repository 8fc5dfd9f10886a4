// Creating and raising Python exceptions from engine code.
//
// Exceptions are heap objects (semantics.md): `newException` allocates them on the
// run's heap. Every helper here *throws* the exception object itself (never a JS
// Error), with CPython 3.11's wording; the `raiseX` helpers return `never` so
// call sites read `return raiseTypeError(interp, "...")` in value positions.

import type { Interpreter } from "./interpreter.js";
import type { PyValue } from "../objects/object.js";
import { PyType } from "../objects/type.js";
import { sizeFor } from "../heap/heap.js";
import {
  AttributeError, IndexError, KeyError, MemoryError, NameError, NotImplementedError, OverflowError,
  PyException, RuntimeError, StopIteration, TypeError, UnboundLocalError, ValueError, ZeroDivisionError,
} from "../objects/exceptions.js";
import { newStr } from "../objects/str.js";
import { typeName } from "./typename.js";

/** Modelled payload of an exception object (its args tuple is charged separately when created). */
const EXCEPTION_PAYLOAD = 32;

/**
 * A new exception instance of `type`, allocated on the heap. `args` is either the
 * constructor arguments or a message string (converted to a one-str args list).
 */
export function newException(interp: Interpreter, type: PyType, args: PyValue[] | string = []): PyException {
  // Allocate the message first: the exception is only reachable from here, and
  // the str is rooted by the frame's temps while the exception is allocated.
  const argv: PyValue[] = typeof args === "string" ? [newStr(interp, args)] : args;
  const exc = new PyException(type, argv);
  return interp.heap.alloc(exc, sizeFor(EXCEPTION_PAYLOAD));
}

export function raise(interp: Interpreter, type: PyType, msg: string): never {
  throw newException(interp, type, msg);
}

export function raiseTypeError(interp: Interpreter, msg: string): never {
  throw newException(interp, TypeError, msg);
}

export function raiseValueError(interp: Interpreter, msg: string): never {
  throw newException(interp, ValueError, msg);
}

export function raiseIndexError(interp: Interpreter, msg: string): never {
  throw newException(interp, IndexError, msg);
}

/** KeyError carries the key itself as its single argument (str(e) is repr(key)). */
export function raiseKeyError(interp: Interpreter, key: PyValue): never {
  throw newException(interp, KeyError, [key]);
}

/** "'int' object has no attribute 'x'" (types: "type object 'C' has no attribute 'x'"). */
export function raiseAttributeError(interp: Interpreter, obj: PyValue, name: string): never {
  throw newAttributeError(interp, obj, name);
}

/** The AttributeError for `obj.name`, with `.name` and `.obj` set (as CPython 3.11). */
export function newAttributeError(interp: Interpreter, obj: PyValue, name: string): PyException {
  const e = newException(interp, AttributeError, attributeErrorMessage(obj, name));
  e.errName = newStr(interp, name);
  e.errObj = obj;
  return e;
}

export function attributeErrorMessage(obj: PyValue, name: string): string {
  if (obj instanceof PyType) {
    return `type object '${obj.name}' has no attribute '${name}'`;
  }
  if (typeof obj === "object" && obj.cls.name === "module") {
    return `module '${(obj as unknown as { name: string }).name}' has no attribute '${name}'`;
  }
  return `'${typeName(obj)}' object has no attribute '${name}'`;
}

export function raiseZeroDivision(interp: Interpreter, msg = "division by zero"): never {
  throw newException(interp, ZeroDivisionError, msg);
}

export function raiseOverflow(interp: Interpreter, msg: string): never {
  throw newException(interp, OverflowError, msg);
}

/**
 * MemoryError with MicroPython's wording. Note: allocating the exception itself may
 * fail too when the heap is exhausted; MEMORY's outOfMemory path preallocates.
 */
export function raiseMemoryError(interp: Interpreter, msg = ""): never {
  throw newException(interp, MemoryError, msg === "" ? [] : msg);
}

export function raiseNameError(interp: Interpreter, name: string): never {
  const e = newException(interp, NameError, `name '${name}' is not defined`);
  e.errName = newStr(interp, name);
  throw e;
}

export function raiseUnboundLocal(interp: Interpreter, name: string): never {
  throw newException(interp, UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function raiseFreeVarError(interp: Interpreter, name: string): never {
  const e = newException(interp, NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  e.errName = newStr(interp, name);
  throw e;
}

export function raiseRuntimeError(interp: Interpreter, msg: string): never {
  throw newException(interp, RuntimeError, msg);
}

export function raiseNotImplemented(interp: Interpreter, msg: string): never {
  throw newException(interp, NotImplementedError, msg);
}

/** StopIteration(value) (the value of a finished generator). */
export function newStopIteration(interp: Interpreter, value: PyValue | undefined): PyException {
  return newException(interp, StopIteration, value === undefined ? [] : [value]);
}
