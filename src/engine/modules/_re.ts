// `_re`: the native half of `re` (modules/re.ts is Python), over the engine's own
// regex matcher (src/engine/regex/). A pattern (str or bytes) is compiled once to a
// program; every search/match/fullmatch runs it over the subject's code points (or
// byte values) from a given position and answers a native re.Match (_re-match.ts).
// findall, split, sub with a template and the finditer iterator loop here too, so a
// scan costs no Python call per match. Positions crossing this boundary are Python
// indices (code points for str).
//
// The matcher reports its work here: one interpreter step per OPS_PER_STEP matcher
// steps, and the run's limits are checked as for any other step, so a catastrophic
// pattern ends with status "timeout" at the deadline (or the step budget). A backtrack
// stack that grows large is reserved on the heap first (MemoryError, not JS memory),
// and so is the code point copy of a long subject, which the engine keeps for the
// next call on the same subject (finditer, a tokenizer loop).

import { PyObject, type PyValue } from "../objects/object.js";
import { PyType } from "../objects/type.js";
import { None, objectType, typeType } from "../objects/builtin-types.js";
import { builtin } from "../objects/function.js";
import { makeModule, type PyModule } from "../objects/module.js";
import { sizeFor } from "../heap/heap.js";
import type { Interpreter } from "../vm/interpreter.js";
import { raiseTypeError } from "../vm/errors.js";
import { checkLimits } from "../vm/limits.js";
import { PyStr, ensureStrRoom, newStr } from "../objects/str.js";
import { PyBytes, newBytes } from "../objects/bytes.js";
import { PyByteArray } from "../objects/bytearray.js";
import { PyTuple, newTuple } from "../objects/tuple.js";
import { newList } from "../objects/list.js";
import { indexValue } from "../objects/slice.js";
import { ITERATOR_SIZE, makeIteratorType } from "../objects/iterators.js";
import { matchType, newMatch } from "./_re-match.js";
import { typeOf } from "../vm/abstract.js";
import { CompiledRegex, MatchMode, RegexSyntaxError, codePointsOf, compileRegex, type MatchBudget } from "../regex/index.js";

/** Matcher steps counted as one interpreter step (a matcher step is far cheaper). */
const OPS_PER_STEP = 16;
/** Subjects up to this many code points are converted on every call, not kept. */
const KEEP_SUBJECT_FROM = 256;

class RegexEngine extends PyObject {
  /** The subject of the last call (a JS string, or the bytes object) and its code points. */
  lastKey: string | PyBytes | null = null;
  lastText: Int32Array | null = null;
  constructor(
    cls: PyType,
    readonly regex: CompiledRegex,
    readonly budget: MatchBudget,
    readonly baseSize: number,
  ) {
    super(cls);
  }
}

const engineType = new PyType(typeType, "_re.engine", [objectType], true);
engineType.mro = [engineType, objectType];
engineType.instancesHaveDict = false;
engineType.subclassable = false;

function budgetFor(interp: Interpreter): MatchBudget {
  let carry = 0;
  return {
    tick(ops: number): void {
      carry += ops;
      const steps = Math.floor(carry / OPS_PER_STEP);
      carry -= steps * OPS_PER_STEP;
      interp.steps += steps;
      if (interp.steps >= interp.stepCheckAt) checkLimits(interp);
    },
    reserve(bytes: number): void {
      interp.heap.ensure(bytes);
    },
  };
}

/** The pattern's code points (str) or byte values (bytes). */
function patternUnits(p: PyStr | PyBytes): number[] {
  if (p instanceof PyBytes) return p.bytes;
  return Array.from(codePointsOf(p.v));
}

/**
 * `_re.compile(pattern, flags)` -> (engine, groups, ((name, index), ...), flags), or
 * (None, message, position or None, kind) with kind "error", "overflow" or "value".
 */
