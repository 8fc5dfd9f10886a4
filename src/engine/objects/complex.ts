// complex: a heap PyComplex holding two JS numbers; the type's slots, methods, text
// (repr, parsing, format specs) and arithmetic with CPython 3.11's algorithms (Smith's
// division, exponentiation by squaring for integral exponents up to 100, polar form
// otherwise) and messages.

import { PyObject, type PyValue } from "./object.js";
import { NotImplemented, None, complexType } from "./builtin-types.js";
import type { BinaryOpName, PyType } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { sizeFor } from "../heap/heap.js";
import { PyFloat, newFloat } from "./float.js";
import { newTuple } from "./tuple.js";
import { PyInt, intFloatCmp, intToFloat, isInt } from "./int.js";
import { PyStr, newStr } from "./str.js";
import { floatRepr } from "./float-text.js";
import { defineMethods } from "./function.js";
import { newException, raiseTypeError, raiseValueError, raiseZeroDivision } from "../vm/errors.js";
import { OverflowError } from "./exceptions.js";
import { callValue, pyId, typeOf } from "../vm/abstract.js";
import { Hash64, complexHash64 } from "./hash64.js";
import { formatFloatWithSpec, parseFormatSpec, type FormatSpec } from "./format.js";
import { internStr } from "./str.js";
import { exp } from "./libm/exp.js";
import { log } from "./libm/log.js";
import { pow } from "./libm/pow.js";
import { cos, sin } from "./libm/trig.js";

export class PyComplex extends PyObject {
  static override get name(): string {
    return "PyComplex";
  }
  re: number;
  im: number;
  /** Attributes of instances of complex subclasses (null for plain complex). */
  dict: Map<string, PyValue> | null = null;
  constructor(cls: PyType, re: number, im: number) {
    super(cls);
    this.re = re;
    this.im = im;
  }
}

/** complex payload: two doubles (16 bytes) plus the header. */
export const COMPLEX_SIZE = sizeFor(16);

export function newComplex(interp: Interpreter, re: number, im: number): PyComplex {
  return interp.heap.alloc(new PyComplex(complexType, re, im), COMPLEX_SIZE);
}

// ---------------------------------------------------------------- arithmetic

type C = [number, number];

/** Smith's algorithm, as CPython's _Py_c_quot; null for division by zero. */
export function complexQuot(ar: number, ai: number, br: number, bi: number): C | null {
  const absBr = Math.abs(br), absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN]; // a NaN in the divisor
}

function powUnsigned(xr: number, xi: number, n: number): C {
  let rr = 1, ri = 0, pr = xr, pi = xi;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) {
      const t = rr * pr - ri * pi;
      ri = rr * pi + ri * pr;
      rr = t;
    }
    const t = pr * pr - pi * pi;
    pi = pr * pi + pi * pr;
    pr = t;
  }
  return [rr, ri];
}

/** CPython's complex_pow: "zero" for 0 to a negative or complex power. */
export function complexPow(ar: number, ai: number, br: number, bi: number): C | "zero" {
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    const n = br;
    if (n >= 0) return powUnsigned(ar, ai, n);
    const p = powUnsigned(ar, ai, -n);
    return complexQuot(1, 0, p[0], p[1]) ?? "zero";
  }
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) return "zero";
    return [0, 0];
  }
  const vabs = Math.hypot(ar, ai);
  let len = pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= exp(at * bi);
    phase += bi * log(vabs);
  }
  return [len * cos(phase), len * sin(phase)];
}

/** An int, float or complex operand as [re, im], or null. */
export function asComplexOperand(interp: Interpreter, v: PyValue): C | null {
  if (v instanceof PyComplex) return [v.re, v.im];
  if (v instanceof PyFloat) return [v.v, 0];
  if (typeof v === "number") return [v, 0];
  if (typeof v === "boolean") return [v ? 1 : 0, 0];
  if (v instanceof PyInt) return [intToFloat(interp, v), 0];
  return null;
}

function rangeError(interp: Interpreter, what: string): never {
  throw newException(interp, OverflowError, [internStr(what)]);
}

