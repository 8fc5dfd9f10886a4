// `_re`: the native half of `re` (modules/re.ts is Python). A Python pattern is
// translated once to a JS RegExp in `v` mode (Unicode sets; `d` for group indices),
// then every search/match/fullmatch is one `exec` from a given position. Positions
// cross this boundary in code points (Python str indices), converted from UTF-16 units
// only for strings holding surrogate pairs.
//
// The translation does Python's semantics itself where JS differs: `.` excludes only
// "\n", `^`/`$`/`\A`/`\Z` become lookarounds (Python's `$` also matches before a final
// "\n"), `\d`/`\w`/`\s`/`\b` are Unicode-aware like Python str patterns (ASCII-only
// under re.ASCII), `{` that is not a quantifier is a literal, VERBOSE whitespace and
// comments are dropped, `(?P<n>` / `(?P=n)` become `(?<n>` / `\k<n>`, and DOTALL,
// MULTILINE and VERBOSE may be scoped (`(?s:...)`) since they only steer the
// translation. Errors use CPython's messages and positions.
// Deviations: scoped `(?i:...)` that differs from the global flag, possessive
// quantifiers, atomic groups, conditionals and `\N{...}` raise re.error "... not
// supported"; a group inside a repeated group that did not take part in the last
// iteration is None (CPython keeps the previous iteration's capture); IGNORECASE uses
// JS Unicode case folding.

import { PyObject, type PyValue } from "../objects/object.js";
import { PyType } from "../objects/type.js";
import { None, objectType, typeType } from "../objects/builtin-types.js";
import { builtin } from "../objects/function.js";
import { makeModule, type PyModule } from "../objects/module.js";
import { sizeFor } from "../heap/heap.js";
import type { Interpreter } from "../vm/interpreter.js";
import { raiseTypeError } from "../vm/errors.js";
import { PyStr, cpLength, newStr } from "../objects/str.js";
import { newTuple } from "../objects/tuple.js";
import { indexValue } from "../objects/slice.js";
import { typeOf } from "../vm/abstract.js";

const IGNORECASE = 2;
const MULTILINE = 8;
const DOTALL = 16;
const VERBOSE = 64;
const ASCII = 256;

class ReError {
  constructor(readonly msg: string, readonly pos: number) {}
}

const SPACE_CLASS = "\\t\\n\\v\\f\\r\\u{1c}-\\u{1f} \\u{85}\\u{a0}\\u{1680}\\u{2000}-\\u{200a}\\u{2028}\\u{2029}\\u{202f}\\u{205f}\\u{3000}";
const WORD_CLASS = "\\p{L}\\p{N}_";

interface Translated {
  src: string;
  ignoreCase: boolean;
  flags: number;
  groups: number;
  names: [string, number][];
}

function hex(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

/** A literal code point, safe inside and outside a v-mode class. */
function lit(cp: number): string {
  if ((cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122)) return String.fromCharCode(cp);
  return hex(cp);
}

function classEscape(c: string, ascii: boolean): string | null {
  switch (c) {
    case "d": return ascii ? "[0-9]" : "[\\p{Nd}]";
    case "D": return ascii ? "[^0-9]" : "[^\\p{Nd}]";
    case "w": return ascii ? "[a-zA-Z0-9_]" : `[${WORD_CLASS}]`;
    case "W": return ascii ? "[^a-zA-Z0-9_]" : `[^${WORD_CLASS}]`;
    case "s": return ascii ? "[ \\t\\n\\r\\f\\v]" : `[${SPACE_CLASS}]`;
    case "S": return ascii ? "[^ \\t\\n\\r\\f\\v]" : `[^${SPACE_CLASS}]`;
  }
  return null;
}

const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);
const isOct = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "7";
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