const compileFn = builtin("compile", (interp, args) => {
  const pattern = args[0];
  if (!(pattern instanceof PyStr) && !(pattern instanceof PyBytes)) {
    return raiseTypeError(interp, "first argument must be string or compiled pattern");
  }
  const flags = indexValue(interp, args[1]);
  let regex: CompiledRegex;
  try {
    regex = compileRegex(patternUnits(pattern), flags, pattern instanceof PyBytes);
  } catch (err) {
    if (err instanceof RegexSyntaxError) {
      return newTuple(interp, [None, newStr(interp, err.msg), err.pos === null ? None : err.pos, newStr(interp, err.kind)]);
    }
    throw err;
  }
  const size = sizeFor(64 + 4 * regex.program.code.length + 300 * regex.program.sets.length);
  const e = interp.heap.alloc(new RegexEngine(engineType, regex, budgetFor(interp), size), size);
  const names = regex.names.map(([n, g]) => newTuple(interp, [newStr(interp, n), g]));
  return newTuple(interp, [e, regex.groups, newTuple(interp, names), regex.flags]);
});

/** The subject's code points (kept on the engine for the next call when long). */
function subjectText(interp: Interpreter, e: RegexEngine, s: PyValue): Int32Array {
  if (e.regex.isBytes) {
    if (!(s instanceof PyBytes)) {
      if (s instanceof PyStr) return raiseTypeError(interp, "cannot use a bytes pattern on a string-like object");
      return raiseTypeError(interp, `expected string or bytes-like object, got '${typeOf(s).name}'`);
    }
    // A bytearray can change between calls: never keep its copy.
    const mutable = s instanceof PyByteArray;
    if (!mutable && e.lastKey === s && e.lastText !== null) return e.lastText;
    return keep(interp, e, mutable ? null : s, s.bytes.length, () => Int32Array.from(s.bytes));
  }
  if (!(s instanceof PyStr)) {
    if (s instanceof PyBytes) return raiseTypeError(interp, "cannot use a string pattern on a bytes-like object");
    return raiseTypeError(interp, `expected string or bytes-like object, got '${typeOf(s).name}'`);
  }
  if (e.lastKey === s.v && e.lastText !== null) return e.lastText;
  return keep(interp, e, s.v, s.v.length, () => codePointsOf(s.v));
}

function keep(interp: Interpreter, e: RegexEngine, key: string | PyBytes | null, length: number, build: () => Int32Array): Int32Array {
  // Converting is work like matching: it counts toward the steps and the deadline.
  e.budget.tick(length);
  if (length < KEEP_SUBJECT_FROM || key === null) {
    if (length >= KEEP_SUBJECT_FROM) interp.heap.ensure(4 * length);
    return build();
  }
  // The copy lives as long as the engine keeps it: charge it as part of the engine.
  interp.heap.resize(e, e.baseSize);
  e.lastKey = null;
  e.lastText = null;
  interp.heap.resize(e, e.baseSize + sizeFor(4 * length));
  const text = build();
  e.lastKey = key;
  e.lastText = text;
  return text;
}

function engineArg(interp: Interpreter, v: PyValue): RegexEngine {
  if (!(v instanceof RegexEngine)) return raiseTypeError(interp, "_re: not a compiled pattern");
  return v;
}

/** Clamp pos/endpos like CPython; null when the range is empty the wrong way round. */
function bounds(interp: Interpreter, text: Int32Array, posV: PyValue, endV: PyValue): [number, number] | null {
  const n = text.length;
  let pos = indexValue(interp, posV);
  let endpos = indexValue(interp, endV);
  if (pos < 0) pos = 0;
  if (pos > n) pos = n;
  if (endpos > n) endpos = n;
  if (endpos < pos) return null;
  return [pos, endpos];
}

/** JS substrings of a str subject between code point positions. */
function textSlicer(s: string, text: Int32Array): (a: number, b: number) => string {
  if (s.length === text.length) return (a, b) => s.slice(a, b);
  // A wide string: code point index -> UTF-16 offset.
  const at = new Int32Array(text.length + 1);
  for (let k = 0, u = 0; k <= text.length; k++) {
    at[k] = u;
    u += text[k] > 0xffff ? 2 : 1;
  }
  return (a, b) => s.slice(at[a], at[b]);
}

/** Slices of the subject between code point positions, as str or bytes objects. */
function slicer(interp: Interpreter, subject: PyValue, text: Int32Array): (a: number, b: number) => PyValue {
  if (subject instanceof PyStr) {
    const sliceText = textSlicer(subject.v, text);
    return (a, b) => newStr(interp, sliceText(a, b));
  }
  return (a, b) => {
    const out = new Array<number>(b - a);
    for (let k = a; k < b; k++) out[k - a] = text[k];
    return newBytes(interp, out);
  };
}

