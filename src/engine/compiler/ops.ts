// Operator implementations with the small-int (and float) fast paths inlined. The
// compiled closures call these; V8 inlines them at hot sites.

import { SMALL_INT_LIMIT, type PyValue } from "../objects/object.js";
import { floatType, intType } from "../objects/builtin-types.js";
import { PyFloat, newFloat } from "../objects/float.js";
import { PyInt, intFromNumber } from "../objects/int.js";
import type { Interpreter } from "../vm/interpreter.js";
import { binaryOp, compareBool, containsOp, inplaceOp, isTruthy, richCompare, unaryOp } from "../vm/abstract.js";
import type { BinaryOpName, CompareOpName } from "../objects/type.js";
import type { BinaryOperator, CompareOperator } from "../parser/ast.js";

const LIM = SMALL_INT_LIMIT;

export type BinFn = (interp: Interpreter, a: PyValue, b: PyValue) => PyValue;
export type CmpTestFn = (interp: Interpreter, a: PyValue, b: PyValue) => boolean;

function isFloat(v: PyValue): v is PyFloat {
  return typeof v === "object" && v.cls === floatType;
}

/** An int operand as a safe JS number (small int, or an exact PyInt below 2**53), else NaN. */
function midInt(v: PyValue): number {
  return typeof v === "number" ? v : typeof v === "object" && v.cls === intType ? (v as PyInt).n : NaN;
}

// Mid-size ints (2**30 <= |v| < 2**53, e.g. a running total): JS number arithmetic, no
// bigint. A rounded result is never a safe integer, so a safe result is exact.
function addSlow(interp: Interpreter, a: PyValue, b: PyValue): PyValue {
  const r = midInt(a) + midInt(b);
  return Number.isSafeInteger(r) ? intFromNumber(interp, r) : binaryOp(interp, "add", a, b);
}
function subSlow(interp: Interpreter, a: PyValue, b: PyValue): PyValue {
  const r = midInt(a) - midInt(b);
  return Number.isSafeInteger(r) ? intFromNumber(interp, r) : binaryOp(interp, "sub", a, b);
}
function mulSlow(interp: Interpreter, a: PyValue, b: PyValue): PyValue {
  const r = midInt(a) * midInt(b);
  return Number.isSafeInteger(r) ? intFromNumber(interp, r) : binaryOp(interp, "mul", a, b);
}
function isIntOrFloat(v: PyValue): boolean {
  return typeof v === "number" || (typeof v === "object" && (v.cls === floatType || v.cls === intType));
}

