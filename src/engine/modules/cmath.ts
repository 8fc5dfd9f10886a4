// The cmath module: CPython's formulas for finite arguments (scaled for very large
// and very small parts, the same branch cuts, signed zeros honoured), its errors
// ("math domain error" for log(0) and atanh(+-1), "math range error" on overflow).
// Deviation: for infinite or NaN parts CPython consults hand-written special-value
// tables; here the formulas run on them as they are, so such results may differ.

import type { PyValue } from "../objects/object.js";
import { None } from "../objects/builtin-types.js";
import type { Interpreter } from "../vm/interpreter.js";
import { builtin, makeModule, type PyModule } from "../objects/module.js";
import { PyFloat, newFloat } from "../objects/float.js";
import { PyComplex, newComplex, complexQuot } from "../objects/complex.js";
import { intToFloat, isInt } from "../objects/int.js";
import { newTuple } from "../objects/tuple.js";
import { internStr } from "../objects/str.js";
import { raiseOverflow, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { callValue, typeOf } from "../vm/abstract.js";
import type { Kwargs } from "../objects/type.js";
import { exp } from "../objects/libm/exp.js";
import { log } from "../objects/libm/log.js";
import { cos, sin } from "../objects/libm/trig.js";

type C = [number, number];
type Fn = (interp: Interpreter, args: PyValue[], kwargs: Kwargs) => PyValue;

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const LARGE = DBL_MAX / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
const LOG_LARGE = log(LARGE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const LN2 = 0.6931471805599453;
const LN10 = 2.302585092994046;

/** A complex argument: complex, float, int, or an object with __complex__ / __float__ / __index__. */
function arg(interp: Interpreter, v: PyValue): C {
  if (v instanceof PyComplex) return [v.re, v.im];
  if (v instanceof PyFloat) return [v.v, 0];
  if (typeof v === "number") return [v, 0];
  if (typeof v === "boolean") return [v ? 1 : 0, 0];
  if (isInt(v)) return [intToFloat(interp, v), 0];
  const t = typeOf(v);
  for (const name of ["__complex__", "__float__", "__index__"]) {
    const m = t.lookup(name);
    if (m === null || m === None) continue;
    const r = callValue(interp, m, [v]);
    if (r instanceof PyComplex) return [r.re, r.im];
    if (r instanceof PyFloat) return [r.v, 0];
    if (isInt(r)) return [intToFloat(interp, r), 0];
  }
  return raiseTypeError(interp, `must be real number, not ${t.name}`);
}

function real(interp: Interpreter, v: PyValue): number {
  if (v instanceof PyComplex) raiseTypeError(interp, "must be real number, not complex");
  return arg(interp, v)[0];
}

const finite = (z: C): boolean => Number.isFinite(z[0]) && Number.isFinite(z[1]);

// ---------------------------------------------------------------- the functions on pairs

export function cSqrt(z: C): C {
  const [x, y] = z;
  if (x === 0 && y === 0) return [0, y];
  let ax = Math.abs(x);
  const ay = Math.abs(y);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // Scale subnormal parts up by 2**53 first, and the root back down by 2**-27.
    ax = ax * 2 ** 53;
    s = 2 ** -27 * Math.sqrt(ax + Math.hypot(ax, ay * 2 ** 53));
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + Math.hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return x >= 0 ? [s, Math.sign(y) < 0 || Object.is(y, -0) ? -d : d] : [d, Math.sign(y) < 0 || Object.is(y, -0) ? -s : s];
}

function cLog(z: C): C {
  const [x, y] = z;
  const ax = Math.abs(x), ay = Math.abs(y);
  let r: number;
  if (ax > LARGE || ay > LARGE) r = log(Math.hypot(ax / 2, ay / 2)) + LN2;
  else if (ax < DBL_MIN && ay < DBL_MIN) {
    r = ax > 0 || ay > 0 ? log(Math.hypot(ax * 2 ** 53, ay * 2 ** 53)) - 53 * LN2 : -Infinity;
  } else {
    const h = Math.hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      r = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else r = log(h);
  }
  return [r, Math.atan2(y, x)];
}

function cExp(z: C): C {
  const [x, y] = z;
  if (y === 0 && Number.isFinite(x)) return [exp(x), y];
  if (x > LOG_LARGE) {
    const l = exp(x - 1);
    return [l * cos(y) * Math.E, l * sin(y) * Math.E];
  }
  const l = exp(x);
  return [l * cos(y), l * sin(y)];
}

function cSinh(z: C): C {
  const [x, y] = z;
  if (Math.abs(x) > LOG_LARGE) {
    const xm1 = x - Math.sign(x);
    return [cos(y) * Math.sinh(xm1) * Math.E, sin(y) * Math.cosh(xm1) * Math.E];
  }
  return [cos(y) * Math.sinh(x), sin(y) * Math.cosh(x)];
}

function cCosh(z: C): C {
  const [x, y] = z;
  if (Math.abs(x) > LOG_LARGE) {
    const xm1 = x - Math.sign(x);
    return [cos(y) * Math.cosh(xm1) * Math.E, sin(y) * Math.sinh(xm1) * Math.E];
  }
  return [cos(y) * Math.cosh(x), sin(y) * Math.sinh(x)];
}

function cTanh(z: C): C {
  const [x, y] = z;
  if (Math.abs(x) > LOG_LARGE) return [Math.sign(x), 4 * sin(y) * cos(y) * exp(-2 * Math.abs(x))];
  const tx = Math.tanh(x), ty = Math.tan(y), cx = 1 / Math.cosh(x);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return [(tx * (1 + ty * ty)) / denom, ((ty / denom) * cx) * cx];
}

const copysign = (a: number, b: number): number => (b < 0 || Object.is(b, -0) ? -Math.abs(a) : Math.abs(a));

function cAsinh(z: C): C {
  const [x, y] = z;
  if (Math.abs(x) > SQRT_LARGE || Math.abs(y) > SQRT_LARGE) {
    const l = log(Math.hypot(x / 2, y / 2)) + LN2 * 2;
    return [y >= 0 ? copysign(l, x) : -copysign(l, -x), Math.atan2(y, Math.abs(x))];
  }
  const s1 = cSqrt([1 + y, -x]);
  const s2 = cSqrt([1 - y, x]);
  return [Math.asinh(s1[0] * s2[1] - s2[0] * s1[1]), Math.atan2(y, s1[0] * s2[0] - s1[1] * s2[1])];
}

function cAcos(z: C): C {
  const [x, y] = z;
  if (Math.abs(x) > SQRT_LARGE || Math.abs(y) > SQRT_LARGE) {
    const l = log(Math.hypot(x / 2, y / 2)) + LN2 * 2;
    return [Math.atan2(Math.abs(y), x), x < 0 ? -copysign(l, y) : copysign(l, -y)];
  }
  const s1 = cSqrt([1 - x, -y]);
  const s2 = cSqrt([1 + x, y]);
  return [2 * Math.atan2(s1[0], s2[0]), Math.asinh(s2[0] * s1[1] - s2[1] * s1[0])];
}

function cAcosh(z: C): C {
  const [x, y] = z;
  if (Math.abs(x) > SQRT_LARGE || Math.abs(y) > SQRT_LARGE) return [log(Math.hypot(x / 2, y / 2)) + LN2 * 2, Math.atan2(y, x)];
  const s1 = cSqrt([x - 1, y]);
  const s2 = cSqrt([x + 1, y]);
  return [Math.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * Math.atan2(s1[1], s2[0])];
}

/** atanh; null for the poles +-1 (a domain error). */
function cAtanh(z: C): C | null {
  const [x, y] = z;
  if (x < 0 || (x === 0 && Object.is(x, -0))) {
    const r = cAtanh([-x, -y]);
    return r === null ? null : [-r[0], -r[1]];
  }
  const ay = Math.abs(y);
  if (x > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = Math.hypot(x / 2, y / 2);
    return [x / 4 / h / h, -copysign(Math.PI / 2, -y)];
  }
  if (x === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) return null;
    return [-log(Math.sqrt(ay) / Math.sqrt(Math.hypot(ay, 2))), copysign(Math.atan2(2, -ay) / 2, y)];
  }
  return [Math.log1p((4 * x) / ((1 - x) * (1 - x) + ay * ay)) / 4, -Math.atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2];
}

// ---------------------------------------------------------------- the module

const entries: [string, PyValue][] = [];
function def(name: string, fn: Fn): void {
  entries.push([name, builtin(name, fn)]);
}

function arity(interp: Interpreter, name: string, args: PyValue[], kwargs: Kwargs, min: number, max: number): void {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, `${name}() takes no keyword arguments`);
  if (args.length < min || args.length > max) {
    if (min === max && min === 1) raiseTypeError(interp, `${name}() takes exactly one argument (${args.length} given)`);
    if (min === max) raiseTypeError(interp, `${name} expected ${min} arguments, got ${args.length}`);
    raiseTypeError(interp, `${name} expected at most ${max} arguments, got ${args.length}`);
  }
}

