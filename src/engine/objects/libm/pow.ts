// x ** y for doubles: exp(y * ln x) with ln x as a double-double (log.ts) and the
// product carried as a double-double into exp (exp.ts), rounded once at the end. This
// is the correctly rounded power except in rare near-halfway cases, as glibc's pow
// (within 0.52 ulp) is; JavaScript's Math.pow is not. Special values (zeros, infinities,
// NaN, negative bases) and results near overflow or in the subnormal range go to
// Math.pow, whose IEEE special cases are the same as C99's.

import { expDD, twoProdLo } from "./exp.js";
import { DD, logDD } from "./log.js";

export function pow(x: number, y: number): number {
  if (!(Number.isFinite(x) && Number.isFinite(y)) || x === 0 || y === 0) return Math.pow(x, y);
  if (y === 1) return x;
  if (y === 2) return x * x;
  let sign = 1;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    if (Math.abs(y) < 2 ** 53 && y % 2 !== 0) sign = -1;
    x = -x;
  }
  if (x === 1) return sign;
  const dd = new DD();
  logDD(x, dd);
  const zh = y * dd.hi;
  const zl = twoProdLo(y, dd.hi, zh) + y * dd.lo;
  if (!(zh > -708 && zh < 709.7)) return sign * Math.pow(x, y);
  return sign * expDD(zh, zl);
}
