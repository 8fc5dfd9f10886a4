// log(x) as a double-double (~2**-100 relative), for math.log and float `**`.
//
// Method: x = 2**e * m with m in [0.703, 1.41), c = floor(128*m)/128 from a table of
// ln(c) in double-double (computed at load from an exact BigInt series), then
// ln(m/c) = 2*atanh(s) with s = (m - c)/(m + c), |s| < 1/180: 2s in double-double and
// the odd powers from s^3 on in doubles.

import { LN2_BITS, POW2, POW2_BIAS, twoProdLo, twoSumLo } from "./exp.js";

/** A double-double result: hi + lo. */
export class DD {
  static get name(): string {
    return "DD";
  }
  hi = 0;
  lo = 0;
}

// ln2 in three parts: the first with 42 bits so e*LN2_A is exact for |e| < 2**11.
const LN2_A = Number(LN2_BITS >> 214n) / 2 ** 42;
const LN2_B = Number((LN2_BITS >> 105n) & ((1n << 109n) - 1n)) / 2 ** 151;
const LN2_C = Number((LN2_BITS - (BigInt(LN2_A * 2 ** 42) << 214n) - (BigInt(LN2_B * 2 ** 151) << 105n))) / 2 ** 256;

const FIRST = 90; // floor(128 / sqrt 2)
const LAST = 182;

/** ln(i/128) for i in FIRST..LAST as double-doubles, from 2*atanh((i-128)/(i+128)) in 200-bit fixed point. */
function lnTable(): Float64Array {
  const out = new Float64Array(2 * (LAST - FIRST + 1));
  const SCALE = 200n;
  for (let i = FIRST; i <= LAST; i++) {
    const num = BigInt(i - 128), den = BigInt(i + 128);
    let term = (num << SCALE) / den; // q**(2k+1) in fixed point
    let sum = 0n;
    for (let k = 1n; term !== 0n; k += 2n) {
      sum += term / k;
      term = (term * num * num) / (den * den);
    }
    sum *= 2n;
    const hi = Number(sum);
    out[2 * (i - FIRST)] = hi / 2 ** 200;
    out[2 * (i - FIRST) + 1] = Number(sum - BigInt(hi)) / 2 ** 200;
  }
  return out;
}
const LN_C = lnTable();

/**
 * ln(x) for a finite x > 0 as a double-double, written to `out`.
 * Subnormal x is scaled up first.
 */
export function logDD(x: number, out: DD): void {
  let e = 0;
  if (x < 2 ** -1022) {
    x *= 2 ** 54;
    e = -54;
  }
  // e and m with x = 2**e * m, m in [1, 2), then into [FIRST/128, (LAST+1)/128).
  let ex = Math.floor(Math.log2(x));
  let m = x * POW2[POW2_BIAS - ex];
  if (m >= 2) { m /= 2; ex++; } else if (m < 1) { m *= 2; ex--; }
  if (m * 128 >= LAST + 1) { m /= 2; ex++; }
  e += ex;
  const i = Math.floor(m * 128);
  const c = i / 128;
  // s = (m - c) / (m + c) in double-double.
  const num = m - c; // exact (Sterbenz)
  const dh = m + c;
  const dl = twoSumLo(m, c, dh);
  const sh = num / dh;
  const p = sh * dh;
  const sl = ((num - p) - twoProdLo(sh, dh, p) - sh * dl) / dh;
  const s2 = sh * sh;
  const tail = sh * s2 * (2 / 3 + s2 * (2 / 5 + s2 * (2 / 7 + s2 * (2 / 9 + s2 * (2 / 11)))));
  // Sum, largest first: e*ln2 (three parts) + ln(c) + 2s + tail.
  const a = e * LN2_A; // exact
  const b = e * LN2_B;
  const bl = twoProdLo(e, LN2_B, b) + e * LN2_C;
  const ch = LN_C[2 * (i - FIRST)], cl = LN_C[2 * (i - FIRST) + 1];
  let h = a + b;
  let l = twoSumLo(a, b, h) + bl;
  let t = h + ch;
  l += twoSumLo(h, ch, t) + cl;
  h = t;
  t = h + 2 * sh;
  l += twoSumLo(h, 2 * sh, t) + 2 * sl + tail;
  h = t;
  t = h + l;
  out.lo = l - (t - h);
  out.hi = t;
}

/** ln(x), rounded once from the double-double (zero, negative, infinite, NaN: Math.log's IEEE results). */
export function log(x: number): number {
  if (!(x > 0 && x < Infinity)) return Math.log(x);
  const dd = new DD();
  logDD(x, dd);
  return dd.hi;
}
