// The source line and `^^^^`/`~~^~~` markers under a traceback's File line, as
// CPython 3.11 prints them.
//
// CPython knows the exact bytecode instruction each frame was at (its code's location
// table). The engine runs compiled closures and records only the frame's current line,
// so the instruction is reconstructed here, when a traceback is formatted: the file is
// parsed again (once per run and file, with the expressions' end positions), the
// expressions of the frame's own code that start on that line are listed in evaluation
// order, and the one that was running is chosen from what is known:
//   - a caller's entry was calling the next entry's function: the call (or the operator,
//     subscript, attribute or comprehension) that reaches a function of that name;
//   - the innermost entry raised the exception: the `raise`/`assert` statement, or the
//     expression kind that raises that exception (`/` for ZeroDivisionError, a subscript
//     for KeyError/IndexError, the attribute or name the error names, a call otherwise).
// When nothing fits, no markers are shown (the source line still is). Files whose name
// starts with "<" (the stdlib's `<frozen x>`, `<string>`, `<stdin>`) have no lines, as in
// CPython, where linecache finds no file for them.

import type { ConstantValue, Expr, Module, Stmt } from "../parser/ast.js";
import type { PyValue } from "../objects/object.js";
import { parse } from "../parser/parser.js";
import type { PyException, TracebackEntry } from "../objects/exceptions.js";
import {
  AttributeError, IndexError, KeyError, NameError, TypeError, ZeroDivisionError,
} from "../objects/exceptions.js";
import { PyStr } from "../objects/str.js";
import type { Interpreter } from "./interpreter.js";

/** Which of CPython's two printers to imitate: the interpreter's own (C) or the traceback module's. */
export type CaretStyle = "c" | "py";

interface Span {
  col: number;
  endLine: number;
  endCol: number;
  /** [left end, right start] of the `^` part, relative to `col`, for `~~^~~` anchors. */
  anchors: [number, number] | null;
}

