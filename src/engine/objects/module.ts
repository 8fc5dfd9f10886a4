// Module objects. Every interpreter creates its own module objects (modules/index.ts
// factories), so a program mutating `math.pi` or its own globals affects only its run.
// A module's attributes are its dict: a Map keyed by name (never a plain JS object, so
// names like "__proto__" or "constructor" are ordinary keys).

import { PyObject, type PyValue } from "./object.js";
import { moduleType } from "./builtin-types.js";
import { builtin } from "./function.js";
import { PyStr, newStr } from "./str.js";
import { callValue, typeOf } from "../vm/abstract.js";
import { raiseTypeError } from "../vm/errors.js";
import { None } from "./builtin-types.js";
import { sizeFor } from "../heap/heap.js";
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
// CPython's module repr: from its file when it has one, "(built-in)" for the engine's own
// modules, plain `<module 'name'>` for one made by types.ModuleType.
moduleType.repr = (_interp, self) => {
  const m = self as PyModule;
  const n = m.dict.get("__name__");
  const name = n instanceof PyStr ? n.v : m.name;
  const file = m.dict.get("__file__");
  if (file instanceof PyStr) return `<module '${name}' from '${file.v}'>`;
  // A module the program made itself (types.ModuleType) has a __spec__ of None: no origin.
  return m.dict.has("__spec__") ? `<module '${name}'>` : `<module '${name}' (built-in)>`;
};

// types.ModuleType(name, doc=None): a new, empty module a program builds itself. It is a
// heap object (unlike the engine's own modules), so the collector sees what it holds.
moduleType.construct = (interp, cls, args, kwargs) => {
  const all = [...args];
  const names = ["name", "doc"];
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = names.indexOf(k);
      if (i < 0) raiseTypeError(interp, `module() got an unexpected keyword argument '${k}'`);
      all[i] = v;
    }
  }
  if (all.length > 2) raiseTypeError(interp, `module() takes at most 2 arguments (${all.length} given)`);
  const name = all[0];
  if (name === undefined) raiseTypeError(interp, "module() missing required argument 'name' (pos 1)");
  if (!(name instanceof PyStr)) return raiseTypeError(interp, `module() argument 'name' must be str, not ${typeOf(name!).name}`);
  const m = new PyModule(name.v);
  if (cls !== moduleType) m.cls = cls;
  m.dict.set("__name__", name);
  m.dict.set("__doc__", all[1] ?? None);
  m.dict.set("__package__", None);
  m.dict.set("__loader__", None);
  m.dict.set("__spec__", None);
  return interp.heap.alloc(m, sizeFor(64));
};
