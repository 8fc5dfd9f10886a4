// `re.Match` as a native type (modules/_re.ts creates them): one heap object per match
// holding the spans, with group access in TypeScript, so a tokenizer loop pays no
// Python-level constructor or method call per match. `expand` parses its template in
// Python (the Pattern's `_expand`, modules/re.ts).

import { PyObject, type PyValue } from "../objects/object.js";
import { PyType, type Kwargs } from "../objects/type.js";
import { None, objectType, typeType } from "../objects/builtin-types.js";
import { defineMethods } from "../objects/function.js";
import { sizeFor } from "../heap/heap.js";
import type { Interpreter } from "../vm/interpreter.js";
import { raiseIndexError } from "../vm/errors.js";
import { PyStr, isWide, newStr, unitOffset } from "../objects/str.js";
import { PyBytes, newBytes } from "../objects/bytes.js";
import { newTuple } from "../objects/tuple.js";
import { newDict, dictSet } from "../objects/dict.js";
import { isInt } from "../objects/int.js";
import { indexValue } from "../objects/slice.js";
import { callMethod, pyRepr } from "../vm/abstract.js";
import { checkArgs, takeKwargs } from "../objects/args.js";
import { builtinClassMethod } from "../objects/classmethod-builtin.js";
import { newGenericAlias } from "../objects/genericalias.js";
import type { CompiledRegex } from "../regex/index.js";

export class PyMatch extends PyObject {
  static override get name(): string {
    return "PyMatch";
  }
  constructor(
    cls: PyType,
    /** The Python Pattern object (`m.re`). */
    readonly pattern: PyValue,
    readonly regex: CompiledRegex,
    readonly string: PyValue,
    readonly pos: number,
    readonly endpos: number,
    /** start, end per group (group 0 first; -1: did not take part), then lastindex. */
    readonly spans: number[],
  ) {
    super(cls);
  }
}

export const matchType = new PyType(typeType, "Match", [objectType], true);
matchType.mro = [matchType, objectType];
matchType.instancesHaveDict = false;
matchType.subclassable = false;
matchType.module = "re";
matchType.traverse = (self, visit) => {
  const m = self as PyMatch;
  visit(m.pattern);
  visit(m.string);
};

export function newMatch(interp: Interpreter, pattern: PyValue, regex: CompiledRegex, string: PyValue, pos: number, endpos: number, spans: number[]): PyMatch {
  return interp.heap.alloc(new PyMatch(matchType, pattern, regex, string, pos, endpos, spans), sizeFor(48 + 4 * spans.length));
}

function self(v: PyValue): PyMatch {
  return v as PyMatch;
}

/** The subject between two positions (code points for str), as str or bytes. */
export function subjectSlice(interp: Interpreter, s: PyValue, a: number, b: number): PyValue {
  if (s instanceof PyStr) {
    if (!isWide(s)) return newStr(interp, s.v.slice(a, b));
    const from = unitOffset(s.v, a);
    return newStr(interp, s.v.slice(from, from + unitOffset(s.v.slice(from), b - a)));
  }
  return newBytes(interp, (s as PyBytes).bytes.slice(a, b));
}

function groupIndex(interp: Interpreter, m: PyMatch, g: PyValue): number {
  if (isInt(g)) {
    const i = indexValue(interp, g);
    if (i >= 0 && i <= m.regex.groups) return i;
  } else if (g instanceof PyStr) {
    for (const [name, i] of m.regex.names) if (name === g.v) return i;
  }
  return raiseIndexError(interp, "no such group");
}

function group(interp: Interpreter, m: PyMatch, i: number, dflt: PyValue = None): PyValue {
  const a = m.spans[2 * i];
  return a < 0 ? dflt : subjectSlice(interp, m.string, a, m.spans[2 * i + 1]);
}

function defaultArg(interp: Interpreter, name: string, args: PyValue[], kw: Kwargs): PyValue {
  const k = takeKwargs(interp, name, kw, ["default"]);
  checkArgs(interp, name, args, 0, 1, null);
  return args.length > 1 ? args[1] : (k.get("default") ?? None);
}