function translate(pattern: string, flags0: number): Translated {
  // Work on code points so positions in messages are Python's.
  const p = Array.from(pattern);
  let i = 0;
  let flags = flags0;
  // Global inline flags at the very start: `(?imsx)`.
  const flagBits: Record<string, number> = { i: IGNORECASE, m: MULTILINE, s: DOTALL, x: VERBOSE, a: ASCII, u: 32, L: 4 };
  for (;;) {
    const m = /^\(\?([aiLmsux]+)\)/.exec(p.slice(i, i + 12).join(""));
    if (m === null) break;
    for (const ch of m[1]) flags |= flagBits[ch];
    i += m[0].length;
  }
  const out: string[] = [];
  const names: [string, number][] = [];
  const nameSet = new Map<string, number>();
  let groups = 0;
  const openGroups = new Set<number>();
  // Per open paren: its position, its group number (0: none) and the flags to restore.
  const stack: { pos: number; group: number; flags: number }[] = [];
  let canRepeat = false;
  let lastWasRepeat = false;
  const ignoreCase = (flags & IGNORECASE) !== 0;

  const esc = (start: number): { cp: number; cls: string | null; anchor: string | null; ref: number } => {
    // p[i] is the char after the backslash; returns one of: a code point, a class, an anchor, a group reference.
    const c = p[i];
    if (c === undefined) throw new ReError("bad escape (end of pattern)", start);
    const ascii = (flags & ASCII) !== 0;
    const cls = classEscape(c, ascii);
    i++;
    if (cls !== null) return { cp: -1, cls, anchor: null, ref: 0 };
    const w = ascii ? "[a-zA-Z0-9_]" : `[${WORD_CLASS}]`;
    switch (c) {
      case "A": return { cp: -1, cls: null, anchor: "(?<![\\s\\S])", ref: 0 };
      case "Z": return { cp: -1, cls: null, anchor: "(?![\\s\\S])", ref: 0 };
      case "b": return { cp: -1, cls: null, anchor: `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`, ref: 0 };
      case "B": return { cp: -1, cls: null, anchor: `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`, ref: 0 };
      case "a": return { cp: 7, cls: null, anchor: null, ref: 0 };
      case "f": return { cp: 12, cls: null, anchor: null, ref: 0 };
      case "n": return { cp: 10, cls: null, anchor: null, ref: 0 };
      case "r": return { cp: 13, cls: null, anchor: null, ref: 0 };
      case "t": return { cp: 9, cls: null, anchor: null, ref: 0 };
      case "v": return { cp: 11, cls: null, anchor: null, ref: 0 };
      case "x": case "u": case "U": {
        const n = c === "x" ? 2 : c === "u" ? 4 : 8;
        let h = "";
        while (h.length < n && isHex(p[i])) h += p[i++];
        if (h.length < n) throw new ReError(`incomplete escape \\${c}${h}`, start);
        const cp = parseInt(h, 16);
        if (cp > 0x10ffff) throw new ReError(`bad escape \\${c}${h}`, start);
        return { cp, cls: null, anchor: null, ref: 0 };
      }
      case "N": throw new ReError("\\N{...} escapes are not supported", start);
    }
    if (c === "0") {
      let o = "0";
      while (o.length < 3 && isOct(p[i])) o += p[i++];
      return { cp: parseInt(o, 8), cls: null, anchor: null, ref: 0 };
    }
    if (isDigit(c)) {
      if (isOct(c) && isOct(p[i]) && isOct(p[i + 1]) && c <= "3") {
        const o = c + p[i] + p[i + 1];
        i += 2;
        return { cp: parseInt(o, 8), cls: null, anchor: null, ref: 0 };
      }
      let d = c;
      if (isDigit(p[i])) d += p[i++];
      return { cp: -1, cls: null, anchor: null, ref: Number(d) };
    }
    if (/^[A-Za-z]$/.test(c)) throw new ReError(`bad escape \\${c}`, start);
    return { cp: c.codePointAt(0)!, cls: null, anchor: null, ref: 0 };
  };

  const parseClass = (): string => {
    const start = i;
    i++;
    let neg = false;
    if (p[i] === "^") {
      neg = true;
      i++;
    }
    const items: string[] = [];
    let first = true;
    for (;;) {
      if (i >= p.length) throw new ReError("unterminated character set", start);
      const c = p[i];
      if (c === "]" && !first) {
        i++;
        break;
      }
      first = false;
      const itemStart = i;
      let lo: number;
      if (c === "\\") {
        i++;
        const e = esc(itemStart);
        if (e.anchor !== null) {
          if (p[itemStart + 1] === "b") lo = 8;
          else throw new ReError(`bad escape \\${p[itemStart + 1]}`, itemStart);
        } else if (e.ref !== 0) {
          throw new ReError(`bad escape \\${p[itemStart + 1]}`, itemStart);
        } else if (e.cls !== null) {
          if (p[i] === "-" && p[i + 1] !== "]" && i + 1 < p.length) throw new ReError(`bad character range ${p.slice(itemStart, i + 2).join("")}`, itemStart);
          items.push(e.cls);
          continue;
        } else lo = e.cp;
      } else {
        lo = c.codePointAt(0)!;
        i++;
      }
      if (p[i] === "-" && i + 1 < p.length && p[i + 1] !== "]") {
        i++;
        const hiStart = i;
        let hi: number;
        if (p[i] === "\\") {
          i++;
          const e = esc(hiStart);
          if (e.cp < 0) throw new ReError(`bad character range ${p.slice(itemStart, i).join("")}`, itemStart);
          hi = e.cp;
        } else {
          hi = p[i].codePointAt(0)!;
          i++;
        }
        if (hi < lo) throw new ReError(`bad character range ${p.slice(itemStart, i).join("")}`, itemStart);
        items.push(`${lit(lo)}-${lit(hi)}`);
      } else {
        items.push(lit(lo));
      }
    }
    return `[${neg ? "^" : ""}${items.join("")}]`;
  };

  const atom = (s: string): void => {
    out.push(s);
    canRepeat = true;
    lastWasRepeat = false;
  };
  const anchor = (s: string): void => {
    out.push(s);
    canRepeat = false;
    lastWasRepeat = false;
  };

  while (i < p.length) {
    const c = p[i];
    if ((flags & VERBOSE) !== 0) {
      if (/^[ \t\n\r\f\v]$/.test(c)) {
        i++;
        continue;
      }
      if (c === "#") {
        while (i < p.length && p[i] !== "\n") i++;
        continue;
      }
    }
    const start = i;
    switch (c) {
      case "\\": {
        i++;
        const e = esc(start);
        if (e.anchor !== null) anchor(e.anchor);
        else if (e.cls !== null) atom(e.cls);
        else if (e.ref !== 0) {
          if (e.ref > groups) throw new ReError(`invalid group reference ${e.ref}`, start + 1);
          if (openGroups.has(e.ref)) throw new ReError("cannot refer to an open group", start);
          atom(`(?:\\${e.ref})`);
        } else atom(lit(e.cp));
        continue;
      }
      case "[":
        atom(parseClass());
        continue;
      case ".":
        i++;
        atom((flags & DOTALL) !== 0 ? "[\\s\\S]" : "[^\\n]");
        continue;
      case "^":
        i++;
        anchor((flags & MULTILINE) !== 0 ? "(?<![^\\n])" : "(?<![\\s\\S])");
        continue;
      case "$":
        i++;
        anchor((flags & MULTILINE) !== 0 ? "(?=\\n|(?![\\s\\S]))" : "(?=\\n?(?![\\s\\S]))");
        continue;
      case "|":
        i++;
        out.push("|");
        canRepeat = false;
        lastWasRepeat = false;
        continue;
      case "*": case "+": case "?": case "{": {
        let q: string;
        if (c === "{") {
          const m = /^\{(\d*)(?:(,)(\d*))?\}/.exec(p.slice(i, i + 40).join(""));
          if (m === null || (m[1] === "" && m[2] === undefined)) {
            i++;
            atom(lit(123));
            continue;
          }
          const lo = m[1] === "" ? 0 : Number(m[1]);
          const hiText = m[2] === undefined ? m[1] : m[3];
          if (hiText !== "" && Number(hiText) < lo) throw new ReError("min repeat greater than max repeat", i + 1);
          q = hiText === "" ? `{${lo},}` : `{${lo},${hiText}}`;
          i += m[0].length;
        } else {
          q = c;
          i++;
        }
        if (lastWasRepeat) throw new ReError("multiple repeat", start);
        if (!canRepeat) throw new ReError("nothing to repeat", start);
        if (p[i] === "?") {
          q += "?";
          i++;
        } else if (p[i] === "+") throw new ReError("possessive quantifiers are not supported", i);
        out.push(q);
        lastWasRepeat = true;
        continue;
      }
      case "(": {
        i++;
        if (p[i] !== "?") {
          groups++;
          openGroups.add(groups);
          stack.push({ pos: start, group: groups, flags });
          out.push("(");
          canRepeat = false;
          lastWasRepeat = false;
          continue;
        }
        i++;
        const rest = p.slice(i, i + 200).join("");
        if (p[i] === "P" && p[i + 1] === "<") {
          const m = /^P<([^>]*)>/.exec(rest);
          if (m === null) throw new ReError("missing >, unterminated name", i + 2);
          const name = m[1];
          if (name === "") throw new ReError("missing group name", i + 2);
          if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name)) throw new ReError(`bad character in group name '${name}'`, i + 2);
          groups++;
          if (nameSet.has(name)) throw new ReError(`redefinition of group name '${name}' as group ${groups}; was group ${nameSet.get(name)}`, i + 2);
          nameSet.set(name, groups);
          names.push([name, groups]);
          openGroups.add(groups);
          stack.push({ pos: start, group: groups, flags });
          i += m[0].length;
          out.push(`(?<${name}>`);
          canRepeat = false;
          lastWasRepeat = false;
          continue;
        }
        if (p[i] === "P" && p[i + 1] === "=") {
          const m = /^P=([^)]*)\)/.exec(rest);
          if (m === null) throw new ReError("missing ), unterminated name", i + 2);
          const g = nameSet.get(m[1]);
          if (g === undefined) throw new ReError(`unknown group name '${m[1]}'`, i + 2);
          if (openGroups.has(g)) throw new ReError("cannot refer to an open group", start);
          i += m[0].length;
          atom(`(?:\\k<${m[1]}>)`);
          continue;
        }
        if (p[i] === "#") {
          while (i < p.length && p[i] !== ")") i++;
          if (i >= p.length) throw new ReError("missing ), unterminated comment", start);
          i++;
          continue;
        }
        const look = /^(:|=|!|<=|<!)/.exec(rest);
        if (look !== null) {
          stack.push({ pos: start, group: 0, flags });
          out.push(`(?${look[1]}`);
          i += look[1].length;
          canRepeat = false;
          lastWasRepeat = false;
          continue;
        }
        const fm = /^([aiLmsux]*)(?:-([imsx]*))?([:)])/.exec(rest);
        if (fm !== null && (fm[1] !== "" || fm[2] !== undefined)) {
          if (fm[3] === ")") throw new ReError("global flags not at the start of the expression", start);
          let f = flags;
          for (const ch of fm[1]) f |= flagBits[ch];
          for (const ch of fm[2] ?? "") f &= ~flagBits[ch];
          if (((f & IGNORECASE) !== 0) !== ignoreCase) throw new ReError("scoped inline IGNORECASE flag is not supported", start);
          stack.push({ pos: start, group: 0, flags });
          flags = f;
          i += fm[0].length;
          out.push("(?:");
          canRepeat = false;
          lastWasRepeat = false;
          continue;
        }
        if (p[i] === ">") throw new ReError("atomic groups are not supported", start);
        if (p[i] === "(") throw new ReError("conditional groups are not supported", start);
        throw new ReError(`unknown extension ?${p[i] ?? ""}`, start + 1);
      }
      case ")": {
        const g = stack.pop();
        if (g === undefined) throw new ReError("unbalanced parenthesis", start);
        i++;
        if (g.group !== 0) openGroups.delete(g.group);
        flags = g.flags;
        atom(")");
        continue;
      }
      default:
        i++;
        atom(lit(c.codePointAt(0)!));
    }
  }
  if (stack.length > 0) throw new ReError("missing ), unterminated subpattern", stack[stack.length - 1].pos);
  return { src: out.join(""), ignoreCase, flags: flags | ((flags & ASCII) === 0 ? 32 : 0), groups, names };
}