/** Wrap a function on pairs: domain error on null, range error when finite input overflows. */
function unary(name: string, f: (z: C) => C | null, rangeChecked = true): void {
  def(name, (interp, args, kwargs) => {
    arity(interp, name, args, kwargs, 1, 1);
    const z = arg(interp, args[0]);
    const r = f(z);
    if (r === null) raiseValueError(interp, "math domain error");
    if (rangeChecked && finite(z) && !finite(r)) {
      if (r[0] !== r[0] || r[1] !== r[1]) raiseValueError(interp, "math domain error");
      raiseOverflow(interp, "math range error");
    }
    return newComplex(interp, r[0], r[1]);
  });
}

unary("sqrt", cSqrt);
unary("exp", cExp);
unary("sinh", cSinh);
unary("cosh", cCosh);
unary("tanh", cTanh);
unary("asinh", cAsinh);
unary("acosh", cAcosh);
unary("acos", cAcos);
unary("atanh", cAtanh);
unary("sin", ([x, y]) => {
  const s = cSinh([-y, x]);
  return [s[1], -s[0]];
});
unary("cos", ([x, y]) => cCosh([-y, x]));
unary("tan", ([x, y]) => {
  const s = cTanh([-y, x]);
  return [s[1], -s[0]];
});
unary("asin", ([x, y]) => {
  const s = cAsinh([-y, x]);
  return [s[1], -s[0]];
});
unary("atan", ([x, y]) => {
  const s = cAtanh([-y, x]);
  return s === null ? null : [s[1], -s[0]];
});
unary("log10", (z) => {
  if (z[0] === 0 && z[1] === 0) return null;
  const r = cLog(z);
  return [r[0] / LN10, r[1] / LN10];
});

