// Frames: the activation record of one running piece of Python code (module body,
// function call, class body, comprehension, generator).
//
// The frame stack is a linked list through `back`, from `interp.frame` (the running
// frame) to the bootstrap frame at the bottom. ROOTS for the collector — everything a
// frame holds that the program may still use:
//   locals    the fast locals (parameters, named locals, hidden slots holding for-loop
//             iterators and with-statement managers); `undefined` = unbound
//   cells     this frame's cell variables and its closure's free-variable cells
//   temps     values in flight inside the statement being executed (every heap
//             allocation is pushed here; compiled code pushes values it holds across
//             code that may allocate); cleared at each statement start
//   handled   the exception being handled by an `except` block of this frame
//   retval    a return value on its way out (kept while `finally` blocks run)
//   ns        the namespace of a class body / the module globals (module frames)
//   globals   the module globals this code reads (a module's dict: also a root via
//             sys.modules, but listed so a frame is self-describing)
//   func      the function object being run (keeps defaults/closure alive)
// Suspended generators are not on the stack: their frame is reached through the
// generator object (objects/generator.ts traverses it).

import type { PyValue } from "../objects/object.js";
import type { PyException } from "../objects/exceptions.js";
import type { PyCell } from "../objects/cell.js";
import type { Code, PyFunction } from "../objects/function.js";

export class Frame {
  code: Code;
  locals: (PyValue | undefined)[];
  cells: PyCell[] | null;
  temps: PyValue[];
  line: number;
  /** The call this frame made last (vm/caret.ts callSite: its end position), for the traceback's markers. */
  site = 0;
  handled: PyException | null = null;
  retval: PyValue | undefined = undefined;
  /** Class body namespace, or the module globals for a module frame; null in functions. */
  ns: Map<string, PyValue> | null;
  globals: Map<string, PyValue>;
  func: PyFunction | null;
  back: Frame | null = null;
  constructor(code: Code, globals: Map<string, PyValue>, locals: (PyValue | undefined)[], cells: PyCell[] | null, ns: Map<string, PyValue> | null, func: PyFunction | null, temps: PyValue[] = []) {
    this.code = code;
    this.temps = temps;
    this.globals = globals;
    this.locals = locals;
    this.cells = cells;
    this.ns = ns;
    this.func = func;
    this.line = code.firstLine;
  }
}

/** Every PyValue a frame holds (for the collector's mark phase). */
export function traverseFrame(f: Frame, visit: (v: PyValue) => void): void {
  const locals = f.locals;
  for (let i = 0; i < locals.length; i++) {
    const v = locals[i];
    if (v !== undefined) visit(v);
  }
  if (f.cells !== null) for (const c of f.cells) visit(c);
  for (const v of f.temps) visit(v);
  if (f.handled !== null) visit(f.handled);
  if (f.retval !== undefined) visit(f.retval);
  if (f.ns !== null) for (const v of f.ns.values()) visit(v);
  for (const v of f.globals.values()) visit(v);
  if (f.func !== null) visit(f.func);
}

/**
 * Drop `temps` back to `mark` entries. Popping keeps the array's backing store; setting
 * `length` is a runtime call in V8 that also frees the store (measured ~20x slower for
 * the usual one to three entries cleared at every statement start).
 */
export function trimTemps(temps: PyValue[], mark: number): void {
  let n = temps.length - mark;
  if (n > 64) {
    temps.length = mark;
    return;
  }
  while (n-- > 0) temps.pop();
}
