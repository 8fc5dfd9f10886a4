// erf, erfc, gamma and lgamma to near double precision (math.erf/erfc/gamma/lgamma).
//
// erf: the Taylor series erf(x) = 2/sqrt(pi) * x * exp(-x*x) * sum (2x^2)^n / (1*3*...*(2n+1))
// for |x| < 1.5, evaluated from the innermost term outwards; beyond, erfc's continued
// fraction (Laplace's, evaluated as a ratio of two recurrences) for |x| below 30 and 0
// past it. Both are accurate to a few ulps; CPython calls glibc's erf/erfc, so the
// last digit may still differ (bench/libm-mismatch.mjs measures how often).
// gamma/lgamma: the Lanczos approximation (g = 7, nine terms) with the reflection
// formula below 1/2; lgamma is computed in log form so it never overflows.

const SQRT_PI = 1.772453850905516;
const SERIES_TERMS = 25;
const CONTFRAC_TERMS = 50;
const SERIES_CUTOFF = 1.5;
const CONTFRAC_CUTOFF = 30;

function erfSeries(x: number): number {
  const x2 = x * x;
  let acc = 0;
  let fk = SERIES_TERMS + 0.5;
  for (let i = 0; i < SERIES_TERMS; i++) {
    acc = 2 + (x2 * acc) / fk;
    fk -= 1;
  }
  return (acc * x * Math.exp(-x2)) / SQRT_PI;
}

/** erfc(x) for x >= SERIES_CUTOFF. */
function erfcContfrac(x: number): number {
  if (x >= CONTFRAC_CUTOFF) return 0;
  const x2 = x * x;
  let a = 0, da = 0.5, p = 1, pLast = 0, q = da + x2, qLast = 1;
  for (let i = 0; i < CONTFRAC_TERMS; i++) {
    a += da;
    da += 2;
    const b = da + x2;
    let t = p;
    p = b * p - a * pLast;
    pLast = t;
    t = q;
    q = b * q - a * qLast;
    qLast = t;
  }
  return ((p / q) * x * Math.exp(-x2)) / SQRT_PI;
}

export function erf(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < SERIES_CUTOFF) return erfSeries(x);
  const cf = erfcContfrac(ax);
  return x > 0 ? 1 - cf : cf - 1;
}

export function erfc(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < SERIES_CUTOFF) return 1 - erfSeries(x);
  const cf = erfcContfrac(ax);
  return x > 0 ? cf : 2 - cf;
}

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const LOG_SQRT_2PI = 0.9189385332046728;

function lanczosSum(x: number): number {
  let a = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (x + i);
  return a;
}

/** Gamma(x) (poles and overflow are the caller's checks). */
export function gamma(x: number): number {
  if (Number.isInteger(x) && x > 0 && x < 171) {
    let r = 1;
    for (let i = 2; i < x; i++) r *= i;
    return r;
  }
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  const y = x - 1;
  const t = y + LANCZOS_G + 0.5;
  // t**(y+0.5) in two halves, so it does not overflow before exp(-t) scales it down.
  const half = Math.pow(t, (y + 0.5) / 2);
  return ((Math.sqrt(2 * Math.PI) * half) * Math.exp(-t)) * half * lanczosSum(y);
}

/** log|Gamma(x)|. */
export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Math.abs(x);
  if (x === 1 || x === 2) return 0;
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  const y = x - 1;
  const t = y + LANCZOS_G + 0.5;
  return LOG_SQRT_2PI + (y + 0.5) * Math.log(t) - t + Math.log(lanczosSum(y));
}
