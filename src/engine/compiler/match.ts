// The match statement (PEP 634): each case's pattern is compiled once to a
// closure `(frame, subject) => matched`. Captures go to hidden frame slots while a
// pattern runs (rooted, and invisible to the program) and are stored to their real
// names (locals, cells, globals, class namespace, like assignments) only when the
// whole pattern matched, as CPython does: a failed `case [x, 1]` binds nothing.
// Runtime semantics follow CPython 3.11's MATCH_SEQUENCE / MATCH_MAPPING /
// MATCH_KEYS / MATCH_CLASS, messages included.

import type { Match, MatchCase, MatchClass, MatchMapping, MatchSequence, Pattern } from "../parser/ast.js";
import { assertNever } from "../parser/ast.js";
import type { PyValue } from "../objects/object.js";
import { PyPlain } from "../objects/object.js";
import {
  None, boolType, bytearrayType, bytesType, dictType, floatType, frozensetType, intType, listType, objectType, rangeType,
  setType, strType, tupleType, typeType,
} from "../objects/builtin-types.js";
import { PyType } from "../objects/type.js";
import { PyTuple } from "../objects/tuple.js";
import { PyList, newList } from "../objects/list.js";
import { PyStr } from "../objects/str.js";
import { PyDict, dictDelete, dictGet, dictUpdate, newDict } from "../objects/dict.js";
import { TypeError, ValueError } from "../objects/exceptions.js";
import { dequeType } from "../modules/_collections.js";
import type { Frame } from "../vm/frame.js";
import type { Interpreter } from "../vm/interpreter.js";
import { callValue, compareBool, getAttr, getAttrDefault, isTruthy, pyLen, pyRepr, toArray, typeOf } from "../vm/abstract.js";
import { newException } from "../vm/errors.js";
import { typeName } from "../vm/typename.js";
import type { Compiler, GenStmtFn, StmtFn, StoreFn } from "./context.js";
import { NORMAL, hiddenSlot } from "./context.js";
import { compileExpr, compileTest } from "./expr.js";
import { compileStoreName } from "./targets.js";
import { compileBlock, compileSuspendingBlock } from "./stmt.js";
import { compileGenExpr, compileGenTest } from "./suspend.js";
import { patternNames } from "../parser/pattern-check.js";

/** A compiled pattern: does `v` match? Captures land in hidden slots. */
type PatternFn = (f: Frame, v: PyValue) => boolean;

/** Builtins whose class pattern with one positional sub-pattern matches the subject itself. */
const MATCH_SELF = [boolType, bytearrayType, bytesType, dictType, floatType, frozensetType, intType, listType, setType, strType, tupleType];

/** `get(key, MISSING)` marks an absent key in a mapping pattern (never visible to Python code). */
const MISSING = new PyPlain(objectType);

/**
 * The statement, for every kind of frame: patterns cannot suspend, but the subject,
 * guards and bodies may (a `yield`/`await`): then the suspending form, same steps.
 */
export function compileMatch(c: Compiler, s: Match, suspend: boolean): StmtFn | GenStmtFn {
  const slot = hiddenSlot(c);
  const matchers = compileCaseMatchers(c, s.cases);
  const lines = s.cases.map((k) => k.pattern.line);
  const n = s.cases.length;
  if (!suspend) {
    const subject = compileExpr(c, s.subject);
    const guards = s.cases.map((k) => (k.guard === null ? null : compileTest(c, k.guard)));
    const bodies = s.cases.map((k) => compileBlock(c, k.body));
    return (f) => {
      const v = subject(f);
      f.locals[slot] = v;
      let k = -1;
      try {
        for (let i = 0; i < n; i++) {
          f.line = lines[i];
          if (!matchers[i](f, v)) continue;
          const g = guards[i];
          if (g !== null && !g(f)) continue;
          k = i;
          break;
        }
      } finally {
        // Also when a pattern or guard raises: the subject is not kept by this frame.
        f.locals[slot] = undefined;
      }
      return k < 0 ? NORMAL : bodies[k](f);
    };
  }
  const subject = compileGenExpr(c, s.subject);
  const guards = s.cases.map((k) => (k.guard === null ? null : compileGenTest(c, k.guard)));
  const bodies = s.cases.map((k) => compileSuspendingBlock(c, k.body));
  return function* (f) {
    const v = yield* subject(f);
    f.locals[slot] = v;
    let k = -1;
    try {
      for (let i = 0; i < n; i++) {
        f.line = lines[i];
        if (!matchers[i](f, v)) continue;
        const g = guards[i];
        if (g !== null && !(yield* g(f))) continue;
        k = i;
        break;
      }
    } finally {
      f.locals[slot] = undefined;
    }
    return k < 0 ? NORMAL : yield* bodies[k](f);
  };
}

