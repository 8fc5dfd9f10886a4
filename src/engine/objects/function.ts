// Function objects: builtin functions (JS implementations), user functions (compiled
// Python code plus its globals/defaults/closure) and bound methods.
//
// Builtin functions and methods of builtin types are created once at load time and
// shared by all interpreters: they are not heap objects (size 0) and have no dict,
// so nothing per-run can be attached to them.

import { PyObject, type PyValue } from "./object.js";
import type { Kwargs, PyType } from "./type.js";
import { builtinFunctionType, functionType, methodType } from "./builtin-types.js";
import type { PyCell } from "./cell.js";
import type { Frame } from "../vm/frame.js";
import type { Interpreter } from "../vm/interpreter.js";

/** The JS implementation of a builtin: positional args (self first for methods) and keyword args. */
export type BuiltinImpl = (interp: Interpreter, args: PyValue[], kwargs: Kwargs) => PyValue;

export class PyBuiltinFunction extends PyObject {
  // Keeps `x instanceof PyBuiltinFunction` fast when the engine runs through tsx/esbuild with
  // keepNames (`npm run bench`, tests): esbuild then redefines a class's `name` in a
  // static block, which leaves the constructor in dictionary mode and makes every
  // instanceof against it ~7x slower in V8; with its own `name` getter esbuild skips that.
  static override get name(): string {
    return "PyBuiltinFunction";
  }
  readonly name: string;
  /** "list.append" for methods, the bare name for module functions. */
  readonly qualname: string;
  readonly fn: BuiltinImpl;
  /**
   * A method of a builtin type (CPython's method_descriptor): reading it through an
   * instance binds it. Module-level builtins (len, print) never bind, like CPython.
   */
  readonly isMethod: boolean;
  constructor(name: string, fn: BuiltinImpl, isMethod = false, qualname = name) {
    super(builtinFunctionType);
    this.name = name;
    this.fn = fn;
    this.isMethod = isMethod;
    this.qualname = qualname;
  }
}

/** A module-level builtin function (not a heap object). */
export function builtin(name: string, fn: BuiltinImpl): PyBuiltinFunction {
  return new PyBuiltinFunction(name, fn);
}

/**
 * Install methods on a builtin type: each becomes a method descriptor in the type's
 * dict, called with `self` as args[0]. Call at load time, before objects/index.ts
 * freezes the types.
 */
export function defineMethods(type: PyType, table: Record<string, BuiltinImpl>): void {
  for (const name of Object.keys(table)) {
    type.dict.set(name, new PyBuiltinFunction(name, table[name], true, `${type.name}.${name}`));
  }
  type.changed();
}

// ---------------------------------------------------------------- user functions

/**
 * The compiled form of a `def`/`lambda`/comprehension body: created once at compile
 * time and shared by every function object made from the same definition.
 *
 * Frame layout: `locals[0 .. nparams)` are the parameters in order (positional,
 * keyword-only, then *args, then **kwargs), the other named locals follow, then the
 * hidden slots (for-loop iterators, with-managers). `cells[0 .. ncells)` are this
 * function's own cell variables, `cells[ncells ..)` the free variables (its closure).
 */
export class Code {
  static get name(): string {
    return "Code";
  }
  name: string;
  qualname: string;
  filename: string;
  firstLine: number;
  /** Positional parameters (positional-only included). */
  argcount = 0;
  posonlyCount = 0;
  kwonlyCount = 0;
  /** Slot of *args / **kwargs, -1 when absent. */
  varargSlot = -1;
  kwargSlot = -1;
  /** Names of the parameters, in slot order (positional, then keyword-only). */
  paramNames: string[] = [];
  /** Names of every slot (for UnboundLocalError messages); hidden slots are "". */
  localNames: string[] = [];
  nlocals = 0;
  ncells = 0;
  cellNames: string[] = [];
  freeNames: string[] = [];
  /** Parameters that are cell variables: pairs [param slot, cell index]. */
  cellParams: number[] = [];
  /** No *args, **kwargs, keyword-only parameters or cell parameters: the fast call path applies. */
  simple = true;
  /** The body is a `genBody`: calling makes a generator, coroutine or async generator (the flags below). */
  isGenerator = false;
  /** `async def` (a coroutine, or with `yield` an async generator). */
  isCoroutine = false;
  isAsyncGenerator = false;
  /** types.coroutine: its generators may be awaited (CO_ITERABLE_COROUTINE). */
  iterableCoroutine = false;
  /** The body, for plain functions: runs to completion and returns the return value. */
  body: ((f: Frame) => PyValue) | null = null;
  /** The body, for generator functions: a JS generator yielding Python values. */
  genBody: ((f: Frame) => Generator<PyValue, PyValue, PyValue>) | null = null;
  /** Its Python-visible `__code__` object, made on first access (objects/code.ts). */
  view: PyObject | null = null;
  constructor(name: string, qualname: string, filename: string, firstLine: number) {
    this.name = name;
    this.qualname = qualname;
    this.filename = filename;
    this.firstLine = firstLine;
  }
}

export class PyFunction extends PyObject {
  static override get name(): string {
    return "PyFunction";
  }
  code: Code;
  globals: Map<string, PyValue>;
  /** Defaults of the last positional parameters (aligned to the end), or null. */
  defaults: PyValue[] | null;
  kwDefaults: Map<string, PyValue> | null;
  closure: PyCell[] | null;
  name: string;
  qualname: string;
  module: string;
  doc: PyValue | null = null;
  /** `__annotations__` (a dict), created at def time when there are annotations, else on first read. */
  annotations: PyValue | null = null;
  dict: Map<string, PyValue> | null = null;
  constructor(code: Code, globals: Map<string, PyValue>, defaults: PyValue[] | null, kwDefaults: Map<string, PyValue> | null, closure: PyCell[] | null, module: string) {
    super(functionType);
    this.code = code;
    this.globals = globals;
    this.defaults = defaults;
    this.kwDefaults = kwDefaults;
    this.closure = closure;
    this.name = code.name;
    this.qualname = code.qualname;
    this.module = module;
  }
}

/** A function bound to `self` (`obj.method` read without calling it right away). */
export class PyBoundMethod extends PyObject {
  static override get name(): string {
    return "PyBoundMethod";
  }
  self: PyValue;
  func: PyValue;
  constructor(self: PyValue, func: PyValue) {
    super(methodType);
    this.self = self;
    this.func = func;
  }
}
