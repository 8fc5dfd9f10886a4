// The math module, with CPython's errors ("math domain error", "math range error")
// and exact integer functions (factorial, comb, perm, gcd, lcm, isqrt on bigints).

import type { PyValue } from "../objects/object.js";
import { None } from "../objects/builtin-types.js";
import type { Interpreter } from "../vm/interpreter.js";
import { builtin, makeModule, type PyModule } from "../objects/module.js";
import { newFloat, PyFloat, floatToInt } from "../objects/float.js";
import { PyInt, bitLength, intFromBigInt, isInt, toBig } from "../objects/int.js";
import { checkDeadline } from "../vm/limits.js";
import { bigComb, bigFactorial, bigIsqrt, bigPerm } from "../objects/int-big.js";
import { toFloat } from "../objects/float-slots.js";
import { raiseOverflow, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { callValue, forEachItem, typeOf, binaryOp, isTruthy } from "../vm/abstract.js";
import { internStr } from "../objects/str.js";
import type { Kwargs } from "../objects/type.js";
import { erf, erfc, gamma, lgamma } from "../objects/libm/special.js";
import { exp } from "../objects/libm/exp.js";
import { log } from "../objects/libm/log.js";
import { pow } from "../objects/libm/pow.js";
import { cos, sin } from "../objects/libm/trig.js";

type Fn = (interp: Interpreter, args: PyValue[], kwargs: Kwargs) => PyValue;
const entries: [string, PyValue][] = [];
function def(name: string, fn: Fn): void {
  entries.push([name, builtin(name, fn)]);
}

function arity(interp: Interpreter, name: string, args: PyValue[], n: number): void {
  if (args.length !== n) {
    if (n === 1) raiseTypeError(interp, `math.${name}() takes exactly one argument (${args.length} given)`);
    raiseTypeError(interp, `${name} expected ${n} arguments, got ${args.length}`);
  }
}

/** A float argument (ints convert; anything else needs __float__). */
function num(interp: Interpreter, v: PyValue): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "number") return v;
  if (!isInt(v) && !(typeof v === "object" && (typeOf(v).lookup("__float__") !== null || typeOf(v).lookup("__index__") !== null))) {
    raiseTypeError(interp, `must be real number, not ${typeOf(v).name}`);
  }
  return toFloat(interp, v);
}

function domain(interp: Interpreter): never {
  return raiseValueError(interp, "math domain error");
}

function range_(interp: Interpreter): never {
  return raiseOverflow(interp, "math range error");
}

/** A one-argument float function with CPython's error classification. */
function unary(name: string, f: (x: number) => number, ok: (x: number) => boolean = () => true): void {
  def(name, (interp, args) => {
    arity(interp, name, args, 1);
    const x = num(interp, args[0]);
    if (!ok(x)) domain(interp);
    const r = f(x);
    if (r !== r && x === x) domain(interp);
    if (!Number.isFinite(r) && Number.isFinite(x)) range_(interp);
    return newFloat(interp, r);
  });
}

unary("sqrt", Math.sqrt, (x) => !(x < 0));
unary("exp", exp);
unary("exp2", (x) => 2 ** x);
unary("expm1", Math.expm1);
unary("sin", sin, (x) => Number.isFinite(x) || x !== x);
unary("cos", cos, (x) => Number.isFinite(x) || x !== x);
unary("tan", Math.tan, (x) => Number.isFinite(x) || x !== x);
unary("asin", Math.asin, (x) => !(x < -1 || x > 1));
unary("acos", Math.acos, (x) => !(x < -1 || x > 1));
unary("atan", Math.atan);
unary("sinh", Math.sinh);
unary("cosh", Math.cosh);
unary("tanh", Math.tanh);
unary("asinh", Math.asinh);
unary("acosh", Math.acosh, (x) => !(x < 1));
unary("atanh", Math.atanh, (x) => !(x <= -1 || x >= 1));
unary("fabs", Math.abs);
unary("log2", Math.log2, (x) => !(x <= 0));
unary("log10", Math.log10, (x) => !(x <= 0));
unary("log1p", Math.log1p, (x) => !(x <= -1));
unary("degrees", (x) => (x * 180) / Math.PI);
unary("radians", (x) => (x * Math.PI) / 180);
unary("cbrt", Math.cbrt);
unary("erf", erf);
unary("erfc", erfc);
unary("gamma", gamma, (x) => !(x <= 0 && Number.isInteger(x)) && x !== -Infinity);
unary("lgamma", lgamma, (x) => !(x <= 0 && Number.isInteger(x)));

