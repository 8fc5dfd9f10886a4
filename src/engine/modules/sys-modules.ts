// The interpreter's module registry (interp.modules): a Map from name to module that,
// once `sys` is imported, mirrors every change into the `sys.modules` dict, so that
// dict always lists what the run has imported (`'json' in sys.modules` after
// `import json`, `sys.modules['__main__']`).
//
// Deviation: the mirror goes one way. Storing into or deleting from `sys.modules`
// does not change what `import` finds (CPython consults sys.modules first).

import type { Interpreter } from "../vm/interpreter.js";
import type { PyModule } from "../objects/module.js";
import { type PyDict, dictDelete, dictSet, newDict } from "../objects/dict-core.js";
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
