// int: small ints are JS numbers (|n| < 2**30, see object.ts); everything else is a
// PyInt holding a bigint. Every result goes through `intFromNumber`/`intFromBigInt`, so
// a value in the small range is never a PyInt (except instances of int subclasses,
// which must carry their class and so are always PyInt).
//
// This file holds the arithmetic as plain functions (the VM's inline fast paths call
// them when both operands are small ints and the result may leave the small range);
// int-slots.ts installs them as the type's slots and methods.

import { PyObject, SMALL_INT_LIMIT, type PyValue } from "./object.js";
import { intType } from "./builtin-types.js";
import type { PyType } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { sizeFor } from "../heap/heap.js";
import { raiseOverflow, raiseValueError, raiseZeroDivision } from "../vm/errors.js";
import { reserveIntBits, reserveStr } from "./reserve.js";
import { bigWork, divCostMs, fromDecimalCostMs, mulCostMs, toDecimalCostMs } from "./int-cost.js";
import { checkDeadline } from "../vm/limits.js";
import { bigPow } from "./int-big.js";

export class PyInt extends PyObject {
  static override get name(): string {
    return "PyInt";
  }
  /** The value as a bigint; null until first needed when the int was made from a safe JS number. */
  private big: bigint | null;
  /** The value as a JS number when it is a safe integer (|v| < 2**53), else NaN: the fast path of mid-size ints. */
  n: number;
  /** Attributes of instances of int subclasses (null for plain ints). */
  dict: Map<string, PyValue> | null = null;
  constructor(cls: PyType, v: bigint | null, n: number = v !== null && v <= 9007199254740991n && v >= -9007199254740991n ? Number(v) : NaN) {
    super(cls);
    this.big = v;
    this.n = n;
  }
  get v(): bigint {
    let b = this.big;
    if (b === null) {
      b = BigInt(this.n);
      this.big = b;
    }
    return b;
  }
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const BIG_SMALL_LIMIT = BigInt(SMALL_INT_LIMIT);
/** Mersenne prime modulus of CPython's numeric hash (sys.hash_info.modulus). */
export const HASH_MODULUS = (1n << 61n) - 1n;
/** Ints bigger than this many bits are refused before being computed (the heap could never hold them anyway). */
const MAX_INT_BITS = 1 << 30;

export function isInt(v: PyValue): v is number | boolean | PyInt {
  return typeof v === "number" || typeof v === "boolean" || v instanceof PyInt;
}

/** Number of bits of |b| (0 for 0). */
export function bitLength(b: bigint): number {
  if (b < 0n) b = -b;
  if (b === 0n) return 0;
  if (b <= BigInt(MAX_SAFE)) return numBitLength(Number(b));
  const hex = b.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

export function numBitLength(n: number): number {
  n = Math.abs(n);
  if (n === 0) return 0;
  const high = Math.floor(n / 2 ** 32);
  if (high === 0) return 32 - Math.clz32(n >>> 0);
  if (high < 2 ** 32) return 64 - Math.clz32(high);
  return 32 + numBitLength(high);
}

/** Heap size of a PyInt holding b (int payload: 4 bytes per 32-bit digit). */
export function intSize(b: bigint): number {
  if (b < 0n) b = -b;
  if (b < 0x100000000n) return sizeFor(4);
  if (b < 0x10000000000000000n) return sizeFor(8);
  if (b < 0x1000000000000000000000000n) return sizeFor(12);
  return sizeFor(4 * Math.ceil(bitLength(b) / 32));
}

/** Heap size of a PyInt holding the safe integer n (|n| >= 2**30). */
function intSizeOfNumber(n: number): number {
  return n < 4294967296 && n > -4294967296 ? 32 : sizeFor(8);
}

/** Normalize a bigint: small range -> JS number, else a heap PyInt. */
export function intFromBigInt(interp: Interpreter, b: bigint): PyValue {
  if (b < BIG_SMALL_LIMIT && b > -BIG_SMALL_LIMIT) return Number(b);
  const obj = new PyInt(intType, b);
  return interp.heap.alloc(obj, intSize(b));
}

/** Normalize an integral JS number (any magnitude): small -> itself, else a heap PyInt. */
export function intFromNumber(interp: Interpreter, n: number): PyValue {
  if (n < SMALL_INT_LIMIT && n > -SMALL_INT_LIMIT) return n + 0; // + 0: never -0
  if (n <= MAX_SAFE && n >= -MAX_SAFE) return interp.heap.alloc(new PyInt(intType, null, n), intSizeOfNumber(n));
  return intFromBigInt(interp, BigInt(n));
}

/** The value of an int as a JS number if it is a safe integer, else NaN (no allocation). */
export function safeNum(v: number | boolean | PyInt): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return v.n;
}

/** The value of an int (number/bool/PyInt) as a bigint. */
export function toBig(v: number | boolean | PyInt): bigint {
  if (typeof v === "number") return BigInt(v);
  if (typeof v === "boolean") return v ? 1n : 0n;
  return v.v;
}

/** The value of an int as a JS number when it is exactly representable, else null. */
export function toSafeNumber(v: number | boolean | PyInt): number | null {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = v.n;
  return n === n ? n : null;
}

/** int -> float with CPython's overflow error. */
export function intToFloat(interp: Interpreter, v: number | boolean | PyInt): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const f = Number(v.v);
  if (!Number.isFinite(f)) raiseOverflow(interp, "int too large to convert to float");
  return f;
}