def("log", (interp, args) => {
  if (args.length < 1 || args.length > 2) raiseTypeError(interp, `log expected 1 or 2 arguments, got ${args.length}`);
  const lg = (v: PyValue): number => {
    if (v instanceof PyInt) {
      if (v.v <= 0n) domain(interp);
      // Exact for huge ints: log(m * 2**k) = log(m) + k*log(2).
      if (!Number.isFinite(Number(v.v))) {
        // CPython: x = m * 2**e with 0.5 <= m < 1, log(x) = log(m) + e*log(2).
        const bits = bitLength(v.v);
        const m = Number(v.v >> BigInt(bits - 54)) / 2 ** 54;
        return Math.log(m) + bits * Math.LN2;
      }
    }
    const x = num(interp, v);
    if (!(x > 0)) {
      if (x !== x) return x;
      domain(interp);
    }
    return log(x);
  };
  const r = lg(args[0]);
  if (args.length === 1) return newFloat(interp, r);
  const b = lg(args[1]);
  if (b === 0) throw newZeroDivision(interp);
  return newFloat(interp, r / b);
});
import { raiseZeroDivision } from "../vm/errors.js";
function newZeroDivision(interp: Interpreter): never {
  return raiseZeroDivision(interp, "float division by zero");
}

def("pow", (interp, args) => {
  arity(interp, "pow", args, 2);
  const x = num(interp, args[0]);
  const y = num(interp, args[1]);
  if (x === 0 && y < 0) domain(interp);
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) domain(interp);
  const r = x === 1 || y === 0 ? 1 : pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) range_(interp);
  return newFloat(interp, r);
});
def("atan2", (interp, args) => {
  arity(interp, "atan2", args, 2);
  return newFloat(interp, Math.atan2(num(interp, args[0]), num(interp, args[1])));
});
def("hypot", (interp, args) => newFloat(interp, Math.hypot(...args.map((a) => num(interp, a)))));
def("dist", (interp, args) => {
  arity(interp, "dist", args, 2);
  const p: number[] = [];
  const q: number[] = [];
  forEachItem(interp, args[0], (v) => {
    p.push(num(interp, v));
  });
  forEachItem(interp, args[1], (v) => {
    q.push(num(interp, v));
  });
  if (p.length !== q.length) raiseValueError(interp, "both points must have the same number of dimensions");
  return newFloat(interp, Math.hypot(...p.map((x, i) => x - q[i])));
});
def("copysign", (interp, args) => {
  arity(interp, "copysign", args, 2);
  const x = Math.abs(num(interp, args[0]));
  const y = num(interp, args[1]);
  return newFloat(interp, y < 0 || Object.is(y, -0) ? -x : x);
});
def("fmod", (interp, args) => {
  arity(interp, "fmod", args, 2);
  const x = num(interp, args[0]);
  const y = num(interp, args[1]);
  if (y === 0 || !Number.isFinite(x)) {
    if (x === x && y === y) domain(interp);
  }
  return newFloat(interp, x % y);
});
def("remainder", (interp, args) => {
  arity(interp, "remainder", args, 2);
  const x = num(interp, args[0]);
  const y = num(interp, args[1]);
  if (x !== x) return newFloat(interp, x);
  if (y !== y) return newFloat(interp, y);
  if (!Number.isFinite(x) || y === 0) domain(interp);
  if (!Number.isFinite(y)) return newFloat(interp, x);
  // CPython's algorithm: IEEE 754 remainder (round-half-even quotient), exact.
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const m = ax % ay;
  const c = ay - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else r = m - 2.0 * ((0.5 * (ax - m)) % ay);
  return newFloat(interp, (x < 0 || Object.is(x, -0) ? -1 : 1) * r);
});

/** The next double after x in the direction of y (C's nextafter). */
function nextAfter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  let bits = view.getBigUint64(0);
  bits += (y > x) === (x > 0) ? 1n : -1n;
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}