/** The raw text of line `line` (1-based) of `filename`'s source, or null. */
export function rawLine(interp: Interpreter, filename: string, line: number): string | null {
  if (filename.startsWith("<")) return null;
  const src = interp.sources.get(filename);
  if (src === undefined || line < 1) return null;
  let start = 0;
  for (let n = 1; n < line; n++) {
    const nl = src.indexOf("\n", start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  let end = src.indexOf("\n", start);
  if (end < 0) end = src.length;
  let text = src.slice(start, end);
  if (text.endsWith("\r")) text = text.slice(0, -1);
  return text;
}

/**
 * The rows under entry `i` of `tb` (the source line, then the markers when CPython shows
 * them), each ending in "\n"; "" when the source is unknown.
 */
export function sourceRows(interp: Interpreter, tb: TracebackEntry[], i: number, exc: PyException | null, style: CaretStyle): string {
  const r = lineAndMarkers(interp, tb, i, exc, style);
  if (r === null) return "";
  return `    ${r[0]}\n` + (r[1] === null ? "" : `    ${r[1]}\n`);
}

/** The source line as shown (without the 4-space margin) and the marker row (idem), or null. */
export function lineAndMarkers(interp: Interpreter, tb: TracebackEntry[], i: number, exc: PyException | null, style: CaretStyle): [string, string | null] | null {
  const e = tb[i];
  const raw = rawLine(interp, e.filename, e.line);
  if (raw === null) return null;
  const indent = raw.length - raw.replace(/^[ \t\f]+/, "").length;
  const trimmedEnd = raw.replace(/[ \t\f\v]+$/, "");
  if (trimmedEnd.length <= indent) return null;
  // The C printer keeps trailing blanks; the traceback module strips them (and, as 3.11
  // does, still counts them when placing the markers).
  const shown = style === "c" ? raw.slice(indent) : trimmedEnd.slice(indent);
  const span = locate(interp, tb, i, exc, style);
  if (span === null) return [shown, null];
  const multi = span.endLine !== e.line;
  const start = span.col;
  let end = multi ? (style === "c" ? raw.length : trimmedEnd.length) : span.endCol;
  if (end > raw.length) end = raw.length;
  if (start < indent || end <= start) return [shown, null];
  const anchors = multi ? null : span.anchors;
  const strippedLen = trimmedEnd.length - indent;
  if (anchors === null && end - start >= strippedLen) return [shown, null];
  const lead = style === "c" ? start - indent : start - (raw.length - (trimmedEnd.length - indent));
  let marks: string;
  if (anchors !== null) {
    const [l, r] = anchors;
    marks = "~".repeat(l) + "^".repeat(r - l) + "~".repeat(end - start - r);
  } else marks = "^".repeat(end - start);
  return [shown, " ".repeat(Math.max(lead, 0)) + marks];
}

// ---------------------------------------------------------------- finding the instruction

/**
 * A call expression's identity within its file: where it ends (the closing parenthesis is
 * unique to it, while `a.b().c()` nests calls starting at one column). Compiled calls store
 * it in `frame.site` once their arguments are evaluated.
 */
export function callSite(e: { endLine?: number; endCol?: number }): number {
  return e.endLine === undefined ? 0 : e.endLine * 65536 + Math.min(e.endCol!, 65535);
}

function moduleOf(interp: Interpreter, filename: string): Module | null {
  const cache = interp.tracebackAsts;
  if (cache.has(filename)) return cache.get(filename)!;
  let m: Module | null = null;
  const src = interp.sources.get(filename);
  if (src !== undefined) {
    try {
      m = parse(src);
    } catch {
      m = null;
    }
  }
  cache.set(filename, m);
  return m;
}

interface Found {
  exprs: Expr[];
  stmts: Stmt[];
}

const SCOPE_OF: Record<string, string> = { ListComp: "<listcomp>", SetComp: "<setcomp>", DictComp: "<dictcomp>", GeneratorExp: "<genexpr>", Lambda: "<lambda>" };

/** The expressions (evaluation order) and statements that start on `line` in the code named `scope`. */
function nodesAt(m: Module, line: number, scope: string): Found {
  const found: Found = { exprs: [], stmts: [] };
  const visit = (node: unknown, cur: string): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n, cur);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const n = node as Record<string, unknown> & { kind?: string; line?: number };
    const kind = n.kind;
    if (kind === "FunctionDef" || kind === "ClassDef") {
      if (n.line === line && cur === scope) found.stmts.push(n as unknown as Stmt);
      for (const k in n) if (k !== "body") visit(n[k], cur);
      visit(n.body, n.name as string);
      return;
    }
    if (kind === "Lambda") {
      visit(n.args, cur);
      visit(n.body, "<lambda>");
      if (n.line === line && cur === scope) found.exprs.push(n as unknown as Expr);
      return;
    }
    const comp = kind !== undefined ? SCOPE_OF[kind] : undefined;
    if (comp !== undefined) {
      const gens = n.generators as { iter: unknown }[];
      visit(gens[0].iter, cur);
      for (const k in n) if (k !== "generators") visit(n[k], comp);
      gens.forEach((g, gi) => {
        for (const k in g) if (!(gi === 0 && k === "iter")) visit((g as Record<string, unknown>)[k], comp);
      });
      if (n.line === line && cur === scope) found.exprs.push(n as unknown as Expr);
      return;
    }
    for (const k in n) {
      const v = n[k];
      if (v !== null && typeof v === "object") visit(v, cur);
    }
    if (kind !== undefined && n.line === line && cur === scope) {
      if (n.endLine !== undefined) found.exprs.push(n as unknown as Expr);
      else found.stmts.push(n as unknown as Stmt);
    }
  };
  visit(m.body, "<module>");
  return found;
}

const OPERATOR_DUNDERS: Record<string, string> = {
  add: "+", sub: "-", mul: "*", truediv: "/", floordiv: "//", mod: "%", pow: "**", matmul: "@",
  lshift: "<<", rshift: ">>", or: "|", xor: "^", and: "&",
};
const COMPARE_DUNDERS = new Set(["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__contains__"]);

function calleeName(e: Expr): string | null {
  if (e.kind === "Name") return e.id;
  if (e.kind === "Attribute") return e.attr;
  return null;
}

/** The call of `found` that `site` names, if it is one of them. */
function siteCall(found: Found, site: number): Expr | null {
  if (site === 0) return null;
  return found.exprs.find((x) => x.kind === "Call" && callSite(x) === site) ?? null;
}

