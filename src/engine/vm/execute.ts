// executeModule: parse, compile and run a program as `__main__`. A Python exception
// escapes as the PyException (run.ts formats it with formatTraceback); a syntax error
// escapes as PySyntaxError. Nothing is printed here.

import { parse } from "../parser/parser.js";
import type { Module } from "../parser/ast.js";
import { internStr } from "../objects/str.js";
import { compileModule } from "../compiler/index.js";
import { Frame } from "./frame.js";
import type { Interpreter } from "./interpreter.js";
import { runFrame } from "./call.js";
import "./function-slots.js";
import "../objects/objecttype.js";
import "../objects/typetype.js";
import { resolvePath, RUN_CWD } from "../fs/paths.js";
import "../objects/property.js";
import "../objects/super.js";
import "../objects/generator.js";

export function executeModule(interp: Interpreter, source: string): void {
  const mod = parse(source);
  const code = compileModule(interp, mod, interp.filename);
  const globals = interp.mainModule.dict;
  const doc = moduleDocstring(mod);
  if (doc !== null) globals.set("__doc__", internStr(doc));
  interp.sources.set(interp.filename, source);
  // As CPython 3.9+ for `python main.py`: the absolute path, here in the run's own file system (fs/).
  const file = resolvePath(RUN_CWD, interp.filename);
  globals.set("__file__", internStr(file));
  if (file !== interp.filename) interp.sources.set(file, source);
  const frame = new Frame(code, globals, new Array(code.nlocals), null, globals, null);
  runFrame(interp, frame);
}

/** The module's docstring (its first statement, when that is a string literal), else null. */
export function moduleDocstring(mod: Module): string | null {
  const first = mod.body[0];
  if (first !== undefined && first.kind === "Expr" && first.value.kind === "Constant" && first.value.value.type === "str") {
    return first.value.value.value;
  }
  return null;
}
