// str methods (split, join, strip, find, replace, case, predicates, padding...).
// Slots are in str-slots.ts, str.format in str-format.ts.

import { plainSeqItems } from "./seq.js";
import type { PyValue } from "./object.js";
import { None, strType } from "./builtin-types.js";
import type { Kwargs } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { defineMethods } from "./function.js";
import { raiseOverflow, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { getItem, pyRepr, toArray, typeOf, pyStr } from "../vm/abstract.js";
import { PyStr, cpLength, cpOffset, ensureStrRoom, isWide, newStr, strRepr, unitOffset } from "./str.js";
import { PyTuple, newTuple } from "./tuple.js";
import { PyList, newList } from "./list.js";
import { PyDict, dictSet, newDict } from "./dict-core.js";
import { indexValue, ssizeValue } from "./slice.js";
import { PyException, LookupError } from "./exceptions.js";
import { newBytes, encodeStr } from "./bytes.js";
import { isInt } from "./int.js";
import { builtinStaticMethod } from "./classmethod-builtin.js";
import { TextBuilder } from "./text-builder.js";

// ---------------------------------------------------------------- helpers

/** Python's str.isspace() for one UTF-16 unit. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

function selfStr(interp: Interpreter, v: PyValue, name: string): string {
  if (!(v instanceof PyStr)) raiseTypeError(interp, `descriptor '${name}' for 'str' objects doesn't apply to a '${typeOf(v).name}' object`);
  return v.v;
}

function argStr(interp: Interpreter, v: PyValue, what: string): string {
  if (!(v instanceof PyStr)) raiseTypeError(interp, `${what} must be str, not ${v === None ? "None" : typeOf(v).name}`);
  return v.v;
}

/** The str result of a method: the same object when unchanged (CPython returns self for exact strs). */
function result(interp: Interpreter, self: PyValue, s: string): PyStr {
  if (self instanceof PyStr && self.v === s && self.cls === strType) return self;
  return newStr(interp, s);
}

/** Optional start/end arguments (slice semantics) -> [start, end]. */
function range(interp: Interpreter, len: number, args: PyValue[], from: number): [number, number] {
  let start = 0;
  let end = len;
  if (args.length > from && args[from] !== None) {
    start = indexValue(interp, args[from]);
    if (start < 0) start = Math.max(0, start + len);
  }
  if (args.length > from + 1 && args[from + 1] !== None) {
    end = indexValue(interp, args[from + 1]);
    if (end < 0) end = Math.max(0, end + len);
    else if (end > len) end = len;
  }
  return [start, end];
}

/** Optional start/end arguments of a str that may hold surrogate pairs, as code-unit offsets. */
function strRange(interp: Interpreter, self: PyValue, args: PyValue[], from: number): [number, number] {
  const str = self as PyStr;
  if (!isWide(str)) return range(interp, str.v.length, args, from);
  const len = cpLength(str);
  const [start, end] = range(interp, len, args, from);
  if (start > len) return [str.v.length + 1, unitOffset(str.v, end)];
  return [unitOffset(str.v, start), unitOffset(str.v, end)];
}

function kw(kwargs: Kwargs, name: string): PyValue | undefined {
  return kwargs === null ? undefined : kwargs.get(name);
}

function checkKw(interp: Interpreter, fname: string, kwargs: Kwargs, allowed: string[]): void {
  if (kwargs === null) return;
  for (const k of kwargs.keys()) if (!allowed.includes(k)) raiseTypeError(interp, `${fname}() got an unexpected keyword argument '${k}'`);
}

// ---------------------------------------------------------------- split

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    const start = i;
    while (i < n && !isSpaceCode(s.charCodeAt(i))) i++;
    out.push(s.slice(start, i));
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(0, i));
      break;
    }
    const end = i;
    while (i > 0 && !isSpaceCode(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, end));
  }
  return out.reverse();
}

