// The Interpreter: ALL state of one run lives in one object of this class (MicroPython's
// mp_state_ctx). Nothing in the engine keeps per-run state anywhere else, so two runs
// can never see each other, and this object's fields are exactly the collector's root
// set (see heap/roots.ts).
//
// Sections below are owned by different parts of the engine; each part keeps its
// logic in its own files and only its state here.

import type { PyValue } from "../objects/object.js";
import { Heap } from "../heap/heap.js";
import { DEFAULT_HEAP_BYTES, DEFAULT_RECURSION_LIMIT, type RunOptions } from "../api.js";

export class Interpreter {
  // ---------------------------------------------------------------- configuration
  readonly filename: string;
  readonly recursionLimit: number;
  readonly options: RunOptions;

  // ---------------------------------------------------------------- memory (heap/, modules/gc, modules/weakref, trace/)
  readonly heap: Heap;

  // ---------------------------------------------------------------- execution (compiler/, vm/)
  /** Statements and loop iterations executed (the step budget and the trace's clock). */
  steps = 0;

  // ---------------------------------------------------------------- library (objects/, modules/)

  constructor(options: RunOptions = {}) {
    this.options = options;
    this.filename = options.filename ?? "main.py";
    this.recursionLimit = options.recursionLimit ?? DEFAULT_RECURSION_LIMIT;
    this.heap = new Heap(options.heapBytes ?? DEFAULT_HEAP_BYTES);
  }
}

export type { PyValue };
