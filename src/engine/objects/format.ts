// The format-spec mini-language (format(), str.format, f-strings) for int, float and
// str, and the `__format__` protocol entry point `formatValue`. printf-style `%`
// formatting lives in percent-format.ts; float digit generation in float-text.ts.

import type { PyValue } from "./object.js";
import type { Interpreter } from "../vm/interpreter.js";
import { PyInt, toBig, intToDecimal, intToRadix } from "./int.js";
import { PyFloat } from "./float.js";
import { PyStr, cpLengthOf, internStr } from "./str.js";
import { reserveStr } from "./reserve.js";
import { floatRepr, formatExp, formatFixed, formatGeneral } from "./float-text.js";
import { boolType } from "./builtin-types.js";
import { PyComplex, formatComplex } from "./complex.js";
import { raiseOverflow, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { typeOf, pyStr, callValue } from "../vm/abstract.js";

export interface FormatSpec {
  fill: string;
  align: string; // "" | "<" | ">" | "=" | "^"
  sign: string; // "" | "+" | "-" | " "
  z: boolean;
  alt: boolean;
  zero: boolean;
  /** The '=' alignment came from the '0' flag (strings then keep their default alignment). */
  zeroAlign: boolean;
  width: number; // -1: none
  grouping: string; // "" | "," | "_"
  precision: number; // -1: none
  type: string; // "" or one letter
}

const ALIGNS = "<>=^";

/** Largest width or precision the spec parser accepts (CPython's Py_ssize_t). */
const SSIZE_MAX = 2 ** 63 - 1;
/** Largest float precision (CPython's C int). */
const INT_MAX = 2 ** 31 - 1;

/** A run of digits of a format spec as a number, refusing what CPython's Py_ssize_t cannot hold. */
function specNumber(interp: Interpreter, digits: string): number {
  // 19 digits may still fit 2**63 - 1; the double comparison is exact enough at that boundary
  // (the next double above 2**63 - 1 is 2**63 + 2048, and 2**63 itself is refused).
  const n = Number(digits);
  if (digits.length > 19 || n >= SSIZE_MAX) {
    if (digits.length > 19 || BigInt(digits) > 2n ** 63n - 1n) raiseValueError(interp, "Too many decimal digits in format string");
  }
  return n;
}

export function parseFormatSpec(interp: Interpreter, spec: string, typeName: string): FormatSpec {
  const r: FormatSpec = { fill: " ", align: "", sign: "", z: false, alt: false, zero: false, zeroAlign: false, width: -1, grouping: "", precision: -1, type: "" };
  let i = 0;
  let fillGiven = false;
  const n = spec.length;
  if (n >= 2 && ALIGNS.includes(spec[1])) {
    r.fill = spec[0];
    r.align = spec[1];
    fillGiven = true;
    i = 2;
  } else if (n >= 3 && ALIGNS.includes(spec[2]) && spec.codePointAt(0)! > 0xffff) {
    r.fill = spec.slice(0, 2);
    r.align = spec[2];
    fillGiven = true;
    i = 3;
  } else if (n >= 1 && ALIGNS.includes(spec[0])) {
    r.align = spec[0];
    i = 1;
  }
  if (i < n && (spec[i] === "+" || spec[i] === "-" || spec[i] === " ")) r.sign = spec[i++];
  if (i < n && spec[i] === "z") { r.z = true; i++; }
  if (i < n && spec[i] === "#") { r.alt = true; i++; }
  if (i < n && spec[i] === "0") {
    r.zero = true;
    // CPython: without an explicit fill, '0' sets the fill; numbers then default to '=' alignment.
    if (!fillGiven) r.fill = "0";
    if (r.align === "") { r.align = "="; r.zeroAlign = true; }
    i++;
  }
  let start = i;
  while (i < n && spec.charCodeAt(i) >= 48 && spec.charCodeAt(i) <= 57) i++;
  if (i > start) r.width = specNumber(interp, spec.slice(start, i));
  if (i < n && (spec[i] === "," || spec[i] === "_")) {
    r.grouping = spec[i++];
    if (i < n && (spec[i] === "," || spec[i] === "_")) raiseValueError(interp, "Cannot specify both ',' and '_'.");
  }
  if (i < n && spec[i] === ".") {
    i++;
    start = i;
    while (i < n && spec.charCodeAt(i) >= 48 && spec.charCodeAt(i) <= 57) i++;
    if (i === start) raiseValueError(interp, "Format specifier missing precision");
    r.precision = specNumber(interp, spec.slice(start, i));
  }
  if (n - i > 1) raiseValueError(interp, `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (i < n) r.type = spec[i];
  if (r.grouping !== "" && r.type !== "") {
    const ok = r.grouping === "," ? "deEfFgG%" : "deEfFgG%boxXn";
    if (!ok.includes(r.type) || (r.grouping === "," && r.type === "n")) raiseValueError(interp, `Cannot specify '${r.grouping}' with '${r.type}'.`);
  }
  return r;
}

/** Pad `body` (sign/prefix already split off for '=' alignment) to the spec's width. */
function pad(interp: Interpreter, sp: FormatSpec, prefix: string, body: string, defaultAlign: string): string {
  if (sp.width < 0) return prefix + body;
  const len = cpLengthOf(prefix) + cpLengthOf(body);
  if (sp.width <= len) return prefix + body;
  const total = sp.width - len;
  // The fill may be a surrogate pair: two code units per padding character.
  reserveStr(interp, prefix.length + body.length + total * sp.fill.length);
  const align = sp.align || defaultAlign;
  const fill = sp.fill;
  switch (align) {
    case "<": return prefix + body + fill.repeat(total);
    case "^": {
      const left = total >> 1;
      return fill.repeat(left) + prefix + body + fill.repeat(total - left);
    }
    case "=": return prefix + fill.repeat(total) + body;
    default: return fill.repeat(total) + prefix + body;
  }
}

/** Insert grouping separators into a string of digits, every `every` digits from the right. */
function group(digits: string, sep: string, every: number): string {
  if (digits.length <= every) return digits;
  let out = "";
  let first = digits.length % every;
  if (first === 0) first = every;
  out = digits.slice(0, first);
  for (let i = first; i < digits.length; i += every) out += sep + digits.slice(i, i + every);
  return out;
}

/**
 * Assemble a number: sign + prefix + (grouped, possibly zero-padded) integer digits + rest.
 * Zero padding with grouping pads the digits themselves so separators land right.
 */
function assembleNumber(interp: Interpreter, sp: FormatSpec, negative: boolean, prefix: string, intDigits: string, rest: string, every: number): string {
  const sign = negative ? "-" : sp.sign === "+" ? "+" : sp.sign === " " ? " " : "";
  const head = sign + prefix;
  if (sp.grouping !== "") {
    let grouped = group(intDigits, sp.grouping, every);
    if (sp.fill === "0" && sp.align === "=" && sp.width > 0) {
      // The fewest digits whose grouped form fills the width (computed, not grown one
      // zero at a time: that was quadratic in the width). Grouped, d digits take
      // d + floor((d - 1) / every) characters, so the result never starts with a separator.
      const target = sp.width - head.length - rest.length;
      const groupedLen = (d: number): number => d + Math.floor((d - 1) / every);
      if (grouped.length < target) {
        reserveStr(interp, sp.width);
        let d = Math.max(intDigits.length, Math.floor((target * every) / (every + 1)) - 1);
        while (groupedLen(d) < target) d++;
        grouped = group("0".repeat(d - intDigits.length) + intDigits, sp.grouping, every);
      }
    }
    return pad(interp, sp, head, grouped + rest, ">");
  }
  return pad(interp, sp, head, intDigits + rest, ">");
}

export function formatIntWithSpec(interp: Interpreter, v: number | boolean | PyInt, sp: FormatSpec): string {
  const type = sp.type;
  const floatType = type !== "" && "eEfFgG%".includes(type);
  if (sp.precision >= 0 && !floatType) raiseValueError(interp, "Precision not allowed in integer format specifier");
  if (sp.z && !floatType) raiseValueError(interp, "Negative zero coercion (z) not allowed in integer format specifier");
  const big = typeof v === "number" ? null : toBig(v);
  const negative = big === null ? (v as number) < 0 : big < 0n;
  const abs = (radix: 2 | 8 | 16): string => (big === null ? Math.abs(v as number).toString(radix) : intToRadix(interp, big, radix));
  switch (type) {
    case "": case "d": case "n": {
      const s = big === null ? String(Math.abs(v as number)) : intToDecimal(interp, v).replace("-", "");
      return assembleNumber(interp, sp, negative, "", s, "", 3);
    }
    case "b": return assembleNumber(interp, sp, negative, sp.alt ? "0b" : "", abs(2), "", 4);
    case "o": return assembleNumber(interp, sp, negative, sp.alt ? "0o" : "", abs(8), "", 4);
    case "x": return assembleNumber(interp, sp, negative, sp.alt ? "0x" : "", abs(16), "", 4);
    case "X": return assembleNumber(interp, sp, negative, sp.alt ? "0X" : "", abs(16).toUpperCase(), "", 4);
    case "c": {
      if (sp.sign !== "") raiseValueError(interp, "Sign not allowed with integer format specifier 'c'");
      if (sp.alt) raiseValueError(interp, "Alternate form (#) not allowed with integer format specifier 'c'");
      const code = big === null ? (v as number) : Number(big);
      if (code < 0 || code > 0x10ffff) raiseOverflow(interp, "%c arg not in range(0x110000)");
      // Like every integer presentation, %c right-aligns by default.
      return pad(interp, sp, "", String.fromCodePoint(code), ">");
    }
    case "e": case "E": case "f": case "F": case "g": case "G": case "%": {
      const f = big === null ? (v as number) : Number(big);
      if (!Number.isFinite(f)) raiseOverflow(interp, "int too large to convert to float");
      return formatFloatWithSpec(interp, f, sp);
    }
    default:
      return raiseValueError(interp, `Unknown format code '${type}' for object of type 'int'`);
  }
}

export function formatFloatWithSpec(interp: Interpreter, x: number, sp: FormatSpec): string {
  let type = sp.type;
  if (type !== "" && !"eEfFgGn%".includes(type)) return raiseValueError(interp, `Unknown format code '${type}' for object of type 'float'`);
  const negative = x < 0 || Object.is(x, -0);
  let ax = Math.abs(x);
  let body: string;
  let suffix = "";
  if (type === "%") {
    ax *= 100;
    suffix = "%";
    type = "f";
  }
  const upper = type === "E" || type === "F" || type === "G";
  const prec = sp.precision;
  if (prec > INT_MAX) raiseValueError(interp, "precision too big");
  // The digits of a double need at most ~330 characters besides the precision's.
  if (prec > 0) reserveStr(interp, prec + 330);
  if (!Number.isFinite(ax)) {
    body = ax !== ax ? "nan" : "inf";
    if (upper) body = body.toUpperCase();
  } else {
    switch (type) {
      case "": body = prec < 0 ? floatRepr(ax) : formatGeneral(ax, prec, sp.alt, false, true); break;
      case "f": case "F": body = formatFixed(ax, prec < 0 ? 6 : prec, sp.alt); break;
      case "e": case "E": body = formatExp(ax, prec < 0 ? 6 : prec, sp.alt, upper); break;
      case "g": case "G": case "n": body = formatGeneral(ax, prec < 0 ? 6 : prec, sp.alt, upper); break;
      default: return raiseValueError(interp, `Unknown format code '${type}' for object of type 'float'`);
    }
  }
  let neg = negative && x === x;
  if (neg && sp.z && /^[0.]*$/.test(body.replace(/e.*$/i, ""))) neg = false;
  // Split integer digits from the rest so grouping applies to the integer part only.
  let i = 0;
  while (i < body.length && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
  if (i === 0) {
    // inf / nan: zero padding pads with the fill as usual, never groups.
    const sign = neg ? "-" : sp.sign === "+" ? "+" : sp.sign === " " ? " " : "";
    return pad(interp, sp, sign, body + suffix, ">");
  }
  return assembleNumber(interp, sp, neg, "", body.slice(0, i), body.slice(i) + suffix, 3);
}

export function formatStrWithSpec(interp: Interpreter, s: string, sp: FormatSpec): string {
  if (sp.type !== "" && sp.type !== "s") raiseValueError(interp, `Unknown format code '${sp.type}' for object of type 'str'`);
  if (sp.sign !== "") raiseValueError(interp, "Sign not allowed in string format specifier");
  if (sp.alt) raiseValueError(interp, "Alternate form (#) not allowed in string format specifier");
  if (sp.align === "=" && sp.zeroAlign !== true) raiseValueError(interp, "'=' alignment not allowed in string format specifier");
  if (sp.grouping !== "") raiseValueError(interp, `Cannot specify '${sp.grouping}' with 's'.`);
  if (sp.align === "=") sp = { ...sp, align: "<" };
  if (sp.precision >= 0 && s.length > sp.precision) s = cpLengthOf(s) === s.length ? s.slice(0, sp.precision) : Array.from(s).slice(0, sp.precision).join("");
  return pad(interp, sp, "", s, "<");
}

/** format(value, spec): the builtin `__format__` of int/float/str, else the type's `__format__`. */
export function formatValue(interp: Interpreter, value: PyValue, spec: string): string {
  if (typeof value === "number") {
    if (spec === "") return String(value);
    return formatIntWithSpec(interp, value, parseFormatSpec(interp, spec, "int"));
  }
  if (typeof value === "boolean") {
    if (spec === "") return value ? "True" : "False";
    return formatIntWithSpec(interp, value, parseFormatSpec(interp, spec, "bool"));
  }
  const t = typeOf(value);
  const user = t.lookup("__format__");
  if (user !== null && !t.frozen) {
    const r = callValue(interp, user, [value, internStr(spec)]);
    if (!(r instanceof PyStr)) raiseTypeError(interp, `__format__ must return a str, not ${typeOf(r).name}`);
    return r.v;
  }
  return formatBuiltin(interp, value, spec);
}

/** The builtin types' `__format__` (int/float/str; anything else: object.__format__). */
export function formatBuiltin(interp: Interpreter, value: PyValue, spec: string): string {
  if (typeof value === "number" || typeof value === "boolean") return formatValue(interp, value, spec);
  const t = typeOf(value);
  if (value instanceof PyStr) {
    if (spec === "") return value.v;
    return formatStrWithSpec(interp, value.v, parseFormatSpec(interp, spec, "str"));
  }
  if (value instanceof PyFloat) {
    if (spec === "") return floatRepr(value.v);
    return formatFloatWithSpec(interp, value.v, parseFormatSpec(interp, spec, "float"));
  }
  if (value instanceof PyInt) {
    if (spec === "") return intToDecimal(interp, value);
    return formatIntWithSpec(interp, value, parseFormatSpec(interp, spec, t.isSubtypeOf(boolType) ? "bool" : "int"));
  }
  if (value instanceof PyComplex) return formatComplex(interp, value.re, value.im, spec);
  // object.__format__
  if (spec !== "") raiseTypeError(interp, `unsupported format string passed to ${t.name}.__format__`);
  return pyStr(interp, value);
}
