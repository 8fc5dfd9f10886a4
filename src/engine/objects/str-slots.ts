// The str type's slots (construct, repr, hash, indexing, operators) and str.format.

import type { PyValue } from "./object.js";
import { NotImplemented, strType } from "./builtin-types.js";
import type { Interpreter } from "../vm/interpreter.js";
import { defineMethods } from "./function.js";
import { newException, raiseIndexError, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { KeyError } from "./exceptions.js";
import { getAttr, getItem, pyRepr, pyStr, typeName, typeOf } from "../vm/abstract.js";
import { PyStr, codePoints, cpLength, emptyStr, ensureStrRoom, internStr, isWide, newStr, strHash, strRepr } from "./str.js";
import { PyBytes } from "./bytes.js";
import { PySlice, seqIndex, sliceIndices } from "./slice.js";
import { strIterator } from "./iterators.js";
import { percentFormat } from "./percent-format.js";
import { formatBuiltin, formatValue } from "./format.js";
import { concatOther, repeatCount } from "./seq.js";
import { PyInt } from "./int.js";
import { asciiRepr } from "./str-methods.js";
import { notSequenceMultiplier } from "./list.js";
import { callMethod } from "../vm/abstract.js";

strType.construct = (interp, cls, args, kwargs) => {
  let s: string;
  if (kwargs !== null && kwargs.size > 0) {
    for (const k of kwargs.keys()) {
      if (k !== "object" && k !== "encoding" && k !== "errors") raiseTypeError(interp, `'${k}' is an invalid keyword argument for str()`);
    }
    const obj = kwargs.get("object") ?? args[0];
    const enc = kwargs.get("encoding");
    if (obj instanceof PyBytes) s = (callMethod(interp, obj, "decode", enc === undefined ? [] : [enc]) as PyStr).v;
    else s = obj === undefined ? "" : pyStr(interp, obj);
  } else if (args.length === 0) s = "";
  else if (args.length === 1) {
    const x = args[0];
    if (x instanceof PyStr && x.cls === strType && cls === strType) return x;
    s = pyStr(interp, x);
  } else if (args.length <= 3 && args[0] instanceof PyBytes) {
    s = (callMethod(interp, args[0], "decode", args.slice(1)) as PyStr).v;
  } else if (args.length <= 3) {
    if (!(args[1] instanceof PyStr)) raiseTypeError(interp, `str() argument 'encoding' must be str, not ${typeOf(args[1]).name}`);
    return raiseTypeError(interp, `decoding to str: need a bytes-like object, ${typeOf(args[0]).name} found`);
  } else return raiseTypeError(interp, `str() takes at most 3 arguments (${args.length} given)`);
  if (cls === strType) return newStr(interp, s);
  const obj = interp.heap.alloc(new PyStr(cls, s), newStrSize(s));
  obj.dict = new Map();
  return obj;
};

function newStrSize(s: string): number {
  return (16 + s.length + 15) & ~15;
}

strType.repr = (interp, self) => {
  const s = (self as PyStr).v;
  // The repr is at least the text and its quotes (escapes only make it longer).
  if (s.length > 4096) ensureStrRoom(interp, s.length + 2);
  return strRepr(s);
};
strType.str = (_interp, self) => (self as PyStr).v;
strType.hash = (_interp, self) => strHash(self as PyStr);
strType.len = (_interp, self) => {
  const str = self as PyStr;
  return str.cp >= 0 ? str.cp : cpLength(str);
};
strType.bool = (_interp, self) => (self as PyStr).v.length !== 0;
strType.getitem = (interp, self, key) => {
  if (isWide(self as PyStr)) return wideGetitem(interp, self as PyStr, key);
  const s = (self as PyStr).v;
  if (typeof key === "number") {
    let i = key;
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) raiseIndexError(interp, "string index out of range");
    return newStr(interp, s[i]);
  }
  if (key instanceof PySlice) {
    const r = sliceIndices(interp, key, s.length);
    if (r.step === 1) {
      if (r.count === s.length && (self as PyStr).cls === strType) return self;
      return newStr(interp, s.slice(r.start, r.start + r.count));
    }
    let out = "";
    for (let i = 0, j = r.start; i < r.count; i++, j += r.step) out += s[j];
    return newStr(interp, out);
  }
  if (typeof key === "boolean") return newStr(interp, s[key ? 1 : 0] ?? raiseIndexError(interp, "string index out of range"));
  if (key instanceof PyInt || (typeof key === "object" && key.cls.lookup("__index__") !== null && !key.cls.frozen)) {
    return newStr(interp, s[seqIndex(interp, key, s.length, "string")]);
  }
  return raiseTypeError(interp, `string indices must be integers, not '${typeName(key)}'`);
};

