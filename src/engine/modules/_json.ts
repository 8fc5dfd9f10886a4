// `_json`: the native encoder and decoder behind `json` (modules/json.ts is Python:
// the argument handling, JSONDecodeError, dump/load). Output is byte-for-byte
// CPython's: float.__repr__ for floats, int.__repr__ for ints (subclasses included),
// ensure_ascii escapes as \uXXXX (surrogate pairs above the BMP), key coercion and
// error messages of Lib/json/encoder.py and the C scanner.

import type { PyValue } from "../objects/object.js";
import { None, dictType, floatType, intType, listType, tupleType } from "../objects/builtin-types.js";
import { builtin } from "../objects/function.js";
import { makeModule, type PyModule } from "../objects/module.js";
import type { Interpreter } from "../vm/interpreter.js";
import { callValue, compareBool, isInstance, isTruthy, typeOf } from "../vm/abstract.js";
import { raise, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { RecursionError } from "../objects/exceptions.js";
import { PyStr, cpOffset, ensureStrRoom, newStr } from "../objects/str.js";
import { PyFloat, newFloat } from "../objects/float.js";
import { floatRepr } from "../objects/float-text.js";
import { PyInt, intFromBigInt, intToDecimal } from "../objects/int.js";
import { PyDict, dictSet, newDict } from "../objects/dict.js";
import { PyList, newList } from "../objects/list.js";
import { PyTuple, newTuple } from "../objects/tuple.js";

const MAX_DEPTH = 900;

// ---------------------------------------------------------------- encoding

function quote(s: string, ascii: boolean): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c && (c < 0x80 || !ascii)) continue;
    out += s.slice(run, i);
    run = i + 1;
    switch (c) {
      case 0x22: out += '\\"'; break;
      case 0x5c: out += "\\\\"; break;
      case 0x0a: out += "\\n"; break;
      case 0x0d: out += "\\r"; break;
      case 0x09: out += "\\t"; break;
      case 0x08: out += "\\b"; break;
      case 0x0c: out += "\\f"; break;
      default:
        out += "\\u" + c.toString(16).padStart(4, "0");
    }
  }
  return out + s.slice(run) + '"';
}

interface EncodeOptions {
  indent: string | null;
  itemSep: string;
  keySep: string;
  sortKeys: boolean;
  ascii: boolean;
  skipKeys: boolean;
  allowNan: boolean;
  checkCircular: boolean;
  defaultFn: PyValue;
}

function floatText(interp: Interpreter, x: number, o: EncodeOptions): string {
  if (Number.isFinite(x)) return floatRepr(x);
  if (!o.allowNan) raiseValueError(interp, `Out of range float values are not JSON compliant`);
  return x !== x ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
}

function encode(interp: Interpreter, v: PyValue, o: EncodeOptions, out: string[], depth: number, seen: Set<PyValue>): void {
  if (v === None) out.push("null");
  else if (v === true) out.push("true");
  else if (v === false) out.push("false");
  else if (typeof v === "number") out.push(String(v));
  else if (v instanceof PyStr) out.push(quote(v.v, o.ascii));
  else if (v instanceof PyInt || isInstance(v, intType)) out.push(intToDecimal(interp, v as PyInt));
  else if (v instanceof PyFloat) out.push(floatText(interp, v.v, o));
  else if (isInstance(v, floatType)) out.push(floatText(interp, (v as PyFloat).v, o));
  else {
    if (depth > MAX_DEPTH) raise(interp, RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
    const isList = v instanceof PyList || v instanceof PyTuple;
    const isDict = v instanceof PyDict && isInstance(v, dictType);
    if (o.checkCircular) {
      if (seen.has(v)) raiseValueError(interp, "Circular reference detected");
      seen.add(v);
    }
    if (isList && (isInstance(v, listType) || isInstance(v, tupleType))) encodeList(interp, (v as PyList | PyTuple).items, o, out, depth, seen);
    else if (isDict) encodeDict(interp, v as PyDict, o, out, depth, seen);
    else {
      if (o.defaultFn === None) raiseTypeError(interp, `Object of type ${typeOf(v).name} is not JSON serializable`);
      encode(interp, callValue(interp, o.defaultFn, [v]), o, out, depth + 1, seen);
    }
    if (o.checkCircular) seen.delete(v);
  }
}

function newline(o: EncodeOptions, depth: number): string {
  return "\n" + o.indent!.repeat(depth);
}

function encodeList(interp: Interpreter, items: PyValue[], o: EncodeOptions, out: string[], depth: number, seen: Set<PyValue>): void {
  if (items.length === 0) {
    out.push("[]");
    return;
  }
  out.push("[");
  const sep = o.indent === null ? o.itemSep : o.itemSep + newline(o, depth + 1);
  if (o.indent !== null) out.push(newline(o, depth + 1));
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out.push(sep);
    encode(interp, items[i], o, out, depth + 1, seen);
  }
  if (o.indent !== null) out.push(newline(o, depth));
  out.push("]");
}

