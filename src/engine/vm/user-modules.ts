// Program code other than the main module: modules given beside it (RunOptions.files,
// found by `import`) and follow-up bodies run after it in its globals (RunOptions.followUps,
// a grader's test code). Each is compiled like the main module under its own filename, so
// tracebacks and SyntaxErrors name the file the line is in.

import { parse } from "../parser/parser.js";
import { PySyntaxError } from "../parser/errors.js";
import { compileModule } from "../compiler/index.js";
import type { Code } from "../objects/function.js";
import { PyModule } from "../objects/module.js";
import { None } from "../objects/builtin-types.js";
import { internStr, newStr } from "../objects/str.js";
import { newTuple } from "../objects/tuple.js";
import { IndentationError, SyntaxError as SyntaxErrorType, TabError } from "../objects/exceptions.js";
import { Frame } from "./frame.js";
import { runFrame } from "./call.js";
import { newException } from "./errors.js";
import type { Interpreter } from "./interpreter.js";
import { resolvePath, RUN_CWD } from "../fs/paths.js";

/** Parses and compiles `source` as a module body named `filename`; a syntax error is raised as Python's SyntaxError. */
export function compileUserSource(interp: Interpreter, source: string, filename: string): Code {
  interp.sources.set(filename, source); // for the source lines of tracebacks (vm/caret.ts)
  try {
    return compileModule(interp, parse(source), filename);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    const type = e.pyType === "IndentationError" ? IndentationError : e.pyType === "TabError" ? TabError : SyntaxErrorType;
    const lines = source.split("\n");
    const text = e.line >= 1 && e.line <= lines.length ? newStr(interp, lines[e.line - 1] + "\n") : None;
    const details = newTuple(interp, [newStr(interp, filename), e.line, e.col, text, e.line, e.endCol ?? e.col]);
    throw newException(interp, type, [newStr(interp, e.msg), details]);
  }
}

/**
 * `import name` of a module given in RunOptions.files as `name.py` (top-level modules
 * only); undefined when there is none. Like CPython, the module is in sys.modules while
 * its body runs and is removed again if the body raises.
 */
export function importFileModule(interp: Interpreter, name: string): PyModule | undefined {
  const files = interp.options.files;
  if (files === undefined || name.includes(".")) return undefined;
  const filename = `${name}.py`;
  if (!Object.prototype.hasOwnProperty.call(files, filename)) return undefined;
  const source = files[filename];
  if (typeof source !== "string") return undefined;
  const m = new PyModule(name);
  m.dict.set("__name__", internStr(name));
  m.dict.set("__doc__", None);
  m.dict.set("__file__", newStr(interp, resolvePath(RUN_CWD, filename)));
  m.dict.set("__builtins__", interp.modules.get("builtins") ?? None);
  interp.modules.set(name, m);
  try {
    const code = compileUserSource(interp, source, filename);
    runFrame(interp, new Frame(code, m.dict, new Array(code.nlocals), null, m.dict, null));
  } catch (e) {
    interp.modules.delete(name);
    throw e;
  }
  return m;
}

/** Runs one follow-up body in the main module's globals (after the program ended normally). */
export function executeFollowUp(interp: Interpreter, source: string, filename: string): void {
  const code = compileUserSource(interp, source, filename);
  const globals = interp.mainModule.dict;
  runFrame(interp, new Frame(code, globals, new Array(code.nlocals), null, globals, null));
}
