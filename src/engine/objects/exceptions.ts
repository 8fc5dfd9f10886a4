// Exception objects and the standard exception hierarchy.
//
// A Python exception is raised in JS by `throw`ing the PyException object itself
// (not a JS Error: no stack capture, and `catch (e)` tells the two error channels
// apart with `e instanceof PyException`). A JS Error escaping the engine is an
// internal invariant violation (an engine bug), reported as such by run.ts.
//
// Exceptions are heap objects: create them with `interp.newException(type, args)`
// (vm/errors.ts), which allocates them, rather than `new PyException` directly.

import { PyObject, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { objectType, typeType } from "./builtin-types.js";
import type { Frame } from "../vm/frame.js";

/** One line of a traceback, innermost last (as CPython prints them). */
export interface TracebackEntry {
  filename: string;
  name: string;
  line: number;
  /** The frame ran a generator's body (the caller's markers then point at what resumed it). */
  isGenerator: boolean;
  /** The frame's last call site when the entry was made (vm/caret.ts callSite), 0 if none. */
  site: number;
  /** The engine frame, for `tb_frame` (objects/frame-object.ts reads it, keeps nothing alive through it). */
  frame: Frame | null;
}

export class PyException extends PyObject {
  static override get name(): string {
    return "PyException";
  }
  /** The constructor arguments; `.args` exposes them as a tuple (created on first access). */
  args: PyValue[];
  argsTuple: PyObject | null = null;
  /** Frames the exception passed through, outermost first. */
  traceback: TracebackEntry[] = [];
  /** The frame whose entry was added last (vm/call.ts addTraceback): one entry per pass through a frame. */
  tbFrame: unknown = null;
  cause: PyException | null = null;
  context: PyException | null = null;
  suppressContext = false;
  /** Attributes set by the program (e.g. `e.code = 3`), and user subclass state. */
  dict: Map<string, PyValue> | null = null;
  /** NameError/AttributeError `.name` and AttributeError `.obj` (None until set). */
  errName: PyValue | null = null;
  errObj: PyValue | null = null;
  /** BaseExceptionGroup: its `exceptions` tuple (objects/exception-groups.ts); null otherwise. */
  group: PyObject | null = null;
  constructor(cls: PyType, args: PyValue[]) {
    super(cls);
    this.args = args;
  }
}

export function isException(v: unknown): v is PyException {
  return v instanceof PyException;
}

/** Every builtin exception type by name (the table `builtins` exports). */
export const exceptionTypes = new Map<string, PyType>();

function exc(name: string, base: PyType): PyType {
  const t = new PyType(typeType, name, [base], true);
  t.mro = [t, ...base.mro];
  t.instancesHaveDict = true;
  exceptionTypes.set(name, t);
  return t;
}

export const BaseException = exc("BaseException", objectType);
export const SystemExit = exc("SystemExit", BaseException);
export const BaseExceptionGroup = exc("BaseExceptionGroup", BaseException);
export const KeyboardInterrupt = exc("KeyboardInterrupt", BaseException);
export const GeneratorExit = exc("GeneratorExit", BaseException);
export const Exception = exc("Exception", BaseException);
export const StopIteration = exc("StopIteration", Exception);
/** ExceptionGroup(BaseExceptionGroup, Exception): the one builtin exception with two bases. */
export const ExceptionGroup = (() => {
  const t = new PyType(typeType, "ExceptionGroup", [BaseExceptionGroup, Exception], true);
  t.mro = [t, BaseExceptionGroup, Exception, BaseException, objectType];
  t.instancesHaveDict = true;
  exceptionTypes.set("ExceptionGroup", t);
  return t;
})();
export const StopAsyncIteration = exc("StopAsyncIteration", Exception);
export const ArithmeticError = exc("ArithmeticError", Exception);
export const FloatingPointError = exc("FloatingPointError", ArithmeticError);
export const OverflowError = exc("OverflowError", ArithmeticError);
export const ZeroDivisionError = exc("ZeroDivisionError", ArithmeticError);
export const AssertionError = exc("AssertionError", Exception);
export const AttributeError = exc("AttributeError", Exception);
export const BufferError = exc("BufferError", Exception);
export const EOFError = exc("EOFError", Exception);
export const ImportError = exc("ImportError", Exception);
export const ModuleNotFoundError = exc("ModuleNotFoundError", ImportError);
export const LookupError = exc("LookupError", Exception);
export const IndexError = exc("IndexError", LookupError);
export const KeyError = exc("KeyError", LookupError);
export const MemoryError = exc("MemoryError", Exception);
export const NameError = exc("NameError", Exception);
export const UnboundLocalError = exc("UnboundLocalError", NameError);
export const OSError = exc("OSError", Exception);
// The OSError family (errno attributes and messages: objects/oserror.ts).
export const FileNotFoundError = exc("FileNotFoundError", OSError);
export const FileExistsError = exc("FileExistsError", OSError);
export const IsADirectoryError = exc("IsADirectoryError", OSError);
export const NotADirectoryError = exc("NotADirectoryError", OSError);
export const PermissionError = exc("PermissionError", OSError);
export const BlockingIOError = exc("BlockingIOError", OSError);
export const ChildProcessError = exc("ChildProcessError", OSError);
export const ConnectionError = exc("ConnectionError", OSError);
export const BrokenPipeError = exc("BrokenPipeError", ConnectionError);
export const ConnectionAbortedError = exc("ConnectionAbortedError", ConnectionError);
export const ConnectionRefusedError = exc("ConnectionRefusedError", ConnectionError);
export const ConnectionResetError = exc("ConnectionResetError", ConnectionError);
export const InterruptedError = exc("InterruptedError", OSError);
export const ProcessLookupError = exc("ProcessLookupError", OSError);
export const TimeoutError = exc("TimeoutError", OSError);
export const ReferenceError = exc("ReferenceError", Exception);
export const RuntimeError = exc("RuntimeError", Exception);
export const NotImplementedError = exc("NotImplementedError", RuntimeError);
export const RecursionError = exc("RecursionError", RuntimeError);
export const SyntaxError = exc("SyntaxError", Exception);
export const IndentationError = exc("IndentationError", SyntaxError);
export const TabError = exc("TabError", IndentationError);
export const SystemError = exc("SystemError", Exception);
export const TypeError = exc("TypeError", Exception);
export const ValueError = exc("ValueError", Exception);
export const UnicodeError = exc("UnicodeError", ValueError);
export const UnicodeDecodeError = exc("UnicodeDecodeError", UnicodeError);
export const UnicodeEncodeError = exc("UnicodeEncodeError", UnicodeError);
export const Warning = exc("Warning", Exception);
export const UserWarning = exc("UserWarning", Warning);
export const DeprecationWarning = exc("DeprecationWarning", Warning);
export const RuntimeWarning = exc("RuntimeWarning", Warning);