function keyText(interp: Interpreter, k: PyValue, o: EncodeOptions): string | null {
  if (k instanceof PyStr) return k.v;
  if (k === true) return "true";
  if (k === false) return "false";
  if (k === None) return "null";
  if (typeof k === "number") return String(k);
  if (k instanceof PyFloat) return floatText(interp, k.v, o);
  if (k instanceof PyInt || isInstance(k, intType)) return intToDecimal(interp, k as PyInt);
  if (o.skipKeys) return null;
  return raiseTypeError(interp, `keys must be str, int, float, bool or None, not ${typeOf(k).name}`);
}

function encodeDict(interp: Interpreter, d: PyDict, o: EncodeOptions, out: string[], depth: number, seen: Set<PyValue>): void {
  if (d.table.size === 0) {
    out.push("{}");
    return;
  }
  let entries: [PyValue, PyValue][] = [];
  for (const e of d.table.map.values()) entries.push([e.key, e.value]);
  if (o.sortKeys) {
    entries = entries.sort((a, b) => (compareBool(interp, "lt", a[0], b[0]) ? -1 : compareBool(interp, "lt", b[0], a[0]) ? 1 : 0));
  }
  out.push("{");
  const sep = o.indent === null ? o.itemSep : o.itemSep + newline(o, depth + 1);
  if (o.indent !== null) out.push(newline(o, depth + 1));
  let first = true;
  for (const [k, v] of entries) {
    const key = keyText(interp, k, o);
    if (key === null) continue;
    if (!first) out.push(sep);
    first = false;
    out.push(quote(key, o.ascii), o.keySep);
    encode(interp, v, o, out, depth + 1, seen);
  }
  if (o.indent !== null) out.push(newline(o, depth));
  out.push("}");
}

function strArg(interp: Interpreter, v: PyValue): string {
  if (!(v instanceof PyStr)) return raiseTypeError(interp, `expected str, got ${typeOf(v).name}`);
  return v.v;
}

/** `_json.encode(obj, indent, item_sep, key_sep, sort_keys, ensure_ascii, skipkeys, allow_nan, check_circular, default)`. */
const encodeFn = builtin("encode", (interp, args) => {
  const o: EncodeOptions = {
    indent: args[1] === None ? null : strArg(interp, args[1]),
    itemSep: strArg(interp, args[2]),
    keySep: strArg(interp, args[3]),
    sortKeys: isTruthy(interp, args[4]),
    ascii: isTruthy(interp, args[5]),
    skipKeys: isTruthy(interp, args[6]),
    allowNan: isTruthy(interp, args[7]),
    checkCircular: isTruthy(interp, args[8]),
    defaultFn: args[9],
  };
  const out: string[] = [];
  encode(interp, args[0], o, out, 0, new Set());
  let n = 0;
  for (const s of out) n += s.length;
  ensureStrRoom(interp, n);
  return newStr(interp, out.join(""));
});

// ---------------------------------------------------------------- decoding

class DecodeError {
  constructor(readonly msg: string, readonly pos: number) {}
}

