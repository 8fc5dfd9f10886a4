// `_traceback`: what the Python `traceback` module (src/engine/stdlib/traceback.py) needs
// (and doctest) need from the engine: an exception's traceback entries, the source line
// of an entry, the main program's source.
// The formatting itself (chains, repeated frames, the text) is in Python.

import type { PyValue } from "../objects/object.js";
import { None } from "../objects/builtin-types.js";
import type { Interpreter } from "../vm/interpreter.js";
import { builtin, makeModule, type PyModule } from "../objects/module.js";
import { PyException } from "../objects/exceptions.js";
import { PyStr, internStr, newStr } from "../objects/str.js";
import { newTuple } from "../objects/tuple.js";
import { newList } from "../objects/list.js";
import { isInt } from "../objects/int.js";
import { indexValue } from "../objects/slice.js";
import { raiseTypeError } from "../vm/errors.js";
import { exceptionLine, sourceLine } from "../vm/traceback.js";
import { lineAndMarkers } from "../vm/caret.js";
import { PyTraceback } from "../objects/frame-object.js";

/** The traceback entries behind an exception or a traceback object (from its position on). */
function entriesOf(interp: Interpreter, v: PyValue): [PyException, number] | null {
  if (v instanceof PyException) return [v, 0];
  if (v === None) return null;
  if (v instanceof PyTraceback) return [v.exc, v.index];
  return raiseTypeError(interp, "expected an exception or a traceback");
}

/** entries(exc_or_tb): [(filename, lineno, name), ...], outermost first. */
const entries = builtin("entries", (interp, args) => {
  const at = entriesOf(interp, args[0]);
  if (at === null) return newList(interp, []);
  const out: PyValue[] = at[0].traceback.slice(at[1]).map((t) => newTuple(interp, [newStr(interp, t.filename), t.line, newStr(interp, t.name)]));
  return newList(interp, out);
});

/** line(filename, lineno): the stripped source line, or "" when unknown. */
const line = builtin("line", (interp, args) => {
  const f = args[0];
  const n = args[1];
  if (!(f instanceof PyStr) || !isInt(n)) return raiseTypeError(interp, "line(filename, lineno)");
  return newStr(interp, sourceLine(interp, f.v, indexValue(interp, n)));
});

/** markers(exc_or_tb): per entry (outermost first) the `^^^^` row CPython's traceback module prints, or None. */
const markers = builtin("markers", (interp, args) => {
  const at = entriesOf(interp, args[0]);
  if (at === null) return newList(interp, []);
  const e = at[0];
  const out: PyValue[] = [];
  for (let i = at[1]; i < e.traceback.length; i++) {
    const r = lineAndMarkers(interp, e.traceback, i, e, "py");
    out.push(r === null || r[1] === null ? None : newStr(interp, r[1]));
  }
  return newList(interp, out);
});

/** exception_line(exc): "Type: message" as CPython's format_exception_only ends. */
const exceptionLineFn = builtin("exception_line", (interp, args) => {
  const e = args[0];
  if (!(e instanceof PyException)) return raiseTypeError(interp, "exception_line() needs an exception");
  return newStr(interp, exceptionLine(interp, e));
});

/** source(filename): the source text the engine keeps for `filename` (the main program), or None. */
const source = builtin("source", (interp, args) => {
  const f = args[0];
  if (!(f instanceof PyStr)) return raiseTypeError(interp, "source(filename)");
  const text = interp.sources.get(f.v);
  return text === undefined ? None : newStr(interp, text);
});

/**
 * stack(): the running Python frames as [(filename, lineno, name), ...], innermost first
 * (the caller of stack() first); for warnings and inspect.stack(). The bootstrap frame
 * at the bottom of the chain is not a program frame and is left out.
 */
const stack = builtin("stack", (interp) => {
  const out: PyValue[] = [];
  for (let f = interp.frame; f.back !== null; f = f.back) {
    out.push(newTuple(interp, [newStr(interp, f.code.filename), f.line, newStr(interp, f.code.name)]));
  }
  return newList(interp, out);
});

export function createTracebackNativeModule(_interp: Interpreter): PyModule {
  return makeModule("_traceback", [
    ["__name__", internStr("_traceback")],
    ["entries", entries],
    ["line", line],
    ["exception_line", exceptionLineFn],
    ["markers", markers],
    ["source", source],
    ["stack", stack],
  ]);
}
