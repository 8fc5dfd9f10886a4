// Modules written in Python: the standard library's `.py` files (src/engine/stdlib/,
// embedded by scripts/gen-stdlib.mjs into src/generated/stdlib.ts) and the older modules
// whose source is a string in a modules/*.ts file. Each is compiled by our own engine on
// first import (each interpreter compiles its own copy: compiled code holds per-run
// objects). Nothing is parsed until a program imports the module, so programs that don't
// import it pay nothing.

import { parse } from "../parser/parser.js";
import type { Module } from "../parser/ast.js";
import { compileModule } from "../compiler/index.js";
import { PyModule } from "../objects/module.js";
import { None } from "../objects/builtin-types.js";
import { internStr } from "../objects/str.js";
import { newList } from "../objects/list.js";
import { Frame } from "../vm/frame.js";
import { runFrame } from "../vm/call.js";
import { moduleDocstring } from "../vm/execute.js";
import type { Interpreter } from "../vm/interpreter.js";
import type { ModuleFactory } from "./index.js";
import { STDLIB_SOURCES } from "../../generated/stdlib.js";

/**
 * A factory running `source` as module `name`. The module is entered in sys.modules
 * before its body runs (like CPython), so it may import itself indirectly; if the body
 * raises, the entry is removed again. A package gets `__path__` (an empty list: its
 * submodules come from the same embedded table).
 */
export function pythonModule(name: string, source: () => string, isPackage = false): ModuleFactory {
  // The AST is immutable once built, so one parse is shared by every interpreter
  // (a pure cache of a constant: no per-run state).
  let ast: Module | null = null;
  return (interp: Interpreter): PyModule => {
    if (ast === null) ast = parse(source());
    const m = new PyModule(name);
    m.dict.set("__name__", internStr(name));
    const doc = moduleDocstring(ast);
    m.dict.set("__doc__", doc === null ? None : internStr(doc));
    if (isPackage) {
      m.dict.set("__path__", newList(interp, []));
      m.dict.set("__package__", internStr(name));
    } else {
      const dot = name.lastIndexOf(".");
      m.dict.set("__package__", internStr(dot < 0 ? "" : name.slice(0, dot)));
    }
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

/** A factory for every module of src/engine/stdlib/ (name -> factory). */
export function stdlibModules(): [string, ModuleFactory][] {
  const out: [string, ModuleFactory][] = [];
  for (const [name, [isPackage, source]] of STDLIB_SOURCES) out.push([name, pythonModule(name, () => source, isPackage)]);
  return out;
}