def("nextafter", (interp, args) => {
  arity(interp, "nextafter", args, 2);
  return newFloat(interp, nextAfter(num(interp, args[0]), num(interp, args[1])));
});
def("ulp", (interp, args) => {
  arity(interp, "ulp", args, 1);
  let x = num(interp, args[0]);
  if (x !== x) return newFloat(interp, x);
  x = Math.abs(x);
  if (x === Infinity) return newFloat(interp, x);
  let x2 = nextAfter(x, Infinity);
  if (x2 === Infinity) {
    x2 = nextAfter(x, -Infinity);
    return newFloat(interp, x - x2);
  }
  return newFloat(interp, x2 - x);
});
def("modf", (interp, args) => {
  arity(interp, "modf", args, 1);
  const x = num(interp, args[0]);
  const i = Number.isFinite(x) ? Math.trunc(x) : x;
  const f = Number.isFinite(x) ? x - i : x !== x ? x : 0 * Math.sign(x);
  return newTupleOf(interp, [newFloat(interp, Object.is(x, -0) || (x < 0 && f === 0) ? -0 : f), newFloat(interp, i)]);
});
def("frexp", (interp, args) => {
  arity(interp, "frexp", args, 1);
  const x = num(interp, args[0]);
  if (x === 0 || !Number.isFinite(x)) return newTupleOf(interp, [newFloat(interp, x), 0]);
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * 2 ** -e;
  while (Math.abs(m) < 0.5) { m *= 2; e--; }
  while (Math.abs(m) >= 1) { m /= 2; e++; }
  return newTupleOf(interp, [newFloat(interp, m), e]);
});
def("ldexp", (interp, args) => {
  arity(interp, "ldexp", args, 2);
  const x = num(interp, args[0]);
  if (!isInt(args[1])) raiseTypeError(interp, "Expected an int as second argument to ldexp.");
  const e = Number(toBig(args[1] as PyInt));
  let r = x;
  let k = e;
  while (k > 1000) { r *= 2 ** 1000; k -= 1000; }
  while (k < -1000) { r *= 2 ** -1000; k += 1000; }
  r *= 2 ** k;
  if (!Number.isFinite(r) && Number.isFinite(x)) range_(interp);
  return newFloat(interp, r);
});
import { newTuple } from "../objects/tuple.js";
function newTupleOf(interp: Interpreter, items: PyValue[]): PyValue {
  return newTuple(interp, items);
}

// ---------------------------------------------------------------- integer-valued

function intResult(interp: Interpreter, v: PyValue, method: "__floor__" | "__ceil__" | "__trunc__", f: (x: number) => number): PyValue {
  if (isInt(v)) return typeof v === "boolean" ? (v ? 1 : 0) : v;
  if (v instanceof PyFloat) return floatToInt(interp, f(v.v));
  const m = typeOf(v).lookup(method);
  if (m !== null) return callValue(interp, m, [v]);
  return floatToInt(interp, f(num(interp, v)));
}
def("floor", (interp, args) => (arity(interp, "floor", args, 1), intResult(interp, args[0], "__floor__", Math.floor)));
def("ceil", (interp, args) => (arity(interp, "ceil", args, 1), intResult(interp, args[0], "__ceil__", Math.ceil)));
def("trunc", (interp, args) => {
  arity(interp, "trunc", args, 1);
  const v = args[0];
  if (!isInt(v) && !(v instanceof PyFloat) && typeOf(v).lookup("__trunc__") === null) {
    raiseTypeError(interp, `type ${typeOf(v).name} doesn't define __trunc__ method`);
  }
  return intResult(interp, v, "__trunc__", Math.trunc);
});