/** Refuse to build an int of more than `bits` bits when the heap has no room for it. */
export function checkIntBits(interp: Interpreter, bits: number): void {
  reserveIntBits(interp, bits);
}

/**
 * An upper bound of the bit length of an int, without formatting it: a heap int's
 * charged size bounds its digits (4 bytes per 32 bits, rounded up to 16 bytes).
 */
export function bitsBound(v: number | boolean | PyInt): number {
  if (typeof v === "number") return 31;
  if (typeof v === "boolean") return 1;
  if (v.size > 16) return (v.size - 16) * 8;
  const n = v.n;
  return n === n ? 53 : bitLength(v.v);
}

/** Operands this big (in bits) reserve their result and ask the deadline first. */
const BIG_BITS = 1 << 15;

// ---------------------------------------------------------------- arithmetic

export function intAdd(interp: Interpreter, a: number | boolean | PyInt, b: number | boolean | PyInt): PyValue {
  const r = safeNum(a) + safeNum(b);
  if (r <= MAX_SAFE && r >= -MAX_SAFE) return intFromNumber(interp, r);
  reserveSum(interp, a, b);
  return intFromBigInt(interp, toBig(a) + toBig(b));
}

export function intSub(interp: Interpreter, a: number | boolean | PyInt, b: number | boolean | PyInt): PyValue {
  const r = safeNum(a) - safeNum(b);
  if (r <= MAX_SAFE && r >= -MAX_SAFE) return intFromNumber(interp, r);
  reserveSum(interp, a, b);
  return intFromBigInt(interp, toBig(a) - toBig(b));
}

/** Room for a result at most one bit longer than the longer operand (sums, bitwise operations). */
function reserveSum(interp: Interpreter, a: number | boolean | PyInt, b: number | boolean | PyInt): void {
  const bits = Math.max(bitsBound(a), bitsBound(b)) + 1;
  if (bits > BIG_BITS) reserveIntBits(interp, bits);
}

