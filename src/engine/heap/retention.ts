// "Why is it still alive?": at the end of a run, for each object whose finalizer is still
// pending (and, capped, each live object the program holds a weak reference to), one
// shortest path of strong references from a named root to it, as plain data for the
// run-end event (api.ts RetentionPath).
//
// The search is a breadth-first walk over the same strong edges the collector marks
// (heap/collector.ts), but each edge carries a name: a global, a frame's local or cell,
// `.attr` (an instance's __dict__), `[index]`, `[key]`, a set element, a closure cell,
// a finalizer's callback and arguments. Roots are enumerated with names in the order
// the collector visits them (heap/roots.ts); anything `visitRoots` reaches that the
// named enumeration missed is added afterwards under kind "interpreter", and any edge
// a type's `traverse` reports that the named edges missed is followed as `<ref>`, so a
// path exists here exactly when the collector would keep the object.
//
// It never runs Python code (no __repr__, no __hash__): key labels are built from the
// key's own data (str, int, float, bool, None), else `<type #id>`. It does not touch
// `obj.mark` (visited objects are kept in a local Map), so the collector's epochs are
// unaffected. Bounded: at most MAX_VISITED objects are walked, MAX_PATHS paths reported,
// MAX_STEPS steps per path and MAX_LABEL characters per label.

import type { RetentionPath, RetentionRoot, RetentionStep } from "../api.js";
import type { PyObject, PyValue } from "../objects/object.js";
import type { Interpreter } from "../vm/interpreter.js";
import type { Frame } from "../vm/frame.js";
import { visitRoots } from "./roots.js";
import { PyInstance } from "../objects/objecttype.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict } from "../objects/dict-core.js";
import { PySet } from "../objects/set.js";
import { PyCell } from "../objects/cell.js";
import { PyFunction, PyBoundMethod } from "../objects/function.js";
import { PyGenerator } from "../objects/generator.js";
import { PyException } from "../objects/exceptions.js";
import { PyFinalize, PyRef } from "../objects/weakref.js";
import { PyModule } from "../objects/module.js";
import { PyStr } from "../objects/str.js";
import { PyFloat } from "../objects/float.js";
import { PyInt } from "../objects/int.js";
import { None } from "../objects/builtin-types.js";
import { PyType } from "../objects/type.js";
import { typeName } from "../vm/typename.js";

export const MAX_VISITED = 1_000_000;
export const MAX_PATHS = 20;
export const MAX_STEPS = 32;
export const MAX_LABEL = 40;

/** How a visited object was first reached: from a root, or from its parent by an edge. */
type RootName = Omit<RetentionRoot, "id" | "type">;

interface Via {
  parent: PyObject | null;
  root: RootName | null;
  edge: string;
}

type Emit = (edge: string, v: PyValue | undefined) => void;

export function computeRetention(interp: Interpreter): RetentionPath[] {
  // What to explain: pending finalizers' targets first (by finalizer id), then live
  // weakly referenced objects met during the walk (by ref id).
  const wanted = new Map<PyObject, "pending-finalizer" | "weakly-referenced">();
  for (const fin of interp.collector.registry.pendingFinalizers()) {
    if (fin.target !== null && !wanted.has(fin.target)) wanted.set(fin.target, "pending-finalizer");
  }
  const refs: PyRef[] = [];
  const via = new Map<PyObject, Via>();
  const queue: PyObject[] = [];
  let complete = true;

  const reach = (v: PyValue | undefined, from: Via): void => {
    if (typeof v !== "object" || v === null || v === None || via.has(v)) return;
    // Builtin types are shared by every run and hold nothing of this one.
    if (v.size === 0 && v.cls.frozen && isTypeObject(v)) return;
    if (via.size >= MAX_VISITED) {
      complete = false;
      return;
    }
    via.set(v, from);
    queue.push(v);
  };

  for (const [name, v] of namedRoots(interp)) reach(v, { parent: null, root: name, edge: "" });
  visitRoots(interp, (v) => reach(v, { parent: null, root: { kind: "interpreter", name: "<interpreter>" }, edge: "" }));
  for (const fin of interp.collector.registry.pendingFinalizers()) {
    reach(fin, { parent: null, root: { kind: "finalizer", name: `finalize #${fin.id}` }, edge: "" });
  }

  for (let i = 0; i < queue.length; i++) {
    const obj = queue[i];
    if (obj instanceof PyRef && obj.target !== null) refs.push(obj);
    const emit: Emit = (edge, v) => reach(v, { parent: obj, root: null, edge });
    namedEdges(obj, emit);
    const cls = obj.cls;
    if (!cls.frozen) emit(".__class__", cls);
    cls.traverse?.(obj, (v) => emit("<ref>", v));
  }

  refs.sort((a, b) => a.id - b.id);
  for (const r of refs) if (r.target !== null && !wanted.has(r.target)) wanted.set(r.target, "weakly-referenced");

  const out: RetentionPath[] = [];
  for (const [target, why] of wanted) {
    if (out.length >= MAX_PATHS) break;
    out.push(pathTo(target, why, via, complete));
  }
  return out;
}

function pathTo(target: PyObject, why: RetentionPath["why"], via: Map<PyObject, Via>, complete: boolean): RetentionPath {
  const base = { targetId: target.id, targetType: typeName(target), why };
  if (!via.has(target)) {
    // Not strongly reachable: garbage no collection has found yet (or the walk was cut short).
    return { ...base, reachable: complete ? false : null, root: null, steps: [], stepsOmitted: 0 };
  }
  const steps: RetentionStep[] = [];
  let node: PyObject = target;
  let root: RetentionRoot | null = null;
  for (;;) {
    const v = via.get(node)!;
    if (v.parent === null) {
      root = { ...v.root!, id: node.id, type: typeName(node) };
      break;
    }
    steps.push({ edge: v.edge, id: node.id, type: typeName(node) });
    node = v.parent;
  }
  steps.reverse();
  // Keep the root's end and the target's end of a long chain.
  let stepsOmitted = 0;
  if (steps.length > MAX_STEPS) {
    stepsOmitted = steps.length - MAX_STEPS;
    steps.splice(MAX_STEPS / 2, stepsOmitted);
  }
  return { ...base, reachable: true, root, steps, stepsOmitted };
}