function pickForCallee(found: Found, callee: TracebackEntry, site: number): Expr | Stmt | null {
  const name = callee.name;
  const exprs = found.exprs;
  const calls = exprs.filter((x) => x.kind === "Call");
  const atSite = siteCall(found, site);
  const byKind = (k: string) => exprs.find((x) => x.kind === k) ?? null;
  if (name.startsWith("<") && name !== "<lambda>" && name !== "<module>" && name !== "<genexpr>") {
    const kind = Object.keys(SCOPE_OF).find((k) => SCOPE_OF[k] === name);
    return kind !== undefined ? byKind(kind) : null;
  }
  const m = /^__r?i?([a-z]+)__$/.exec(name);
  if (m !== null && OPERATOR_DUNDERS[m[1]] !== undefined) {
    const op = OPERATOR_DUNDERS[m[1]];
    const hit = exprs.find((x) => x.kind === "BinOp" && x.op === op);
    if (hit !== undefined) return hit;
    const aug = found.stmts.find((s) => s.kind === "AugAssign");
    if (aug !== undefined) return aug;
  }
  if (name === "__getitem__" || name === "__setitem__" || name === "__delitem__") return byKind("Subscript");
  if (COMPARE_DUNDERS.has(name)) return byKind("Compare");
  if (name === "__iter__" || name === "__next__" || callee.isGenerator) {
    if (found.stmts.some((s) => s.kind === "For")) return null;
    const comp = exprs.find((x) => SCOPE_OF[x.kind] !== undefined && x.kind !== "Lambda");
    if (comp !== undefined && name === "__iter__") return comp;
    const builtinName = name === "__iter__" ? "iter" : "next";
    if (atSite !== null && calleeName((atSite as { func: Expr }).func) !== name) return atSite;
    const other = calls.filter((c) => calleeName(c.func) !== name);
    return other.find((c) => calleeName(c.func) === builtinName) ?? other[0] ?? null;
  }
  if (name === "__enter__" || name === "__exit__") return null;
  // A property getter or __getattr__ reached through an attribute that is not called.
  const attr = exprs.find((x) => x.kind === "Attribute" && x.attr === name && !calls.some((c) => c.func === x));
  if (atSite !== null && (attr === undefined || calleeName((atSite as { func: Expr }).func) === name)) return atSite;
  if (attr !== undefined) return attr;
  const named = calls.find((c) => calleeName(c.func) === name);
  if (named !== undefined) return named;
  if (name === "__init__" || name === "__new__" || name === "__call__" || name === "__init_subclass__") {
    const cls = calls.find((c) => { const n = calleeName(c.func); return n !== null && /^[A-Z]/.test(n); });
    if (cls !== undefined) return cls;
  }
  if (found.stmts.some((s) => s.kind === "ClassDef" || s.kind === "FunctionDef")) return null;
  return calls[0] ?? null;
}

function messageOf(exc: PyException): string {
  const a = exc.args[0];
  return exc.args.length >= 1 && a instanceof PyStr ? a.v : "";
}