export const addOp: BinFn = (interp, a, b) => {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    return r < LIM && r > -LIM ? r : intFromNumber(interp, r);
  }
  if (isFloat(a) && isFloat(b)) return newFloat(interp, a.v + b.v);
  return addSlow(interp, a, b);
};
export const subOp: BinFn = (interp, a, b) => {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    return r < LIM && r > -LIM ? r : intFromNumber(interp, r);
  }
  if (isFloat(a) && isFloat(b)) return newFloat(interp, a.v - b.v);
  return subSlow(interp, a, b);
};
export const mulOp: BinFn = (interp, a, b) => {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r < LIM && r > -LIM) return r + 0;
  } else if (isFloat(a) && isFloat(b)) return newFloat(interp, a.v * b.v);
  return mulSlow(interp, a, b);
};
export const truedivOp: BinFn = (interp, a, b) => {
  if (isFloat(a)) {
    if (isFloat(b) && b.v !== 0) return newFloat(interp, a.v / b.v);
    if (typeof b === "number" && b !== 0) return newFloat(interp, a.v / b);
  } else if (typeof a === "number" && typeof b === "number" && b !== 0) return newFloat(interp, a / b);
  return binaryOp(interp, "truediv", a, b);
};
export const floordivOp: BinFn = (interp, a, b) => {
  if (typeof a === "number" && typeof b === "number" && b !== 0) return Math.floor(a / b) + 0;
  return binaryOp(interp, "floordiv", a, b);
};
export const modOp: BinFn = (interp, a, b) => {
  if (typeof a === "number" && typeof b === "number" && b !== 0) {
    const r = a % b;
    return r !== 0 && (r < 0) !== (b < 0) ? r + b : r + 0;
  }
  return binaryOp(interp, "mod", a, b);
};
export const powOp: BinFn = (interp, a, b) => binaryOp(interp, "pow", a, b);
export const matmulOp: BinFn = (interp, a, b) => binaryOp(interp, "matmul", a, b);
export const lshiftOp: BinFn = (interp, a, b) => {
  if (typeof a === "number" && typeof b === "number" && b >= 0 && b < 31) {
    const r = a * 2 ** b;
    if (r < LIM && r > -LIM) return r;
  }
  return binaryOp(interp, "lshift", a, b);
};
export const rshiftOp: BinFn = (interp, a, b) => {
  if (typeof a === "number" && typeof b === "number" && b >= 0) return b > 31 ? (a < 0 ? -1 : 0) : a >> b;
  return binaryOp(interp, "rshift", a, b);
};
export const andOp: BinFn = (interp, a, b) => (typeof a === "number" && typeof b === "number" ? a & b : binaryOp(interp, "and", a, b));
export const orOp: BinFn = (interp, a, b) => (typeof a === "number" && typeof b === "number" ? a | b : binaryOp(interp, "or", a, b));
export const xorOp: BinFn = (interp, a, b) => (typeof a === "number" && typeof b === "number" ? a ^ b : binaryOp(interp, "xor", a, b));

export const BIN_NAMES: Record<BinaryOperator, BinaryOpName> = {
  "+": "add", "-": "sub", "*": "mul", "/": "truediv", "//": "floordiv", "%": "mod", "**": "pow", "@": "matmul",
  "<<": "lshift", ">>": "rshift", "&": "and", "|": "or", "^": "xor",
};

export const BIN_FNS: Record<BinaryOperator, BinFn> = {
  "+": addOp, "-": subOp, "*": mulOp, "/": truedivOp, "//": floordivOp, "%": modOp, "**": powOp, "@": matmulOp,
  "<<": lshiftOp, ">>": rshiftOp, "&": andOp, "|": orOp, "^": xorOp,
};

// In-place kernels (compiler/arith.ts): ints and floats are immutable, so `+=` on them is `+`.
export function iaddOp(interp: Interpreter, a: PyValue, b: PyValue): PyValue {
  return isIntOrFloat(a) ? addOp(interp, a, b) : inplaceOp(interp, "add", a, b);
}
export function isubOp(interp: Interpreter, a: PyValue, b: PyValue): PyValue {
  return isIntOrFloat(a) ? subOp(interp, a, b) : inplaceOp(interp, "sub", a, b);
}
export function imulOp(interp: Interpreter, a: PyValue, b: PyValue): PyValue {
  return isIntOrFloat(a) ? mulOp(interp, a, b) : inplaceOp(interp, "mul", a, b);
}

/** In-place operators: `+=` on ints/floats is the binary fast path; objects may mutate in place. */
export function inplaceFn(op: BinaryOperator): BinFn {
  const fast = BIN_FNS[op];
  const name = BIN_NAMES[op];
  return (interp, a, b) => {
    if (typeof a === "number" || isFloat(a)) return fast(interp, a, b);
    return inplaceOp(interp, name, a, b);
  };
}

// ---------------------------------------------------------------- comparisons

const CMP_NAMES: Partial<Record<CompareOperator, CompareOpName>> = { "<": "lt", "<=": "le", "==": "eq", "!=": "ne", ">": "gt", ">=": "ge" };