export function complexBinary(interp: Interpreter, op: BinaryOpName, a: C, b: C): PyValue {
  const [ar, ai] = a, [br, bi] = b;
  switch (op) {
    case "add": return newComplex(interp, ar + br, ai + bi);
    case "sub": return newComplex(interp, ar - br, ai - bi);
    case "mul": return newComplex(interp, ar * br - ai * bi, ar * bi + ai * br);
    case "truediv": {
      const q = complexQuot(ar, ai, br, bi);
      if (q === null) raiseZeroDivision(interp, "complex division by zero");
      return newComplex(interp, q[0], q[1]);
    }
    case "pow": {
      const p = complexPow(ar, ai, br, bi);
      if (p === "zero") raiseZeroDivision(interp, "0.0 to a negative or complex power");
      if ((!Number.isFinite(p[0]) || !Number.isFinite(p[1])) && Number.isFinite(ar) && Number.isFinite(ai) && Number.isFinite(br) && Number.isFinite(bi)) {
        if (p[0] === p[0] && p[1] === p[1]) rangeError(interp, "complex exponentiation");
      }
      return newComplex(interp, p[0], p[1]);
    }
    default: return NotImplemented;
  }
}

// ---------------------------------------------------------------- text

/** A part as CPython's repr mode 'r' without ".0" (1.0 -> "1", -0.0 -> "-0"). */
function partRepr(x: number): string {
  const s = floatRepr(x);
  return s.endsWith(".0") ? s.slice(0, -2) : s;
}

export function complexRepr(re: number, im: number): string {
  const imag = partRepr(im);
  if (re === 0 && !Object.is(re, -0)) return `${imag}j`;
  const sign = imag.startsWith("-") ? "" : "+";
  return `(${partRepr(re)}${sign}${imag}j)`;
}

const NUMBER = String.raw`(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:e[+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.(?:e[+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)`;
const COMPLEX_TEXT = new RegExp(`^([+-]?${NUMBER})?(?:([+-])(${NUMBER})?j|([+-]?${NUMBER})?(j))?$`, "i");

/** complex('...'): null when malformed. */
export function parseComplexText(text: string): C | null {
  let s = text.trim();
  if (s.startsWith("(") && s.endsWith(")")) s = s.slice(1, -1).trim();
  if (s === "") return null;
  const m = COMPLEX_TEXT.exec(s);
  if (m === null) return null;
  const num = (t: string): number => {
    const u = t.toLowerCase().replace(/_/g, "");
    const body = u.replace(/^[+-]/, "");
    const neg = u.startsWith("-");
    const v = body.startsWith("inf") ? Infinity : body === "nan" ? NaN : Number(body);
    return neg ? -v : v;
  };
  if (m[2] !== undefined) {
    // real part then signed imaginary part ("1+2j", "1-j")
    const mag = m[3] === undefined ? 1 : num(m[3]);
    return [m[1] === undefined ? 0 : num(m[1]), m[2] === "-" ? -mag : mag];
  }
  if (m[5] !== undefined) {
    // a lone imaginary part: "2j", "-j", "j"; the first group took its digits
    const t = (m[1] ?? "") + (m[4] ?? "");
    if (t === "" || t === "+" || t === "-") return [0, t === "-" ? -1 : 1];
    return [0, num(t)];
  }
  if (m[1] === undefined) return null;
  return [num(m[1]), 0];
}

