// The int type's slots and methods (the arithmetic itself is in int.ts).

import type { PyValue } from "./object.js";
import { NotImplemented, None, intType } from "./builtin-types.js";
import type { BinaryOpName, CompareOpName, PyType } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import {
  PyInt, bigHash, bitLength, intAdd, intAnd, intCmp, intFloatCmp, intFloorDiv, intFromBigInt, intHash, intInvert,
  intLshift, intMod, intMul, intNeg, intOr, intPow, intRshift, intSub, intToDecimal, intTrueDiv, intXor, isInt,
  parseIntText, toBig, intToFloat, intSize, bitsBound,
} from "./int.js";
import { PyFloat, floatPow, newFloat, floatToInt } from "./float.js";
import { PyStr, internStr, newStr, strRepr } from "./str.js";
import { defineMethods } from "./function.js";
import { raiseOverflow, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { callValue, toArray, typeMsgName, typeOf } from "../vm/abstract.js";
import { formatBuiltin } from "./format.js";
import { checkArgs } from "./args.js";
import { newTuple } from "./tuple.js";
import { builtinClassMethod } from "./classmethod-builtin.js";
import { PyBytes, newBytes } from "./bytes.js";
import { indexValue, ssizeValue } from "./slice.js";
import { reserveItems } from "./reserve.js";

type IntLike = number | boolean | PyInt;

export function intBinary(interp: Interpreter, op: BinaryOpName, a: IntLike, b: IntLike): PyValue {
  switch (op) {
    case "add": return intAdd(interp, a, b);
    case "sub": return intSub(interp, a, b);
    case "mul": return intMul(interp, a, b);
    case "floordiv": return intFloorDiv(interp, a, b);
    case "mod": return intMod(interp, a, b);
    case "truediv": return newFloat(interp, intTrueDiv(interp, a, b));
    case "pow":
      if ((typeof b === "number" ? b : toBig(b)) < 0) return newFloat(interp, floatPow(interp, intToFloat(interp, a), intToFloat(interp, b)));
      return intPow(interp, a, b);
    case "lshift": return intLshift(interp, a, b);
    case "rshift": return intRshift(interp, a, b);
    case "and": return intAnd(interp, a, b);
    case "or": return intOr(interp, a, b);
    case "xor": return intXor(interp, a, b);
    default: return NotImplemented;
  }
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

/** int(x) / int(x, base) */
export function intConstruct(interp: Interpreter, args: PyValue[]): PyValue {
  if (args.length === 0) return 0;
  const x = args[0];
  if (args.length === 2) {
    const base = indexValue(interp, args[1], `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
    if (base !== 0 && (base < 2 || base > 36)) raiseValueError(interp, "int() base must be >= 2 and <= 36, or 0");
    if (!(x instanceof PyStr) && !(x instanceof PyBytes)) raiseTypeError(interp, "int() can't convert non-string with explicit base");
    return parseIntValue(interp, x, base);
  }
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x instanceof PyInt) return x.cls === intType ? x : intFromBigInt(interp, x.v);
  if (x instanceof PyFloat) return floatToInt(interp, x.v);
  if (x instanceof PyStr || x instanceof PyBytes) return parseIntValue(interp, x, 10);
  const t = typeOf(x);
  for (const name of ["__int__", "__index__", "__trunc__"]) {
    const m = t.lookup(name);
    if (m !== null && m !== None) {
      const r = callValue(interp, m, [x]);
      if (!isInt(r)) raiseTypeError(interp, `${name} returned non-int (type ${typeOf(r).name})`);
      return r;
    }
  }
  return raiseTypeError(interp, `int() argument must be a string, a bytes-like object or a real number, not '${typeMsgName(t)}'`);
}

/**
 * CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode decimal digits become ASCII
 * digits, Unicode white space a space, any other non-ASCII character '?'.
 */
export function decimalsToAscii(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (/\p{Nd}/u.test(ch)) {
      // Decimal digits come in runs of ten (zero first): the value is the offset in the run.
      let start = cp;
      while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
      out += String((cp - start) % 10);
    } else if (/\s/u.test(ch)) out += " ";
    else out += "?";
  }
  return out;
}

function parseIntValue(interp: Interpreter, x: PyStr | PyBytes, base: number): PyValue {
  const text = x instanceof PyStr ? decimalsToAscii(x.v) : String.fromCharCode(...x.bytes);
  const b = parseIntText(interp, text, base);
  if (b === null) {
    const shown = x instanceof PyStr ? strRepr(x.v) : `b${strRepr(text)}`;
    return raiseValueError(interp, `invalid literal for int() with base ${base}: ${shown}`);
  }
  return intFromBigInt(interp, b);
}

intType.construct = (interp, cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) {
    const base = kwargs.get("base");
    if (args.length + kwargs.size > 2) raiseTypeError(interp, `int() takes at most 2 arguments (${args.length + kwargs.size} given)`);
    for (const k of kwargs.keys()) if (k !== "base") raiseTypeError(interp, `'${k}' is an invalid keyword argument for int()`);
    args = [args.length > 0 ? args[0] : raiseTypeError(interp, "int() missing string argument"), base!];
  }
  if (args.length > 2) raiseTypeError(interp, `int() takes at most 2 arguments (${args.length} given)`);
  const v = intConstruct(interp, args);
  if (cls === intType) return v;
  const b = toBig(v as IntLike);
  const obj = interp.heap.alloc(new PyInt(cls, b), intSize(b));
  obj.dict = new Map();
  return obj;
};
intType.repr = (interp, self) => intToDecimal(interp, self as IntLike);
intType.hash = (_interp, self) => intHash(self as IntLike);
intType.bool = (_interp, self) => (typeof self === "number" ? self !== 0 : typeof self === "boolean" ? self : (self as PyInt).v !== 0n);
intType.binary = (interp, op, self, other, reflected) => {
  if (!isInt(other)) return NotImplemented;
  return reflected ? intBinary(interp, op, other, self as IntLike) : intBinary(interp, op, self as IntLike, other);
};
intType.unary = (interp, op, self) => {
  const v = self as IntLike;
  if (op === "neg") return intNeg(interp, v);
  if (op === "invert") return intInvert(interp, v);
  if (typeof v === "boolean") return v ? 1 : 0;
  return v instanceof PyInt && v.cls !== intType ? intFromBigInt(interp, v.v) : v;
};
intType.compare = (_interp, op, self, other) => {
  if (isInt(other)) return cmpResult(op, intCmp(self as IntLike, other));
  if (other instanceof PyFloat) return cmpResult(op, intFloatCmp(self as IntLike, other.v));
  return NotImplemented;
};

/** abs() of an int. */
export function intAbs(interp: Interpreter, v: IntLike): PyValue {
  if (typeof v === "number") return v < 0 ? -v : v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return intFromBigInt(interp, v.v < 0n ? -v.v : v.v);
}

/** round(int, ndigits) */
export function intRound(interp: Interpreter, v: IntLike, ndigits: number): PyValue {
  if (ndigits >= 0) return typeof v === "boolean" ? (v ? 1 : 0) : v;
  // 10**-ndigits exceeds |v| (at most bits * log10(2) + 1 digits): the result is 0,
  // known without building the power (CPython builds it, slowly, or runs out of memory).
  if (-ndigits > bitsBound(v) * 0.30103 + 1) return 0;
  const x = toBig(v);
  const pow = 10n ** BigInt(-ndigits);
  let q = x / pow;
  let r = x % pow;
  if (r < 0n) {
    r += pow;
    q -= 1n;
  }
  const twice = 2n * r;
  if (twice > pow || (twice === pow && (q & 1n) === 1n)) q += 1n;
  return intFromBigInt(interp, q * pow);
}

function selfInt(interp: Interpreter, v: PyValue, name: string): IntLike {
  if (!isInt(v)) raiseTypeError(interp, `descriptor '${name}' for 'int' objects doesn't apply to a '${typeOf(v).name}' object`);
  return v;
}

function toBytes(interp: Interpreter, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const v = toBig(selfInt(interp, args[0], "to_bytes"));
  if (args.length > 3) raiseTypeError(interp, `to_bytes() takes at most 2 positional arguments (${args.length - 1} given)`);
  let length: PyValue = args.length > 1 ? args[1] : 1;
  let order: PyValue = args.length > 2 ? args[2] : internStr("big");
  let signed = false;
  if (kwargs !== null) {
    for (const [k, x] of kwargs) {
      if (k === "length") length = x;
      else if (k === "byteorder") order = x;
      else if (k === "signed") signed = x === true;
      else raiseTypeError(interp, `to_bytes() got an unexpected keyword argument '${k}'`);
    }
  }
  const n = ssizeValue(interp, length, `'${typeOf(length).name}' object cannot be interpreted as an integer`, "Python int too large to convert to C ssize_t");
  if (n < 0) raiseValueError(interp, "length argument must be non-negative");
  const little = order instanceof PyStr && order.v === "little";
  if (!(order instanceof PyStr) || (order.v !== "big" && order.v !== "little")) raiseValueError(interp, "byteorder must be either 'little' or 'big'");
  if (v < 0n && !signed) raiseOverflow(interp, "can't convert negative int to unsigned");
  // Fits in n bytes: checked from the bit length, before any n-byte value is built.
  const bits = v === 0n ? 0 : bitLength(v < 0n ? -v - 1n : v) + (signed ? 1 : 0);
  // CPython quirk kept: -1 fits in zero signed bytes.
  if (bits > 8 * n && !(n === 0 && v === -1n)) raiseOverflow(interp, "int too big to convert");
  reserveItems(interp, n, 1);
  // Two's complement of a negative value in n bytes, through hex text (linear, where
  // shifting the value one byte at a time is quadratic).
  const x = v < 0n ? (1n << BigInt(8 * n)) + v : v;
  const hex = n === 0 ? "" : x.toString(16);
  const bytes = new Array<number>(n).fill(0);
  for (let i = n - 1, j = hex.length; j > 0; i--, j -= 2) bytes[i] = parseInt(hex.slice(Math.max(0, j - 2), j), 16);
  if (little) bytes.reverse();
  return newBytes(interp, bytes);
}

defineMethods(intType, {
  bit_length(interp, args, kwargs) {
    checkArgs(interp, "int.bit_length", args, 0, 0, kwargs);
    return bitLength(toBig(selfInt(interp, args[0], "bit_length")));
  },
  bit_count(interp, args, kwargs) {
    checkArgs(interp, "int.bit_count", args, 0, 0, kwargs);
    let x = toBig(selfInt(interp, args[0], "bit_count"));
    if (x < 0n) x = -x;
    let n = 0;
    for (const c of x.toString(2)) if (c === "1") n++;
    return n;
  },
  conjugate(interp, args) {
    return intType.unary!(interp, "pos", args[0]);
  },
  as_integer_ratio(interp, args) {
    return newTuple(interp, [intType.unary!(interp, "pos", args[0]), 1]);
  },
  to_bytes: toBytes,
  __index__(interp, args) {
    return intType.unary!(interp, "pos", args[0]);
  },
  __int__(interp, args) {
    return intType.unary!(interp, "pos", args[0]);
  },
  __float__(interp, args) {
    return newFloat(interp, intToFloat(interp, selfInt(interp, args[0], "__float__")));
  },
  __trunc__(interp, args) {
    return intType.unary!(interp, "pos", args[0]);
  },
  __floor__(interp, args) {
    return intType.unary!(interp, "pos", args[0]);
  },
  __ceil__(interp, args) {
    return intType.unary!(interp, "pos", args[0]);
  },
  __round__(interp, args) {
    const v = selfInt(interp, args[0], "__round__");
    if (args.length < 2 || args[1] === None) return intType.unary!(interp, "pos", v);
    return intRound(interp, v, indexValue(interp, args[1]));
  },
  __abs__(interp, args) {
    return intAbs(interp, selfInt(interp, args[0], "__abs__"));
  },
  __format__(interp, args) {
    if (!(args[1] instanceof PyStr)) raiseTypeError(interp, `format() argument 2 must be str, not ${typeOf(args[1]).name}`);
    return newStr(interp, formatBuiltin(interp, args[0], args[1].v));
  },
  __getnewargs__(interp, args) {
    return newTuple(interp, [args[0]]);
  },
});

intType.dict.set(
  "from_bytes",
  builtinClassMethod("from_bytes", "int", (interp, args, kwargs) => {
    const cls = args[0] as PyType;
    if (args.length > 3) raiseTypeError(interp, `from_bytes() takes at most 2 positional arguments (${args.length - 1} given)`);
    let data: PyValue = args[1];
    let order: PyValue = args.length > 2 ? args[2] : internStr("big");
    let signed = false;
    if (kwargs !== null) {
      for (const [k, x] of kwargs) {
        if (k === "bytes") data = x;
        else if (k === "byteorder") order = x;
        else if (k === "signed") signed = x === true;
        else raiseTypeError(interp, `from_bytes() got an unexpected keyword argument '${k}'`);
      }
    }
    if (!(order instanceof PyStr) || (order.v !== "big" && order.v !== "little")) raiseValueError(interp, "byteorder must be either 'little' or 'big'");
    let bytes: number[];
    if (data instanceof PyBytes) bytes = data.bytes.slice();
    else if (data instanceof PyStr) return raiseTypeError(interp, "cannot convert 'str' object to bytes");
    else {
      const arr: number[] = [];
      for (const b of toArray(interp, data)) arr.push(indexValue(interp, b));
      bytes = arr;
    }
    if (order.v === "little") bytes.reverse();
    let x = 0n;
    for (const b of bytes) x = (x << 8n) | BigInt(b);
    if (signed && bytes.length > 0 && bytes[0] >= 128) x -= 1n << BigInt(8 * bytes.length);
    const v = intFromBigInt(interp, x);
    return cls === intType ? v : callValue(interp, cls, [v]);
  }),
);

// Attributes computed from the value (numbers have no instance dict).
intType.getattr = (interp, self, name) => {
  switch (name) {
    case "real": case "numerator": return intType.unary!(interp, "pos", self);
    case "imag": return 0;
    case "denominator": return 1;
  }
  if (self instanceof PyInt && self.dict !== null) return self.dict.get(name);
  return undefined;
};

/** Exact CPython hash of an int, for hash(). */
export function intHashValue(interp: Interpreter, v: IntLike): PyValue {
  if (typeof v === "number") return v === -1 ? -2 : v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return intFromBigInt(interp, bigHash(v.v));
}

// Instances of subclasses carry attributes: the collector must see them.
intType.traverse = (self, visit) => {
  const d = (self as PyInt).dict;
  if (d !== null) for (const v of d.values()) visit(v);
};