export function intMul(interp: Interpreter, a: number | boolean | PyInt, b: number | boolean | PyInt): PyValue {
  const r = safeNum(a) * safeNum(b);
  if (r <= MAX_SAFE && r >= -MAX_SAFE) return intFromNumber(interp, r);
  // Heap sizes bound the operands' bits cheaply (4 bytes per 32-bit digit).
  const bitsA = bitsBound(a);
  const bitsB = bitsBound(b);
  if (bitsA + bitsB > BIG_BITS) {
    const x = toBig(a);
    const y = toBig(b);
    if (x === 0n || y === 0n) return 0;
    reserveIntBits(interp, bitsA + bitsB);
    bigWork(interp, mulCostMs(bitsA, bitsB));
    return intFromBigInt(interp, x * y);
  }
  return intFromBigInt(interp, toBig(a) * toBig(b));
}

/** Python floor division of bigints. */
export function bigFloorDiv(x: bigint, y: bigint): bigint {
  const q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) return q - 1n;
  return q;
}

/** Python modulo of bigints (sign of the divisor). */
export function bigMod(x: bigint, y: bigint): bigint {
  const r = x % y;
  if (r !== 0n && ((r < 0n) !== (y < 0n))) return r + y;
  return r;
}

export function intFloorDiv(interp: Interpreter, a: number | boolean | PyInt, b: number | boolean | PyInt): PyValue {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) raiseZeroDivision(interp, "integer division or modulo by zero");
    return intFromNumber(interp, Math.floor(a / b));
  }
  const na = safeNum(a);
  const nb = safeNum(b);
  if (na === na && nb === nb && nb !== 0 && na < 2 ** 52 && na > -(2 ** 52) && nb < 2 ** 52 && nb > -(2 ** 52)) {
    // Exact: floor of a correctly rounded quotient of |a| < 2**52 never crosses an integer wrongly.
    const q = Math.floor(na / nb);
    const r = na - q * nb;
    if ((nb > 0 && r >= 0 && r < nb) || (nb < 0 && r <= 0 && r > nb)) return intFromNumber(interp, q);
  }
  const y = toBig(b);
  if (y === 0n) raiseZeroDivision(interp, "integer division or modulo by zero");
  divWork(interp, a, b);
  return intFromBigInt(interp, bigFloorDiv(toBig(a), y));
}

export function intMod(interp: Interpreter, a: number | boolean | PyInt, b: number | boolean | PyInt): PyValue {
  const na = safeNum(a);
  const nb = safeNum(b);
  if (na === na && nb === nb) {
    if (nb === 0) raiseZeroDivision(interp, "integer modulo by zero");
    const r = na % nb;
    if (r !== 0 && (r < 0) !== (nb < 0)) return intFromNumber(interp, r + nb);
    return intFromNumber(interp, r + 0);
  }
  const y = toBig(b);
  if (y === 0n) raiseZeroDivision(interp, "integer modulo by zero");
  divWork(interp, a, b);
  return intFromBigInt(interp, bigMod(toBig(a), y));
}

/** Before a big division: the deadline (its results are never longer than the dividend). */
export function divWork(interp: Interpreter, a: number | boolean | PyInt, b: number | boolean | PyInt): void {
  const bitsA = bitsBound(a);
  if (bitsA > BIG_BITS) bigWork(interp, divCostMs(bitsA, bitsBound(b)));
}

/** Correctly rounded int / int (CPython's true division of ints). */
export function intTrueDiv(interp: Interpreter, a: number | boolean | PyInt, b: number | boolean | PyInt): number {
  const na = toSafeNumber(a);
  const nb = toSafeNumber(b);
  if (na !== null && nb !== null) {
    if (nb === 0) raiseZeroDivision(interp, "division by zero");
    return na / nb;
  }
  let x = toBig(a);
  let y = toBig(b);
  if (y === 0n) raiseZeroDivision(interp, "division by zero");
  const negative = (x < 0n) !== (y < 0n);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x === 0n) return negative ? -0 : 0;
  // Scale so the quotient carries >= 55 significant bits plus a sticky bit: then
  // converting it to a double rounds exactly once, correctly.
  const shift = 55 + bitLength(y) - bitLength(x);
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    const xs = x << BigInt(shift);
    q = xs / y;
    r = xs % y;
  } else {
    const ys = y << BigInt(-shift);
    q = x / ys;
    r = x % ys;
  }
  if (r !== 0n) q |= 1n;
  let f = Number(q);
  // f * 2**-shift, in steps so intermediate powers stay finite and nonzero.
  let s = -shift;
  while (s > 1000) { f *= 2 ** 1000; s -= 1000; if (!Number.isFinite(f)) break; }
  while (s < -1000) { f *= 2 ** -1000; s += 1000; }
  f *= 2 ** s;
  if (!Number.isFinite(f)) raiseOverflow(interp, "integer division result too large for a float");
  return negative ? -f : f;
}

