// The float type's slots and methods (arithmetic in float.ts, text in float-text.ts).

import type { PyValue } from "./object.js";
import { NotImplemented, None, floatType } from "./builtin-types.js";
import type { BinaryOpName, CompareOpName, PyType } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { PyFloat, FLOAT_SIZE, floatDivmod, floatFloorDiv, floatHash, floatMod, floatPow, floatRoundToInt, floatToInt, floatTrueDiv, newFloat, parseFloatText, decomposeDouble } from "./float.js";
import { PyInt, intFloatCmp, intFromBigInt, intToFloat, isInt } from "./int.js";
import { decimalsToAscii } from "./int-slots.js";
import { PyStr, newStr, strRepr } from "./str.js";
import { floatRepr, fixedDigits, exactDigits, roundDigits } from "./float-text.js";
import { defineMethods } from "./function.js";
import { raiseOverflow, raiseTypeError, raiseValueError, raiseZeroDivision } from "../vm/errors.js";
import { callValue, pyId, typeMsgName, typeOf } from "../vm/abstract.js";
import { formatBuiltin } from "./format.js";
import { complexBinary } from "./complex.js";
import { newTuple } from "./tuple.js";
import { indexValue } from "./slice.js";
import { builtinClassMethod } from "./classmethod-builtin.js";

export function floatBinary(interp: Interpreter, op: BinaryOpName, a: number, b: number): PyValue {
  switch (op) {
    case "add": return newFloat(interp, a + b);
    case "sub": return newFloat(interp, a - b);
    case "mul": return newFloat(interp, a * b);
    case "truediv": return newFloat(interp, floatTrueDiv(interp, a, b));
    case "floordiv": return newFloat(interp, floatFloorDiv(interp, a, b));
    case "mod": return newFloat(interp, floatMod(interp, a, b));
    case "pow":
      // A negative base to a fractional power is complex (as in CPython 3).
      if (a < 0 && Number.isFinite(a) && Number.isFinite(b) && !Number.isInteger(b)) return complexBinary(interp, "pow", [a, 0], [b, 0]);
      return newFloat(interp, floatPow(interp, a, b));
    default: return NotImplemented;
  }
}

/** A float or int operand as a JS number, or null when it is neither. */
export function asFloatOperand(interp: Interpreter, v: PyValue): number | null {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyInt) return intToFloat(interp, v);
  return null;
}