/** Indexing and slicing a str holding surrogate pairs: by code points. */
function wideGetitem(interp: Interpreter, self: PyStr, key: PyValue): PyValue {
  const cps = codePoints(self);
  if (key instanceof PySlice) {
    const r = sliceIndices(interp, key, cps.length);
    if (r.step === 1) {
      if (r.count === cps.length && self.cls === strType) return self;
      return newStr(interp, cps.slice(r.start, r.start + r.count).join(""));
    }
    let out = "";
    for (let i = 0, j = r.start; i < r.count; i++, j += r.step) out += cps[j];
    return newStr(interp, out);
  }
  if (typeof key === "number" || typeof key === "boolean" || key instanceof PyInt || (typeof key === "object" && key.cls.lookup("__index__") !== null && !key.cls.frozen)) {
    return newStr(interp, cps[seqIndex(interp, key, cps.length, "string")]);
  }
  return raiseTypeError(interp, `string indices must be integers, not '${typeName(key)}'`);
}

strType.contains = (interp, self, item) => {
  if (!(item instanceof PyStr)) raiseTypeError(interp, `'in <string>' requires string as left operand, not ${typeOf(item).name}`);
  return (self as PyStr).v.includes(item.v);
};
strType.iter = (interp, self) => strIterator(interp, (self as PyStr).v);
strType.compare = (_interp, op, self, other) => {
  if (!(other instanceof PyStr)) return NotImplemented;
  const a = (self as PyStr).v;
  const b = other.v;
  switch (op) {
    case "lt": return a < b;
    case "le": return a <= b;
    case "eq": return a === b;
    case "ne": return a !== b;
    case "gt": return a > b;
    case "ge": return a >= b;
  }
};
strType.binary = (interp, op, self, other, reflected) => {
  if (op === "add") {
    if (reflected) return NotImplemented;
    if (!(other instanceof PyStr)) return concatOther(interp, self, other, "str");
    const a = (self as PyStr).v;
    if (a.length + other.v.length > 4096) ensureStrRoom(interp, a.length + other.v.length);
    const r = newStr(interp, a + other.v);
    // Keep len() O(1) for strings grown by += (unless the join forms a surrogate pair).
    const acp = (self as PyStr).cp;
    if (acp >= 0 && r !== emptyStr && !((other.v.charCodeAt(0) & 0xfc00) === 0xdc00 && (a.charCodeAt(a.length - 1) & 0xfc00) === 0xd800)) r.cp = acp + cpLength(other);
    return r;
  }
  if (op === "mul") {
    if (typeof other === "object" && !(other instanceof PyInt) && other.cls.lookup("__index__") === null) return notSequenceMultiplier(interp, other);
    const s = (self as PyStr).v;
    const k = repeatCount(interp, other, s.length, 1);
    ensureStrRoom(interp, k * s.length); // a JS string is shorter than any list
    if (k === 1 && (self as PyStr).cls === strType) return self;
    return newStr(interp, s.repeat(k));
  }
  if (op === "mod" && !reflected) return newStr(interp, percentFormat(interp, (self as PyStr).v, other));
  return NotImplemented;
};

// ---------------------------------------------------------------- str.format

/** Resolve a replacement field's name: "0", "name", "0.attr", "name[key]", "" (auto). */
function fieldValue(interp: Interpreter, name: string, args: PyValue[], kwargs: Map<string, PyValue> | null, auto: { next: number; mode: "" | "auto" | "manual" }): PyValue {
  let i = 0;
  while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
  const first = name.slice(0, i);
  let v: PyValue;
  if (first === "") {
    if (auto.mode === "manual") raiseValueError(interp, "cannot switch from manual field specification to automatic field numbering");
    auto.mode = "auto";
    const idx = auto.next++;
    if (idx >= args.length) raiseIndexError(interp, `Replacement index ${idx} out of range for positional args tuple`);
    v = args[idx];
  } else if (/^\d+$/.test(first)) {
    if (auto.mode === "auto") raiseValueError(interp, "cannot switch from automatic field numbering to manual field specification");
    auto.mode = "manual";
    const idx = Number(first);
    if (idx >= args.length) raiseIndexError(interp, `Replacement index ${idx} out of range for positional args tuple`);
    v = args[idx];
  } else {
    const found = kwargs === null ? undefined : kwargs.get(first);
    if (found === undefined) {
      throw newException(interp, KeyError, [internStr(first)]);
    }
    v = found;
  }
  while (i < name.length) {
    if (name[i] === ".") {
      let j = i + 1;
      while (j < name.length && name[j] !== "." && name[j] !== "[") j++;
      v = getAttr(interp, v, name.slice(i + 1, j));
      i = j;
    } else {
      const j = name.indexOf("]", i);
      if (j < 0) raiseValueError(interp, "Missing ']' in format string");
      const key = name.slice(i + 1, j);
      v = getItem(interp, v, /^\d+$/.test(key) ? Number(key) : internStr(key));
      i = j + 1;
    }
  }
  return v;
}