/** One closure per case: matches and, on success, binds the case's names. */
export function compileCaseMatchers(c: Compiler, cases: MatchCase[]): PatternFn[] {
  // Capture slots are shared by the cases of one statement (one per distinct name).
  const slots = new Map<string, number>();
  return cases.map((k) => {
    const names = patternNames(k.pattern);
    for (const name of names) if (!slots.has(name)) slots.set(name, hiddenSlot(c));
    const match = compilePattern(c, k.pattern, slots);
    if (names.length === 0) return match;
    const caps = names.map((name) => slots.get(name)!);
    const stores: StoreFn[] = names.map((name) => compileStoreName(c, name));
    const m = caps.length;
    return (f, v) => {
      let matched = false;
      try {
        matched = match(f, v);
      } finally {
        // A failed match, or a pattern that raised part-way: its captures are not kept.
        if (!matched) for (let i = 0; i < m; i++) f.locals[caps[i]] = undefined;
      }
      if (!matched) return false;
      for (let i = 0; i < m; i++) {
        const x = f.locals[caps[i]]!;
        f.locals[caps[i]] = undefined;
        stores[i](f, x);
      }
      return true;
    };
  });
}

function compilePattern(c: Compiler, p: Pattern, slots: Map<string, number>): PatternFn {
  const interp = c.interp;
  switch (p.kind) {
    case "MatchValue": {
      const value = compileExpr(c, p.value);
      return (f, v) => {
        const x = value(f);
        if (typeof v === "number" && typeof x === "number") return v === x;
        return compareBool(interp, "eq", v, x);
      };
    }
    case "MatchSingleton": {
      const want: PyValue = p.value === null ? None : p.value;
      return (_f, v) => v === want;
    }
    case "MatchAs": {
      if (p.name === null) return p.pattern === null ? () => true : compilePattern(c, p.pattern, slots);
      const slot = slots.get(p.name)!;
      if (p.pattern === null) {
        return (f, v) => {
          f.locals[slot] = v;
          return true;
        };
      }
      const inner = compilePattern(c, p.pattern, slots);
      return (f, v) => {
        if (!inner(f, v)) return false;
        f.locals[slot] = v;
        return true;
      };
    }
    case "MatchOr": {
      const alts = p.patterns.map((a) => compilePattern(c, a, slots));
      return (f, v) => {
        for (let i = 0; i < alts.length; i++) if (alts[i](f, v)) return true;
        return false;
      };
    }
    case "MatchSequence":
      return compileSequence(c, p, slots);
    case "MatchMapping":
      return compileMapping(c, p, slots);
    case "MatchClass":
      return compileClass(c, p, slots);
    case "MatchStar":
      // The parser only builds these inside sequence patterns, which handle them.
      throw new Error("internal error: star pattern outside a sequence pattern");
    default:
      return assertNever(p);
  }
}

/** CPython's Py_TPFLAGS_SEQUENCE types (no collections.abc registration here). */
function isSequence(t: PyType): boolean {
  return t === listType || t === tupleType || t.isSubtypeOf(listType) || t.isSubtypeOf(tupleType) || t === rangeType || t.isSubtypeOf(dequeType);
}

