// Traceback and frame objects as Python sees them: `e.__traceback__` (`tb_frame`,
// `tb_next`, `tb_lineno`, `tb_lasti`), frames (`f_lineno`, `f_code`, `f_locals`,
// `f_globals`, `f_back`), `sys._getframe()`.
//
// Both are views made on demand, never the engine's own `Frame`s: a traceback object is
// (exception, position in its entry list); a frame object refers to the engine frame
// only to read it. What they keep alive follows ../shared/semantics.md: a traceback
// keeps the frames' line numbers, not their locals. So a frame object traverses nothing,
// and `f_locals` shows a frame's variables only while that frame is still running (on
// the interpreter's stack); a finished frame's `f_locals` is an empty dict (CPython would
// still show them: documented in docs/python-support.md).

import { PyPlain, type PyValue } from "./object.js";
import { None, objectType, typeType } from "./builtin-types.js";
import { PyType } from "./type.js";
import type { PyException } from "./exceptions.js";
import type { Frame } from "../vm/frame.js";
import type { Interpreter } from "../vm/interpreter.js";
import { sizeFor } from "../heap/heap.js";
import { dictSet, newDict, type PyDict } from "./dict-core.js";
import { internStr } from "./str.js";
import { codeObjectOf } from "./code.js";
import { namespaceDict } from "./namespace-dict.js";

function builtinType(name: string): PyType {
  const t = new PyType(typeType, name, [objectType], true);
  t.mro = [t, objectType];
  t.instancesHaveDict = false;
  t.subclassable = false;
  return t;
}

export const tracebackType = builtinType("traceback");
export const frameType = builtinType("frame");

// ---------------------------------------------------------------- traceback objects

export class PyTraceback extends PyPlain {
  static override get name(): string {
    return "PyTraceback";
  }
  constructor(
    readonly exc: PyException,
    /** The entry of `exc.traceback` this object stands for (tb_next is the one after). */
    readonly index: number,
  ) {
    super(tracebackType);
  }
}

/** `exc.__traceback__` from entry `index` on, or None when there is no such entry. */
export function tracebackObject(interp: Interpreter, exc: PyException, index = 0): PyValue {
  if (index >= exc.traceback.length) return None;
  return interp.heap.alloc(new PyTraceback(exc, index), sizeFor(16));
}

tracebackType.getattr = (interp, self, name) => {
  const tb = self as PyTraceback;
  const entry = tb.exc.traceback[tb.index];
  switch (name) {
    case "tb_lineno": return entry.line;
    case "tb_lasti": return 0;
    case "tb_next": return tracebackObject(interp, tb.exc, tb.index + 1);
    case "tb_frame": return entry.frame === null ? None : frameObject(interp, entry.frame, entry.line);
  }
  return undefined;
};
tracebackType.traverse = (self, visit) => visit((self as PyTraceback).exc);

// ---------------------------------------------------------------- frame objects

class PyFrameObject extends PyPlain {
  static override get name(): string {
    return "PyFrameObject";
  }
  constructor(
    readonly frame: Frame,
    /** The line to report once the frame has finished (a traceback entry's line). */
    readonly lastLine: number,
  ) {
    super(frameType);
  }
}

export function frameObject(interp: Interpreter, frame: Frame, lastLine = frame.line): PyValue {
  return interp.heap.alloc(new PyFrameObject(frame, lastLine), sizeFor(16));
}

/** Is `frame` running (on the interpreter's stack)? Its values are then alive. */
function isRunning(interp: Interpreter, frame: Frame): boolean {
  for (let f: Frame | null = interp.frame; f !== null; f = f.back) if (f === frame) return true;
  return false;
}

/** The program's frame below `frame`, skipping the bootstrap frame at the bottom. */
function programBack(frame: Frame): Frame | null {
  const b = frame.back;
  return b === null || b.back === null ? null : b;
}

/**
 * A frame's variables as `locals()` shows them (CPython 3.11): a module frame's live
 * namespace, a class body's namespace copied, a function's bound locals and cell/free
 * variables copied.
 */
export function frameLocals(interp: Interpreter, f: Frame): PyDict {
  if (f.ns === f.globals) return namespaceDict(interp, f.globals);
  const d = newDict(interp);
  if (f.ns !== null) {
    for (const [k, v] of f.ns) dictSet(interp, d, internStr(k), v);
    return d;
  }
  const names = f.code.localNames;
  for (let i = 0; i < names.length; i++) {
    const v = f.locals[i];
    if (names[i] !== "" && v !== undefined) dictSet(interp, d, internStr(names[i]), v);
  }
  const cells = f.cells;
  if (cells !== null) {
    const cellNames = [...f.code.cellNames, ...f.code.freeNames];
    for (let i = 0; i < cells.length && i < cellNames.length; i++) {
      const v = cells[i].value;
      if (v !== undefined) dictSet(interp, d, internStr(cellNames[i]), v);
    }
  }
  return d;
}

frameType.getattr = (interp, self, name) => {
  const fo = self as PyFrameObject;
  const f = fo.frame;
  switch (name) {
    case "f_lineno": return isRunning(interp, f) ? f.line : fo.lastLine;
    case "f_code": return codeObjectOf(f.code);
    case "f_locals": return isRunning(interp, f) ? frameLocals(interp, f) : newDict(interp);
    case "f_globals": return namespaceDict(interp, f.globals);
    case "f_builtins": return namespaceDict(interp, interp.builtins);
    case "f_back": {
      const b = programBack(f);
      return b === null ? None : frameObject(interp, b);
    }
    case "f_lasti": return 0;
    case "f_trace": return None;
  }
  return undefined;
};
frameType.repr = (_interp, self) => {
  const f = (self as PyFrameObject).frame;
  return `<frame, file '${f.code.filename}', line ${f.line}, code ${f.code.name}>`;
};

/** sys._getframe(depth): the frame `depth` calls up from the running one. */
export function getFrame(interp: Interpreter, depth: number): Frame | null {
  let f: Frame | null = interp.frame;
  for (let i = 0; i < depth && f !== null; i++) f = programBack(f);
  return f === null || f.back === null ? null : f;
}