function intArg(interp: Interpreter, v: PyValue, fname: string): bigint {
  if (isInt(v)) return toBig(v);
  if (v instanceof PyFloat) return raiseTypeError(interp, `'float' object cannot be interpreted as an integer`);
  const m = typeOf(v).lookup("__index__");
  if (m !== null) return toBig(callValue(interp, m, [v]) as PyInt);
  void fname;
  return raiseTypeError(interp, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

function bigGcd(interp: Interpreter, a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  // Euclid on huge ints takes many steps that do not count as Python steps: read the clock.
  let steps = 0;
  while (b !== 0n) {
    [a, b] = [b, a % b];
    if (++steps % 256 === 0) checkDeadline(interp);
  }
  return a;
}

def("gcd", (interp, args) => {
  let g = 0n;
  for (const a of args) g = bigGcd(interp, g, intArg(interp, a, "gcd"));
  return intFromBigInt(interp, g);
});
def("lcm", (interp, args) => {
  let l = 1n;
  for (const a of args) {
    const x = intArg(interp, a, "lcm");
    if (x === 0n) return 0;
    l = (l * (x < 0n ? -x : x)) / bigGcd(interp, l, x);
  }
  return intFromBigInt(interp, l);
});
/** Largest argument the exact functions take (CPython converts to a C long long). */
const LLONG_MAX = 2n ** 63n - 1n;

def("factorial", (interp, args) => {
  arity(interp, "factorial", args, 1);
  const n = intArg(interp, args[0], "factorial");
  if (n < 0n) raiseValueError(interp, "factorial() not defined for negative values");
  if (n > LLONG_MAX) raiseOverflow(interp, `factorial() argument should not exceed ${LLONG_MAX}`);
  return intFromBigInt(interp, bigFactorial(interp, Number(n)));
});
def("comb", (interp, args) => {
  arity(interp, "comb", args, 2);
  const n = intArg(interp, args[0], "comb");
  let k = intArg(interp, args[1], "comb");
  if (n < 0n) raiseValueError(interp, "n must be a non-negative integer");
  if (k < 0n) raiseValueError(interp, "k must be a non-negative integer");
  if (k > n) return 0;
  if (k > n - k) k = n - k;
  if (k > LLONG_MAX) raiseOverflow(interp, `min(n - k, k) must not exceed ${LLONG_MAX}`);
  return intFromBigInt(interp, bigComb(interp, n, k));
});
def("perm", (interp, args) => {
  if (args.length < 1 || args.length > 2) raiseTypeError(interp, `perm expected 1 or 2 arguments, got ${args.length}`);
  const n = intArg(interp, args[0], "perm");
  const k = args.length === 1 || args[1] === None ? n : intArg(interp, args[1], "perm");
  if (n < 0n) raiseValueError(interp, "n must be a non-negative integer");
  if (k < 0n) raiseValueError(interp, "k must be a non-negative integer");
  if (k > n) return 0;
  if (k > LLONG_MAX) raiseOverflow(interp, `k must not exceed ${LLONG_MAX}`);
  return intFromBigInt(interp, bigPerm(interp, n, k));
});
def("isqrt", (interp, args) => {
  arity(interp, "isqrt", args, 1);
  const n = intArg(interp, args[0], "isqrt");
  if (n < 0n) raiseValueError(interp, "isqrt() argument must be nonnegative");
  if (n < 1n << 52n) return intFromBigInt(interp, BigInt(Math.floor(Math.sqrt(Number(n)))));
  return intFromBigInt(interp, bigIsqrt(interp, n));
});

// ---------------------------------------------------------------- predicates and sums

def("isfinite", (interp, args) => (arity(interp, "isfinite", args, 1), Number.isFinite(num(interp, args[0]))));
def("isinf", (interp, args) => {
  arity(interp, "isinf", args, 1);
  const x = num(interp, args[0]);
  return x === Infinity || x === -Infinity;
});
def("isnan", (interp, args) => {
  arity(interp, "isnan", args, 1);
  const x = num(interp, args[0]);
  return x !== x;
});
def("isclose", (interp, args, kwargs) => {
  if (args.length !== 2) raiseTypeError(interp, `isclose() takes exactly 2 positional arguments (${args.length} given)`);
  const a = num(interp, args[0]);
  const b = num(interp, args[1]);
  let rel = 1e-9;
  let abs = 0;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (k === "rel_tol") rel = num(interp, v);
      else if (k === "abs_tol") abs = num(interp, v);
      else raiseTypeError(interp, `isclose() got an unexpected keyword argument '${k}'`);
    }
  }
  if (rel < 0 || abs < 0) raiseValueError(interp, "tolerances must be non-negative");
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs;
});
def("fsum", (interp, args) => {
  arity(interp, "fsum", args, 1);
  // Shewchuk's exactly rounded summation (CPython's msum).
  const partials: number[] = [];
  let special = 0;
  forEachItem(interp, args[0], (v) => {
    let x = num(interp, v);
    if (!Number.isFinite(x)) {
      special += x;
      return;
    }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  });
  if (special !== 0 || special !== special) return newFloat(interp, special);
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return newFloat(interp, hi);
});
def("prod", (interp, args, kwargs) => {
  let acc: PyValue = kwargs?.get("start") ?? 1;
  if (args.length !== 1) raiseTypeError(interp, `prod() takes exactly 1 positional argument (${args.length} given)`);
  const temps = interp.frame.temps;
  const slot = temps.length;
  temps.push(acc);
  forEachItem(interp, args[0], (v) => {
    acc = binaryOp(interp, "mul", acc, v);
    temps[slot] = acc;
  });
  return acc;
});

const CONSTANTS: [string, number][] = [["pi", Math.PI], ["e", Math.E], ["tau", 2 * Math.PI], ["inf", Infinity], ["nan", NaN]];

export function createMathModule(interp: Interpreter): PyModule {
  const attrs: [string, PyValue][] = [...entries];
  for (const [name, v] of CONSTANTS) attrs.push([name, newFloat(interp, v)]);
  attrs.push(["__name__", internStr("math")]);
  return makeModule("math", attrs);
}

void isTruthy;