/** format(z, spec), CPython's complex __format__. */
export function formatComplex(interp: Interpreter, re: number, im: number, spec: string): string {
  if (spec === "") return complexRepr(re, im);
  const sp = parseFormatSpec(interp, spec, "complex");
  if (sp.type !== "" && !"eEfFgGn".includes(sp.type)) raiseValueError(interp, `Unknown format code '${sp.type}' for object of type 'complex'`);
  if (sp.zero || sp.zeroAlign) raiseValueError(interp, "Zero padding is not allowed in complex format specifier");
  if (sp.align === "=") raiseValueError(interp, "'=' alignment flag is not allowed in complex format specifier");
  const plain: FormatSpec = { ...sp, fill: " ", align: "", width: -1 };
  let body: string;
  if (sp.type === "" && sp.precision < 0) {
    body = complexRepr(re, im);
    if (sp.sign === "+" && !body.startsWith("(") && !body.startsWith("-")) body = "+" + body;
  } else {
    const part = (x: number, spc: FormatSpec): string => {
      let t = formatFloatWithSpec(interp, x, spc.type === "" ? { ...spc, type: "g" } : spc);
      if (spc.type === "" && t.endsWith(".0")) t = t.slice(0, -2);
      return t;
    };
    const imag = part(im, { ...plain, sign: "+" });
    const noReal = sp.type === "" && re === 0 && !Object.is(re, -0);
    body = noReal ? `${part(im, plain)}j` : `${part(re, plain)}${imag}j`;
    if (sp.type === "" && !noReal) body = `(${body})`;
  }
  const width = sp.width;
  const n = body.length;
  if (width <= n) return body;
  const fill = sp.fill === "" ? " " : sp.fill;
  const padN = width - n;
  switch (sp.align === "" ? ">" : sp.align) {
    case "<": return body + fill.repeat(padN);
    case "^": return fill.repeat(Math.floor(padN / 2)) + body + fill.repeat(padN - Math.floor(padN / 2));
    default: return fill.repeat(padN) + body;
  }
}

// ---------------------------------------------------------------- construction

function complexOf(interp: Interpreter, v: PyValue, which: "first" | "second"): C {
  if (v instanceof PyComplex) return [v.re, v.im];
  const t = typeOf(v);
  const m = t.lookup("__complex__");
  if (m !== null && m !== None) {
    const r = callValue(interp, m, [v]);
    if (!(r instanceof PyComplex)) raiseTypeError(interp, `__complex__ returned non-complex (type ${typeOf(r).name})`);
    return [r.re, r.im];
  }
  const c = asComplexOperand(interp, v);
  if (c !== null) return c;
  const f = t.lookup("__float__") ?? t.lookup("__index__");
  if (f !== null && f !== None) {
    const r = callValue(interp, f, [v]);
    if (r instanceof PyFloat) return [r.v, 0];
    if (isInt(r)) return [intToFloat(interp, r), 0];
  }
  return raiseTypeError(interp, which === "first"
    ? `complex() first argument must be a string or a number, not '${t.name}'`
    : `complex() second argument must be a number, not '${t.name}'`);
}

complexType.construct = (interp, cls, args, kwargs) => {
  let real: PyValue | undefined = args[0];
  let imag: PyValue | undefined = args[1];
  if (args.length > 2) raiseTypeError(interp, `complex() takes at most 2 arguments (${args.length} given)`);
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (k === "real" && real === undefined) real = v;
      else if (k === "imag" && imag === undefined) imag = v;
      else if (k === "real" || k === "imag") raiseTypeError(interp, `argument for complex() given by name ('${k}') and position (${k === "real" ? 1 : 2})`);
      else raiseTypeError(interp, `complex() got an unexpected keyword argument '${k}'`);
    }
  }
  let re = 0, im = 0;
  if (real instanceof PyStr) {
    if (imag !== undefined) raiseTypeError(interp, "complex() can't take second arg if first is a string");
    const c = parseComplexText(real.v);
    if (c === null) raiseValueError(interp, "complex() arg is a malformed string");
    [re, im] = c;
  } else {
    if (imag instanceof PyStr) raiseTypeError(interp, "complex() second arg can't be a string");
    let realIsComplex = false;
    if (real !== undefined) {
      if (cls === complexType && imag === undefined && real instanceof PyComplex && real.cls === complexType) return real;
      [re, im] = complexOf(interp, real, "first");
      realIsComplex = real instanceof PyComplex || typeOf(real).lookup("__complex__") !== null;
    }
    if (imag !== undefined) {
      // CPython: imag = b.real (+ a.imag only when a is complex), so complex(-1, -0.0) keeps -0.0.
      const [br, bi] = complexOf(interp, imag, "second");
      re -= bi;
      im = realIsComplex ? im + br : br;
    }
  }
  const z = interp.heap.alloc(new PyComplex(cls, re, im), COMPLEX_SIZE);
  if (cls !== complexType) z.dict = new Map();
  return z;
};

