// exp(x) rounded from a double-double result (~2**-75 relative error), so it is the
// correctly rounded value except when the exact result lies within ~2**-20 ulp of a
// rounding boundary (rare). glibc's exp (what CPython calls) is within 0.51 ulp, so
// the two agree far more often than with JavaScript's Math.exp (measured by
// bench/libm-mismatch.mjs).
//
// Method: x = k*ln2 + j*ln2/32 + r with |r| <= ln2/64 (ln2/32 split in three parts so
// the reduction is exact to ~2**-100), exp(r) = 1 + r + r^2/2 + r^3*P(r) with the cubic
// tail in plain doubles, times 2**(j/32) from a double-double table, times 2**k.

// ---------------------------------------------------------------- double-double helpers

const SPLITTER = 134217729; // 2**27 + 1

/** Round-to-nearest sum a + b as hi + lo exactly. */
export function twoSumHi(a: number, b: number): number {
  return a + b;
}
export function twoSumLo(a: number, b: number, s: number): number {
  const bb = s - a;
  return (a - (s - bb)) + (b - bb);
}
/** The rounding error of a * b (Dekker's product), given p = a * b. */
export function twoProdLo(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

// ---------------------------------------------------------------- constants

// ln2/32 in three parts: L1 has 32 significant bits so N*L1 is exact for |N| < 2**21.
const LN2_32 = 0.6931471805599453 / 32;
const L1 = Math.round(LN2_32 * 2 ** 36) / 2 ** 36;
/** ln 2 * 2**256, rounded down (256 bits of ln 2). */
export const LN2_BITS = 0xb17217f7d1cf79abc9e3b39803f2f6af40f343267298b62d8a0d175b8baafa2bn;
/** ln2/32 - L1 as a double-double (ln2/32 = LN2_BITS / 2**261). */
function restOfLn2Over32(): [number, number] {
  const rest = LN2_BITS - (BigInt(L1 * 2 ** 36) << 225n);
  const hi = Number(rest);
  return [hi / 2 ** 261, Number(rest - BigInt(hi)) / 2 ** 261];
}
const [L2, L3] = restOfLn2Over32();

/** 2**(j/32) for j = 0..31 as double-doubles, from exact integer roots. */
function powersOfTwo(): Float64Array {
  const out = new Float64Array(64);
  const P = 120n; // bits of the fixed-point results
  for (let j = 0; j < 32; j++) {
    // M = floor(2**(j/32) * 2**P): the integer 32nd root of 2**(j + 32P).
    const target = 1n << (BigInt(j) + 32n * P);
    // Integer Newton from any start at or above the root ends at the root; starting just
    // above the double approximation (within a few ulps) takes 2-3 steps instead of ~400
    // (this table is built when the engine loads, so it is start-up time).
    let m = (BigInt(Math.ceil(2 ** (j / 32) * 2 ** 52)) + 16n) << (P - 52n);
    for (;;) {
      const next = (31n * m + target / m ** 31n) / 32n;
      if (next >= m) break;
      m = next;
    }
    const hi = Number(m);
    out[2 * j] = hi / 2 ** Number(P);
    out[2 * j + 1] = Number(m - BigInt(hi)) / 2 ** Number(P);
  }
  return out;
}
const TABLE = powersOfTwo();

const INV_LN2_32 = 32 / 0.6931471805599453;

/** 2**k for k = -1074..1074 (a variable `2 ** k` is a pow call); never written after load. */
export const POW2_BIAS = 1074;
export const POW2 = Float64Array.from({ length: 2 * POW2_BIAS + 1 }, (_, i) => 2 ** (i - POW2_BIAS));

/** exp(x) correctly rounded in all but rare near-halfway cases. */
export function exp(x: number): number {
  if (!(x > -708 && x < 709.7)) return Math.exp(x); // overflow, underflow to subnormals, nan
  if (Math.abs(x) < 2 ** -54) return 1 + x;
  return expDD(x, 0);
}

/** exp(x + xl) for a double-double argument with -708 < x < 709.7, rounded once. */
export function expDD(x: number, xl: number): number {
  const n = Math.round(x * INV_LN2_32);
  const j = n & 31;
  const k = (n - j) / 32;
  // r = x - n*ln2/32 as rh + rl.
  const a = x - n * L1; // exact: n*L1 is exact and close to x
  const b = n * L2;
  const bLo = twoProdLo(n, L2, b);
  let rh = a - b;
  let rl = twoSumLo(a, -b, rh) - bLo - n * L3 + xl;
  const t = rh + rl;
  rl = rl - (t - rh);
  rh = t;
  // exp(r) - 1 = r + r^2/2 + r^3 * (1/6 + r/24 + ...): the tail in doubles.
  const r = rh;
  const tail = r * r * r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720 + r * (1 / 5040 + r * (1 / 40320))))));
  const sq = rh * rh;
  const sqLo = twoProdLo(rh, rh, sq) + 2 * rh * rl;
  // e = r + sq/2 + tail (a double-double sum; |e| < 0.011)
  let eh = twoSumHi(rh, sq / 2);
  let el = twoSumLo(rh, sq / 2, eh) + rl + sqLo / 2 + tail;
  const e2 = eh + el;
  el = el - (e2 - eh);
  eh = e2;
  // 2**(j/32) * (1 + e) = T + T*e
  const th = TABLE[2 * j], tl = TABLE[2 * j + 1];
  const pe = th * eh;
  const peLo = twoProdLo(th, eh, pe) + th * el + tl * eh;
  const sh = twoSumHi(th, pe);
  const sl = twoSumLo(th, pe, sh) + tl + peLo;
  const result = sh + sl;
  // Scale by 2**k in two steps so neither overflows nor loses bits (the result is normal here).
  const k1 = k >> 1;
  return result * POW2[k1 + POW2_BIAS] * POW2[k - k1 + POW2_BIAS];
}
