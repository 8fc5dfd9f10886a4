// `import`: only the engine's own modules exist (modules/index.ts); anything else is
// ModuleNotFoundError. Modules are created per interpreter on first import and kept
// in sys.modules (interp.modules).

import type { PyValue } from "../objects/object.js";
import { PyModule } from "../objects/module.js";
import { ImportError, ModuleNotFoundError } from "../objects/exceptions.js";
import { internStr } from "../objects/str.js";
import { moduleFactories } from "../modules/index.js";
import type { Interpreter } from "./interpreter.js";
import { newException } from "./errors.js";
import { getAttrOpt } from "./abstract.js";
import { PyStr } from "../objects/str.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { importFileModule } from "./user-modules.js";

export function importModule(interp: Interpreter, name: string): PyModule {
  const have = interp.modules.get(name) ?? interp.modules.storedByProgram(name);
  if (have !== undefined) return have;
  // A submodule: its parent package is imported first (its body may import the
  // submodule itself), and the submodule becomes an attribute of the parent.
  const dot = name.lastIndexOf(".");
  let parent: PyModule | null = null;
  if (dot >= 0) {
    const parentName = name.slice(0, dot);
    parent = importModule(interp, parentName);
    const loaded = interp.modules.get(name);
    if (loaded !== undefined) return loaded;
    if (!isPackage(parent, parentName)) {
      throw newException(interp, ModuleNotFoundError, `No module named '${name}'; '${parentName}' is not a package`);
    }
  }
  // Modules given beside the program come first, like the script's folder on sys.path.
  const given = importFileModule(interp, name);
  if (given !== undefined) {
    if (parent !== null) parent.dict.set(name.slice(dot + 1), given);
    return given;
  }
  const factory = moduleFactories.get(name);
  if (factory === undefined) throw newException(interp, ModuleNotFoundError, `No module named '${name}'`);
  const m = factory(interp);
  // Every module knows its name (native factories need not set it themselves).
  if (!m.dict.has("__name__")) m.dict.set("__name__", internStr(name));
  interp.modules.set(name, m);
  if (parent !== null) parent.dict.set(name.slice(dot + 1), m);
  return m;
}

/** A package: has `__path__` (Python packages) or has registered submodules (native ones). */
function isPackage(m: PyModule, name: string): boolean {
  if (m.dict.has("__path__")) return true;
  const prefix = name + ".";
  for (const k of moduleFactories.keys()) if (k.startsWith(prefix)) return true;
  return false;
}

/** `from m import name`. */
export function importFrom(interp: Interpreter, m: PyModule, name: string): PyValue {
  const v = getAttrOpt(interp, m, name);
  if (v !== undefined) return v;
  // `from package import submodule` imports the submodule (like CPython's _handle_fromlist).
  if (isPackage(m, m.name) && moduleFactories.has(`${m.name}.${name}`)) return importModule(interp, `${m.name}.${name}`);
  throw newException(interp, ImportError, `cannot import name '${name}' from '${m.name}' (unknown location)`);
}

/** `from m import *`: __all__ if present, else every public name. */
export function importStar(interp: Interpreter, m: PyModule, globals: Map<string, PyValue>): void {
  const all = m.dict.get("__all__");
  if (all instanceof PyList || all instanceof PyTuple) {
    for (const n of all.items) if (n instanceof PyStr) globals.set(n.v, importFrom(interp, m, n.v));
    return;
  }
  for (const [k, v] of m.dict) if (!k.startsWith("_")) globals.set(k, v);
}