/** The roots of heap/roots.ts, with the name the program knows each by. */
function* namedRoots(interp: Interpreter): Generator<[RootName, PyValue | undefined]> {
  for (const [name, v] of interp.mainModule.dict) yield [{ kind: "global", name }, v];
  for (let f: Frame | null = interp.frame; f !== null; f = f.back) {
    if (f.back === null) continue; // the bootstrap frame: holds nothing of the program
    const where = f.code.qualname;
    for (const [edge, v] of frameSlots(f)) yield [{ kind: "local", name: edge, frame: where }, v];
  }
  for (const [name, m] of interp.modules) if (m !== interp.mainModule) yield [{ kind: "module", name }, m];
  for (const [name, v] of interp.builtins) yield [{ kind: "builtins", name }, v];
}

/** What a frame holds, labelled: locals and cells by name, then the rest. */
function* frameSlots(f: Frame): Generator<[string, PyValue | undefined]> {
  const names = f.code.localNames;
  for (let i = 0; i < f.locals.length; i++) {
    const n = names[i];
    yield [n ? n : `<hidden ${i}>`, f.locals[i]];
  }
  if (f.cells !== null) {
    const cellNames = f.code.cellNames.concat(f.code.freeNames);
    for (let i = 0; i < f.cells.length; i++) yield [`<cell ${cellNames[i] ?? i}>`, f.cells[i]];
  }
  if (f.handled !== null) yield ["<exception being handled>", f.handled];
  if (f.retval !== undefined) yield ["<return value>", f.retval];
  if (f.ns !== null && f.ns !== f.globals) for (const [k, v] of f.ns) yield [k, v];
  for (const v of f.temps) yield ["<value in flight>", v];
  if (f.func !== null) yield ["<function>", f.func];
}

function namedEdges(obj: PyObject, emit: Emit): void {
  if (obj instanceof PyList || obj instanceof PyTuple) {
    const items = obj.items;
    for (let i = 0; i < items.length; i++) emit(`[${i}]`, items[i]);
  } else if (obj instanceof PyDict) {
    for (const e of obj.table.map.values()) {
      const k = keyLabel(e.key);
      emit(`[${k}]`, e.value);
      emit(`<key ${k}>`, e.key);
    }
  } else if (obj instanceof PySet) {
    for (const e of obj.table.map.values()) emit("<set element>", e.key);
  } else if (obj instanceof PyCell) {
    emit(".cell_contents", obj.value);
  } else if (obj instanceof PyFunction) {
    const free = obj.code.freeNames;
    if (obj.closure !== null) for (let i = 0; i < obj.closure.length; i++) emit(`<cell ${free[i] ?? i}>`, obj.closure[i]);
    if (obj.defaults !== null) for (let i = 0; i < obj.defaults.length; i++) emit(`.__defaults__[${i}]`, obj.defaults[i]);
    if (obj.kwDefaults !== null) for (const [k, v] of obj.kwDefaults) emit(`.__kwdefaults__[${label(k)}]`, v);
  } else if (obj instanceof PyBoundMethod) {
    emit(".__self__", obj.self);
    emit(".__func__", obj.func);
  } else if (obj instanceof PyGenerator) {
    if (obj.frame !== null) for (const [name, v] of frameSlots(obj.frame)) emit(`<generator local ${name}>`, v);
  } else if (obj instanceof PyFinalize) {
    emit("<finalizer func>", obj.func);
    for (let i = 0; i < obj.args.length; i++) emit(`<finalizer args>[${i}]`, obj.args[i]);
    if (obj.kwargs !== null) for (const [k, v] of obj.kwargs) emit(`<finalizer kwargs>[${label(k)}]`, v);
  } else if (obj instanceof PyRef) {
    if (obj.callback !== null) emit("<ref callback>", obj.callback);
  } else if (obj instanceof PyException) {
    for (let i = 0; i < obj.args.length; i++) emit(`.args[${i}]`, obj.args[i]);
    emit(".__cause__", obj.cause ?? undefined);
    emit(".__context__", obj.context ?? undefined);
  }
  const dict = (obj as Partial<PyInstance>).dict;
  if (dict instanceof Map) for (const [k, v] of dict) emit(`.${k}`, v);
  else if (obj instanceof PyModule) for (const [k, v] of obj.dict) emit(`.${k}`, v);
}

function isTypeObject(v: PyObject): boolean {
  return v instanceof PyType;
}

/** A dict key as the program would write it, without calling any Python code. */
function keyLabel(k: PyValue): string {
  if (typeof k === "number") return String(k);
  if (typeof k === "boolean") return k ? "True" : "False";
  if (k === None) return "None";
  if (k instanceof PyStr) return label(k.v);
  if (k instanceof PyInt) return cap(String(k.v));
  if (k instanceof PyFloat) return Number.isInteger(k.v) ? `${k.v}.0` : String(k.v);
  return `<${typeName(k)} #${k.id}>`;
}

function label(s: string): string {
  return cap(JSON.stringify(s).slice(1, -1).replace(/'/g, "\\'").replace(/\\"/g, '"').replace(/^|$/g, "'"));
}

function cap(s: string): string {
  return s.length > MAX_LABEL ? s.slice(0, MAX_LABEL - 1) + "…" : s;
}
