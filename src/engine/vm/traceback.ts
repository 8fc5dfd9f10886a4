// Rendering exceptions like CPython 3.11's default excepthook: File lines with the
// source line and its `^^^^` markers (vm/caret.ts), the chained exceptions, notes.
// The collector's reports (`Exception ignored in: ...`, `Unhandled exception in weakref
// callback:`) follow ../shared/semantics.md and its conformance programs, which show
// File lines only: they pass `withSource = false`.

import type { PyException } from "../objects/exceptions.js";
import { PyException as PyExceptionClass, SyntaxError } from "../objects/exceptions.js";
import { PyTuple } from "../objects/tuple.js";
import { PyStr } from "../objects/str.js";
import type { Interpreter } from "./interpreter.js";
import { pyRepr, pyStr } from "./abstract.js";
import { rawLine, sourceRows } from "./caret.js";
import { PyList } from "../objects/list.js";
import { groupItems, isGroup } from "../objects/exception-groups.js";
import { None } from "../objects/builtin-types.js";
import type { PyValue } from "../objects/object.js";

const CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

/** How far down exception groups go, and how many members of one are shown (CPython's defaults). */
const MAX_GROUP_DEPTH = 10;
const MAX_GROUP_WIDTH = 15;

/** State of one print: groups nest their members' text in `  | ` margins. */
interface PrintContext {
  depth: number;
  needClose: boolean;
  seen: Set<PyException>;
  withSource: boolean;
}

/** The full text CPython writes to stderr for an uncaught `exc` (ends with a newline). */
export function formatTraceback(interp: Interpreter, exc: PyException, withSource = true): string {
  return formatChained(interp, exc, { depth: 0, needClose: false, seen: new Set(), withSource });
}

/** `text` with every line behind the context's margin ("|", or "+" on a group's first line). */
function emit(ctx: PrintContext, text: string, margin = "|"): string {
  if (ctx.depth === 0 || text === "") return text;
  const prefix = " ".repeat(2 * ctx.depth) + margin + " ";
  return text.replace(/^/gm, prefix).replace(new RegExp(`\\n${escapeRe(prefix)}$`), "\n");
}

function escapeRe(s: string): string {
  return s.replace(/[|+\\^$.*?()[\]{}]/g, "\\$&");
}

/** `exc` after the exceptions it was raised from (cause or context), each introduced. */
function formatChained(interp: Interpreter, exc: PyException, ctx: PrintContext): string {
  // [how the exception came from the next one (printed before it), exception], latest first.
  const chain: [string | null, PyException][] = [];
  for (let cur: PyException | null = exc; cur !== null;) {
    ctx.seen.add(cur);
    let next: PyException | null = null;
    let intro: string | null = null;
    if (cur.cause !== null && !ctx.seen.has(cur.cause)) [next, intro] = [cur.cause, CAUSE];
    else if (cur.context !== null && !cur.suppressContext && !ctx.seen.has(cur.context)) [next, intro] = [cur.context, CONTEXT];
    chain.push([null, cur]);
    if (next !== null) chain[chain.length - 1][0] = intro;
    cur = next;
  }
  let out = "";
  for (let k = chain.length - 1; k >= 0; k--) {
    const [intro, e] = chain[k];
    if (intro !== null) out += emit(ctx, intro);
    out += isGroup(e) ? formatGroup(interp, e, ctx) : emit(ctx, formatOne(interp, e, ctx.withSource));
  }
  return out;
}

