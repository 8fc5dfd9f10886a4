// The steps of a `class` statement around its body (CPython's __build_class__):
//   1. bases that are not classes but have `__mro_entries__(bases)` are replaced by what
//      it returns (PEP 560); the bases as written are kept as `__orig_bases__`;
//   2. the metaclass's `__prepare__(name, bases, **kwargs)` gives the namespace the body
//      starts from (anything but `type`'s own);
//   3. after the body, the metaclass is called (vm/classes.ts makeClass).
// The body itself always runs in the engine's Map namespace: with a `__prepare__`d
// mapping, its starting items are copied in before the body and every binding of the
// body is stored back into the mapping (its own `__setitem__`, in binding order) after
// it, and that mapping is what the metaclass receives. Deviation: a mapping does not see
// the body's assignments while the body runs, nor a name bound twice more than once.

import type { PyValue } from "../objects/object.js";
import { dictType, typeType } from "../objects/builtin-types.js";
import { PyType, type Kwargs } from "../objects/type.js";
import { PyStr } from "../objects/str.js";
import { PyTuple, newTuple } from "../objects/tuple.js";
import { PyDict, dictSet } from "../objects/dict-core.js";
import { internStr } from "../objects/str.js";
import type { Interpreter } from "./interpreter.js";
import { callMethod, getAttrOpt, lookupSpecial, setItem, typeOf } from "./abstract.js";
import { raiseTypeError } from "./errors.js";

/** The bases after `__mro_entries__`, and the bases as written when any was replaced (else null). */
export function resolveMroEntries(interp: Interpreter, bases: PyValue[]): [PyValue[], PyTuple | null] {
  if (bases.every((b) => b instanceof PyType)) return [bases, null];
  const orig = newTuple(interp, bases.slice());
  interp.frame.temps.push(orig);
  const out: PyValue[] = [];
  let changed = false;
  for (const b of bases) {
    if (b instanceof PyType || lookupSpecial(b, "__mro_entries__") === null) {
      out.push(b);
      continue;
    }
    const r = callMethod(interp, b, "__mro_entries__", [orig]);
    if (!(r instanceof PyTuple)) raiseTypeError(interp, "__mro_entries__ must return a tuple");
    out.push(...r.items);
    changed = true;
  }
  return [out, changed ? orig : null];
}

/** The winning metaclass of `bases` (as makeClass computes it), to ask for `__prepare__`. */
function metaclassOf(bases: PyValue[], explicit: PyValue | null): PyValue {
  const first: PyValue = explicit ?? (bases.length > 0 ? typeOf(bases[0]) : typeType);
  if (!(first instanceof PyType)) return first;
  let meta: PyType = first;
  for (const b of bases) {
    const bt = typeOf(b);
    if (bt.isSubtypeOf(meta)) meta = bt;
  }
  return meta;
}

/** `meta.__prepare__(name, bases, **kwargs)` when the metaclass defines its own; null otherwise. */
export function prepareNamespace(interp: Interpreter, name: string, bases: PyValue[], explicit: PyValue | null, kwargs: Kwargs): PyValue | null {
  const meta = metaclassOf(bases, explicit);
  if (meta === typeType) return null;
  if (meta instanceof PyType) {
    const own = meta.lookup("__prepare__");
    if (own === null || own === typeType.lookup("__prepare__")) return null;
  } else if (getAttrOpt(interp, meta, "__prepare__") === undefined) return null;
  const basesTuple = newTuple(interp, bases.slice());
  interp.frame.temps.push(basesTuple);
  const ns = callMethod(interp, meta, "__prepare__", [internStr(name), basesTuple], kwargs);
  interp.frame.temps.push(ns);
  if (typeof ns !== "object" || typeOf(ns).lookup("__getitem__") === null) {
    const mname = meta instanceof PyType ? meta.name : "<metaclass>";
    raiseTypeError(interp, `${mname}.__prepare__() must return a mapping, not ${typeOf(ns).name}`);
  }
  return ns;
}

/** The str-keyed items a prepared mapping starts the class body with. */
export function preparedItems(interp: Interpreter, mapping: PyValue): [string, PyValue][] {
  const out: [string, PyValue][] = [];
  if (mapping instanceof PyDict) {
    for (const e of mapping.table.map.values()) if (e.key instanceof PyStr) out.push([e.key.v, e.value]);
  }
  void interp;
  return out;
}

/**
 * The body's bindings stored into the prepared mapping (a plain dict directly, else through
 * its `__setitem__`), leaving out the items it started with that the body did not rebind.
 */
export function fillPrepared(interp: Interpreter, mapping: PyValue, start: [string, PyValue][], ns: Map<string, PyValue>): void {
  const initial = new Map(start);
  const plain = mapping instanceof PyDict && mapping.cls === dictType;
  for (const [k, v] of ns) {
    if (initial.get(k) === v) continue;
    if (plain) dictSet(interp, mapping as PyDict, internStr(k), v);
    else setItem(interp, mapping, internStr(k), v);
  }
}
