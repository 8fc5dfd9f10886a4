// The Interpreter: ALL state of one run lives in one object of this class (MicroPython's
// mp_state_ctx). Nothing in the engine keeps per-run state anywhere else, so two runs
// can never see each other, and this object's fields are exactly the collector's root
// set (see heap/roots.ts).
//
// Sections below are owned by different parts of the engine; each part keeps its
// logic in its own files and only its state here.

import type { Module } from "../parser/ast.js";
import type { PyValue } from "../objects/object.js";
import { Heap } from "../heap/heap.js";
import { DEFAULT_HEAP_BYTES, DEFAULT_MAX_EVENTS, DEFAULT_RECURSION_LIMIT, type RunOptions } from "../api.js";
import { Collector } from "../heap/collector.js";
import { TraceRecorder } from "../trace/recorder.js";
import { Limits, validateOptions } from "./limits.js";
import { Output } from "./output.js";
import { Frame } from "./frame.js";
import { PyModule } from "../objects/module.js";
import { ModuleRegistry } from "../modules/sys-modules.js";
import type { PyType } from "../objects/type.js";
import type { RunFileSystem } from "../fs/filesystem.js";
import { BOOTSTRAP_CODE, setupExecution, sequenceIterator } from "./bootstrap.js";

export class Interpreter {
  // ---------------------------------------------------------------- configuration
  readonly filename: string;
  /** The depth limit enforced: sys.setrecursionlimit's value, capped at MAX_RECURSION_LIMIT (modules/sys.ts). */
  recursionLimit: number;
  /** sys.getrecursionlimit(): the value last set (may exceed the enforced cap). */
  requestedRecursionLimit: number;
  readonly options: RunOptions;

  // ---------------------------------------------------------------- memory (heap/, modules/gc, modules/weakref, trace/)
  readonly heap: Heap;
  /** The collector, the weak-reference registry and the callbacks it owes (heap/collector.ts). */
  readonly collector: Collector;
  readonly trace: TraceRecorder;
  /** Step budget and deadline (vm/limits.ts). */
  readonly limits: Limits;
  /** The VM calls checkLimits(interp) when `steps` reaches this (Infinity: no limit to check). */
  stepCheckAt: number;
  /** stdout/stderr buffers with the output cap (vm/output.ts); print() writes here. */
  readonly output: Output;

  // ---------------------------------------------------------------- execution (compiler/, vm/)
  /** Statements and loop iterations executed (the step budget and the trace's clock). */
  steps = 0;
  /**
   * The running frame: the top of the frame stack, linked through `frame.back` down to
   * the bootstrap frame (never null). ROOTS: every frame on this chain (vm/frame.ts
   * lists what each holds); suspended generators are reached via their objects.
   */
  frame: Frame = new Frame(BOOTSTRAP_CODE, new Map(), [], null, null, null);
  /**
   * Empty temps arrays of finished frames, reused by new function frames (vm/call.ts):
   * a frame that allocates would otherwise allocate a fresh backing store for its temps.
   */
  tempsPool: PyValue[][] = [];
  /** exec()/eval(): the Map mirroring each dict used as a namespace (vm/exec.ts). */
  execNamespaces: WeakMap<object, Map<string, PyValue>> = new WeakMap();
  /** Python frames on the stack (checked against recursionLimit). */
  depth = 0;
  /** ROOT: the builtins module's dict (name lookups fall back to it). */
  builtins: Map<string, PyValue> = new Map();
  /** ROOT: sys.modules (name -> module), including builtins and __main__. */
  modules: ModuleRegistry = new ModuleRegistry();
  /** ROOT: the `__main__` module (its dict is the program's globals). */
  mainModule: PyModule = new PyModule("__main__");
  /** ids for objects that are not heap objects (builtin types/functions), assigned on first id(). */
  nonHeapIds: Map<object, number> = new Map();
  /**
   * Classes created by this run, in creation order (for attribute-cache invalidation
   * and __subclasses__). NOT a root: a class nothing else reaches is still freed.
   */
  userClasses: PyType[] = [];

  // ---------------------------------------------------------------- library (objects/, modules/)
  /** Containers whose repr is being computed (the `[...]` recursion guard). */
  reprActive: object[] = [];
  /** Unread input (stdin) for input(); null until first read. */
  stdinLines: string[] | null = null;
  /** sys.set_int_max_str_digits(): most decimal digits converted to or from an int (0: no limit). */
  intMaxStrDigits = 4300;
  /**
   * Whether this host lets the engine make functions from generated source (compiler/codegen/):
   * undefined until first asked. A page whose Content-Security-Policy forbids 'unsafe-eval'
   * (the playground's Web Worker) does not; the closure compiler then does all the work.
   */
  codegenAllowed: boolean | undefined = undefined;
  /** Source text by filename (the main program), for the source lines in tracebacks (vm/traceback.ts). */
  sources: Map<string, string> = new Map();
  /** Those sources parsed again (null: unparsable), for the traceback's markers (vm/caret.ts); filled when a traceback is formatted. */
  tracebackAsts: Map<string, Module | null> = new Map();
  /** ROOT (its files' bytearrays): the run's own file system (fs/), created on first use. */
  fs: RunFileSystem | null = null;

  /** Throws TypeError/RangeError for invalid numeric options (vm/limits.ts validateOptions). */
  constructor(options: RunOptions = {}) {
    validateOptions(options);
    this.options = options;
    this.filename = options.filename ?? "main.py";
    this.recursionLimit = options.recursionLimit ?? DEFAULT_RECURSION_LIMIT;
    this.requestedRecursionLimit = this.recursionLimit;
    this.heap = new Heap(options.heapBytes ?? DEFAULT_HEAP_BYTES);
    this.limits = new Limits(options);
    this.stepCheckAt = this.limits.nextCheck(0);
    this.output = new Output(options.maxOutputBytes, options.onOutput, () => this.frame.line);
    this.trace = new TraceRecorder(this, options.maxEvents ?? DEFAULT_MAX_EVENTS, options.onEvent);
    this.collector = new Collector(this);
    this.heap.attach(this.collector, this);
    // Last: builtins, sys.modules and __main__ (may allocate, so everything above is ready).
    setupExecution(this);
  }

  /** The source line being executed (0 before the program starts): for the trace. */
  currentLine(): number {
    return this.frame.line;
  }

  /** User classes of this run having `t` as a direct base. */
  userClassesDerivedFrom(t: PyType): PyType[] {
    return this.userClasses.filter((u) => u.bases.indexOf(t) >= 0);
  }

  /** An iterator over an object that only supports __getitem__ (the old sequence protocol). */
  sequenceIterator(obj: PyValue): PyValue {
    return sequenceIterator(this, obj);
  }
}

export type { PyValue };