function splitArgs(interp: Interpreter, name: string, args: PyValue[], kwargs: Kwargs): [string | null, number] {
  checkKw(interp, name, kwargs, ["sep", "maxsplit"]);
  if (args.length > 3) raiseTypeError(interp, `${name}() takes at most 2 arguments (${args.length - 1} given)`);
  const sepV = args.length > 1 ? args[1] : kw(kwargs, "sep") ?? None;
  const maxV = args.length > 2 ? args[2] : kw(kwargs, "maxsplit") ?? -1;
  let sep: string | null = null;
  if (sepV !== None) {
    if (!(sepV instanceof PyStr)) raiseTypeError(interp, `must be str or None, not ${typeOf(sepV).name}`);
    sep = sepV.v;
    if (sep.length === 0) raiseValueError(interp, "empty separator");
  }
  return [sep, indexValue(interp, maxV, `'${typeOf(maxV).name}' object cannot be interpreted as an integer`)];
}

function strList(interp: Interpreter, parts: string[]): PyList {
  const items: PyValue[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) items[i] = newStr(interp, parts[i]);
  return newList(interp, items);
}

// ---------------------------------------------------------------- case

function isCased(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** Unicode titlecase of one character (differs from uppercase for digraphs and ligatures). */
function titleChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x01c4 && c <= 0x01cc) return String.fromCharCode(0x01c5 + 3 * Math.floor((c - 0x01c4) / 3));
  if (c >= 0x01f1 && c <= 0x01f3) return "\u01f2";
  const u = ch.toUpperCase();
  return u.length > 1 && u.length !== ch.length ? u[0] + u.slice(1).toLowerCase() : u;
}

function titleCase(s: string): string {
  let out = "";
  let prevCased = false;
  for (const ch of s) {
    if (isCased(ch)) {
      out += prevCased ? ch.toLowerCase() : titleChar(ch);
      prevCased = true;
    } else {
      out += ch;
      prevCased = /\p{Lt}|\p{Lm}/u.test(ch) ? prevCased : false;
    }
  }
  return out;
}

// ---------------------------------------------------------------- padding

function padArgs(interp: Interpreter, name: string, args: PyValue[], kwargs: Kwargs): [number, string] {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, `${name}() takes no keyword arguments`);
  if (args.length < 2 || args.length > 3) raiseTypeError(interp, `${name} expected ${args.length < 2 ? "at least 1" : "at most 2"} argument${args.length < 2 ? "" : "s"}, got ${args.length - 1}`);
  const width = ssizeValue(interp, args[1], `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`, "Python int too large to convert to C ssize_t");
  let fill = " ";
  if (args.length === 3) {
    fill = argStr(interp, args[2], `${name}() argument 2`);
    if (fill.length !== 1 && !(fill.length === 2 && fill.codePointAt(0)! > 0xffff)) raiseTypeError(interp, "The fill character must be exactly one character long");
  }
  // Before any padding is built (a surrogate-pair fill is two code units per character).
  ensureStrRoom(interp, width * fill.length);
  return [width, fill];
}

// ---------------------------------------------------------------- predicates

const RE_DECIMAL = /^\p{Nd}+$/u;
const RE_DIGIT = /^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]+$/u;
const RE_NUMERIC = /^\p{N}+$/u;
const RE_ALPHA = /^\p{L}+$/u;
const RE_ALNUM = /^[\p{L}\p{N}]+$/u;
const RE_IDENT = /^[\p{L}\p{Nl}_\u2118\u212e\u309b\u309c][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\u00b7\u0387\u1369-\u1371\u19da\u2118\u212e\u309b\u309c]*$/u;
const RE_NONPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function predicate(test: (s: string) => boolean) {
  return (interp: Interpreter, args: PyValue[]): PyValue => test(selfStr(interp, args[0], "predicate"));
}

// ---------------------------------------------------------------- ascii()