// ---------------------------------------------------------------- compiled patterns

class RegexEngine extends PyObject {
  readonly src: string;
  readonly flagsBase: string;
  readonly ngroups: number;
  private search_: RegExp | null = null;
  private sticky_: RegExp | null = null;
  private full_: RegExp | null = null;
  /** The last wide string seen and its unit -> code point map (finditer over one string). */
  lastStr: string | null = null;
  lastMap: Int32Array | null = null;
  constructor(cls: PyType, src: string, ignoreCase: boolean, ngroups: number) {
    super(cls);
    this.src = src;
    this.flagsBase = ignoreCase ? "dvi" : "dv";
    this.ngroups = ngroups;
  }
  search(): RegExp {
    return (this.search_ ??= new RegExp(this.src, this.flagsBase + "g"));
  }
  sticky(): RegExp {
    return (this.sticky_ ??= new RegExp(this.src, this.flagsBase + "y"));
  }
  full(): RegExp {
    return (this.full_ ??= new RegExp(`(?:${this.src})(?![\\s\\S])`, this.flagsBase + "y"));
  }
}

const engineType = new PyType(typeType, "_re.engine", [objectType], true);
engineType.mro = [engineType, objectType];
engineType.instancesHaveDict = false;
engineType.subclassable = false;

function str(interp: Interpreter, v: PyValue, msg: string): PyStr {
  if (!(v instanceof PyStr)) return raiseTypeError(interp, msg);
  return v;
}