/** Patterns that can run Python code while matching (then a list subject is snapshotted first). */
function mayRunCode(p: Pattern): boolean {
  switch (p.kind) {
    case "MatchSingleton": case "MatchStar": return false;
    case "MatchAs": return p.pattern !== null && mayRunCode(p.pattern);
    case "MatchOr": case "MatchSequence": return p.patterns.some(mayRunCode);
    default: return true;
  }
}

function compileSequence(c: Compiler, p: MatchSequence, slots: Map<string, number>): PatternFn {
  const interp = c.interp;
  const pats = p.patterns;
  const star = pats.findIndex((x) => x.kind === "MatchStar");
  const size = pats.length;
  const subs = pats.map((x) => (x.kind === "MatchStar" ? null : compilePattern(c, x, slots)));
  const starSlot = star >= 0 && (pats[star] as { name: string | null }).name !== null ? slots.get((pats[star] as { name: string }).name)! : -1;
  const after = star >= 0 ? size - star - 1 : 0;
  const snapshot = mayRunCode(p);
  return (f, v) => {
    const t = typeOf(v);
    if (!isSequence(t)) return false;
    let items: PyValue[];
    let len: number;
    if (v instanceof PyList || v instanceof PyTuple) {
      items = v.items;
      len = items.length;
      if (star < 0 ? len !== size : len < size - 1) return false;
      if (snapshot && v instanceof PyList) items = items.slice();
    } else {
      len = pyLen(interp, v);
      if (star < 0 ? len !== size : len < size - 1) return false;
      // Deviation: CPython subscripts when the star is a wildcard; iterating gives the same items.
      items = toArray(interp, v);
      if (items.length !== len) return false;
    }
    for (let i = 0; i < size; i++) {
      if (i === star) {
        if (starSlot >= 0) f.locals[starSlot] = newList(interp, items.slice(star, len - after));
        continue;
      }
      const x = star >= 0 && i > star ? items[len - (size - i)] : items[i];
      if (!subs[i]!(f, x)) return false;
    }
    return true;
  };
}

function compileMapping(c: Compiler, p: MatchMapping, slots: Map<string, number>): PatternFn {
  const interp = c.interp;
  const keys = p.keys.map((k) => compileExpr(c, k));
  const subs = p.patterns.map((x) => compilePattern(c, x, slots));
  const nkeys = keys.length;
  const restSlot = p.rest === null ? -1 : slots.get(p.rest)!;
  // Only value-pattern keys can collide at run time; literal duplicates are SyntaxErrors.
  const checkDuplicates = nkeys > 1 && p.keys.some((k) => k.kind === "Attribute");
  return (f, v) => {
    const t = typeOf(v);
    if (!t.isSubtypeOf(dictType)) return false;
    if (nkeys === 0 && restSlot < 0) return true;
    if (nkeys > 0 && pyLen(interp, v) < nkeys) return false;
    const keyVals: PyValue[] = new Array(nkeys);
    const values: PyValue[] = new Array(nkeys);
    const getter = t === dictType ? null : getAttr(interp, v, "get");
    if (getter !== null && typeof getter === "object" && getter.size !== 0) f.temps.push(getter);
    for (let i = 0; i < nkeys; i++) {
      const k = keys[i](f);
      if (checkDuplicates) {
        for (let j = 0; j < i; j++) {
          if (compareBool(interp, "eq", keyVals[j], k)) throw newException(interp, ValueError, `mapping pattern checks duplicate key (${pyRepr(interp, k)})`);
        }
      }
      keyVals[i] = k;
      const x = getter === null ? dictGet(interp, v as PyDict, k) : callValue(interp, getter, [k, MISSING]);
      if (x === undefined || x === MISSING) return false;
      if (typeof x === "object" && x.size !== 0) f.temps.push(x);
      values[i] = x;
    }
    for (let i = 0; i < nkeys; i++) if (!subs[i](f, values[i])) return false;
    if (restSlot >= 0) {
      const rest = newDict(interp);
      dictUpdate(interp, rest, v);
      for (let i = 0; i < nkeys; i++) dictDelete(interp, rest, keyVals[i]);
      f.locals[restSlot] = rest;
    }
    return true;
  };
}