function pickForRaise(found: Found, exc: PyException | null, site: number): Expr | Stmt | null {
  const raise = found.stmts.find((s) => s.kind === "Raise" || s.kind === "Assert");
  const exprs = found.exprs;
  const first = (pred: (x: Expr) => boolean) => exprs.find(pred) ?? null;
  if (raise !== undefined) {
    // A name or attribute that failed while the raise statement was being evaluated.
    const lookup = exc === null ? null : failedLookup(exc, first);
    // CPython places a failed assert at its test expression.
    return lookup ?? (raise.kind === "Assert" ? raise.test : raise);
  }
  if (exc === null) return null;
  const t = exc.cls;
  if (t.isSubtypeOf(ZeroDivisionError)) {
    return first((x) => x.kind === "BinOp" && (x.op === "/" || x.op === "//" || x.op === "%")) ?? found.stmts.find((s) => s.kind === "AugAssign") ?? null;
  }
  if (t.isSubtypeOf(NameError) || t.isSubtypeOf(AttributeError)) return failedLookup(exc, first);
  const msg = messageOf(exc);
  const subs = exprs.filter((x) => x.kind === "Subscript");
  const atSite = siteCall(found, site);
  const calls = atSite !== null ? [atSite] : exprs.filter((x) => x.kind === "Call");
  // A builtin's message usually names it ("invalid literal for int()", "pop from empty list").
  const named = calls.find((c) => {
    const n = calleeName((c as { func: Expr }).func);
    return n !== null && (msg.includes(`${n}()`) || new RegExp(`\\b${n}\\b`).test(msg));
  }) ?? null;
  if (t.isSubtypeOf(KeyError) || t.isSubtypeOf(IndexError)) {
    if (named !== null) return named;
    // The subscript whose constant key is the missing one, else the last one evaluated.
    const key = exc.args.length === 1 ? exc.args[0] : undefined;
    const byKey = subs.find((x) => x.kind === "Subscript" && x.slice.kind === "Constant" && constantMatches(x.slice.value, key));
    return byKey ?? subs[subs.length - 1] ?? calls[0] ?? null;
  }
  if (/assign sequence of size/.test(msg)) {
    const extended = /extended slice/.test(msg) ? subs.find((x) => x.kind === "Subscript" && x.slice.kind === "Slice" && x.slice.step !== null) : undefined;
    return extended ?? subs[subs.length - 1] ?? null;
  }
  if (/sub-pattern|__match_args__|match pattern/.test(msg)) return (exprs as { kind: string }[]).find((x) => x.kind === "MatchClass") as Expr ?? null;
  if (t === TypeError) {
    if (/context manager protocol/.test(msg)) return null;
    const bin = binOpFor(exprs, msg);
    if (bin !== null) return bin;
    if (/is not iterable|cannot unpack/.test(msg) && found.stmts.some((s) => s.kind === "For")) return null;
    if (/unsupported operand|can only concatenate|can't multiply sequence/.test(msg)) return first((x) => x.kind === "BinOp") ?? found.stmts.find((s) => s.kind === "AugAssign") ?? null;
    if (/bad operand type for unary/.test(msg)) return first((x) => x.kind === "UnaryOp");
    if (/not supported between instances/.test(msg)) return first((x) => x.kind === "Compare");
    if (/is not subscriptable|does not support item assignment|indices must be|doesn't define __class_getitem__/.test(msg)) return subs[subs.length - 1] ?? null;
  }
  return named ?? calls[0] ?? first((x) => x.kind === "BinOp" || x.kind === "Subscript");
}

/**
 * The binary operation a TypeError's message speaks of ("unsupported operand type(s) for
 * +: 'int' and 'str'", "can only concatenate str (not \"int\") to str"): among those with
 * that operator, one whose constant operand has the named type, else the first evaluated.
 */
function binOpFor(exprs: Expr[], msg: string): Expr | null {
  let op: string | null = null;
  let left: string | null = null;
  let right: string | null = null;
  let m = /unsupported operand type\(s\) for ([^:]+): '([^']*)' and '([^']*)'/.exec(msg);
  if (m !== null) [op, left, right] = [m[1].replace(/=$/, ""), m[2], m[3]];
  else if ((m = /can only concatenate (\w+) \(not "([^"]*)"\) to/.exec(msg)) !== null) [op, left, right] = ["+", m[1], m[2]];
  else if (/can't multiply sequence/.test(msg)) op = "*";
  if (op === null) return null;
  const cands = exprs.filter((x) => x.kind === "BinOp" && x.op === op) as (Expr & { kind: "BinOp" })[];
  if (cands.length <= 1) return cands[0] ?? null;
  const typeOfConst = (x: Expr): string | null => (x.kind === "Constant" ? (x.value.type === "str" ? "str" : x.value.type === "int" ? "int" : x.value.type === "float" ? "float" : null) : null);
  return cands.find((b) => right !== null && right !== left && typeOfConst(b.right) === right) ??
    cands.find((b) => left !== null && left !== right && typeOfConst(b.left) === left) ?? cands[0];
}

/** The Name a NameError names, or the Attribute an AttributeError names. */
function failedLookup(exc: PyException, first: (pred: (x: Expr) => boolean) => Expr | null): Expr | null {
  if (exc.cls.isSubtypeOf(NameError)) {
    const id = exc.errName instanceof PyStr ? exc.errName.v : /'([^']*)'/.exec(messageOf(exc))?.[1];
    return first((x) => x.kind === "Name" && x.id === id);
  }
  if (exc.cls.isSubtypeOf(AttributeError)) {
    const attr = exc.errName instanceof PyStr ? exc.errName.v : /attribute '([^']*)'/.exec(messageOf(exc))?.[1];
    return first((x) => x.kind === "Attribute" && x.attr === attr);
  }
  return null;
}

