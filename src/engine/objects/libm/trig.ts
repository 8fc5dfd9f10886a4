// sin(x) and cos(x) from a double-double evaluation rounded once (CPython calls glibc's
// sin/cos, which are correctly rounded in practice; JavaScript's Math.sin/cos are not).
//
// Method: n = round(x * 2/pi), r = x - n*pi/2 with pi/2 in three parts (exact products,
// so r is good to ~2**-100 for |x| < 2**20); r = c + u with c = k/64 from a table of
// sin(c), cos(c) as double-doubles (computed at load from BigInt Taylor series, pi from
// Machin's formula), |u| <= 1/128, and the angle-addition formulas with the Taylor
// series of sin(u), cos(u). Larger |x| go to Math.sin/Math.cos.

import { twoProdLo, twoSumLo } from "./exp.js";

const BITS = 200n;
const ONE = 1n << BITS;

/** atan(1/k) in BITS-bit fixed point. */
function atanInv(k: bigint): bigint {
  let term = ONE / k;
  let sum = 0n;
  const k2 = k * k;
  for (let n = 1n, sign = 1n; term !== 0n; n += 2n, sign = -sign) {
    sum += (sign * term) / n;
    term /= k2;
  }
  return sum;
}
/** pi/2 in fixed point (Machin: pi/4 = 4 atan(1/5) - atan(1/239)). */
const HALF_PI = 2n * (4n * atanInv(5n) - atanInv(239n));

function toDD(v: bigint): [number, number] {
  const hi = Number(v);
  return [hi / 2 ** 200, Number(v - BigInt(hi)) / 2 ** 200];
}

// pi/2 in three parts; P1 has 32 significant bits so n*P1 is exact for |n| < 2**21.
const P1 = Number(HALF_PI >> (BITS - 31n)) / 2 ** 31;
const P1_FIXED = BigInt(P1 * 2 ** 31) << (BITS - 31n);
const P2_FIXED = HALF_PI - P1_FIXED;
const [P2, P3] = toDD(P2_FIXED);
const TWO_OVER_PI = 2 / Math.PI;

const STEPS = 52; // k/64 covers [0, pi/4 + 1/128]
/** sin(k/64), cos(k/64) as double-doubles: [sinHi, sinLo, cosHi, cosLo] per k. */
function sinCosTable(): Float64Array {
  const out = new Float64Array(4 * STEPS);
  for (let k = 0; k < STEPS; k++) {
    const x = (BigInt(k) << BITS) / 64n;
    let s = 0n, c = 0n;
    let term = ONE; // x**n / n!
    for (let n = 0n; term !== 0n; n++) {
      const sign = (n / 2n) % 2n === 0n ? 1n : -1n;
      if (n % 2n === 0n) c += sign * term;
      else s += sign * term;
      term = (term * x) / ONE / (n + 1n);
    }
    const [sh, sl] = toDD(s);
    const [ch, cl] = toDD(c);
    out.set([sh, sl, ch, cl], 4 * k);
  }
  return out;
}
const TABLE = sinCosTable();

const LIMIT = 2 ** 20;

/** sin (which = 0) or cos (which = 1) of a finite x with |x| < LIMIT. */
function sinCos(x: number, which: number): number {
  const n = Math.round(x * TWO_OVER_PI);
  // r = x - n*pi/2 as rh + rl.
  const a = x - n * P1; // exact
  const b = n * P2;
  const bLo = twoProdLo(n, P2, b);
  let rh = a - b;
  let rl = twoSumLo(a, -b, rh) - bLo - n * P3;
  let t = rh + rl;
  rl = rl - (t - rh);
  rh = t;
  // r = c + u
  let k = Math.round(rh * 64);
  const neg = k < 0;
  if (neg) {
    k = -k;
    rh = -rh;
    rl = -rl;
  }
  const uh = rh - k / 64; // exact
  const ul = rl;
  // sin u = u - u^3/6 + ..., cos u = 1 - u^2/2 + u^4/24 - ... (tails in doubles)
  const u2 = uh * uh;
  const sinTail = -uh * u2 * (1 / 6 - u2 * (1 / 120 - u2 * (1 / 5040 - u2 * (1 / 362880))));
  const sinH = uh;
  const sinL = ul + sinTail;
  const u2Lo = twoProdLo(uh, uh, u2) + 2 * uh * ul;
  const cosTail = u2 * u2 * (1 / 24 - u2 * (1 / 720 - u2 * (1 / 40320 - u2 * (1 / 3628800))));
  const cosH = 1 - u2 / 2; // exact for |u| <= 1/128
  const cosL = twoSumLo(1, -u2 / 2, cosH) - u2Lo / 2 + cosTail;
  const sh = TABLE[4 * k], sl = TABLE[4 * k + 1], ch = TABLE[4 * k + 2], cl = TABLE[4 * k + 3];
  // quadrant: q = n mod 4; sin(x) = [sin r, cos r, -sin r, -cos r][q], cos(x) = sin(x + pi/2)
  const q = (((n % 4) + 4 + which) % 4);
  let h: number, l: number;
  if (q % 2 === 0) {
    // sin r = S cos u + C sin u
    const p1 = sh * cosH, p2 = ch * sinH;
    h = p1 + p2;
    l = twoSumLo(p1, p2, h) + twoProdLo(sh, cosH, p1) + twoProdLo(ch, sinH, p2) + sh * cosL + sl * cosH + ch * sinL + cl * sinH;
    if (neg) {
      h = -h;
      l = -l;
    }
  } else {
    // cos r = C cos u - S sin u (even in r)
    const p1 = ch * cosH, p2 = -(sh * sinH);
    h = p1 + p2;
    l = twoSumLo(p1, p2, h) + twoProdLo(ch, cosH, p1) - twoProdLo(sh, sinH, -p2) + ch * cosL + cl * cosH - sh * sinL - sl * sinH;
  }
  t = h + l;
  return q >= 2 ? -t : t;
}

export function sin(x: number): number {
  if (!(Math.abs(x) < LIMIT) || Math.abs(x) < 2 ** -26) return Math.sin(x);
  return sinCos(x, 0);
}

export function cos(x: number): number {
  if (!(Math.abs(x) < LIMIT) || Math.abs(x) < 2 ** -27) return Math.cos(x);
  return sinCos(x, 1);
}