/** `_re.compile(pattern, flags)` -> (engine, groups, ((name, index), ...), flags) or (None, message, position). */
const compileFn = builtin("compile", (interp, args) => {
  const pattern = str(interp, args[0], "first argument must be string or compiled pattern");
  const flags = indexValue(interp, args[1]);
  let t: Translated;
  try {
    t = translate(pattern.v, flags);
    const e = interp.heap.alloc(new RegexEngine(engineType, t.src, t.ignoreCase, t.groups), sizeFor(64 + 4 * t.src.length));
    e.search();
    const names = t.names.map(([n, g]) => newTuple(interp, [newStr(interp, n), g]));
    return newTuple(interp, [e, t.groups, newTuple(interp, names), t.flags]);
  } catch (err) {
    if (err instanceof ReError) return newTuple(interp, [None, newStr(interp, err.msg), err.pos]);
    if (err instanceof SyntaxError) return newTuple(interp, [None, newStr(interp, `unsupported pattern (${err.message})`), 0]);
    throw err;
  }
});

/** Unit offset -> code point index for a wide string (cached on the engine for repeated scans). */
function unitMap(e: RegexEngine, s: string): Int32Array {
  if (e.lastStr === s && e.lastMap !== null) return e.lastMap;
  const map = new Int32Array(s.length + 1);
  let cp = 0;
  for (let u = 0; u < s.length; u++) {
    map[u] = cp;
    const c = s.charCodeAt(u);
    if (c >= 0xd800 && c < 0xdc00 && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00) {
      map[++u] = cp;
    }
    cp++;
  }
  map[s.length] = cp;
  e.lastStr = s;
  e.lastMap = map;
  return map;
}