/** CPython's message for a replacement field that runs to the end of the format string. */
function unterminatedFieldMessage(fmt: string, start: number): string {
  if (start >= fmt.length) return "Single '{' encountered in format string";
  let k = start;
  while (k < fmt.length && fmt[k] !== "!" && fmt[k] !== ":") {
    if (fmt[k] === "[") {
      const close = fmt.indexOf("]", k);
      if (close < 0) return "expected '}' before end of string";
      k = close + 1;
    } else k++;
  }
  if (k >= fmt.length) return "expected '}' before end of string";
  if (fmt[k] === "!" && k + 1 >= fmt.length) return "end of string while looking for conversion specifier";
  return "unmatched '{' in format spec";
}

export function strFormat(interp: Interpreter, fmt: string, args: PyValue[], kwargs: Map<string, PyValue> | null, auto = { next: 0, mode: "" as "" | "auto" | "manual" }, depth = 0): string {
  if (depth > 2) raiseValueError(interp, "Max string recursion exceeded");
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i];
    if (c === "{") {
      if (fmt[i + 1] === "{") {
        out += "{";
        i += 2;
        continue;
      }
      // Find the matching close brace (format specs may nest one level of {}).
      let j = i + 1;
      let nest = 1;
      // In the field name, `[...]` may hold any character (even `}`, `:` or `!`).
      while (j < n && fmt[j] !== "!" && fmt[j] !== ":" && fmt[j] !== "}" && fmt[j] !== "{") {
        if (fmt[j] === "[") {
          const close = fmt.indexOf("]", j);
          j = close < 0 ? n : close + 1;
        } else j++;
      }
      while (j < n) {
        if (fmt[j] === "{") nest++;
        else if (fmt[j] === "}") {
          nest--;
          if (nest === 0) break;
        }
        j++;
      }
      if (j >= n) raiseValueError(interp, unterminatedFieldMessage(fmt, i + 1));
      const field = fmt.slice(i + 1, j);
      let k = 0;
      while (k < field.length && field[k] !== "!" && field[k] !== ":") {
        if (field[k] === "[") {
          const close = field.indexOf("]", k);
          if (close < 0) break;
          k = close + 1;
        } else k++;
      }
      const name = field.slice(0, k);
      let conv = "";
      let spec = "";
      if (field[k] === "!") {
        conv = field[k + 1] ?? "";
        if (field.length > k + 2 && field[k + 2] !== ":") raiseValueError(interp, "expected ':' after conversion specifier");
        k += 2;
        if (conv !== "r" && conv !== "s" && conv !== "a") raiseValueError(interp, `Unknown conversion specifier ${conv === "" ? "\\x00" : conv}`);
      }
      if (field[k] === ":") spec = field.slice(k + 1);
      // The field's own auto number comes before those of fields nested in its spec.
      let v = fieldValue(interp, name, args, kwargs, auto);
      if (spec.includes("{")) spec = strFormat(interp, spec, args, kwargs, auto, depth + 1);
      if (conv === "r") v = internStr(pyRepr(interp, v));
      else if (conv === "s") v = internStr(pyStr(interp, v));
      else if (conv === "a") v = internStr(asciiRepr(interp, v));
      out += formatValue(interp, v, spec);
      i = j + 1;
    } else if (c === "}") {
      if (fmt[i + 1] !== "}") raiseValueError(interp, "Single '}' encountered in format string");
      out += "}";
      i += 2;
    } else {
      const next = fmt.indexOf("{", i);
      const close = fmt.indexOf("}", i);
      let end = next < 0 ? n : next;
      if (close >= 0 && close < end) end = close;
      out += fmt.slice(i, end);
      i = end;
    }
  }
  return out;
}

defineMethods(strType, {
  format(interp, args, kwargs) {
    const self = args[0];
    if (!(self instanceof PyStr)) return raiseTypeError(interp, "descriptor 'format' requires a 'str' object");
    return newStr(interp, strFormat(interp, self.v, args.slice(1), kwargs));
  },
  format_map(interp, args) {
    const self = args[0] as PyStr;
    const mapping = args[1];
    const proxy = new Map<string, PyValue>();
    // Names are looked up lazily through the mapping (so __missing__ works).
    const handler: Map<string, PyValue> = new Proxy(proxy, {
      get(target, prop) {
        if (prop === "get") return (k: string) => getItem(interp, mapping, internStr(k));
        return Reflect.get(target, prop);
      },
    });
    return newStr(interp, strFormat(interp, self.v, [], handler));
  },
  __format__(interp, args) {
    if (!(args[1] instanceof PyStr)) raiseTypeError(interp, `format() argument 2 must be str, not ${typeOf(args[1]).name}`);
    return newStr(interp, formatBuiltin(interp, args[0], args[1].v));
  },
  __mod__(interp, args) {
    return strType.binary!(interp, "mod", args[0], args[1], false);
  },
});

void emptyStr;

// Instances of subclasses carry attributes: the collector must see them.
strType.traverse = (self, visit) => {
  const d = (self as PyStr).dict;
  if (d !== null) for (const v of d.values()) visit(v);
};
