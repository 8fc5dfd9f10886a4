// Float <-> decimal text, exactly as CPython does it: repr is the shortest string that
// round-trips (JS gives the same digits; only the layout differs), and fixed/exponent
// formatting with a precision rounds the *exact* binary value half-to-even. JS's
// toFixed/toExponential round exact ties away from zero, so ties take an exact BigInt
// path; everything else uses the fast native conversions.

import { decomposeDouble } from "./float.js";

/** Decimal digits of a float: value = 0.DIGITS * 10**decpt ("" digits means zero). */
export interface Digits {
  digits: string;
  decpt: number;
}

/** repr(float) / str(float). */
export function floatRepr(x: number): string {
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    // Integral values print with ".0"; JS never uses an exponent in this range.
    for (let i = s.length - 1; i >= 0; i--) if (s.charCodeAt(i) === 46) return s;
    return s + ".0";
  }
  if (x !== x) return "nan";
  if (ax === Infinity) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const d = shortestDigits(ax);
  const body = d.decpt > -4 && d.decpt <= 16 ? layoutFixed(d, Math.max(1, d.digits.length - d.decpt)) : layoutExp(d, d.digits.length - 1);
  return x < 0 ? "-" + body : body;
}

/** Shortest round-trip digits of a positive finite float. */
export function shortestDigits(ax: number): Digits {
  const s = ax.toExponential();
  const e = s.indexOf("e");
  const digits = s[0] + (e > 1 ? s.slice(2, e) : "");
  return { digits, decpt: Number(s.slice(e + 1)) + 1 };
}

/** Exact decimal expansion of a positive finite float (trailing zeros stripped). */
export function exactDigits(ax: number): Digits {
  const { mantissa, exponent } = decomposeDouble(ax);
  let s: string;
  let decpt: number;
  if (exponent >= 0) {
    s = (mantissa << BigInt(exponent)).toString();
    decpt = s.length;
  } else {
    s = (mantissa * 5n ** BigInt(-exponent)).toString();
    decpt = s.length + exponent;
  }
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return { digits: s.slice(0, end), decpt };
}

/** Round exact digits to `keep` leading digits, half to even. */
export function roundDigits(d: Digits, keep: number): Digits {
  const { digits, decpt } = d;
  if (keep >= digits.length) return d;
  if (keep < 0) return { digits: "", decpt };
  const first = digits.charCodeAt(keep) - 48;
  const restNonzero = digits.length > keep + 1;
  const lastOdd = keep > 0 && ((digits.charCodeAt(keep - 1) - 48) & 1) === 1;
  const up = first > 5 || (first === 5 && (restNonzero || lastOdd));
  let kept = digits.slice(0, keep);
  if (!up) return { digits: kept, decpt };
  // Increment the kept digits (with carry).
  let i = kept.length - 1;
  while (i >= 0 && kept[i] === "9") i--;
  if (i < 0) return { digits: "1" + "0".repeat(kept.length), decpt: decpt + 1 };
  kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1) + "0".repeat(kept.length - i - 1);
  return { digits: kept, decpt };
}

/** |x| rounded to `frac` digits after the point (f format). */
export function fixedDigits(ax: number, frac: number): Digits {
  if (ax < 1e21 && frac <= 100) {
    // An exact tie has exactly frac+1 fractional bits; only then toFixed's rounding differs.
    const tie = Number.isInteger(ax * 2 ** (frac + 1)) && !Number.isInteger(ax * 2 ** frac);
    if (!tie) {
      const s = ax.toFixed(frac);
      const dot = s.indexOf(".");
      const intPart = dot < 0 ? s : s.slice(0, dot);
      const all = dot < 0 ? s : intPart + s.slice(dot + 1);
      if (intPart === "0") return { digits: all.slice(1), decpt: 0 };
      return { digits: all, decpt: intPart.length };
    }
  }
  const exact = exactDigits(ax);
  const r = roundDigits(exact, exact.decpt + frac);
  return r;
}

