// `fn.__code__`: a read-only view of a compiled function's Code (CPython's code object,
// the attributes introspection exercises and decorators read), and `cell_contents` on
// closure cells. A code object is part of the compiled program, like a literal: it is
// not a heap object, and it is made once per Code on first access.

import type { PyValue } from "./object.js";
import { PyObject } from "./object.js";
import { cellType, codeType } from "./builtin-types.js";
import { Code } from "./function.js";
import { PyCell } from "./cell.js";
import { internStr } from "./str.js";
import { newTuple } from "./tuple.js";
import { defineGetSet } from "./property.js";
import type { Interpreter } from "../vm/interpreter.js";
import { raiseValueError } from "../vm/errors.js";

// CPython's co_flags bits that programs test.
const CO_VARARGS = 0x04;
const CO_VARKEYWORDS = 0x08;
const CO_NESTED = 0x10;
const CO_GENERATOR = 0x20;
const CO_COROUTINE = 0x80;
const CO_ITERABLE_COROUTINE = 0x100;
const CO_ASYNC_GENERATOR = 0x200;

export class PyCodeObject extends PyObject {
  static override get name(): string {
    return "PyCodeObject";
  }
  code: Code;
  constructor(code: Code) {
    super(codeType);
    this.code = code;
  }
}

/**
 * The code object of `code` (the same one every time, so `f.__code__ is f.__code__`).
 * Kept on the Code itself, which belongs to one run: no state outside the interpreter.
 */
export function codeObjectOf(code: Code): PyObject {
  if (code.view === null) code.view = new PyCodeObject(code);
  return code.view;
}

const strs = (interp: Interpreter, names: string[]): PyValue => newTuple(interp, names.map((n) => internStr(n)));
const codeOf = (self: PyValue): Code => (self as PyCodeObject).code;

/** Parameters first, then the other named locals (hidden slots have no name). */
function varnames(code: Code): string[] {
  const out = code.paramNames.slice();
  for (const n of code.localNames) if (n !== "" && !out.includes(n)) out.push(n);
  return out;
}

defineGetSet(codeType, "co_name", (_i, self) => internStr(codeOf(self).name));
defineGetSet(codeType, "co_qualname", (_i, self) => internStr(codeOf(self).qualname));
defineGetSet(codeType, "co_filename", (_i, self) => internStr(codeOf(self).filename));
defineGetSet(codeType, "co_firstlineno", (_i, self) => codeOf(self).firstLine);
defineGetSet(codeType, "co_argcount", (_i, self) => codeOf(self).argcount);
defineGetSet(codeType, "co_posonlyargcount", (_i, self) => codeOf(self).posonlyCount);
defineGetSet(codeType, "co_kwonlyargcount", (_i, self) => codeOf(self).kwonlyCount);
defineGetSet(codeType, "co_varnames", (interp, self) => strs(interp, varnames(codeOf(self))));
defineGetSet(codeType, "co_nlocals", (_i, self) => varnames(codeOf(self)).length);
defineGetSet(codeType, "co_cellvars", (interp, self) => strs(interp, codeOf(self).cellNames));
defineGetSet(codeType, "co_freevars", (interp, self) => strs(interp, codeOf(self).freeNames));
defineGetSet(codeType, "co_flags", (_i, self) => {
  const c = codeOf(self);
  return (c.varargSlot >= 0 ? CO_VARARGS : 0) | (c.kwargSlot >= 0 ? CO_VARKEYWORDS : 0) |
    (c.freeNames.length > 0 ? CO_NESTED : 0) |
    (c.isAsyncGenerator ? CO_ASYNC_GENERATOR : c.isCoroutine ? CO_COROUTINE : c.isGenerator ? CO_GENERATOR : 0) |
    (c.iterableCoroutine ? CO_ITERABLE_COROUTINE : 0);
});
codeType.repr = (_interp, self) => {
  const c = codeOf(self);
  return `<code object ${c.name}, file "${c.filename}", line ${c.firstLine}>`;
};

defineGetSet(cellType, "cell_contents", (interp, self) => {
  const v = (self as PyCell).value;
  return v === undefined ? raiseValueError(interp, "Cell is empty") : v;
});