/** ascii(x): repr with every non-ASCII character escaped. */
export function asciiRepr(interp: Interpreter, v: PyValue): string {
  const r = pyRepr(interp, v);
  if (!/[^\x00-\x7f]/.test(r)) return r;
  // At most 10 characters (\\Uxxxxxxxx for a pair, \\uxxxx for one unit) per code unit.
  let length = 0;
  for (let i = 0; i < r.length; i++) {
    const c = r.charCodeAt(i);
    length += c < 0x80 ? 1 : c < 0x100 ? 4 : c >= 0xd800 && c < 0xdc00 && i + 1 < r.length ? 5 : 6;
  }
  ensureStrRoom(interp, length);
  const out = new TextBuilder();
  for (let i = 0; i < r.length; i++) {
    const c = r.charCodeAt(i);
    if (c < 0x80) out.add(r[i]);
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < r.length) {
      const cp = r.codePointAt(i)!;
      i++;
      out.add("\\U" + cp.toString(16).padStart(8, "0"));
    } else if (c < 0x100) out.add("\\x" + c.toString(16).padStart(2, "0"));
    else out.add("\\u" + c.toString(16).padStart(4, "0"));
  }
  return out.done();
}

// ---------------------------------------------------------------- the methods

function findImpl(interp: Interpreter, args: PyValue[], name: string, reverse: boolean): number {
  if (args.length < 2 || args.length > 4) raiseTypeError(interp, `${name} expected ${args.length < 2 ? "at least 1 argument" : "at most 3 arguments"}, got ${args.length - 1}`);
  const s = selfStr(interp, args[0], name);
  const sub = argStr(interp, args[1], "must be str, not") ;
  const [start, end] = args.length > 2 ? strRange(interp, args[0], args, 2) : [0, s.length];
  if (start > end || start > s.length) return -1;
  let i: number;
  if (!reverse) {
    i = s.indexOf(sub, start);
    if (i < 0 || i + sub.length > end) return -1;
  } else {
    if (end - start < sub.length) return -1;
    i = s.lastIndexOf(sub, end - sub.length);
    if (i < start) return -1;
  }
  return isWide(args[0] as PyStr) ? cpOffset(s, i) : i;
}

function affixImpl(interp: Interpreter, args: PyValue[], name: string, ends: boolean): boolean {
  const s = selfStr(interp, args[0], name);
  const what = args[1];
  const [start, end] = args.length > 2 ? strRange(interp, args[0], args, 2) : [0, s.length];
  const test = (p: string): boolean => {
    if (start > s.length || end - start < p.length) return false;
    return ends ? s.startsWith(p, end - p.length) : s.startsWith(p, start);
  };
  if (what instanceof PyStr) return test(what.v);
  if (what instanceof PyTuple) {
    for (const p of what.items) {
      if (!(p instanceof PyStr)) raiseTypeError(interp, `tuple for ${name} must only contain str, not ${typeOf(p).name}`);
      if (test(p.v)) return true;
    }
    return false;
  }
  return raiseTypeError(interp, `${name} first arg must be str or a tuple of str, not ${typeOf(what).name}`);
}

function stripImpl(interp: Interpreter, args: PyValue[], name: string, left: boolean, right: boolean): PyValue {
  const s = selfStr(interp, args[0], name);
  let i = 0;
  let j = s.length;
  if (args.length < 2 || args[1] === None) {
    if (left) while (i < j && isSpaceCode(s.charCodeAt(i))) i++;
    if (right) while (j > i && isSpaceCode(s.charCodeAt(j - 1))) j--;
  } else {
    if (!(args[1] instanceof PyStr)) raiseTypeError(interp, `${name} arg must be None or str`);
    const chars = args[1].v;
    if (left) while (i < j && chars.includes(s[i])) i++;
    if (right) while (j > i && chars.includes(s[j - 1])) j--;
  }
  if (i === 0 && j === s.length) return result(interp, args[0], s);
  return newStr(interp, s.slice(i, j));
}

