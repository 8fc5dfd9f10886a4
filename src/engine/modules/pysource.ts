// Modules written in Python: the standard library's `.py` files (src/engine/stdlib/,
// embedded by scripts/gen-stdlib.mjs into src/generated/stdlib.ts) and the older modules
// whose source is a string in a modules/*.ts file. Nothing is parsed until a program
// imports the module, so programs that don't import it pay nothing.
//
// What compiling a module derives from its source alone is made once per worker (the first
// import in any run) and kept: the AST and its scope analysis (compiler/scope.ts). Both are
// only read from then on (the compiler never writes to them; the frozen-shared test
// deep-freezes them). Everything a run can touch is made per run: the compiled closures and
// generated functions (they hold the run's interpreter, site caches and constants), the
// module object and its dict, the function objects. Function bodies are compiled on their
// first call (Compiler.lazyBodies), so an import compiles only the module body and the
// functions that body calls.

import { parse } from "../parser/parser.js";
import type { Module } from "../parser/ast.js";
import { compileModule } from "../compiler/index.js";
import { analyzeModule, type ScopeMap } from "../compiler/scope.js";
import { manglePrivateNames } from "../compiler/mangle.js";
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

/** A module's source, parsed and analysed: the same for every run (read-only once made). */
interface PreparedModule {
  ast: Module;
  scopes: ScopeMap;
  doc: string | null;
}

/**
 * Every PreparedModule made so far: a module's entry is added by its first import in this
 * worker (the same content whichever run imports it) and only read afterwards. Listed so
 * the test switch that deep-freezes what runs share (objects/seal.ts) reaches them.
 */
const prepared: PreparedModule[] = [];

/** The prepared modules (for the frozen-shared test). */
export function preparedModules(): readonly PreparedModule[] {
  return prepared;
}

function prepare(source: string): PreparedModule {
  const ast = parse(source);
  manglePrivateNames(ast);
  const p: PreparedModule = { ast, scopes: analyzeModule(ast), doc: moduleDocstring(ast) };
  prepared.push(p);
  return p;
}

/**
 * A factory running `source` as module `name`. The module is entered in sys.modules
 * before its body runs (like CPython), so it may import itself indirectly; if the body
 * raises, the entry is removed again. A package gets `__path__` (an empty list: its
 * submodules come from the same embedded table).
 */
export function pythonModule(name: string, source: () => string, isPackage = false): ModuleFactory {
  let ready: PreparedModule | null = null;
  return (interp: Interpreter): PyModule => {
    if (ready === null) ready = prepare(source());
    const { ast, scopes, doc } = ready;
    const m = new PyModule(name);
    m.dict.set("__name__", internStr(name));
    m.dict.set("__doc__", doc === null ? None : internStr(doc));
    if (isPackage) {
      m.dict.set("__path__", newList(interp, []));
      m.dict.set("__package__", internStr(name));
    } else {
      const dot = name.lastIndexOf(".");
      m.dict.set("__package__", internStr(dot < 0 ? "" : name.slice(0, dot)));
    }
    m.dict.set("__builtins__", interp.modules.get("builtins") ?? None);
    const code = compileModule(interp, ast, `<frozen ${name}>`, false, { scopes, lazyBodies: true });
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