/** int ** int with a non-negative exponent (negative exponents are float pow: see int-slots). */
export function intPow(interp: Interpreter, a: number | boolean | PyInt, b: number | boolean | PyInt): PyValue {
  const base = toBig(a);
  const exp = toBig(b);
  if (base === 0n) return exp === 0n ? 1 : 0;
  if (base === 1n) return 1;
  if (base === -1n) return (exp & 1n) === 0n ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") {
    // Square-and-multiply in doubles while the result stays exact.
    let result = 1;
    let x = a;
    let e = b;
    let exact = true;
    while (e > 0) {
      if (e & 1) {
        result *= x;
        if (result > MAX_SAFE || result < -MAX_SAFE) { exact = false; break; }
      }
      e >>>= 1;
      if (e > 0) {
        x *= x;
        if (x > MAX_SAFE) { exact = false; break; }
      }
    }
    if (exact) return intFromNumber(interp, result);
  }
  return intFromBigInt(interp, bigPow(interp, base, exp));
}

/** Three-argument pow(a, b, m) on ints. */
export function intPowMod(interp: Interpreter, a: bigint, b: bigint, m: bigint): PyValue {
  if (m === 0n) raiseValueError(interp, "pow() 3rd argument cannot be 0");
  const neg = m < 0n;
  let mod = neg ? -m : m;
  let base = bigMod(a, mod);
  if (b < 0n) {
    const inv = modInverse(base, mod);
    if (inv === null) raiseValueError(interp, "base is not invertible for the given modulus");
    base = inv;
    b = -b;
  }
  let result = 1n % mod;
  // Each step multiplies and divides numbers as long as the modulus: a huge exponent
  // with a big modulus is a long loop of uninterruptible steps, so ask the deadline.
  const modBits = bitLength(mod);
  const stepMs = 3 * mulCostMs(modBits, modBits);
  let pending = 0;
  while (b > 0n) {
    pending += stepMs;
    if (pending >= 1) {
      bigWork(interp, pending);
      pending = 0;
    }
    if (b & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    b >>= 1n;
  }
  bigWork(interp, pending);
  if (neg && result !== 0n) result -= mod;
  void (mod = mod);
  return intFromBigInt(interp, result);
}

function modInverse(a: bigint, m: bigint): bigint | null {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) return null;
  return bigMod(oldS, m);
}

export function intLshift(interp: Interpreter, a: number | boolean | PyInt, b: number | boolean | PyInt): PyValue {
  const count = toBig(b);
  if (count < 0n) raiseValueError(interp, "negative shift count");
  const x = toBig(a);
  if (x === 0n) return 0;
  if (typeof a === "number" && count < 22n) {
    return intFromNumber(interp, a * 2 ** Number(count));
  }
  // A count past 2**62 is refused by the reservation like any other huge result.
  reserveIntBits(interp, bitsBound(a) + Number(count));
  return intFromBigInt(interp, x << count);
}

export function intRshift(interp: Interpreter, a: number | boolean | PyInt, b: number | boolean | PyInt): PyValue {
  const count = toBig(b);
  if (count < 0n) raiseValueError(interp, "negative shift count");
  if (typeof a === "number") return count >= 31n ? (a < 0 ? -1 : 0) : a >> Number(count);
  const x = toBig(a);
  if (count > BigInt(MAX_INT_BITS)) return x < 0n ? -1 : 0;
  return intFromBigInt(interp, x >> count);
}