function instanceCheck(interp: Interpreter, v: PyValue, cls: PyType): boolean {
  if (typeOf(v).isSubtypeOf(cls)) return true;
  if (cls.cls === typeType) return false;
  const hook = cls.cls.lookup("__instancecheck__");
  return hook !== null && isTruthy(interp, callValue(interp, hook, [cls, v]));
}

function subPatterns(n: number): string {
  return n === 1 ? "sub-pattern" : "sub-patterns";
}

function compileClass(c: Compiler, p: MatchClass, slots: Map<string, number>): PatternFn {
  const interp = c.interp;
  const clsE = compileExpr(c, p.cls);
  const pos = p.patterns.map((x) => compilePattern(c, x, slots));
  const kw = p.kwdPatterns.map((x) => compilePattern(c, x, slots));
  const kwNames = p.kwdAttrs;
  const npos = pos.length;
  const nkw = kw.length;
  return (f, v) => {
    const cls = clsE(f);
    if (!(cls instanceof PyType)) throw newException(interp, TypeError, "called match pattern must be a type");
    if (!instanceCheck(interp, v, cls)) return false;
    if (npos === 0 && nkw === 0) return true;
    // Every attribute is fetched (positional, then keyword) before any sub-pattern runs.
    const attrs: PyValue[] = new Array(npos + nkw);
    const seen: string[] = [];
    let first = 0;
    if (npos > 0) {
      const matchArgs = getAttrDefault(interp, cls, "__match_args__");
      let names: string[];
      if (matchArgs === undefined) {
        if (MATCH_SELF.some((t) => cls.isSubtypeOf(t))) {
          if (npos > 1) throw newException(interp, TypeError, `${cls.name}() accepts 1 positional sub-pattern (${npos} given)`);
          attrs[0] = v;
          first = 1;
          names = [];
        } else {
          throw newException(interp, TypeError, `${cls.name}() accepts 0 positional ${subPatterns(0)} (${npos} given)`);
        }
      } else {
        if (!(matchArgs instanceof PyTuple) || matchArgs.cls !== tupleType) {
          throw newException(interp, TypeError, `${cls.name}.__match_args__ must be a tuple (got ${typeName(matchArgs)})`);
        }
        const allowed = matchArgs.items.length;
        if (npos > allowed) throw newException(interp, TypeError, `${cls.name}() accepts ${allowed} positional ${subPatterns(allowed)} (${npos} given)`);
        names = [];
        for (let i = 0; i < npos; i++) {
          const name = matchArgs.items[i];
          if (!(name instanceof PyStr)) throw newException(interp, TypeError, `__match_args__ elements must be strings (got ${typeName(name)})`);
          names.push(name.v);
        }
      }
      for (let i = first; i < npos; i++) {
        const x = getClassAttr(interp, f, cls, v, names[i], seen);
        if (x === undefined) return false;
        attrs[i] = x;
      }
    }
    for (let i = 0; i < nkw; i++) {
      const x = getClassAttr(interp, f, cls, v, kwNames[i], seen);
      if (x === undefined) return false;
      attrs[npos + i] = x;
    }
    for (let i = 0; i < npos; i++) if (!pos[i](f, attrs[i])) return false;
    for (let i = 0; i < nkw; i++) if (!kw[i](f, attrs[npos + i])) return false;
    return true;
  };
}

/** One attribute for a class pattern: undefined (no match) when it raises AttributeError. */
function getClassAttr(interp: Interpreter, f: Frame, cls: PyType, v: PyValue, name: string, seen: string[]): PyValue | undefined {
  if (seen.indexOf(name) >= 0) throw newException(interp, TypeError, `${cls.name}() got multiple sub-patterns for attribute '${name}'`);
  seen.push(name);
  const x = getAttrDefault(interp, v, name);
  if (x !== undefined && typeof x === "object" && x.size !== 0) f.temps.push(x);
  return x;
}