const NUMBER = /(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;

class Decoder {
  constructor(
    readonly interp: Interpreter,
    readonly s: string,
    readonly objectHook: PyValue,
    readonly pairsHook: PyValue,
  ) {}

  ws(i: number): number {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return i;
    }
  }

  /** Parse a value at i (no leading whitespace); returns [value, end]. */
  value(i: number, depth: number): [PyValue, number] {
    const s = this.s;
    const interp = this.interp;
    const c = s[i];
    if (c === '"') return this.string(i + 1);
    if (c === "{") return this.object(i + 1, depth + 1);
    if (c === "[") return this.array(i + 1, depth + 1);
    if (c === "n" && s.startsWith("null", i)) return [None, i + 4];
    if (c === "t" && s.startsWith("true", i)) return [true, i + 4];
    if (c === "f" && s.startsWith("false", i)) return [false, i + 5];
    if (c === "N" && s.startsWith("NaN", i)) return [newFloat(interp, NaN), i + 3];
    if (c === "I" && s.startsWith("Infinity", i)) return [newFloat(interp, Infinity), i + 8];
    if (c === "-" && s.startsWith("-Infinity", i)) return [newFloat(interp, -Infinity), i + 9];
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(s);
    if (m !== null) {
      const end = i + m[0].length;
      if (m[2] === undefined && m[3] === undefined) {
        const n = m[1].length < 16 ? Number(m[1]) : NaN;
        if (n === n && Math.abs(n) < 2 ** 30) return [n + 0, end];
        ensureStrRoom(interp, m[1].length);
        if (m[1].length > 4300) raiseValueError(interp, `Exceeds the limit (4300 digits) for integer string conversion: value has ${m[1].length} digits; use sys.set_int_max_str_digits() to increase the limit`);
        return [intFromBigInt(interp, BigInt(m[1])), end];
      }
      return [newFloat(interp, Number(m[0])), end];
    }
    throw new DecodeError("Expecting value", i);
  }

  string(i: number): [PyValue, number] {
    const s = this.s;
    const start = i - 1;
    let out = "";
    let run = i;
    for (;;) {
      if (i >= s.length) throw new DecodeError("Unterminated string starting at", start);
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        out += s.slice(run, i);
        return [newStr(this.interp, out), i + 1];
      }
      if (c < 0x20) throw new DecodeError("Invalid control character at", i);
      if (c !== 0x5c) {
        i++;
        continue;
      }
      out += s.slice(run, i);
      const e = s[i + 1];
      if (e === undefined) throw new DecodeError("Unterminated string starting at", start);
      const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
      if (e in simple) {
        out += simple[e];
        i += 2;
      } else if (e === "u") {
        const cu = this.hex4(i + 2, i);
        i += 6;
        if (cu >= 0xd800 && cu < 0xdc00 && s[i] === "\\" && s[i + 1] === "u") {
          const lo = this.hex4(i + 2, i);
          if (lo >= 0xdc00 && lo < 0xe000) {
            out += String.fromCharCode(cu, lo);
            i += 6;
            run = i;
            continue;
          }
        }
        out += String.fromCharCode(cu);
      } else throw new DecodeError("Invalid \\escape", i);
      run = i;
    }
  }

  hex4(i: number, escStart: number): number {
    const h = this.s.slice(i, i + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(h)) throw new DecodeError("Invalid \\uXXXX escape", escStart + 1);
    return parseInt(h, 16);
  }

  object(i: number, depth: number): [PyValue, number] {
    const interp = this.interp;
    if (depth > MAX_DEPTH) raise(interp, RecursionError, "maximum recursion depth exceeded while decoding a JSON object from a unicode string");
    const s = this.s;
    const pairs: [PyValue, PyValue][] = [];
    i = this.ws(i);
    if (s[i] === "}") i++;
    else {
      for (;;) {
        if (s[i] !== '"') throw new DecodeError("Expecting property name enclosed in double quotes", i);
        const [k, afterKey] = this.string(i + 1);
        i = this.ws(afterKey);
        if (s[i] !== ":") throw new DecodeError("Expecting ':' delimiter", i);
        i = this.ws(i + 1);
        const [v, afterValue] = this.value(i, depth);
        pairs.push([k, v]);
        i = this.ws(afterValue);
        if (s[i] === "}") {
          i++;
          break;
        }
        if (s[i] !== ",") throw new DecodeError("Expecting ',' delimiter", i);
        i = this.ws(i + 1);
      }
    }
    if (this.pairsHook !== None) {
      const list = newList(interp, pairs.map(([k, v]) => newTuple(interp, [k, v])));
      return [callValue(interp, this.pairsHook, [list]), i];
    }
    const d = newDict(interp);
    for (const [k, v] of pairs) dictSet(interp, d, k, v);
    if (this.objectHook !== None) return [callValue(interp, this.objectHook, [d]), i];
    return [d, i];
  }

  array(i: number, depth: number): [PyValue, number] {
    const interp = this.interp;
    if (depth > MAX_DEPTH) raise(interp, RecursionError, "maximum recursion depth exceeded while decoding a JSON array from a unicode string");
    const s = this.s;
    const items: PyValue[] = [];
    i = this.ws(i);
    if (s[i] === "]") return [newList(interp, items), i + 1];
    for (;;) {
      const [v, after] = this.value(i, depth);
      items.push(v);
      i = this.ws(after);
      if (s[i] === "]") return [newList(interp, items), i + 1];
      if (s[i] !== ",") throw new DecodeError("Expecting ',' delimiter", i);
      i = this.ws(i + 1);
    }
  }
}

/** `_json.decode(s, object_hook, object_pairs_hook)` -> (True, value) or (False, msg, pos). */
const decodeFn = builtin("decode", (interp, args) => {
  const so = args[0];
  if (!(so instanceof PyStr)) return raiseTypeError(interp, `the JSON object must be str, bytes or bytearray, not ${typeOf(so).name}`);
  const s = so.v;
  const dec = new Decoder(interp, s, args[1] ?? None, args[2] ?? None);
  try {
    const start = dec.ws(0);
    const [v, end] = dec.value(start, 0);
    const after = dec.ws(end);
    if (after !== s.length) throw new DecodeError("Extra data", after);
    return newTuple(interp, [true, v]);
  } catch (e) {
    if (e instanceof DecodeError) return newTuple(interp, [false, newStr(interp, e.msg), cpOffset(s, e.pos)]);
    throw e;
  }
});

export function createJsonNativeModule(interp: Interpreter): PyModule {
  void interp;
  return makeModule("_json", [
    ["encode", encodeFn],
    ["decode", decodeFn],
  ]);
}