/**
 * `_re.exec(engine, pattern, string, pos, endpos, mode)`: mode 0 search, 1 match,
 * 2 fullmatch, 3 match that must be non-empty, 4 only check the subject's type;
 * optional 7th argument: the `pos` the Match reports.
 * Returns a Match (of the Python Pattern `pattern`) or None.
 */
const execFn = builtin("exec", (interp, args) => {
  const e = engineArg(interp, args[0]);
  const text = subjectText(interp, e, args[2]);
  const mode = indexValue(interp, args[5]) as MatchMode;
  const b = bounds(interp, text, args[3], args[4]);
  if (b === null || mode < 0 || mode > MatchMode.MatchNonEmpty) return None;
  const r = e.regex.exec(text, b[0], b[1], mode, e.budget);
  // A scanner passes the pos its Match objects report (the first call's).
  const matchPos = args.length > 6 ? indexValue(interp, args[6]) : b[0];
  return r === null ? None : newMatch(interp, args[1], e.regex, args[2], matchPos, b[1], r);
});

/** Pattern.finditer's iterator: successive matches, CPython's rule after an empty match. */
class MatchIterator extends PyObject {
  mustAdvance = false;
  done = false;
  constructor(
    cls: PyType,
    readonly engine: RegexEngine,
    readonly pattern: PyValue,
    readonly string: PyValue,
    /** The subject's code points, taken once (a bytearray is not converted per match). */
    readonly text: Int32Array,
    /** pos as given (clamped): every Match's `pos`. */
    readonly startPos: number,
    public pos: number,
    readonly endpos: number,
  ) {
    super(cls);
  }
}

const matchIteratorType = makeIteratorType(
  "callable_iterator",
  (interp, v) => {
    const it = v as MatchIterator;
    if (it.done) return undefined;
    const e = it.engine;
    const text = it.text;
    const end = Math.min(it.endpos, text.length);
    let r: number[] | null = null;
    if (it.pos <= end) {
      if (it.mustAdvance) {
        r = e.regex.exec(text, it.pos, end, MatchMode.MatchNonEmpty, e.budget);
        if (r === null && it.pos < end) r = e.regex.exec(text, it.pos + 1, end, MatchMode.Search, e.budget);
      } else r = e.regex.exec(text, it.pos, end, MatchMode.Search, e.budget);
    }
    if (r === null) {
      it.done = true;
      return undefined;
    }
    it.mustAdvance = r[0] === r[1];
    it.pos = r[1];
    return newMatch(interp, it.pattern, e.regex, it.string, it.startPos, it.endpos, r);
  },
  (self, visit) => {
    const it = self as MatchIterator;
    visit(it.engine);
    visit(it.pattern);
    visit(it.string);
  },
);

/** `_re.finditer(engine, pattern, string, pos, endpos)`: the iterator of Match objects. */
const finditerFn = builtin("finditer", (interp, args) => {
  const e = engineArg(interp, args[0]);
  const text = subjectText(interp, e, args[2]);
  const b = bounds(interp, text, args[3], args[4]);
  const it = b === null ? new MatchIterator(matchIteratorType, e, args[1], args[2], text, 0, 1, 0) : new MatchIterator(matchIteratorType, e, args[1], args[2], text, b[0], b[0], b[1]);
  // A copy the engine does not keep (and charge) is the iterator's own.
  return interp.heap.alloc(it, ITERATOR_SIZE + (text === e.lastText || text.length < KEEP_SUBJECT_FROM ? 0 : sizeFor(4 * text.length)));
});

/**
 * `_re.findall(engine, string, pos, endpos)`: Pattern.findall (strings, or tuples of
 * them with several groups; "" or b"" for a group that did not take part).
 */
