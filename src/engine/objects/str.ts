// str: a PyStr holding a JS string. Strings built at run time are heap objects
// (payload 1 byte per UTF-16 code unit); literals of the source are interned by the
// compiler with `internStr` (not heap objects), and "" is one shared non-heap object.
//
// A str holds UTF-16 code units, but Python counts code points: a str with a character
// outside the Basic Multilingual Plane (a surrogate pair) is "wide", and len(), indexing,
// slicing, iteration, find() positions and padding widths go through `cpLength` /
// `codePoints` for it. Most strings are narrow and take the plain JS paths.
//
// This file holds the data class, construction, repr and hash; str-methods.ts holds
// the methods and str-slots.ts the slots.

import { PyObject, type PyValue } from "./object.js";
import { strType } from "./builtin-types.js";
import type { PyType } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { sizeFor } from "../heap/heap.js";
import { reserveStr } from "./reserve.js";
import { TextBuilder } from "./text-builder.js";
import { Hash64, strHash64 } from "./hash64.js";

export class PyStr extends PyObject {
  static override get name(): string {
    return "PyStr";
  }
  v: string;
  /** Cached hash (-1: not computed yet; a Python hash is never -1). */
  h = -1;
  /** Attributes of instances of str subclasses (null for plain strs). */
  dict: Map<string, PyValue> | null = null;
  /** Length in code points (-1: not computed yet); equal to v.length unless the str is wide. */
  cp = -1;
  /** The code points of a wide str, built on first indexing (null until then). */
  cps: string[] | null = null;
  constructor(cls: PyType, v: string) {
    super(cls);
    this.v = v;
  }
}

/** The shared empty string (not a heap object). */
export const emptyStr = new PyStr(strType, "");

/** A non-heap str (source literals, names, builtin constants). */
export function internStr(s: string): PyStr {
  if (s.length === 0) return emptyStr;
  return new PyStr(strType, s);
}

/** A str created at run time: a heap object, except "" (the shared empty string). */
export function newStr(interp: Interpreter, s: string): PyStr {
  if (s.length === 0) return emptyStr;
  return interp.heap.alloc(new PyStr(strType, s), sizeFor(s.length));
}

/** Reserve heap room for a string of `length` code units before building it. */
export function ensureStrRoom(interp: Interpreter, length: number): void {
  reserveStr(interp, length);
}

/** Length of a JS string in code points (a surrogate pair counts once). */
export function cpLengthOf(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Python's len() of a str (cached on the object). */
export function cpLength(self: PyStr): number {
  let n = self.cp;
  if (n < 0) n = self.cp = cpLengthOf(self.v);
  return n;
}

/** Does the str hold a surrogate pair (so code-unit and code-point positions differ)? */
export function isWide(self: PyStr): boolean {
  return cpLength(self) !== self.v.length;
}

/** The code points of a str, one JS string each (cached on the object). */
export function codePoints(self: PyStr): string[] {
  let a = self.cps;
  if (a === null) a = self.cps = Array.from(self.v);
  return a;
}

/** Code-unit offset of code-point position `cp` in s (clamped to the end). */
export function unitOffset(s: string, cp: number): number {
  let i = 0;
  for (let k = 0; k < cp && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

/** Code-point position of code-unit offset `unit` in s. */
export function cpOffset(s: string, unit: number): number {
  return cpLengthOf(s.slice(0, unit));
}

/** CPython's str hash (SipHash-1-3 as with PYTHONHASHSEED=0; see hash64.ts), as the slot's number. */
export function strHash(self: PyStr): number {
  const h = self.h;
  if (h !== -1) return h;
  return (self.h = hashString(self.v));
}

/** The same hash of a JS string (without a PyStr to cache it on). */
export function hashString(s: string): number {
  return strHash64(s, new Hash64()).number();
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const NEEDS_ESCAPE = /[\\\x00-\x1f\x7f-\xa0\u00ad\u0378-\uffff]/;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

/** Is code point `cp` printable in Python's sense (str.isprintable)? */
export function isPrintableChar(ch: string): boolean {
  if (ch === " ") return true;
  return !NON_PRINTABLE.test(ch);
}

/** repr() of a str: CPython's quote choice and escapes. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  if (!NEEDS_ESCAPE.test(s) && !s.includes(quote)) return quote + s + quote;
  // Batched, not `out +=`: a rope of one node per character cost ~30x the text.
  const out = new TextBuilder();
  out.add(quote);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === quote || ch === "\\") out.add("\\" + ch);
    else if (c === 10) out.add("\\n");
    else if (c === 13) out.add("\\r");
    else if (c === 9) out.add("\\t");
    else if (c < 0x20 || c === 0x7f) out.add("\\x" + hex(c, 2));
    else if (c < 0x7f) out.add(ch);
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) < 0xe000) {
      const pair = s.slice(i, i + 2);
      i++;
      out.add(NON_PRINTABLE.test(pair) ? "\\U" + hex(pair.codePointAt(0)!, 8) : pair);
    } else if (NON_PRINTABLE.test(ch) || (c >= 0xd800 && c < 0xe000)) {
      out.add(c < 0x100 ? "\\x" + hex(c, 2) : "\\u" + hex(c, 4));
    } else out.add(ch);
  }
  out.add(quote);
  return out.done();
}
