// float: a heap PyFloat holding a JS number. This file holds the data class and the
// arithmetic with CPython's semantics as plain functions; float-slots.ts installs the
// slots and methods.

import { PyObject, type PyValue } from "./object.js";
import { floatType } from "./builtin-types.js";
import type { PyType } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { HASH_MODULUS, intFromNumber } from "./int.js";
import { newException, raiseOverflow, raiseValueError, raiseZeroDivision } from "../vm/errors.js";
import { OverflowError } from "./exceptions.js";
import { internStr } from "./str.js";
import { pow } from "./libm/pow.js";

export class PyFloat extends PyObject {
  static override get name(): string {
    return "PyFloat";
  }
  v: number;
  /** Attributes of instances of float subclasses (null for plain floats). */
  dict: Map<string, PyValue> | null = null;
  constructor(cls: PyType, v: number) {
    super(cls);
    this.v = v;
  }
}

/** float payload: 8 bytes -> 32 bytes with the header (see heap.ts). */
export const FLOAT_SIZE = 32;

export function newFloat(interp: Interpreter, v: number): PyFloat {
  return interp.heap.alloc(new PyFloat(floatType, v), FLOAT_SIZE);
}

// ---------------------------------------------------------------- arithmetic

export function floatTrueDiv(interp: Interpreter, a: number, b: number): number {
  if (b === 0) raiseZeroDivision(interp, "float division by zero");
  return a / b;
}

/** CPython's float_divmod: [floor quotient, modulo with the divisor's sign]. */
export function floatDivmod(a: number, b: number): [number, number] {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod) {
    if ((b < 0) !== (mod < 0)) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatFloorDiv(interp: Interpreter, a: number, b: number): number {
  if (b === 0) raiseZeroDivision(interp, "float floor division by zero");
  return floatDivmod(a, b)[0];
}

export function floatMod(interp: Interpreter, a: number, b: number): number {
  if (b === 0) raiseZeroDivision(interp, "float modulo");
  let mod = a % b;
  if (mod) {
    if ((b < 0) !== (mod < 0)) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

/** float ** float (CPython's float_pow). */
export function floatPow(interp: Interpreter, a: number, b: number): number {
  if (b === 0) return 1.0;
  if (a !== a) return a;
  if (b !== b) return a === 1.0 ? 1.0 : b;
  if (a === 0 && b < 0 && Number.isFinite(b)) raiseZeroDivision(interp, "0.0 cannot be raised to a negative power");
  if (a < 0 && Number.isFinite(a) && Number.isFinite(b) && !Number.isInteger(b)) {
    // float ** float gives a complex here (float-slots.ts); math.pow and friends raise.
    raiseValueError(interp, "negative number cannot be raised to a fractional power");
  }
  if (a === 1) return 1.0;
  if (a === -1 && !Number.isFinite(b)) return 1.0;
  const r = pow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) {
    throw newException(interp, OverflowError, [34, internStr("Numerical result out of range")]);
  }
  return r;
}

// ---------------------------------------------------------------- rounding

/** Round half to even to an integral float (Python's round(x) before conversion to int). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  if (Math.abs(x % 1) === 0.5) return 2 * Math.round(x / 2);
  return r;
}

/** round(x) for a float: an int, with CPython's errors for inf/nan. */
export function floatRoundToInt(interp: Interpreter, x: number): PyValue {
  if (x !== x) raiseValueError(interp, "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) raiseOverflow(interp, "cannot convert float infinity to integer");
  return intFromNumber(interp, roundHalfEven(x));
}

/** float -> int truncation (int(x)), with CPython's errors for inf/nan. */
export function floatToInt(interp: Interpreter, x: number): PyValue {
  if (x !== x) raiseValueError(interp, "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) raiseOverflow(interp, "cannot convert float infinity to integer");
  return intFromNumber(interp, Math.trunc(x));
}

// ---------------------------------------------------------------- hashing

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Decompose a finite nonzero |x| as mantissa * 2**exponent with an integer mantissa. */
export function decomposeDouble(x: number): { mantissa: bigint; exponent: number } {
  F64[0] = x;
  const hi = U32[LITTLE_ENDIAN ? 1 : 0];
  const lo = U32[LITTLE_ENDIAN ? 0 : 1];
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exponent: number;
  if (biased === 0) exponent = -1074;
  else {
    mant |= 1n << 52n;
    exponent = biased - 1075;
  }
  return { mantissa: mant, exponent };
}

/** CPython's hash of a float, exact, as a bigint (nan hashes by identity: caller's job). */
export function floatHashBig(x: number): bigint {
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  if (x === 0) return 0n;
  const neg = x < 0;
  const { mantissa, exponent } = decomposeDouble(Math.abs(x));
  const e = ((exponent % 61) + 61) % 61;
  let h = (mantissa % HASH_MODULUS) * (1n << BigInt(e)) % HASH_MODULUS;
  if (neg) h = -h;
  return h === -1n ? -2n : h;
}

/** Hash of a non-nan float as a JS number; equal to the int hash for integral values. */
export function floatHash(x: number): number {
  if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) {
    if (Math.abs(x) < Number(HASH_MODULUS)) return x === -1 ? -2 : x + 0;
  }
  return Number(floatHashBig(x));
}

// ---------------------------------------------------------------- parsing

/** Parse float(s) text; null when invalid. */
export function parseFloatText(text: string): number | null {
  const s = text.trim().toLowerCase();
  if (s.length === 0) return null;
  switch (s) {
    case "inf": case "+inf": case "infinity": case "+infinity": return Infinity;
    case "-inf": case "-infinity": return -Infinity;
    case "nan": case "+nan": case "-nan": return NaN;
  }
  if (!isFloatLiteral(s)) return null;
  return Number(s.includes("_") ? s.replace(/_/g, "") : s);
}

/**
 * [+-] digits [. digits] [e [+-] digits], with at least one digit before the exponent and
 * single underscores only between digits. A linear scan: the equivalent regular
 * expression overflowed V8's backtracking stack on a text of millions of digits.
 */
function isFloatLiteral(s: string): boolean {
  const n = s.length;
  let i = 0;
  const isDigit = (c: number): boolean => c >= 48 && c <= 57;
  const digits = (): number => {
    let count = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (isDigit(c)) {
        count++;
        i++;
      } else if (c === 95 && count > 0 && i + 1 < n && isDigit(s.charCodeAt(i + 1))) i++;
      else break;
    }
    return count;
  };
  if (s[i] === "+" || s[i] === "-") i++;
  const intDigits = digits();
  let fracDigits = 0;
  if (s[i] === ".") {
    i++;
    fracDigits = digits();
  }
  if (intDigits === 0 && fracDigits === 0) return false;
  if (s[i] === "e") {
    i++;
    if (s[i] === "+" || s[i] === "-") i++;
    if (digits() === 0) return false;
  }
  return i === n;
}