/** |x| rounded to `sig` significant digits (e format with precision sig-1). */
export function sigDigits(ax: number, sig: number): Digits {
  if (ax === 0) return { digits: "0".repeat(sig), decpt: 1 };
  if (sig <= 100) {
    const s = ax.toExponential(sig - 1);
    const e = s.indexOf("e");
    const digits = s[0] + (e > 1 ? s.slice(2, e) : "");
    const decpt = Number(s.slice(e + 1)) + 1;
    // Could this be an exact tie? Only if the next digit is a 5 with nothing after it.
    const probe = sig < 100 ? ax.toExponential(sig) : "";
    const pe = probe.indexOf("e");
    if (probe === "" || probe[pe - 1] === "5") {
      const exact = exactDigits(ax);
      const r = roundDigits(exact, sig);
      return { digits: r.digits.padEnd(sig, "0"), decpt: r.decpt };
    }
    return { digits, decpt };
  }
  const r = roundDigits(exactDigits(ax), sig);
  return { digits: r.digits.padEnd(sig, "0"), decpt: r.decpt };
}

/** Lay out digits in fixed notation with exactly `frac` fractional digits. */
export function layoutFixed(d: Digits, frac: number, alt = false): string {
  const { digits, decpt } = d;
  let intPart: string;
  let fracPart: string;
  if (decpt > 0) {
    intPart = digits.length >= decpt ? digits.slice(0, decpt) : digits + "0".repeat(decpt - digits.length);
    fracPart = digits.length > decpt ? digits.slice(decpt) : "";
  } else {
    intPart = "0";
    fracPart = digits.length === 0 ? "" : "0".repeat(-decpt) + digits;
  }
  if (fracPart.length < frac) fracPart += "0".repeat(frac - fracPart.length);
  else if (fracPart.length > frac) fracPart = fracPart.slice(0, frac);
  if (frac === 0) return alt ? intPart + "." : intPart;
  return intPart + "." + fracPart;
}

/** Lay out digits as d.ddde+XX with exactly `prec` digits after the point. */
export function layoutExp(d: Digits, prec: number, alt = false, upper = false): string {
  let digits = d.digits;
  if (digits.length === 0) digits = "0";
  if (digits.length < prec + 1) digits += "0".repeat(prec + 1 - digits.length);
  const exp = d.digits.length === 0 || /^0+$/.test(d.digits) ? 0 : d.decpt - 1;
  const mant = prec > 0 ? digits[0] + "." + digits.slice(1, prec + 1) : alt ? digits[0] + "." : digits[0];
  const ae = Math.abs(exp);
  return mant + (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" + ae : String(ae));
}

/** x formatted with %f semantics (no sign handling: |x|). */
export function formatFixed(ax: number, frac: number, alt = false): string {
  return layoutFixed(fixedDigits(ax, frac), frac, alt);
}

export function formatExp(ax: number, prec: number, alt = false, upper = false): string {
  return layoutExp(sigDigits(ax, prec + 1), prec, alt, upper);
}

/**
 * %g / 'g' formatting of |x| (finite). `addDot0`: the format-spec "no type with a
 * precision" flavour (exponent one step earlier, and "1.0" rather than "1").
 */
export function formatGeneral(ax: number, prec: number, alt = false, upper = false, addDot0 = false): string {
  if (prec === 0) prec = 1;
  const d = ax === 0 ? { digits: "0", decpt: 1 } : sigDigits(ax, prec);
  const decpt = d.decpt;
  const useExp = decpt <= -4 || decpt > (addDot0 ? prec - 1 : prec);
  let digits = d.digits;
  if (!alt) {
    let end = digits.length;
    while (end > 1 && digits.charCodeAt(end - 1) === 48) end--;
    digits = digits.slice(0, end);
  }
  const nd = { digits, decpt };
  if (useExp) {
    const p = alt ? prec - 1 : digits.length - 1;
    return layoutExp(nd, p, alt, upper);
  }
  let frac = alt ? prec - decpt : Math.max(0, digits.length - decpt);
  if (addDot0 && frac === 0) frac = 1;
  return layoutFixed(nd, frac, alt);
}

/** The shortest repr digits laid out for format() with no type and no precision. */
export function formatReprLike(ax: number): string {
  return floatRepr(ax);
}
