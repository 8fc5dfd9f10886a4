// printf-style formatting: `fmt % args` for str (CPython's PyUnicode_Format).

import type { PyValue } from "./object.js";
import type { Interpreter } from "../vm/interpreter.js";
import { PyInt, toBig, intToDecimal, intToRadix, isInt } from "./int.js";
import { PyFloat } from "./float.js";
import { PyStr, cpLengthOf, internStr } from "./str.js";
import { PyTuple } from "./tuple.js";
import { PyDict } from "./dict-core.js";
import { formatExp, formatFixed, formatGeneral } from "./float-text.js";
import { raiseOverflow, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { typeOf, pyStr, pyRepr, getItem, callValue } from "../vm/abstract.js";
import { asciiRepr } from "./str-methods.js";
import { intType } from "./builtin-types.js";
import { reserveStr } from "./reserve.js";

/** CPython's limits on a conversion's width (Py_ssize_t) and precision (C int). */
const SSIZE_MAX = 2n ** 63n - 1n;
const INT_MAX = 2 ** 31 - 1;

interface Conv {
  left: boolean;
  plus: boolean;
  space: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  prec: number;
}

/**
 * What bytes formatting (objects/bytes-percent.ts) changes: its own %s/%b/%r/%a/%c
 * (a string of latin-1 characters, or undefined for the common conversion), its
 * mapping keys (bytes) and its error wording.
 */
export interface PercentHooks {
  convert(c: string, v: PyValue, prec: number): string | undefined;
  key(text: string): PyValue;
  isMapping(args: PyValue): boolean;
  what: string;
}

export function percentFormat(interp: Interpreter, fmt: string, args: PyValue, hooks: PercentHooks | null = null): string {
  let items: PyValue[];
  let mapping: PyValue | null = null;
  if (args instanceof PyTuple) items = args.items;
  else {
    items = [args];
    if (hooks !== null) {
      if (hooks.isMapping(args)) mapping = args;
    } else if (!(args instanceof PyStr) && (args instanceof PyDict || (typeof args === "object" && !(args instanceof PyInt) && !(args instanceof PyFloat) && typeOf(args).getitem !== undefined))) mapping = args;
  }
  let argIndex = 0;
  let usedMapping = false;
  const next = (): PyValue => {
    if (argIndex >= items.length) raiseTypeError(interp, "not enough arguments for format string");
    return items[argIndex++];
  };
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const pct = fmt.indexOf("%", i);
    if (pct < 0) {
      out += i === 0 ? fmt : fmt.slice(i);
      break;
    }
    if (pct > i) out += fmt.slice(i, pct);
    i = pct + 1;
    if (i >= n) raiseValueError(interp, "incomplete format");
    // Fast path: a bare conversion with no flags (by far the most common).
    let c = fmt[i];
    if (c === "%") {
      // Only a bare "%%" is a literal percent sign.
      out += "%";
      i++;
      continue;
    }
    if (c === "d" || c === "i" || (c === "s" && hooks === null)) {
      i++;
      const v = next();
      if (c === "s") out += v instanceof PyStr ? v.v : pyStr(interp, v);
      else if (typeof v === "number") out += String(v);
      else out += formatInteger(interp, v, "d", plainConv());
      continue;
    }
    let arg: PyValue | undefined;
    if (c === "(") {
      if (mapping === null) raiseTypeError(interp, "format requires a mapping");
      let depth = 1;
      const start = ++i;
      while (i < n && depth > 0) {
        if (fmt[i] === "(") depth++;
        else if (fmt[i] === ")") depth--;
        i++;
      }
      if (depth > 0) raiseValueError(interp, "incomplete format key");
      const key = fmt.slice(start, i - 1);
      arg = getItem(interp, mapping, hooks !== null ? hooks.key(key) : internStr(key));
      usedMapping = true;
      argIndex = items.length; // CPython: positional conversions after a keyed one find no arguments
    }
    const conv = plainConv();
    for (; i < n; i++) {
      c = fmt[i];
      if (c === "-") conv.left = true;
      else if (c === "+") conv.plus = true;
      else if (c === " ") conv.space = true;
      else if (c === "#") conv.alt = true;
      else if (c === "0") conv.zero = true;
      else break;
    }
    if (fmt[i] === "*") {
      conv.width = starArg(interp, next(), SSIZE_MAX, "ssize_t");
      if (conv.width < 0) { conv.left = true; conv.width = -conv.width; }
      i++;
    } else {
      const s = i;
      while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) i++;
      if (i > s) conv.width = literalNumber(interp, fmt.slice(s, i), SSIZE_MAX, "width too big");
    }
    if (fmt[i] === ".") {
      i++;
      if (fmt[i] === "*") {
        conv.prec = Math.max(0, starArg(interp, next(), BigInt(INT_MAX), "int"));
        i++;
      } else {
        const s = i;
        while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) i++;
        conv.prec = literalNumber(interp, fmt.slice(s, i), BigInt(INT_MAX), "precision too big");
      }
    }
    while (i < n && (fmt[i] === "h" || fmt[i] === "l" || fmt[i] === "L")) i++;
    if (i >= n) raiseValueError(interp, "incomplete format");
    c = fmt[i++];
    // After a key, flags, width or precision, "%" is a conversion like any other: CPython
    // takes its argument first (TypeError when there is none), then rejects it.
    const v = arg !== undefined ? arg : next();
    const own = hooks !== null ? hooks.convert(c, v, conv.prec) : undefined;
    out += own !== undefined ? padField(interp, conv, "", own, false) : convertOne(interp, c, v, conv, i - 1);
  }
  if (argIndex < items.length && !usedMapping && mapping === null) raiseTypeError(interp, `not all arguments converted during ${hooks !== null ? hooks.what : "string"} formatting`);
  return out;
}