def("log", (interp, args, kwargs) => {
  arity(interp, "log", args, kwargs, 1, 2);
  const z = arg(interp, args[0]);
  if (z[0] === 0 && z[1] === 0) raiseValueError(interp, "math domain error");
  let r = cLog(z);
  if (args.length === 2) {
    const b = arg(interp, args[1]);
    if (b[0] === 0 && b[1] === 0) raiseValueError(interp, "math domain error");
    const q = complexQuot(r[0], r[1], ...cLog(b));
    if (q === null) raiseValueError(interp, "math domain error");
    r = q;
  }
  return newComplex(interp, r[0], r[1]);
});
def("phase", (interp, args, kwargs) => {
  arity(interp, "phase", args, kwargs, 1, 1);
  const [x, y] = arg(interp, args[0]);
  return newFloat(interp, Math.atan2(y, x));
});
def("polar", (interp, args, kwargs) => {
  arity(interp, "polar", args, kwargs, 1, 1);
  const [x, y] = arg(interp, args[0]);
  const r = Math.hypot(x, y);
  if (r === Infinity && Number.isFinite(x) && Number.isFinite(y)) raiseOverflow(interp, "math range error");
  return newTuple(interp, [newFloat(interp, r), newFloat(interp, Math.atan2(y, x))]);
});
def("rect", (interp, args, kwargs) => {
  arity(interp, "rect", args, kwargs, 2, 2);
  const r = real(interp, args[0]);
  const phi = real(interp, args[1]);
  if (r < 0 && Number.isFinite(r)) raiseValueError(interp, "math domain error");
  if (phi === 0) return newComplex(interp, r, r * phi);
  return newComplex(interp, r * cos(phi), r * sin(phi));
});
def("isfinite", (interp, args, kwargs) => {
  arity(interp, "isfinite", args, kwargs, 1, 1);
  return finite(arg(interp, args[0]));
});
def("isinf", (interp, args, kwargs) => {
  arity(interp, "isinf", args, kwargs, 1, 1);
  const [x, y] = arg(interp, args[0]);
  return Math.abs(x) === Infinity || Math.abs(y) === Infinity;
});
def("isnan", (interp, args, kwargs) => {
  arity(interp, "isnan", args, kwargs, 1, 1);
  const [x, y] = arg(interp, args[0]);
  return x !== x || y !== y;
});
def("isclose", (interp, args, kwargs) => {
  if (args.length !== 2) raiseTypeError(interp, `isclose() takes exactly 2 positional arguments (${args.length} given)`);
  let relTol = 1e-9, absTol = 0;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (k === "rel_tol") relTol = real(interp, v);
      else if (k === "abs_tol") absTol = real(interp, v);
      else raiseTypeError(interp, `isclose() got an unexpected keyword argument '${k}'`);
    }
  }
  if (relTol < 0 || absTol < 0) raiseValueError(interp, "tolerances must be non-negative");
  const a = arg(interp, args[0]), b = arg(interp, args[1]);
  if (a[0] === b[0] && a[1] === b[1]) return true;
  if (!finite(a) || !finite(b)) return false;
  const diff = Math.hypot(a[0] - b[0], a[1] - b[1]);
  return diff <= relTol * Math.hypot(b[0], b[1]) || diff <= relTol * Math.hypot(a[0], a[1]) || diff <= absTol;
});

export function createCmathModule(interp: Interpreter): PyModule {
  const attrs: [string, PyValue][] = [...entries];
  for (const [name, v] of [["pi", Math.PI], ["e", Math.E], ["tau", 2 * Math.PI], ["inf", Infinity], ["nan", NaN]] as [string, number][]) {
    attrs.push([name, newFloat(interp, v)]);
  }
  attrs.push(["infj", newComplex(interp, 0, Infinity)]);
  attrs.push(["nanj", newComplex(interp, 0, NaN)]);
  attrs.push(["__name__", internStr("cmath")]);
  return makeModule("cmath", attrs);
}
