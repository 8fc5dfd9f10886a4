// The interpreter's module registry (interp.modules): a Map from name to module that,
// once `sys` is imported, mirrors every change into the `sys.modules` dict, so that
// dict always lists what the run has imported (`'json' in sys.modules` after
// `import json`, `sys.modules['__main__']`).
//
// A module stored into `sys.modules` by the program is found by `import` too.
// Deviation: deleting from `sys.modules` does not make `import` load a module again,
// and only module objects stored there are found (CPython returns any object).

import type { Interpreter } from "../vm/interpreter.js";
import type { PyModule } from "../objects/module.js";
import { type PyDict, dictDelete, dictGet, dictSet, newDict } from "../objects/dict-core.js";
import { PyModule as PyModuleClass } from "../objects/module.js";
import { internStr } from "../objects/str.js";

export class ModuleRegistry extends Map<string, PyModule> {
  static override get name(): string {
    return "ModuleRegistry";
  }
  private interp: Interpreter | null = null;
  /** The `sys.modules` dict, once `sys` has been imported. */
  private dict: PyDict | null = null;

  /** The `sys.modules` dict (created on the first call, holding every module so far). */
  sysModulesDict(interp: Interpreter): PyDict {
    if (this.dict !== null) return this.dict;
    const d = newDict(interp);
    for (const [name, m] of this) dictSet(interp, d, internStr(name), m);
    this.interp = interp;
    this.dict = d;
    return d;
  }

  /**
   * A module the program stored into `sys.modules` itself (`sys.modules["m"] = mod`):
   * import finds it there, as in CPython; it joins the registry.
   */
  storedByProgram(name: string): PyModule | undefined {
    if (this.dict === null || this.interp === null) return undefined;
    const v = dictGet(this.interp, this.dict, internStr(name));
    if (!(v instanceof PyModuleClass)) return undefined;
    super.set(name, v);
    return v;
  }

  override set(name: string, m: PyModule): this {
    super.set(name, m);
    if (this.dict !== null) dictSet(this.interp!, this.dict, internStr(name), m);
    return this;
  }

  override delete(name: string): boolean {
    const had = super.delete(name);
    if (had && this.dict !== null) dictDelete(this.interp!, this.dict, internStr(name));
    return had;
  }
}
