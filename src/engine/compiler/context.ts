// The compiler's shared state and types: closures signatures, the code unit being
// compiled, and name resolution against the scope analysis.

import type { PyValue } from "../objects/object.js";
import type { Code } from "../objects/function.js";
import type { Frame } from "../vm/frame.js";
import type { Interpreter } from "../vm/interpreter.js";
import type { Scope, ScopeMap } from "./scope.js";

/** An expression: evaluates to a Python value. */
export type ExprFn = (f: Frame) => PyValue;
/** An expression in a boolean context (if/while tests): evaluates to its truth. */
export type TestFn = (f: Frame) => boolean;
/** A statement: returns a completion code. */
export type StmtFn = (f: Frame) => number;
/** An assignment target: stores a value. */
export type StoreFn = (f: Frame, v: PyValue) => void;
/** Generator-mode statement / expression (compiled only where a `yield` occurs). */
export type GenStmtFn = (f: Frame) => Generator<PyValue, number, PyValue>;
export type GenExprFn = (f: Frame) => Generator<PyValue, PyValue, PyValue>;

/** Completion codes of statements. */
export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;

/** One code object being compiled (module body, function, class body, comprehension). */
export interface Unit {
  scope: Scope;
  code: Code;
  /** Next free hidden slot (after the named locals). */
  nextHidden: number;
}

export interface Compiler {
  interp: Interpreter;
  filename: string;
  scopes: ScopeMap;
  unit: Unit;
  /** `from __future__ import annotations`: annotations are kept as strings (compiler/annotations.ts). */
  stringAnnotations?: boolean;
  /**
   * Compile plain function bodies on their first call, not at `def` (the embedded standard
   * library: most of a module's functions never run in a given program). Only for source
   * known to compile: a compile error would surface at the first call instead of at import.
   */
  lazyBodies?: boolean;
}

/** Allocate a hidden frame slot (for-loop iterator, with-manager) in the current unit. */
export function hiddenSlot(c: Compiler): number {
  const slot = c.unit.nextHidden++;
  c.unit.code.localNames[slot] = "";
  return slot;
}

export type NameRef =
  | { kind: "local"; slot: number }
  | { kind: "cell"; index: number; own: boolean }
  | { kind: "global" }
  | { kind: "classns" };

export function resolveName(c: Compiler, name: string): NameRef {
  const sc = c.unit.scope;
  if (sc.kind === "module") return { kind: "global" };
  if (sc.globals.has(name)) return { kind: "global" };
  if (sc.kind === "class") {
    const ci = sc.cellIndex(name);
    if ((!sc.assigned.has(name) || sc.nonlocals.has(name)) && ci >= 0) return { kind: "cell", index: ci, own: ci < sc.cellVars.length };
    return { kind: "classns" };
  }
  const ci = sc.cellIndex(name);
  if (ci >= 0) return { kind: "cell", index: ci, own: ci < sc.cellVars.length };
  const slot = sc.slots.get(name);
  if (slot !== undefined) return { kind: "local", slot };
  return { kind: "global" };
}
