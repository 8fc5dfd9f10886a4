// Modules written in Python: their source is embedded as a string and compiled by our
// own engine on first import (each interpreter compiles its own copy: compiled code
// holds per-run objects). Nothing is parsed until a program imports the module, so
// programs that don't import it pay nothing.

import { parse } from "../parser/parser.js";
import type { Module } from "../parser/ast.js";
import { compileModule } from "../compiler/index.js";
import { PyModule } from "../objects/module.js";
import { None } from "../objects/builtin-types.js";
import { internStr } from "../objects/str.js";
import { Frame } from "../vm/frame.js";
import { runFrame } from "../vm/call.js";
import type { Interpreter } from "../vm/interpreter.js";
import type { ModuleFactory } from "./index.js";

/**
 * A factory running `source` as module `name`. The module is entered in sys.modules
 * before its body runs (like CPython), so it may import itself indirectly; if the body
 * raises, the entry is removed again.
 */
export function pythonModule(name: string, source: () => string): ModuleFactory {
  // The AST is immutable once built, so one parse is shared by every interpreter
  // (a pure cache of a constant: no per-run state).
  let ast: Module | null = null;
  return (interp: Interpreter): PyModule => {
    if (ast === null) ast = parse(source());
    const m = new PyModule(name);
    m.dict.set("__name__", internStr(name));
    m.dict.set("__doc__", None);
    m.dict.set("__builtins__", interp.modules.get("builtins") ?? None);
    const code = compileModule(interp, ast, `<frozen ${name}>`);
    interp.modules.set(name, m);
    const frame = new Frame(code, m.dict, new Array(code.nlocals), null, m.dict, null);
    try {
      runFrame(interp, frame);
    } catch (e) {
      interp.modules.delete(name);
      throw e;
    }
    return m;
  };
}