const findallFn = builtin("findall", (interp, args) => {
  const e = engineArg(interp, args[0]);
  const text = subjectText(interp, e, args[1]);
  const b = bounds(interp, text, args[2], args[3]);
  const out: PyValue[] = [];
  if (b === null) return newList(interp, out);
  const slice = slicer(interp, args[1], text);
  const groups = e.regex.groups;
  const empty = e.regex.isBytes ? newBytes(interp, []) : newStr(interp, "");
  const group = (r: readonly number[], g: number): PyValue => (r[2 * g] < 0 ? empty : slice(r[2 * g], r[2 * g + 1]));
  e.regex.scan(text, b[0], b[1], 0, e.budget, (r) => {
    if (groups <= 1) out.push(group(r, groups));
    else {
      const items = new Array<PyValue>(groups);
      for (let g = 1; g <= groups; g++) items[g - 1] = group(r, g);
      out.push(newTuple(interp, items));
    }
  });
  return newList(interp, out);
});

/**
 * `_re.subn(engine, items, string, count)`: sub() with a parsed template, a tuple of
 * literals (str or bytes, the subject's type) and group numbers. Returns (result, n).
 */
const subnFn = builtin("subn", (interp, args) => {
  const e = engineArg(interp, args[0]);
  const items = args[1] instanceof PyTuple ? args[1].items : [];
  const subject = args[2];
  const text = subjectText(interp, e, subject);
  const count = indexValue(interp, args[3]);
  if (subject instanceof PyStr) {
    const sliceText = textSlicer(subject.v, text);
    const lits = items.map((it) => (it instanceof PyStr ? it.v : typeof it === "number" ? it : ""));
    const pieces: string[] = [];
    let size = 0;
    let checkAt = 1 << 20;
    let last = 0;
    const n = e.regex.scan(text, 0, text.length, count, e.budget, (r) => {
      if (r[0] > last) pieces.push(sliceText(last, r[0]));
      for (const it of lits) {
        const piece = typeof it === "number" ? (r[2 * it] < 0 ? "" : sliceText(r[2 * it], r[2 * it + 1])) : it;
        pieces.push(piece);
        size += piece.length;
        if (size > checkAt) {
          // The result may be far bigger than the subject: reserve it as it grows.
          ensureStrRoom(interp, size);
          checkAt = 2 * size;
        }
      }
      last = r[1];
    });
    if (n === 0) return newTuple(interp, [subject, 0]);
    pieces.push(sliceText(last, text.length));
    const out = pieces.join("");
    ensureStrRoom(interp, out.length);
    return newTuple(interp, [newStr(interp, out), n]);
  }
  const out: number[] = [];
  let checkAt = 1 << 20;
  const copy = (a: number, b: number): void => {
    for (let k = a; k < b; k++) out.push(text[k]);
  };
  let last = 0;
  const n = e.regex.scan(text, 0, text.length, count, e.budget, (r) => {
    copy(last, r[0]);
    for (const it of items) {
      if (typeof it === "number") {
        if (r[2 * it] >= 0) copy(r[2 * it], r[2 * it + 1]);
      } else if (it instanceof PyBytes) for (const x of it.bytes) out.push(x);
    }
    if (out.length > checkAt) {
      interp.heap.ensure(sizeFor(out.length));
      checkAt = 2 * out.length;
    }
    last = r[1];
  });
  copy(last, text.length);
  return newTuple(interp, [newBytes(interp, out), n]);
});

/**
 * `_re.split(engine, string, maxsplit)`: Pattern.split (the pieces between matches, and
 * each match's groups, None for a group that did not take part).
 */
const splitFn = builtin("split", (interp, args) => {
  const e = engineArg(interp, args[0]);
  const text = subjectText(interp, e, args[1]);
  const maxsplit = indexValue(interp, args[2]);
  const slice = slicer(interp, args[1], text);
  const groups = e.regex.groups;
  const out: PyValue[] = [];
  let last = 0;
  e.regex.scan(text, 0, text.length, maxsplit, e.budget, (r) => {
    out.push(slice(last, r[0]));
    for (let g = 1; g <= groups; g++) out.push(r[2 * g] < 0 ? None : slice(r[2 * g], r[2 * g + 1]));
    last = r[1];
  });
  out.push(slice(last, text.length));
  return newList(interp, out);
});

export function createReNativeModule(interp: Interpreter): PyModule {
  void interp;
  return makeModule("_re", [
    ["compile", compileFn],
    ["exec", execFn],
    ["finditer", finditerFn],
    ["Match", matchType],
    ["findall", findallFn],
    ["split", splitFn],
    ["subn", subnFn],
  ]);
}
