// Module objects. Every interpreter creates its own module objects (modules/index.ts
// factories), so a program mutating `math.pi` or its own globals affects only its run.
// A module's attributes are its dict: a Map keyed by name (never a plain JS object, so
// names like "__proto__" or "constructor" are ordinary keys).

import { PyObject, type PyValue } from "./object.js";
import { moduleType } from "./builtin-types.js";
import { builtin } from "./function.js";
import { newStr } from "./str.js";
import { callValue } from "../vm/abstract.js";
import { namespaceDict } from "./namespace-dict.js";

export class PyModule extends PyObject {
  static override get name(): string {
    return "PyModule";
  }
  name: string;
  dict: Map<string, PyValue>;
  constructor(name: string, dict: Map<string, PyValue> = new Map()) {
    super(moduleType);
    this.name = name;
    this.dict = dict;
  }
}

/** A module whose attributes are given as a table (for modules/*.ts factories). */
export function makeModule(name: string, attrs: Iterable<[string, PyValue]>): PyModule {
  return new PyModule(name, new Map(attrs));
}

/** Convenience for module factories: `fn("sqrt", impl)` entries. */
export { builtin };

// PEP 562: on a miss, a module-level `__getattr__(name)` decides (modules/weakref.ts
// loads its Python classes lazily this way, so `import weakref` allocates nothing).
moduleType.getattr = (interp, self, name) => {
  const d = (self as PyModule).dict;
  // The live namespace (never swapped for a copy: the module's code reads this Map).
  if (name === "__dict__") return namespaceDict(interp, d);
  const v = d.get(name);
  if (v !== undefined || name === "__getattr__") return v;
  const hook = d.get("__getattr__");
  return hook === undefined ? undefined : callValue(interp, hook, [newStr(interp, name)]);
};
moduleType.setattr = (_interp, self, name, value) => {
  const m = self as PyModule;
  if (value === undefined) m.dict.delete(name);
  else m.dict.set(name, value);
};
moduleType.traverse = (self, visit) => {
  for (const v of (self as PyModule).dict.values()) visit(v);
};