function plainConv(): Conv {
  return { left: false, plus: false, space: false, alt: false, zero: false, width: -1, prec: -1 };
}

/** A `*` width or precision: an int that must fit CPython's C type (`max`, named `ctype`). */
function starArg(interp: Interpreter, v: PyValue, max: bigint, ctype: string): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (!(v instanceof PyInt)) return raiseTypeError(interp, "* wants int");
  const b = v.v;
  if (b > max || b < -max - 1n) raiseOverflow(interp, `Python int too large to convert to C ${ctype}`);
  return Number(b);
}

/** A width or precision written in the format: digits that must fit `max`. */
function literalNumber(interp: Interpreter, digits: string, max: bigint, tooBig: string): number {
  const n = Number(digits);
  if (n >= 2 ** 31 && BigInt(digits) > max) raiseValueError(interp, tooBig);
  return n;
}

function padField(interp: Interpreter, conv: Conv, sign: string, body: string, numeric: boolean): string {
  if (conv.width < 0) return sign + body;
  const len = sign.length + cpLengthOf(body);
  if (conv.width <= len) return sign + body;
  const fill = conv.width - len;
  reserveStr(interp, conv.width + sign.length);
  if (conv.left) return sign + body + " ".repeat(fill);
  if (numeric && conv.zero) return sign + "0".repeat(fill) + body;
  return " ".repeat(fill) + sign + body;
}

function signOf(conv: Conv, negative: boolean): string {
  return negative ? "-" : conv.plus ? "+" : conv.space ? " " : "";
}