/** An exception group: its traceback and line, then each member in a numbered box. */
function formatGroup(interp: Interpreter, exc: PyException, ctx: PrintContext): string {
  if (ctx.depth > MAX_GROUP_DEPTH) return emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
  const top = ctx.depth === 0;
  if (top) ctx.depth++;
  let out = "";
  if (exc.traceback.length > 0) {
    out += emit(ctx, "Exception Group Traceback (most recent call last):\n", top ? "+" : "|");
    out += emit(ctx, stackText(interp, exc, ctx.withSource));
  }
  out += emit(ctx, exceptionOnly(interp, exc));
  const members = groupItems(exc);
  const n = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    out += " ".repeat(2 * ctx.depth) + (i === 0 ? "+-" : "  ") + `+---------------- ${truncated ? "..." : i + 1} ----------------\n`;
    ctx.depth++;
    if (!truncated) out += formatChained(interp, members[i] as PyException, ctx);
    else {
      const more = members.length - MAX_GROUP_WIDTH;
      out += emit(ctx, `and ${more} more exception${more > 1 ? "s" : ""}\n`);
    }
    if (last && ctx.needClose) {
      out += " ".repeat(2 * ctx.depth) + "+------------------------------------\n";
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (top) ctx.depth = 0;
  return out;
}

/** The File lines of `exc`'s traceback; a run of identical entries shows 3 of them and then a count, as CPython does. */
function stackText(interp: Interpreter, exc: PyException, withSource: boolean): string {
  let out = "";
  const tb = exc.traceback;
  let i = 0;
  while (i < tb.length) {
    const e = tb[i];
    let j = i + 1;
    while (j < tb.length && tb[j].filename === e.filename && tb[j].line === e.line && tb[j].name === e.name) j++;
    const run = j - i;
    const line = `  File "${e.filename}", line ${e.line}, in ${e.name}\n`;
    for (let k = i; k < i + Math.min(run, 3); k++) out += line + (withSource ? sourceRows(interp, tb, k, exc, "c") : "");
    if (run > 3) out += `  [Previous line repeated ${run - 3} more time${run - 3 === 1 ? "" : "s"}]\n`;
    i = j;
  }
  return out;
}

/** One exception: the "Traceback" header and File lines (when it has any), then "Type: message" and its notes. */
export function formatOne(interp: Interpreter, exc: PyException, withSource = true): string {
  const head = exc.traceback.length > 0 ? "Traceback (most recent call last):\n" + stackText(interp, exc, withSource) : "";
  return head + exceptionOnly(interp, exc);
}

/** "Type: message" and the notes; for a SyntaxError with location details, its File line and text first. */
function exceptionOnly(interp: Interpreter, exc: PyException): string {
  const d = exc.args.length === 2 && exc.cls.isSubtypeOf(SyntaxError) ? exc.args[1] : null;
  if (d instanceof PyTuple && d.items.length >= 4 && d.items[0] instanceof PyStr && typeof d.items[1] === "number") {
    const t = exc.cls;
    const name = t.module === "builtins" || t.module === "__main__" ? t.qualname : `${t.module}.${t.qualname}`;
    let msg: string;
    try {
      msg = pyStr(interp, exc.args[0]);
    } catch (e) {
      if (!(e instanceof PyExceptionClass)) throw e;
      msg = "<exception str() failed>";
    }
    return `  File "${d.items[0].v}", line ${d.items[1]}\n` + syntaxTextRows(d.items) + `${name}: ${msg}\n` + notesText(interp, exc);
  }
  return exceptionLine(interp, exc) + "\n" + notesText(interp, exc);
}

/** A SyntaxError's `text` with its `^` markers from (filename, lineno, offset, text[, end_lineno, end_offset]). */
function syntaxTextRows(d: PyValue[]): string {
  const text = d[3];
  if (!(text instanceof PyStr)) return "";
  const line = text.v.replace(/\n$/, "");
  const stripped = line.replace(/^[ \t\f]+/, "");
  if (stripped.trim() === "") return "";
  const removed = line.length - stripped.length;
  const shown = stripped.replace(/\s+$/, "");
  let out = `    ${shown}\n`;
  const offset = d[2];
  if (typeof offset === "number" && offset >= 1) {
    const start = Math.max(offset - removed, 1);
    let width = 1;
    const endLine = d.length > 4 ? d[4] : None;
    const endOffset = d.length > 5 ? d[5] : None;
    if (typeof endOffset === "number" && endOffset > offset && (endLine === d[1] || endLine === None)) width = endOffset - offset;
    width = Math.max(1, Math.min(width, shown.length + 1 - (start - 1)));
    out += `    ${" ".repeat(start - 1)}${"^".repeat(width)}\n`;
  }
  return out;
}

/** The lines of `exc.__notes__` (each str() of a note; a non-list `__notes__` is shown by its repr, as CPython does). */
export function notesText(interp: Interpreter, exc: PyException): string {
  const notes = exc.dict?.get("__notes__");
  if (notes === undefined) return "";
  let out = "";
  if (notes instanceof PyList || notes instanceof PyTuple) {
    for (const n of notes.items) {
      let text: string;
      try {
        text = n instanceof PyStr ? n.v : pyStr(interp, n);
      } catch (e) {
        if (!(e instanceof PyExceptionClass)) throw e;
        text = "<note str() failed>";
      }
      out += text + "\n";
    }
    return out;
  }
  try {
    return pyRepr(interp, notes) + "\n";
  } catch (e) {
    if (!(e instanceof PyExceptionClass)) throw e;
    return "<__notes__ repr() failed>\n";
  }
}

/** "ValueError: msg", or just "ValueError" when str(exc) is empty (CPython's format_exception_only). */
export function exceptionLine(interp: Interpreter, exc: PyException): string {
  const t = exc.cls;
  const mod = t.module;
  const name = mod === "builtins" || mod === "__main__" ? t.qualname : `${mod}.${t.qualname}`;
  let msg: string;
  try {
    msg = pyStr(interp, exc);
  } catch (e) {
    if (!(e instanceof PyExceptionClass)) throw e;
    msg = "<exception str() failed>";
  }
  return msg === "" ? name : `${name}: ${msg}`;
}

/**
 * Line `line` of the source of `filename`, stripped like CPython's traceback shows it,
 * or "" when the engine has no source for that file (only the main program's is kept).
 */
export function sourceLine(interp: Interpreter, filename: string, line: number): string {
  return rawLine(interp, filename, line)?.trim() ?? "";
}