/** float(x) */
export function toFloat(interp: Interpreter, x: PyValue): number {
  if (x instanceof PyFloat) return x.v;
  if (isInt(x)) return intToFloat(interp, x);
  if (x instanceof PyStr) {
    const f = parseFloatText(decimalsToAscii(x.v));
    if (f === null) raiseValueError(interp, `could not convert string to float: ${strRepr(x.v)}`);
    return f;
  }
  const t = typeOf(x);
  const m = t.lookup("__float__");
  if (m !== null && m !== None) {
    const r = callValue(interp, m, [x]);
    if (!(r instanceof PyFloat)) raiseTypeError(interp, `${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
    return r.v;
  }
  const idx = t.lookup("__index__");
  if (idx !== null && idx !== None) return intToFloat(interp, callValue(interp, idx, [x]) as number | PyInt);
  return raiseTypeError(interp, `float() argument must be a string or a real number, not '${typeMsgName(t)}'`);
}

function cmpResult(op: CompareOpName, c: number): boolean {
  if (c !== c) return op === "ne";
  switch (op) {
    case "lt": return c < 0;
    case "le": return c <= 0;
    case "eq": return c === 0;
    case "ne": return c !== 0;
    case "gt": return c > 0;
    case "ge": return c >= 0;
  }
}

floatType.construct = (interp, cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, "float() takes no keyword arguments");
  if (args.length > 1) raiseTypeError(interp, `float expected at most 1 argument, got ${args.length}`);
  if (cls === floatType && args.length === 1 && args[0] instanceof PyFloat && args[0].cls === floatType) return args[0];
  const v = args.length === 0 ? 0 : toFloat(interp, args[0]);
  const f = interp.heap.alloc(new PyFloat(cls, v), FLOAT_SIZE);
  if (cls !== floatType) f.dict = new Map();
  return f;
};
floatType.repr = (_interp, self) => floatRepr((self as PyFloat).v);
floatType.hash = (interp, self) => {
  const v = (self as PyFloat).v;
  if (v !== v) return pyId(interp, self as PyFloat);
  return floatHash(v);
};
floatType.bool = (_interp, self) => (self as PyFloat).v !== 0;
floatType.binary = (interp, op, self, other, reflected) => {
  const b = asFloatOperand(interp, other);
  if (b === null) return NotImplemented;
  const a = (self as PyFloat).v;
  return reflected ? floatBinary(interp, op, b, a) : floatBinary(interp, op, a, b);
};
floatType.unary = (interp, op, self) => {
  const v = (self as PyFloat).v;
  if (op === "neg") return newFloat(interp, -v);
  if (op === "pos") return (self as PyFloat).cls === floatType ? self : newFloat(interp, v);
  return NotImplemented;
};
floatType.compare = (_interp, op, self, other) => {
  const a = (self as PyFloat).v;
  if (other instanceof PyFloat) return cmpResult(op, a < other.v ? -1 : a > other.v ? 1 : a === other.v ? 0 : NaN);
  if (isInt(other)) return cmpResult(op, -intFloatCmp(other, a));
  return NotImplemented;
};

/** round(x, ndigits) for a float: correctly rounded (half to even on the exact value). */
export function floatRound(interp: Interpreter, x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0 * x;
  const ax = Math.abs(x);
  let r: number;
  if (ndigits >= 0) {
    const d = fixedDigits(ax, ndigits);
    r = Number(digitsToString(d.digits, d.decpt));
  } else {
    // Round to a multiple of 10**-ndigits: keep the digits up to decpt + ndigits.
    const exact = exactDigits(ax);
    const d = roundDigits(exact, exact.decpt + ndigits);
    r = Number(digitsToString(d.digits, d.decpt));
  }
  if (!Number.isFinite(r)) raiseOverflow(interp, "rounded value too large to represent");
  return x < 0 ? -r : r;
}

function digitsToString(digits: string, decpt: number): string {
  if (digits.length === 0) return "0";
  return `0.${digits}e${decpt}`;
}

function selfFloat(interp: Interpreter, v: PyValue, name: string): number {
  if (!(v instanceof PyFloat)) raiseTypeError(interp, `descriptor '${name}' for 'float' objects doesn't apply to a '${typeOf(v).name}' object`);
  return v.v;
}

defineMethods(floatType, {
  is_integer(interp, args) {
    const v = selfFloat(interp, args[0], "is_integer");
    return Number.isInteger(v);
  },
  as_integer_ratio(interp, args) {
    const v = selfFloat(interp, args[0], "as_integer_ratio");
    if (v !== v) raiseValueError(interp, "cannot convert NaN to integer ratio");
    if (!Number.isFinite(v)) raiseOverflow(interp, "cannot convert Infinity to integer ratio");
    if (v === 0) return newTuple(interp, [0, 1]);
    let { mantissa, exponent } = decomposeDouble(Math.abs(v));
    while ((mantissa & 1n) === 0n && exponent < 0) {
      mantissa >>= 1n;
      exponent++;
    }
    let num = exponent > 0 ? mantissa << BigInt(exponent) : mantissa;
    const den = exponent < 0 ? 1n << BigInt(-exponent) : 1n;
    if (v < 0) num = -num;
    return newTuple(interp, [intFromBigInt(interp, num), intFromBigInt(interp, den)]);
  },
  conjugate(interp, args) {
    return newFloat(interp, selfFloat(interp, args[0], "conjugate"));
  },
  hex(interp, args) {
    return newStr(interp, floatHex(selfFloat(interp, args[0], "hex")));
  },
  __int__(interp, args) {
    return floatToInt(interp, selfFloat(interp, args[0], "__int__"));
  },
  __trunc__(interp, args) {
    return floatToInt(interp, selfFloat(interp, args[0], "__trunc__"));
  },
  __floor__(interp, args) {
    return floatToInt(interp, Math.floor(selfFloat(interp, args[0], "__floor__")));
  },
  __ceil__(interp, args) {
    return floatToInt(interp, Math.ceil(selfFloat(interp, args[0], "__ceil__")));
  },
  __float__(interp, args) {
    const v = args[0];
    return v instanceof PyFloat && v.cls === floatType ? v : newFloat(interp, selfFloat(interp, v, "__float__"));
  },
  __abs__(interp, args) {
    return newFloat(interp, Math.abs(selfFloat(interp, args[0], "__abs__")));
  },
  __round__(interp, args) {
    const v = selfFloat(interp, args[0], "__round__");
    if (args.length < 2 || args[1] === None) return floatRoundToInt(interp, v);
    return newFloat(interp, floatRound(interp, v, indexValue(interp, args[1])));
  },
  __divmod__(interp, args) {
    const b = asFloatOperand(interp, args[1]);
    if (b === null) return NotImplemented;
    return floatDivmodTuple(interp, selfFloat(interp, args[0], "__divmod__"), b);
  },
  __format__(interp, args) {
    if (!(args[1] instanceof PyStr)) raiseTypeError(interp, `format() argument 2 must be str, not ${typeOf(args[1]).name}`);
    return newStr(interp, formatBuiltin(interp, args[0], args[1].v));
  },
});

export function floatDivmodTuple(interp: Interpreter, a: number, b: number): PyValue {
  if (b === 0) raiseZeroDivision(interp, "float divmod()");
  const [q, r] = floatDivmod(a, b);
  return newTuple(interp, [newFloat(interp, q), newFloat(interp, r)]);
}

/** float.hex(): CPython's format, e.g. 0x1.8000000000000p+0. */
export function floatHex(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return sign + "0x0.0p+0";
  // Subnormals keep CPython's form: 0x0.<52-bit field>p-1022.
  if (Math.abs(x) < 2 ** -1022) return `${sign}0x0.${(Math.abs(x) / 2 ** -1074).toString(16).padStart(13, "0")}p-1022`;
  const { mantissa, exponent } = decomposeDouble(Math.abs(x));
  // Normalize to 1.xxx * 2**e with a 52-bit fraction.
  let m = mantissa;
  let e = exponent + 52;
  while (m < 1n << 52n) {
    m <<= 1n;
    e--;
  }
  const frac = (m & ((1n << 52n) - 1n)).toString(16).padStart(13, "0");
  return `${sign}0x1.${frac}p${e >= 0 ? "+" : ""}${e}`;
}

/**
 * mant * 2**exp correctly rounded (half to even) to a double, subnormals included;
 * CPython's OverflowError past the largest double.
 */
function hexToDouble(interp: Interpreter, mant: bigint, exp: number): number {
  if (mant === 0n) return 0;
  const bits = mant.toString(2).length;
  if (bits + exp > 1100) raiseOverflow(interp, "hexadecimal value too large to represent as a float");
  if (bits + exp < -1100) return 0;
  // Keep 53 significant bits, fewer where the result is subnormal (grid of 2**-1074).
  let shift = bits - 53;
  if (exp + shift < -1074) shift = -1074 - exp;
  let q = mant;
  if (shift > 0) {
    const s = BigInt(shift);
    q = mant >> s;
    const rest = mant - (q << s);
    const half = 1n << (s - 1n);
    if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
  } else if (shift < 0) {
    q = mant << BigInt(-shift);
  }
  const e = exp + shift;
  if (q.toString(2).length + e > 1024) raiseOverflow(interp, "hexadecimal value too large to represent as a float");
  // q has at most 54 bits: exact as a double; the scaling by a power of two is exact too.
  const qn = Number(q);
  return e > 1000 ? qn * 2 ** 1000 * 2 ** (e - 1000) : e < -1000 ? qn * 2 ** (e + 1000) * 2 ** -1000 : qn * 2 ** e;
}

floatType.dict.set(
  "fromhex",
  builtinClassMethod("fromhex", "float", (interp, args) => {
    const s = (args[1] as PyStr).v.trim().toLowerCase();
    const m = /^([+-])?(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(s);
    if (m === null || (m[2] === "" && (m[3] ?? "") === "")) {
      if (/^[+-]?(inf|infinity)$/.test(s)) return newFloat(interp, s.startsWith("-") ? -Infinity : Infinity);
      if (/^[+-]?nan$/.test(s)) return newFloat(interp, NaN);
      return raiseValueError(interp, "invalid hexadecimal floating-point string");
    }
    const intPart = m[2] || "0";
    const fracPart = m[3] ?? "";
    const v = hexToDouble(interp, BigInt("0x" + intPart + fracPart + "0") >> 4n, Number(m[4] ?? "0") - 4 * fracPart.length);
    const r = m[1] === "-" ? -v : v;
    const cls = args[0] as PyType;
    return cls === floatType ? newFloat(interp, r) : callValue(interp, cls, [newFloat(interp, r)]);
  }),
);

floatType.getattr = (interp, self, name) => {
  switch (name) {
    case "real": return self;
    case "imag": return newFloat(interp, 0);
  }
  if (self instanceof PyFloat && self.dict !== null) return self.dict.get(name);
  return undefined;
};


// Instances of subclasses carry attributes: the collector must see them.
floatType.traverse = (self, visit) => {
  const d = (self as PyFloat).dict;
  if (d !== null) for (const v of d.values()) visit(v);
};