function countImpl(interp: Interpreter, args: PyValue[]): number {
  if (args.length < 2) raiseTypeError(interp, `count() takes at least 1 argument (0 given)`);
  const s = selfStr(interp, args[0], "count");
  const sub = argStr(interp, args[1], "must be str, not");
  let [start, end] = args.length > 2 ? strRange(interp, args[0], args, 2) : [0, s.length];
  if (start > s.length || start > end) return 0;
  if (sub.length === 0) return isWide(args[0] as PyStr) ? cpOffset(s, end) - cpOffset(s, start) + 1 : end - start + 1;
  let n = 0;
  if (start === 0 && end === s.length) {
    for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
    return n;
  }
  for (let i = s.indexOf(sub, start); i >= 0 && i + sub.length <= end; i = s.indexOf(sub, i + sub.length)) n++;
  void (end = end);
  return n;
}

function replaceImpl(interp: Interpreter, args: PyValue[], kwargs: Kwargs): PyValue {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, "replace() takes no keyword arguments");
  if (args.length < 3 || args.length > 4) raiseTypeError(interp, `replace expected ${args.length < 3 ? "at least 2" : "at most 3"} arguments, got ${args.length - 1}`);
  const s = selfStr(interp, args[0], "replace");
  const old = argStr(interp, args[1], "replace() argument 1");
  const rep = argStr(interp, args[2], "replace() argument 2");
  const count = args.length > 3 ? indexValue(interp, args[3]) : -1;
  if (count === 0) return result(interp, args[0], s);
  let out: string;
  if (old.length === 0) {
    const parts: string[] = [];
    let n = 0;
    let i = 0;
    for (; i <= s.length; i++) {
      if (count >= 0 && n >= count) break;
      parts.push(rep);
      n++;
      if (i < s.length) parts.push(s[i]);
    }
    out = parts.join("") + (i <= s.length ? s.slice(i) : "");
  } else if (count < 0) {
    if (rep.length > old.length) ensureStrRoom(interp, s.length + (rep.length - old.length) * countImpl(interp, [args[0], args[1]]));
    out = s.split(old).join(rep);
  } else {
    out = "";
    let pos = 0;
    let n = 0;
    for (let i = s.indexOf(old); i >= 0 && n < count; i = s.indexOf(old, pos)) {
      out += s.slice(pos, i) + rep;
      pos = i + old.length;
      n++;
    }
    out += s.slice(pos);
  }
  return result(interp, args[0], out);
}

export function joinImpl(interp: Interpreter, sep: string, iterable: PyValue): string {
  let items = plainSeqItems(iterable);
  if (items === null) {
    const t = typeOf(iterable);
    if (t.iter === undefined && t.getitem === undefined) raiseTypeError(interp, "can only join an iterable");
    items = toArray(interp, iterable);
  }
  const parts: string[] = new Array(items.length);
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    if (!(v instanceof PyStr)) raiseTypeError(interp, `sequence item ${i}: expected str instance, ${typeOf(v).name} found`);
    parts[i] = v.v;
    total += v.v.length;
  }
  ensureStrRoom(interp, total + sep.length * Math.max(0, items.length - 1));
  return parts.join(sep);
}

function splitlinesImpl(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    let eol = 0;
    if (c === 13) eol = i + 1 < n && s.charCodeAt(i + 1) === 10 ? 2 : 1;
    else if (c === 10 || c === 11 || c === 12 || c === 28 || c === 29 || c === 30 || c === 0x85 || c === 0x2028 || c === 0x2029) eol = 1;
    if (eol > 0) {
      out.push(s.slice(start, keepends ? i + eol : i));
      i += eol;
      start = i;
    } else i++;
  }
  if (start < n) out.push(s.slice(start));
  return out;
}

function partitionImpl(interp: Interpreter, args: PyValue[], reverse: boolean): PyValue {
  const s = selfStr(interp, args[0], reverse ? "rpartition" : "partition");
  const sep = argStr(interp, args[1], "must be str, not");
  if (sep.length === 0) raiseValueError(interp, "empty separator");
  const i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (i < 0) {
    return reverse ? newTuple(interp, [newStr(interp, ""), newStr(interp, ""), args[0]]) : newTuple(interp, [args[0], newStr(interp, ""), newStr(interp, "")]);
  }
  return newTuple(interp, [newStr(interp, s.slice(0, i)), args[1], newStr(interp, s.slice(i + sep.length))]);
}

