// A census of the live objects at the end of a run: how many reachable heap objects of
// each asked-for type name remain (RunOptions.countAlive -> RunResult.alive). One extra
// marking pass over the same roots as the collector (heap/roots.ts, plus the alive
// finalizers and pending callbacks), with its own visited set: it changes no mark, frees
// nothing and runs no code, so it cannot alter the run it describes.

import type { PyObject, PyValue } from "../objects/object.js";
import type { Interpreter } from "../vm/interpreter.js";
import { visitRoots } from "./roots.js";

/** Live instances per type name (a class's `__name__`), for each of `typeNames`. */
export function countLiveByType(interp: Interpreter, typeNames: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const n of typeNames) counts.set(n, 0);
  const seen = new Set<PyObject>();
  const stack: PyObject[] = [];
  const visit = (v: PyValue): void => {
    if (typeof v !== "object" || v === null || seen.has(v)) return;
    seen.add(v);
    stack.push(v);
  };
  visitRoots(interp, visit);
  const collector = interp.collector;
  for (const p of collector.pending) {
    if (p === null) continue;
    visit(p.owner);
    visit(p.func);
    for (const a of p.args) visit(a);
    if (p.kwargs !== null) for (const v of p.kwargs.values()) visit(v);
  }
  collector.registry.visitRoots(visit);
  while (stack.length > 0) {
    const obj = stack.pop() as PyObject;
    const cls = obj.cls;
    visit(cls);
    if (obj.size > 0) {
      const n = counts.get(cls.name);
      if (n !== undefined) counts.set(cls.name, n + 1);
    }
    const traverse = cls.traverse;
    if (traverse !== undefined) traverse(obj, visit);
  }
  const out: Record<string, number> = {};
  for (const [k, v] of counts) out[k] = v;
  return out;
}