export function intAnd(interp: Interpreter, a: number | boolean | PyInt, b: number | boolean | PyInt): PyValue {
  if (typeof a === "number" && typeof b === "number") return a & b;
  reserveSum(interp, a, b);
  return intFromBigInt(interp, toBig(a) & toBig(b));
}

export function intOr(interp: Interpreter, a: number | boolean | PyInt, b: number | boolean | PyInt): PyValue {
  if (typeof a === "number" && typeof b === "number") return a | b;
  reserveSum(interp, a, b);
  return intFromBigInt(interp, toBig(a) | toBig(b));
}

export function intXor(interp: Interpreter, a: number | boolean | PyInt, b: number | boolean | PyInt): PyValue {
  if (typeof a === "number" && typeof b === "number") return a ^ b;
  reserveSum(interp, a, b);
  return intFromBigInt(interp, toBig(a) ^ toBig(b));
}

export function intNeg(interp: Interpreter, a: number | boolean | PyInt): PyValue {
  if (typeof a === "number") return 0 - a;
  return intFromBigInt(interp, -toBig(a));
}

export function intInvert(interp: Interpreter, a: number | boolean | PyInt): PyValue {
  if (typeof a === "number") return -a - 1;
  return intFromBigInt(interp, -toBig(a) - 1n);
}