/** The length expandTabs(s, tabsize) will have, computed without building it. */
function expandedLength(s: string, tabsize: number): number {
  let total = 0;
  let col = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9) {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        total += n;
        col += n;
      }
    } else {
      total++;
      // A surrogate pair is one column (two code units).
      if ((c & 0xfc00) !== 0xdc00 || i === 0 || (s.charCodeAt(i - 1) & 0xfc00) !== 0xd800) col = c === 10 || c === 13 ? 0 : col + 1;
    }
  }
  return total;
}

function expandTabs(s: string, tabsize: number): string {
  let out = "";
  let col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += " ".repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === "\n" || ch === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

defineMethods(strType, {
  split(interp, args, kwargs) {
    const s = selfStr(interp, args[0], "split");
    if (args.length === 1 && kwargs === null) return strList(interp, splitWhitespace(s, -1));
    const [sep, maxsplit] = splitArgs(interp, "split", args, kwargs);
    if (sep === null) return strList(interp, splitWhitespace(s, maxsplit));
    if (maxsplit < 0) return strList(interp, s.split(sep));
    const parts: string[] = [];
    let pos = 0;
    for (let i = s.indexOf(sep); i >= 0 && parts.length < maxsplit; i = s.indexOf(sep, pos)) {
      parts.push(s.slice(pos, i));
      pos = i + sep.length;
    }
    parts.push(s.slice(pos));
    return strList(interp, parts);
  },
  rsplit(interp, args, kwargs) {
    const s = selfStr(interp, args[0], "rsplit");
    const [sep, maxsplit] = splitArgs(interp, "rsplit", args, kwargs);
    if (sep === null) return strList(interp, rsplitWhitespace(s, maxsplit));
    if (maxsplit < 0) return strList(interp, s.split(sep));
    const parts: string[] = [];
    let end = s.length;
    while (parts.length < maxsplit) {
      const i = end - sep.length >= 0 ? s.lastIndexOf(sep, end - sep.length) : -1;
      if (i < 0) break;
      parts.push(s.slice(i + sep.length, end));
      end = i;
    }
    parts.push(s.slice(0, end));
    return strList(interp, parts.reverse());
  },
  splitlines(interp, args, kwargs) {
    const s = selfStr(interp, args[0], "splitlines");
    const keep = args.length > 1 ? args[1] : kw(kwargs, "keepends") ?? false;
    return strList(interp, splitlinesImpl(s, keep === true || (typeof keep === "number" && keep !== 0)));
  },
  join(interp, args, kwargs) {
    if (args.length !== 2 || kwargs !== null) raiseTypeError(interp, `str.join() takes exactly one argument (${args.length - 1} given)`);
    return newStr(interp, joinImpl(interp, selfStr(interp, args[0], "join"), args[1]));
  },
  strip: (interp, args) => stripImpl(interp, args, "strip", true, true),
  lstrip: (interp, args) => stripImpl(interp, args, "lstrip", true, false),
  rstrip: (interp, args) => stripImpl(interp, args, "rstrip", false, true),
  replace: replaceImpl,
  find: (interp, args) => findImpl(interp, args, "find", false),
  rfind: (interp, args) => findImpl(interp, args, "rfind", true),
  index(interp, args) {
    const i = findImpl(interp, args, "index", false);
    if (i < 0) raiseValueError(interp, "substring not found");
    return i;
  },
  rindex(interp, args) {
    const i = findImpl(interp, args, "rindex", true);
    if (i < 0) raiseValueError(interp, "substring not found");
    return i;
  },
  count: (interp, args) => countImpl(interp, args),
  startswith: (interp, args) => affixImpl(interp, args, "startswith", false),
  endswith(interp, args) {
    const self = args[0];
    const p = args[1];
    if (args.length === 2 && self instanceof PyStr && p instanceof PyStr) return self.v.endsWith(p.v);
    return affixImpl(interp, args, "endswith", true);
  },
  upper: (interp, args) => result(interp, args[0], selfStr(interp, args[0], "upper").toUpperCase()),
  lower: (interp, args) => result(interp, args[0], selfStr(interp, args[0], "lower").toLowerCase()),
  casefold: (interp, args) => result(interp, args[0], selfStr(interp, args[0], "casefold").toLowerCase().replace(/ß/g, "ss")),
  title: (interp, args) => result(interp, args[0], titleCase(selfStr(interp, args[0], "title"))),
  capitalize(interp, args) {
    const s = selfStr(interp, args[0], "capitalize");
    if (s.length === 0) return args[0];
    const first = s.codePointAt(0)! > 0xffff ? s.slice(0, 2) : s[0];
    return result(interp, args[0], titleChar(first) + s.slice(first.length).toLowerCase());
  },
  swapcase(interp, args) {
    let out = "";
    for (const ch of selfStr(interp, args[0], "swapcase")) {
      const u = ch.toUpperCase();
      out += u !== ch ? u : ch.toLowerCase();
    }
    return result(interp, args[0], out);
  },
  isdigit: predicate((s) => s.length > 0 && RE_DIGIT.test(s)),
  isdecimal: predicate((s) => s.length > 0 && RE_DECIMAL.test(s)),
  isnumeric: predicate((s) => s.length > 0 && RE_NUMERIC.test(s)),
  isalpha: predicate((s) => s.length > 0 && RE_ALPHA.test(s)),
  isalnum: predicate((s) => s.length > 0 && RE_ALNUM.test(s)),
  isspace: predicate((s) => {
    if (s.length === 0) return false;
    for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
    return true;
  }),
  isupper: predicate((s) => s.toUpperCase() === s && s.toLowerCase() !== s),
  islower: predicate((s) => s.toLowerCase() === s && s.toUpperCase() !== s),
  istitle: predicate((s) => {
    let cased = false;
    let prevCased = false;
    for (const ch of s) {
      if (isCased(ch)) {
        const upper = ch === ch.toUpperCase();
        if (upper && prevCased) return false;
        if (!upper && !prevCased) return false;
        prevCased = true;
        cased = true;
      } else prevCased = false;
    }
    return cased;
  }),
  isidentifier: predicate((s) => RE_IDENT.test(s)),
  isprintable: predicate((s) => {
    for (const ch of s) if (ch !== " " && RE_NONPRINTABLE.test(ch)) return false;
    return true;
  }),
  isascii: predicate((s) => {
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
    return true;
  }),
  zfill(interp, args) {
    const s = selfStr(interp, args[0], "zfill");
    const width = ssizeValue(interp, args[1], `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`, "Python int too large to convert to C ssize_t");
    const len = cpLength(args[0] as PyStr);
    if (len >= width) return result(interp, args[0], s);
    ensureStrRoom(interp, width);
    const pad = "0".repeat(width - len);
    if (s[0] === "+" || s[0] === "-") return newStr(interp, s[0] + pad + s.slice(1));
    return newStr(interp, pad + s);
  },
  center(interp, args, kwargs) {
    const s = selfStr(interp, args[0], "center");
    const [width, fill] = padArgs(interp, "center", args, kwargs);
    const len = cpLength(args[0] as PyStr);
    if (len >= width) return result(interp, args[0], s);
    const marg = width - len;
    const left = (marg >> 1) + (marg & width & 1);
    return newStr(interp, fill.repeat(left) + s + fill.repeat(marg - left));
  },
  ljust(interp, args, kwargs) {
    const s = selfStr(interp, args[0], "ljust");
    const [width, fill] = padArgs(interp, "ljust", args, kwargs);
    const len = cpLength(args[0] as PyStr);
    return len >= width ? result(interp, args[0], s) : newStr(interp, s + fill.repeat(width - len));
  },
  rjust(interp, args, kwargs) {
    const s = selfStr(interp, args[0], "rjust");
    const [width, fill] = padArgs(interp, "rjust", args, kwargs);
    const len = cpLength(args[0] as PyStr);
    return len >= width ? result(interp, args[0], s) : newStr(interp, fill.repeat(width - len) + s);
  },
  partition: (interp, args) => partitionImpl(interp, args, false),
  rpartition: (interp, args) => partitionImpl(interp, args, true),
  removeprefix(interp, args) {
    const s = selfStr(interp, args[0], "removeprefix");
    const p = argStr(interp, args[1], "removeprefix() argument");
    return p.length > 0 && s.startsWith(p) ? newStr(interp, s.slice(p.length)) : result(interp, args[0], s);
  },
  removesuffix(interp, args) {
    const s = selfStr(interp, args[0], "removesuffix");
    const p = argStr(interp, args[1], "removesuffix() argument");
    return p.length > 0 && s.endsWith(p) ? newStr(interp, s.slice(0, s.length - p.length)) : result(interp, args[0], s);
  },
  expandtabs(interp, args, kwargs) {
    const s = selfStr(interp, args[0], "expandtabs");
    const t = args.length > 1 ? args[1] : kw(kwargs, "tabsize") ?? 8;
    const tabsize = ssizeValue(interp, t, `'${typeOf(t).name}' object cannot be interpreted as an integer`, "Python int too large to convert to C int");
    if (tabsize > 2 ** 31 - 1 || tabsize < -(2 ** 31)) raiseOverflow(interp, "Python int too large to convert to C int");
    ensureStrRoom(interp, expandedLength(s, tabsize));
    return result(interp, args[0], expandTabs(s, tabsize));
  },
  encode(interp, args, kwargs) {
    const s = selfStr(interp, args[0], "encode");
    const enc = args.length > 1 ? args[1] : kw(kwargs, "encoding") ?? null;
    const errors = args.length > 2 ? args[2] : kw(kwargs, "errors") ?? null;
    return newBytes(interp, encodeStr(interp, s, enc === null ? "utf-8" : argStr(interp, enc, "encode() argument 'encoding'"), errors === null ? "strict" : argStr(interp, errors, "encode() argument 'errors'")));
  },
  translate(interp, args) {
    const s = selfStr(interp, args[0], "translate");
    const table = args[1];
    let out = "";
    for (const ch of s) {
      let mapped: PyValue;
      try {
        mapped = getItem(interp, table, ch.codePointAt(0)!);
      } catch (e) {
        if (e instanceof PyException && e.cls.isSubtypeOf(LookupError)) {
          out += ch;
          continue;
        }
        throw e;
      }
      if (mapped === None) continue;
      if (mapped instanceof PyStr) out += mapped.v;
      else if (isInt(mapped)) out += String.fromCodePoint(indexValue(interp, mapped));
      else raiseTypeError(interp, "character mapping must return integer, None or str");
    }
    return result(interp, args[0], out);
  },
  __getnewargs__(interp, args) {
    return newTuple(interp, [newStr(interp, selfStr(interp, args[0], "__getnewargs__"))]);
  },
});

strType.dict.set(
  "maketrans",
  builtinStaticMethod("maketrans", "str", (interp, args) => {
    const d = newDict(interp);
    if (args.length === 1) {
      const src = args[0];
      if (!(src instanceof PyDict)) raiseTypeError(interp, "if you give only one argument to maketrans it must be a dict");
      for (const e of src.table.map.values()) {
        let k = e.key;
        if (k instanceof PyStr) {
          if (k.v.length !== 1) raiseValueError(interp, "string keys in translate table must be of length 1");
          k = k.v.codePointAt(0)!;
        }
        dictSet(interp, d, k, e.value);
      }
      return d;
    }
    const x = argStr(interp, args[0], "maketrans() argument 1");
    const y = argStr(interp, args[1], "maketrans() argument 2");
    if (x.length !== y.length) raiseValueError(interp, "the first two maketrans arguments must have equal length");
    for (let i = 0; i < x.length; i++) dictSet(interp, d, x.charCodeAt(i), y.charCodeAt(i));
    if (args.length > 2) {
      const z = argStr(interp, args[2], "maketrans() argument 3");
      for (let i = 0; i < z.length; i++) dictSet(interp, d, z.charCodeAt(i), None);
    }
    return d;
  }),
);

void strRepr; void pyStr;