function constantMatches(c: ConstantValue, key: PyValue | undefined): boolean {
  if (key === undefined) return false;
  if (c.type === "str") return key instanceof PyStr && key.v === c.value;
  if (c.type === "int") return typeof key === "number" && BigInt(key) === c.value;
  return false;
}

function locate(interp: Interpreter, tb: TracebackEntry[], i: number, exc: PyException | null, style: CaretStyle): Span | null {
  const e = tb[i];
  const m = moduleOf(interp, e.filename);
  if (m === null) return null;
  const found = nodesAt(m, e.line, e.name);
  const node = i + 1 < tb.length ? pickForCallee(found, tb[i + 1], e.site) : pickForRaise(found, exc, e.site);
  if (node === null) return null;
  const ends = endOf(node);
  if (ends === null) return null;
  const raw = rawLine(interp, e.filename, e.line)!;
  let anchors: [number, number] | null = null;
  if (ends[0] === e.line) anchors = anchorsOf(node as Expr, raw, style);
  return { col: node.col, endLine: ends[0], endCol: ends[1], anchors };
}

/** Where a node ends: expressions know it; a statement ends with its last expression. */
function endOf(node: Expr | Stmt): [number, number] | null {
  if (node.endLine !== undefined) return [node.endLine, node.endCol!];
  let last: [number, number] | null = null;
  const grow = (x: Expr | null | undefined) => {
    if (x === null || x === undefined || x.endLine === undefined) return;
    if (last === null || x.endLine > last[0] || (x.endLine === last[0] && x.endCol! > last[1])) last = [x.endLine, x.endCol!];
  };
  switch (node.kind) {
    case "Raise":
      grow(node.exc);
      grow(node.cause);
      return last ?? [node.line, node.col + 5];
    case "Assert":
      grow(node.test);
      grow(node.msg);
      return last;
    case "AugAssign":
      grow(node.target);
      grow(node.value);
      return last;
    default:
      return null;
  }
}

/**
 * The `~`/`^` split CPython 3.11 draws under a binary operation (the operator) or a
 * subscript (from `[` to `]`), relative to the expression's first column.
 */
function anchorsOf(node: Expr, raw: string, style: CaretStyle): [number, number] | null {
  const base = node.col;
  const seg = raw.slice(base, node.endCol);
  const ws = (c: string | undefined) => c === " " || c === "\t" || c === "\f" || c === "\n";
  if (node.kind === "BinOp") {
    const leftEnd = node.left.endCol! - base;
    const rightStart = node.right.col - base;
    if (node.left.endLine !== node.line || node.right.line !== node.line) return null;
    if (style === "c") {
      let l = -1;
      let r = -1;
      for (let k = leftEnd; k < rightStart; k++) {
        if (ws(seg[k])) continue;
        l = k;
        r = k + 1;
        if (k + 1 < rightStart && !ws(seg[k + 1])) r++;
        if (k + 1 < rightStart && seg[k] === ")") continue;
        break;
      }
      return l < 0 ? null : [l, r];
    }
    const opText = seg.slice(leftEnd, rightStart);
    const off = opText.length - opText.replace(/^\s+/, "").length;
    let l = leftEnd + off;
    let r = l + 1;
    if (off + 1 < opText.length && !ws(opText[off + 1])) r++;
    while (l < seg.length && (ws(seg[l]) || seg[l] === ")" || seg[l] === "#")) {
      l++;
      r++;
    }
    return [l, r];
  }
  if (node.kind === "Subscript") {
    if (node.value.endLine !== node.line || node.slice.endLine === undefined && node.slice.kind !== "Slice") return null;
    let l = node.value.endCol! - base;
    let r = sliceEnd(node.slice) - base + 1;
    while (l < seg.length && seg[l] !== "[") l++;
    while (r < seg.length && seg[r] !== "]") r++;
    if (r < seg.length) r++;
    return [l, r];
  }
  return null;
}

/** A slice's end column: a Slice node ends with its last bound (or its last colon's place). */
function sliceEnd(s: Expr): number {
  if (s.endCol !== undefined) return s.endCol;
  if (s.kind === "Slice") {
    for (const b of [s.step, s.upper, s.lower]) if (b !== null && b.endCol !== undefined) return b.endCol;
  }
  return s.col;
}