function convertOne(interp: Interpreter, c: string, v: PyValue, conv: Conv, at: number): string {
  switch (c) {
    case "s": case "r": case "a": {
      let s = c === "s" ? (v instanceof PyStr ? v.v : pyStr(interp, v)) : c === "r" ? pyRepr(interp, v) : asciiRepr(interp, v);
      if (conv.prec >= 0 && s.length > conv.prec) s = cpLengthOf(s) === s.length ? s.slice(0, conv.prec) : Array.from(s).slice(0, conv.prec).join("");
      return padField(interp, conv, "", s, false);
    }
    case "d": case "i": case "u": case "x": case "X": case "o":
      return formatInteger(interp, v, c, conv);
    case "e": case "E": case "f": case "F": case "g": case "G": {
      const x = toFloatArg(interp, v, c);
      const negative = x < 0 || Object.is(x, -0);
      const ax = Math.abs(x);
      let body: string;
      const prec = conv.prec < 0 ? 6 : conv.prec;
      // The digits of a double need at most ~330 characters besides the precision's.
      reserveStr(interp, prec + 330);
      const upper = c === "E" || c === "F" || c === "G";
      if (!Number.isFinite(x)) body = x !== x ? "nan" : "inf";
      else if (c === "f" || c === "F") body = formatFixed(ax, prec, conv.alt);
      else if (c === "e" || c === "E") body = formatExp(ax, prec, conv.alt, upper);
      else body = formatGeneral(ax, prec, conv.alt, upper);
      if (upper) body = body.toUpperCase();
      return padField(interp, conv, signOf(conv, negative && x === x), body, Number.isFinite(x));
    }
    case "c": {
      let ch: string;
      if (v instanceof PyStr) {
        if (v.v.length !== 1 && !(v.v.length === 2 && v.v.codePointAt(0)! > 0xffff)) raiseTypeError(interp, "%c requires int or char");
        ch = v.v;
      } else if (isInt(v)) {
        const code = Number(toBig(v));
        if (code < 0 || code > 0x10ffff) raiseOverflow(interp, "%c arg not in range(0x110000)");
        ch = String.fromCodePoint(code);
      } else return raiseTypeError(interp, "%c requires int or char");
      return padField(interp, conv, "", ch, false);
    }
    default: {
      const code = c.charCodeAt(0);
      return raiseValueError(interp, `unsupported format character '${c}' (0x${code.toString(16)}) at index ${at}`);
    }
  }
}

function toFloatArg(interp: Interpreter, v: PyValue, c: string): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyInt) {
    const f = Number(v.v);
    if (!Number.isFinite(f)) raiseOverflow(interp, "int too large to convert to float");
    return f;
  }
  const m = typeOf(v).lookup("__float__");
  if (m !== null) {
    const r = callValue(interp, m, [v]);
    if (r instanceof PyFloat) return r.v;
  }
  void c;
  return raiseTypeError(interp, `must be real number, not ${typeOf(v).name}`);
}

function formatInteger(interp: Interpreter, v: PyValue, c: string, conv: Conv): string {
  let iv: number | boolean | PyInt;
  if (isInt(v)) iv = v;
  else if (v instanceof PyFloat && (c === "d" || c === "i" || c === "u")) {
    if (!Number.isFinite(v.v)) {
      if (v.v !== v.v) raiseValueError(interp, "cannot convert float NaN to integer");
      raiseOverflow(interp, "cannot convert float infinity to integer");
    }
    const t = Math.trunc(v.v);
    iv = Number.isSafeInteger(t) ? t : new PyInt(intType, BigInt(t));
  } else {
    const name = c === "d" || c === "i" || c === "u" ? "__int__" : "__index__";
    const m = typeOf(v).lookup(name);
    const r = m !== null ? callValue(interp, m, [v]) : null;
    if (r === null || !isInt(r)) {
      const what = c === "d" || c === "i" || c === "u" ? "a real number" : "an integer";
      return raiseTypeError(interp, `%${c} format: ${what} is required, not ${typeOf(v).name}`);
    }
    iv = r;
  }
  const big = typeof iv === "number" ? null : toBig(iv);
  const negative = big === null ? (iv as number) < 0 : big < 0n;
  let digits: string;
  let prefix = "";
  if (c === "x" || c === "X" || c === "o") {
    const radix: 8 | 16 = c === "o" ? 8 : 16;
    digits = big === null ? Math.abs(iv as number).toString(radix) : intToRadix(interp, big, radix);
    if (c === "X") digits = digits.toUpperCase();
    if (conv.alt) prefix = c === "o" ? "0o" : c === "x" ? "0x" : "0X";
  } else {
    digits = big === null ? String(Math.abs(iv as number)) : intToDecimal(interp, iv).replace("-", "");
  }
  // CPython formats integers through a C int precision with room for a sign and prefix.
  if (conv.prec > INT_MAX - 3) raiseOverflow(interp, "precision too large");
  if (conv.prec > digits.length) reserveStr(interp, conv.prec);
  if (conv.prec > digits.length) digits = "0".repeat(conv.prec - digits.length) + digits;
  return padField(interp, conv, signOf(conv, negative) + prefix, digits, true);
}