/** A comparison returning its Python value (user __lt__ may return anything). */
export function compareValueFn(op: CompareOperator): BinFn {
  switch (op) {
    case "is": return (_i, a, b) => a === b;
    case "is not": return (_i, a, b) => a !== b;
    case "in": return (interp, a, b) => containsOp(interp, b, a);
    case "not in": return (interp, a, b) => !containsOp(interp, b, a);
    case "<": return (interp, a, b) => (typeof a === "number" && typeof b === "number" ? a < b : isFloat(a) && isFloat(b) ? a.v < b.v : richCompare(interp, "lt", a, b));
    case "<=": return (interp, a, b) => (typeof a === "number" && typeof b === "number" ? a <= b : isFloat(a) && isFloat(b) ? a.v <= b.v : richCompare(interp, "le", a, b));
    case ">": return (interp, a, b) => (typeof a === "number" && typeof b === "number" ? a > b : isFloat(a) && isFloat(b) ? a.v > b.v : richCompare(interp, "gt", a, b));
    case ">=": return (interp, a, b) => (typeof a === "number" && typeof b === "number" ? a >= b : isFloat(a) && isFloat(b) ? a.v >= b.v : richCompare(interp, "ge", a, b));
    case "==": return (interp, a, b) => (typeof a === "number" && typeof b === "number" ? a === b : richCompare(interp, "eq", a, b));
    case "!=": return (interp, a, b) => (typeof a === "number" && typeof b === "number" ? a !== b : richCompare(interp, "ne", a, b));
  }
}

// Comparison kernels for boolean contexts (compiler/arith.ts calls them directly).
export function ltTest(interp: Interpreter, a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (isFloat(a) && isFloat(b)) return a.v < b.v;
  return compareBool(interp, "lt", a, b);
}
export function leTest(interp: Interpreter, a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a <= b;
  if (isFloat(a) && isFloat(b)) return a.v <= b.v;
  return compareBool(interp, "le", a, b);
}
export function gtTest(interp: Interpreter, a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a > b;
  if (isFloat(a) && isFloat(b)) return a.v > b.v;
  return compareBool(interp, "gt", a, b);
}
export function geTest(interp: Interpreter, a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a >= b;
  if (isFloat(a) && isFloat(b)) return a.v >= b.v;
  return compareBool(interp, "ge", a, b);
}
export function eqTest(interp: Interpreter, a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b;
  return compareBool(interp, "eq", a, b);
}
export function neTest(interp: Interpreter, a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a !== b;
  return compareBool(interp, "ne", a, b);
}

/** A comparison in a boolean context. */
export function compareTestFn(op: CompareOperator): CmpTestFn {
  switch (op) {
    case "is": return (_i, a, b) => a === b;
    case "is not": return (_i, a, b) => a !== b;
    case "in": return (interp, a, b) => containsOp(interp, b, a);
    case "not in": return (interp, a, b) => !containsOp(interp, b, a);
    case "<": return (interp, a, b) => (typeof a === "number" && typeof b === "number" ? a < b : compareBool(interp, "lt", a, b));
    case "<=": return (interp, a, b) => (typeof a === "number" && typeof b === "number" ? a <= b : compareBool(interp, "le", a, b));
    case ">": return (interp, a, b) => (typeof a === "number" && typeof b === "number" ? a > b : compareBool(interp, "gt", a, b));
    case ">=": return (interp, a, b) => (typeof a === "number" && typeof b === "number" ? a >= b : compareBool(interp, "ge", a, b));
    case "==": return (interp, a, b) => (typeof a === "number" && typeof b === "number" ? a === b : compareBool(interp, "eq", a, b));
    case "!=": return (interp, a, b) => (typeof a === "number" && typeof b === "number" ? a !== b : compareBool(interp, "ne", a, b));
  }
  void CMP_NAMES;
}

export function negOp(interp: Interpreter, v: PyValue): PyValue {
  if (typeof v === "number") return v === 0 ? 0 : -v;
  if (isFloat(v)) return newFloat(interp, -v.v);
  return unaryOp(interp, "neg", v);
}

export function notOp(interp: Interpreter, v: PyValue): boolean {
  return !isTruthy(interp, v);
}
