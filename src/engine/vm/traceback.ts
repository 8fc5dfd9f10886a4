// Rendering exceptions like CPython 3.11's default excepthook (without source lines:
// heapscope prints only the "File" lines), including the chained exceptions.

import type { PyException } from "../objects/exceptions.js";
import { PyException as PyExceptionClass, SyntaxError } from "../objects/exceptions.js";
import { PyTuple } from "../objects/tuple.js";
import { PyStr } from "../objects/str.js";
import type { Interpreter } from "./interpreter.js";
import { pyStr } from "./abstract.js";

const CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

/** The full text CPython writes to stderr for an uncaught `exc` (ends with a newline). */
export function formatTraceback(interp: Interpreter, exc: PyException): string {
  const seen = new Set<PyException>();
  return formatChain(interp, exc, seen);
}

function formatChain(interp: Interpreter, exc: PyException, seen: Set<PyException>): string {
  seen.add(exc);
  let out = "";
  if (exc.cause !== null && !seen.has(exc.cause)) {
    out = formatChain(interp, exc.cause, seen) + CAUSE;
  } else if (exc.context !== null && !exc.suppressContext && !seen.has(exc.context)) {
    out = formatChain(interp, exc.context, seen) + CONTEXT;
  }
  return out + formatOne(interp, exc);
}

/** One exception: the "Traceback" header and File lines (when it has any), then "Type: message". */
export function formatOne(interp: Interpreter, exc: PyException): string {
  let out = "";
  if (exc.traceback.length > 0) {
    out += "Traceback (most recent call last):\n";
    // Like CPython, a run of identical entries shows 3 of them and then a count.
    const tb = exc.traceback;
    let i = 0;
    while (i < tb.length) {
      const e = tb[i];
      let j = i + 1;
      while (j < tb.length && tb[j].filename === e.filename && tb[j].line === e.line && tb[j].name === e.name) j++;
      const run = j - i;
      const line = `  File "${e.filename}", line ${e.line}, in ${e.name}\n`;
      out += line.repeat(Math.min(run, 3));
      if (run > 3) out += `  [Previous line repeated ${run - 3} more time${run - 3 === 1 ? "" : "s"}]\n`;
      i = j;
    }
  }
  // CPython's print_exception for a SyntaxError with location details: a File line, then only the message.
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
    return out + `  File "${d.items[0].v}", line ${d.items[1]}\n${name}: ${msg}\n`;
  }
  return out + exceptionLine(interp, exc) + "\n";
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
  const src = interp.sources.get(filename);
  if (src === undefined || line < 1) return "";
  let start = 0;
  for (let n = 1; n < line; n++) {
    const nl = src.indexOf("\n", start);
    if (nl < 0) return "";
    start = nl + 1;
  }
  let end = src.indexOf("\n", start);
  if (end < 0) end = src.length;
  return src.slice(start, end).trim();
}