// ---------------------------------------------------------------- slots

complexType.repr = (_interp, self) => complexRepr((self as PyComplex).re, (self as PyComplex).im);
complexType.hash = (interp, self) => {
  const z = self as PyComplex;
  if (z.re !== z.re || z.im !== z.im) return pyId(interp, z); // NaN parts hash by identity, as CPython's
  return complexHash64(z.re, z.im, new Hash64()).number();
};
complexType.bool = (_interp, self) => (self as PyComplex).re !== 0 || (self as PyComplex).im !== 0;
complexType.binary = (interp, op, self, other, reflected) => {
  const b = asComplexOperand(interp, other);
  if (b === null) return NotImplemented;
  const a: C = [(self as PyComplex).re, (self as PyComplex).im];
  return reflected ? complexBinary(interp, op, b, a) : complexBinary(interp, op, a, b);
};
complexType.unary = (interp, op, self) => {
  const z = self as PyComplex;
  if (op === "neg") return newComplex(interp, -z.re, -z.im);
  if (op === "pos") return z.cls === complexType ? z : newComplex(interp, z.re, z.im);
  return NotImplemented;
};
complexType.compare = (_interp, op, self, other) => {
  if (op !== "eq" && op !== "ne") return NotImplemented;
  const z = self as PyComplex;
  let eq: boolean;
  if (other instanceof PyComplex) eq = z.re === other.re && z.im === other.im;
  else if (other instanceof PyFloat) eq = z.im === 0 && z.re === other.v;
  else if (isInt(other)) eq = z.im === 0 && z.re === z.re && Number.isFinite(z.re) && intFloatCmp(other, z.re) === 0;
  else return NotImplemented;
  return op === "eq" ? eq : !eq;
};
complexType.getattr = (interp, self, name) => {
  const z = self as PyComplex;
  if (name === "real") return newFloat(interp, z.re);
  if (name === "imag") return newFloat(interp, z.im);
  if (z.dict !== null) return z.dict.get(name);
  return undefined;
};
complexType.traverse = (self, visit) => {
  const d = (self as PyComplex).dict;
  if (d !== null) for (const v of d.values()) visit(v);
};

function selfComplex(interp: Interpreter, v: PyValue, name: string): PyComplex {
  if (!(v instanceof PyComplex)) raiseTypeError(interp, `descriptor '${name}' for 'complex' objects doesn't apply to a '${typeOf(v).name}' object`);
  return v;
}

defineMethods(complexType, {
  conjugate(interp, args) {
    const z = selfComplex(interp, args[0], "conjugate");
    return newComplex(interp, z.re, -z.im);
  },
  __abs__(interp, args) {
    return complexAbs(interp, selfComplex(interp, args[0], "__abs__"));
  },
  __complex__(interp, args) {
    const z = selfComplex(interp, args[0], "__complex__");
    return z.cls === complexType ? z : newComplex(interp, z.re, z.im);
  },
  __getnewargs__(interp, args) {
    const z = selfComplex(interp, args[0], "__getnewargs__");
    return newTupleOf(interp, z);
  },
  __format__(interp, args) {
    const z = selfComplex(interp, args[0], "__format__");
    if (!(args[1] instanceof PyStr)) raiseTypeError(interp, `format() argument 2 must be str, not ${typeOf(args[1]).name}`);
    return newStr(interp, formatComplex(interp, z.re, z.im, args[1].v));
  },
});

function newTupleOf(interp: Interpreter, z: PyComplex): PyValue {
  return newTuple(interp, [newFloat(interp, z.re), newFloat(interp, z.im)]);
}

/** abs(z): hypot of the parts; OverflowError when finite parts overflow. */
export function complexAbs(interp: Interpreter, z: PyComplex): PyValue {
  const r = Math.hypot(z.re, z.im);
  if (r === Infinity && Number.isFinite(z.re) && Number.isFinite(z.im)) rangeError(interp, "absolute value too large");
  return newFloat(interp, r);
}
