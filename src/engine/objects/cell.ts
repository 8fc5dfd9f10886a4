// Closure cells: a variable shared between a function and the functions nested in
// it. `value` is undefined while the variable is unbound.

import { PyObject, type PyValue } from "./object.js";
import { cellType } from "./builtin-types.js";
import { sizeFor } from "../heap/heap.js";
import type { Interpreter } from "../vm/interpreter.js";

export class PyCell extends PyObject {
  static override get name(): string {
    return "PyCell";
  }
  value: PyValue | undefined;
  constructor(value: PyValue | undefined) {
    super(cellType);
    this.value = value;
  }
}

const CELL_SIZE = sizeFor(8);

export function newCell(interp: Interpreter, value: PyValue | undefined): PyCell {
  return interp.heap.alloc(new PyCell(value), CELL_SIZE);
}

cellType.traverse = (self, visit) => {
  const v = (self as PyCell).value;
  if (v !== undefined) visit(v);
};