function spanOf(interp: Interpreter, args: PyValue[], kw: Kwargs, name: string): [number, number] {
  checkArgs(interp, name, args, 0, 1, kw);
  const m = self(args[0]);
  const i = args.length > 1 ? groupIndex(interp, m, args[1]) : 0;
  return [m.spans[2 * i], m.spans[2 * i + 1]];
}

defineMethods(matchType, {
  group: (interp, args, kw) => {
    checkArgs(interp, "group", args, 0, 1 << 30, kw);
    const m = self(args[0]);
    if (args.length === 1) return group(interp, m, 0);
    if (args.length === 2) return group(interp, m, groupIndex(interp, m, args[1]));
    const out: PyValue[] = [];
    for (let k = 1; k < args.length; k++) out.push(group(interp, m, groupIndex(interp, m, args[k])));
    return newTuple(interp, out);
  },
  __getitem__: (interp, args) => {
    const m = self(args[0]);
    return group(interp, m, groupIndex(interp, m, args[1]));
  },
  groups: (interp, args, kw) => {
    const dflt = defaultArg(interp, "groups", args, kw);
    const m = self(args[0]);
    const out: PyValue[] = [];
    for (let i = 1; i <= m.regex.groups; i++) out.push(group(interp, m, i, dflt));
    return newTuple(interp, out);
  },
  groupdict: (interp, args, kw) => {
    const dflt = defaultArg(interp, "groupdict", args, kw);
    const m = self(args[0]);
    const d = newDict(interp);
    for (const [name, i] of m.regex.names) dictSet(interp, d, newStr(interp, name), group(interp, m, i, dflt));
    return d;
  },
  start: (interp, args, kw) => spanOf(interp, args, kw, "start")[0],
  end: (interp, args, kw) => spanOf(interp, args, kw, "end")[1],
  span: (interp, args, kw) => newTuple(interp, spanOf(interp, args, kw, "span")),
  expand: (interp, args, kw) => {
    checkArgs(interp, "expand", args, 1, 1, kw);
    return callMethod(interp, self(args[0]).pattern, "_expand", [args[0], args[1]]);
  },
  __copy__: (interp, args, kw) => {
    checkArgs(interp, "__copy__", args, 0, 0, kw);
    return args[0];
  },
  __deepcopy__: (interp, args, kw) => {
    checkArgs(interp, "__deepcopy__", args, 1, 1, kw);
    return args[0];
  },
});

matchType.dict.set(
  "__class_getitem__",
  builtinClassMethod("__class_getitem__", "Match", (interp, args) => newGenericAlias(interp, args[0] as PyType, args[1])),
);

matchType.getitem = (interp, v, key) => group(interp, self(v), groupIndex(interp, self(v), key));

matchType.getattr = (interp, v, name) => {
  const m = self(v);
  switch (name) {
    case "re":
      return m.pattern;
    case "string":
      return m.string;
    case "pos":
      return m.pos;
    case "endpos":
      return m.endpos;
    case "lastindex": {
      const last = m.spans[m.spans.length - 1];
      return last < 0 ? None : last;
    }
    case "lastgroup": {
      const last = m.spans[m.spans.length - 1];
      if (last >= 0) for (const [n, i] of m.regex.names) if (i === last) return newStr(interp, n);
      return None;
    }
    case "regs": {
      const out: PyValue[] = [];
      for (let i = 0; i <= m.regex.groups; i++) out.push(newTuple(interp, [m.spans[2 * i], m.spans[2 * i + 1]]));
      return newTuple(interp, out);
    }
  }
  return undefined;
};

matchType.repr = (interp, v) => {
  const m = self(v);
  const text = pyRepr(interp, group(interp, m, 0)).slice(0, 50);
  return `<re.Match object; span=(${m.spans[0]}, ${m.spans[1]}), match=${text}>`;
};