/** Three-way comparison of two ints: -1, 0, 1. */
export function intCmp(a: number | boolean | PyInt, b: number | boolean | PyInt): number {
  const x0 = safeNum(a);
  const y0 = safeNum(b);
  if (x0 === x0 && y0 === y0) return x0 < y0 ? -1 : x0 > y0 ? 1 : 0;
  const x = toBig(a);
  const y = toBig(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Exact comparison of an int with a float: -1, 0, 1, or NaN when f is nan. */
export function intFloatCmp(a: number | boolean | PyInt, f: number): number {
  if (f !== f) return NaN;
  if (typeof a === "number" || typeof a === "boolean") {
    const n = +a;
    return n < f ? -1 : n > f ? 1 : 0;
  }
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const x = a.v;
  const fl = Math.floor(f);
  const y = BigInt(fl);
  if (x < y) return -1;
  if (x > y) return 1;
  return fl === f ? 0 : -1;
}

// ---------------------------------------------------------------- hashing

/** CPython's hash of an int, as a bigint (exact; `hash()` returns it). */
export function bigHash(b: bigint): bigint {
  let h = (b < 0n ? -b : b) % HASH_MODULUS;
  if (b < 0n) h = -h;
  return h === -1n ? -2n : h;
}

/** Hash of an int as a JS number (exact for |n| < 2**53; the dict/set slot). */
export function intHash(v: number | boolean | PyInt): number {
  if (typeof v === "number") return v === -1 ? -2 : v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = v.n;
  if (n === n) return n === -1 ? -2 : n;
  return Number(bigHash(v.v));
}

// ---------------------------------------------------------------- text

/** CPython 3.11's default limit on decimal digits converted to and from int (sys.int_info.default_max_str_digits). */
export const INT_MAX_STR_DIGITS = 4300;

const LOG10_2 = Math.log10(2);

function tooManyDigits(interp: Interpreter, limit: number): never {
  return raiseValueError(interp, `Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
}

export function intToDecimal(interp: Interpreter, v: number | boolean | PyInt): string {
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "1" : "0";
  const n = v.n;
  if (n === n) return String(n);
  const b = v.v;
  const bits = bitsBound(v);
  if (bits < 2048) return b.toString(); // at most 617 digits: below any limit but 0
  const limit = interp.intMaxStrDigits;
  const exactBits = bitLength(b);
  // |b| >= 2**(bits-1) has at least floor((bits-1) * log10(2)) + 1 digits: refuse before
  // converting (the conversion of a huge int is the expensive part, and CPython refuses
  // it up front too).
  if (limit > 0 && Math.floor((exactBits - 1) * LOG10_2) + 1 > limit) tooManyDigits(interp, limit);
  const digits = Math.ceil(exactBits * LOG10_2) + 1;
  reserveStr(interp, digits + 1);
  bigWork(interp, toDecimalCostMs(exactBits));
  const s = b.toString();
  if (limit > 0 && s.length - (b < 0n ? 1 : 0) > limit) tooManyDigits(interp, limit);
  return s;
}

/** Text of |b| in a power-of-two base (hex(), bin(), oct(), format 'x'...): no digit limit, but reserved. */
export function intToRadix(interp: Interpreter, b: bigint, radix: 2 | 8 | 16): string {
  if (b < 0n) b = -b;
  if (b > 0xffffffffffffn) reserveStr(interp, Math.ceil(bitLength(b) / Math.log2(radix)));
  return b.toString(radix);
}

const DIGIT_VALUES: Record<string, number> = {};
for (let i = 0; i < 36; i++) DIGIT_VALUES["0123456789abcdefghijklmnopqrstuvwxyz"[i]] = i;

/**
 * Parse the text of an int literal as int(s, base) does (whitespace, sign, underscores
 * between digits, 0x/0o/0b prefixes). Returns null when the text is invalid.
 */
export function parseIntText(interp: Interpreter, text: string, base: number): bigint | null {
  let s = text.trim();
  let negative = false;
  if (s.startsWith("-")) { negative = true; s = s.slice(1); }
  else if (s.startsWith("+")) s = s.slice(1);
  s = s.toLowerCase();
  if (base === 0) {
    if (s.startsWith("0x")) { base = 16; s = s.slice(2); }
    else if (s.startsWith("0o")) { base = 8; s = s.slice(2); }
    else if (s.startsWith("0b")) { base = 2; s = s.slice(2); }
    else {
      base = 10;
      // Base 0 forbids leading zeros in non-zero decimal literals.
      if (/^0+(_?0)*[1-9]/.test(s)) return null;
    }
    if (s.startsWith("_") && base !== 10) s = s.slice(1);
  } else if ((base === 16 && s.startsWith("0x")) || (base === 8 && s.startsWith("0o")) || (base === 2 && s.startsWith("0b"))) {
    s = s.slice(2);
    if (s.startsWith("_")) s = s.slice(1);
  }
  if (s.length === 0 || s.startsWith("_") || s.endsWith("_") || s.includes("__")) return null;
  const digits = s.replace(/_/g, "");
  for (let i = 0; i < digits.length; i++) {
    const d = DIGIT_VALUES[digits[i]];
    if (d === undefined || d >= base) return null;
  }
  const limit = interp.intMaxStrDigits;
  const powerOfTwo = (base & (base - 1)) === 0;
  if (!powerOfTwo && limit > 0 && digits.length > limit)
    raiseValueError(interp, `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  if (digits.length > 1000) {
    reserveIntBits(interp, digits.length * Math.log2(base));
    if (!powerOfTwo) bigWork(interp, fromDecimalCostMs(digits.length));
  }
  let result: bigint;
  if (digits.length <= 15 && base <= 10) result = BigInt(parseInt(digits, base));
  else if (base === 10) result = BigInt(digits);
  else if (base === 16) result = BigInt("0x" + digits);
  else if (base === 8) result = BigInt("0o" + digits);
  else if (base === 2) result = BigInt("0b" + digits);
  else {
    result = 0n;
    const bb = BigInt(base);
    // Quadratic in the length: read the clock as it goes (a long text with the limit off).
    for (let i = 0; i < digits.length; i++) {
      result = result * bb + BigInt(DIGIT_VALUES[digits[i]]);
      if ((i & 1023) === 1023) checkDeadline(interp);
    }
  }
  return negative ? -result : result;
}