function unitOf(map: Int32Array, cp: number): number {
  // Smallest unit offset whose code point index is cp (binary search; map is non-decreasing).
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < cp) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `_re.exec(engine, string, pos, endpos, mode)`: mode 0 search, 1 match, 2 fullmatch,
 * 3 match that must be non-empty. Returns None or (start0, end0, start1, end1, ...,
 * lastindex) in code points, -1 for groups that did not take part.
 */
const execFn = builtin("exec", (interp, args) => {
  const e = args[0];
  if (!(e instanceof RegexEngine)) return raiseTypeError(interp, "_re.exec: not a compiled pattern");
  const so = str(interp, args[1], "expected string or bytes-like object, got '" + typeOf(args[1]).name + "'");
  const s = so.v;
  const n = cpLength(so);
  let pos = indexValue(interp, args[2]);
  let endpos = indexValue(interp, args[3]);
  const mode = indexValue(interp, args[4]);
  if (pos < 0) pos = 0;
  if (pos > n) pos = n;
  if (endpos > n) endpos = n;
  if (endpos < pos) return None;
  const wide = n !== s.length;
  const map = wide ? unitMap(e, s) : null;
  const posU = map === null ? pos : unitOf(map, pos);
  const endU = map === null ? endpos : unitOf(map, endpos);
  const subject = endU < s.length ? s.slice(0, endU) : s;
  const re = mode === 0 ? e.search() : mode === 2 ? e.full() : e.sticky();
  re.lastIndex = posU;
  const m = re.exec(subject);
  if (m === null) return None;
  const ind = m.indices!;
  if (mode === 3 && ind[0][0] === ind[0][1]) return None;
  const k = e.ngroups + 1;
  const out = new Array<PyValue>(2 * k + 1);
  let last = -1;
  let lastEnd = -1;
  for (let g = 0; g < k; g++) {
    const span = ind[g];
    if (span === undefined) {
      out[2 * g] = -1;
      out[2 * g + 1] = -1;
      continue;
    }
    const a = map === null ? span[0] : map[span[0]];
    const b = map === null ? span[1] : map[span[1]];
    out[2 * g] = a;
    out[2 * g + 1] = b;
    // lastindex: the group that closed last; at an equal end an enclosing group closes
    // after its inner ones, while a later empty group right after it closes after it.
    if (g > 0 && (b > lastEnd || (b === lastEnd && a >= lastEnd))) {
      last = g;
      lastEnd = b;
    }
  }
  out[2 * k] = last;
  return newTuple(interp, out);
});

export function createReNativeModule(interp: Interpreter): PyModule {
  void interp;
  return makeModule("_re", [
    ["compile", compileFn],
    ["exec", execFn],
  ]);
}
