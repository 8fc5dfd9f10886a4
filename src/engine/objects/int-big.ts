// Big-int algorithms that bound their memory and time: every result is reserved on the
// heap (objects/reserve.ts) from an estimate of its size before it is computed, and
// every multiplication or division big enough to matter first asks `bigWork`
// (int-cost.ts) whether the deadline allows it, so `10**(10**7)`, `math.factorial(10**7)`
// or `math.isqrt(1 << 10**8)` end as MemoryError or `timeout` instead of running
// inside one uninterruptible JS call.
//
// Sizes are estimated in bits from the operands (a JS bigint has no cheap bit length:
// `bitLength` formats it in hex), with Stirling's formula for factorials.

import type { Interpreter } from "../vm/interpreter.js";
import { reserveIntBits } from "./reserve.js";
import { bigWork, divCostMs, mulCostMs } from "./int-cost.js";
import { checkDeadline } from "../vm/limits.js";
import { bitLength } from "./int.js";

/** log2(n!) for n >= 0 (Stirling with its first correction; exact enough for sizing). */
export function log2Factorial(n: number): number {
  if (n < 2) return 0;
  if (n < 20) {
    let s = 0;
    for (let i = 2; i <= n; i++) s += Math.log2(i);
    return s;
  }
  const ln = n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n);
  return ln / Math.LN2;
}

/** A product of two bigints whose bit lengths are about `a` and `b`, with the deadline asked first. */
function mul(interp: Interpreter, x: bigint, y: bigint, a: number, b: number): bigint {
  bigWork(interp, mulCostMs(a, b));
  return x * y;
}

/** base ** exp for exp >= 0, by squaring, checking the deadline between multiplications. */
export function bigPow(interp: Interpreter, base: bigint, exp: bigint): bigint {
  const baseBits = bitLength(base);
  const resultBits = Number(exp) * baseBits;
  reserveIntBits(interp, resultBits);
  if (resultBits < 1 << 16) return base ** exp;
  // The last squaring dominates: the whole costs about twice the final multiplication.
  bigWork(interp, 2 * mulCostMs(resultBits / 2, resultBits / 2));
  let result = 1n;
  let resultLen = 0;
  let x = base;
  let xLen = baseBits;
  let e = exp;
  for (;;) {
    if ((e & 1n) === 1n) {
      result = resultLen === 0 ? x : mul(interp, result, x, resultLen, xLen);
      resultLen += xLen;
    }
    e >>= 1n;
    if (e === 0n) return result;
    x = mul(interp, x, x, xLen, xLen);
    xLen *= 2;
  }
}

/** The product lo * (lo+1) * ... * hi (1 when hi < lo), as a balanced product tree. */
export function rangeProduct(interp: Interpreter, lo: bigint, hi: bigint): bigint {
  if (hi < lo) return 1n;
  let leaves = 0;
  const walk = (a: bigint, b: bigint): { v: bigint; bits: number } => {
    if (b - a < 16n) {
      if (++leaves % 1024 === 0) checkDeadline(interp);
      let p = a;
      for (let i = a + 1n; i <= b; i++) p *= i;
      return { v: p, bits: bitLength(p) };
    }
    const mid = (a + b) >> 1n;
    const left = walk(a, mid);
    const right = walk(mid + 1n, b);
    return { v: mul(interp, left.v, right.v, left.bits, right.bits), bits: left.bits + right.bits };
  };
  return walk(lo, hi).v;
}

/** n! for 0 <= n (the caller refuses n past Py_ssize_t). */
export function bigFactorial(interp: Interpreter, n: number): bigint {
  reserveIntBits(interp, log2Factorial(n));
  return n < 2 ? 1n : rangeProduct(interp, 2n, BigInt(n));
}

/** log2 of perm(n, k) = n! / (n-k)!, for sizing. */
function log2Perm(n: number, k: number): number {
  if (k === 0) return 0;
  if (k < 64) {
    let s = 0;
    for (let i = 0; i < k; i++) s += Math.log2(n - i);
    return s;
  }
  return log2Factorial(n) - log2Factorial(n - k);
}

/** perm(n, k) with 0 <= k <= n. */
export function bigPerm(interp: Interpreter, n: bigint, k: bigint): bigint {
  reserveIntBits(interp, log2Perm(Number(n), Number(k)));
  return rangeProduct(interp, n - k + 1n, n);
}

/**
 * comb(n, k) with 0 <= k <= n - k. Small k: k exact steps r = r * (n - i) / (i + 1).
 * Otherwise perm(n, k) / k! with two product trees and one exact division; the
 * numerator is larger than the result (by about log2(k!) bits), and it is what is
 * reserved, so a result close to the heap limit can be refused (a deviation from
 * CPython, whose algorithm keeps every intermediate near the result's size).
 */
export function bigComb(interp: Interpreter, n: bigint, k: bigint): bigint {
  const nn = Number(n);
  const kk = Number(k);
  if (k <= 64n) {
    reserveIntBits(interp, log2Perm(nn, kk) + 64);
    let r = 1n;
    for (let i = 0n; i < k; i++) r = (r * (n - i)) / (i + 1n);
    return r;
  }
  const numBits = log2Perm(nn, kk);
  reserveIntBits(interp, numBits + log2Factorial(kk));
  const num = rangeProduct(interp, n - k + 1n, n);
  const den = rangeProduct(interp, 2n, k);
  bigWork(interp, divCostMs(numBits, log2Factorial(kk)));
  return num / den;
}

/** floor(sqrt(n)) for n >= 0, by the precision-doubling recurrence (a few divisions of growing size). */
export function bigIsqrt(interp: Interpreter, n: bigint): bigint {
  if (n === 0n) return 0n;
  const bits = bitLength(n);
  reserveIntBits(interp, bits / 2 + 32);
  const c = (bits - 1) >> 1;
  let a = 1n;
  let d = 0;
  // Invariant after each step: (a - 1)**2 < (n >> 2 * (c - d)) < (a + 1)**2.
  for (let s = 31 - Math.clz32(c); s >= 0; s--) {
    const e = d;
    d = c >> s;
    const numBits = bits - (2 * c - e - d + 1);
    bigWork(interp, divCostMs(numBits, e));
    a = (a << BigInt(d - e - 1)) + (n >> BigInt(2 * c - e - d + 1)) / a;
  }
  return a * a > n ? a - 1n : a;
}
