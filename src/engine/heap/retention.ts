// "Why is it still alive?": at the end of a run, for each object whose finalizer is still
// pending (and, capped, each live object the program holds a weak reference to), one
// shortest path of strong references from a named root to it, as plain data for the
// run-end event (api.ts RetentionPath).
//
// The search is a breadth-first walk over exactly the strong edges the collector marks
// (each type's `traverse`, plus an object's class; heap/collector.ts), so a path exists
// here exactly when the collector would keep the object. Roots are enumerated with
// names first (globals, each live frame's locals and cells, modules, builtins), then
// whatever else `visitRoots` (heap/roots.ts) reaches, as kind "interpreter", then the
// alive finalizers (the registry's roots). Only the edges of the reported paths are
// named, afterwards (namedEdges): `.attr` (an instance's __dict__), `[index]`, `[key]`,
// `<key k>`, `<set element>`, `<cell x>`, `.cell_contents`, `<finalizer args>[i]`...,
// and `<ref>` for an edge only a type's traverse knows.
//
// It never runs Python code (no __repr__, no __hash__): key labels are built from the
// key's own data (str, int, float, bool, None), else `<type #id>`. It runs once the
// program is over (after any exit finalizers) and stamps visited objects with an epoch
// of its own (class Walk). Frames an uncaught exception unwound are gone by then (a
// traceback keeps line numbers, not locals), so what only they held is garbage. Bounded:
// at most MAX_VISITED objects walked, MAX_PATHS paths, MAX_STEPS steps per path (the
// middle of a longer one is left out and counted) and MAX_LABEL characters per label.

import type { RetentionPath, RetentionRoot, RetentionStep } from "../api.js";
import type { PyObject, PyValue } from "../objects/object.js";
import type { Interpreter } from "../vm/interpreter.js";
import type { Frame } from "../vm/frame.js";
import { visitRoots } from "./roots.js";
import type { PyInstance } from "../objects/objecttype.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict } from "../objects/dict-core.js";
import { PySet } from "../objects/set.js";
import { PyCell } from "../objects/cell.js";
import { PyFunction, PyBoundMethod } from "../objects/function.js";
import { PyGenerator } from "../objects/generator.js";
import { PyException } from "../objects/exceptions.js";
import { PyFinalize, PyRef } from "../objects/weakref.js";
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

type RootName = Omit<RetentionRoot, "id" | "type">;

/** A named edge: how the program would reach `v` from the object being described. */
type Emit = (edge: string, v: PyValue | undefined) => void;

export function computeRetention(interp: Interpreter): RetentionPath[] {
  // What to explain: pending finalizers' targets first (by finalizer id), then live
  // weakly referenced objects met during the walk (by ref id).
  const wanted = new Map<PyObject, "pending-finalizer" | "weakly-referenced">();
  const pending = interp.collector.registry.pendingFinalizers();
  for (const fin of pending) {
    if (fin.target !== null && !wanted.has(fin.target)) wanted.set(fin.target, "pending-finalizer");
  }
  // Most runs make no weak reference at all: then there is nothing to explain and the
  // walk (as long as a collection's mark) is skipped. A dropped event may be a ref-created.
  if (wanted.size === 0 && interp.trace.dropped === 0 && !interp.trace.events.some((e) => e.kind === "ref-created")) return [];

  const walk = new Walk(++interp.collector.epoch);
  for (const [name, v] of namedRoots(interp)) walk.reachFromRoot(v, name);
  visitRoots(interp, (v) => walk.reachFromRoot(v, INTERPRETER_ROOT));
  for (const fin of pending) walk.reachFromRoot(fin, { kind: "finalizer", name: `finalize #${fin.id}` });
  const refs = walk.run();

  refs.sort((a, b) => a.id - b.id);
  for (const r of refs) if (r.target !== null && !wanted.has(r.target)) wanted.set(r.target, "weakly-referenced");

  const explain = [...wanted].slice(0, MAX_PATHS);
  // Where each target sits in the walk's order (one pass; objects never walked are not found).
  const targets = new Map(explain.map(([t]) => [t, -1]));
  for (let i = 0; i < walk.order.length; i++) if (targets.has(walk.order[i])) targets.set(walk.order[i], i);
  return explain.map(([target, why]) => pathTo(walk, target, targets.get(target)!, why));
}

const INTERPRETER_ROOT: RootName = Object.freeze({ kind: "interpreter", name: "<interpreter>" });

/**
 * The breadth-first walk. Visited objects are stamped like a collection's mark phase
 * does, with an epoch of their own taken from the collector (`obj.mark = epoch`), so
 * nothing per object is allocated; a later collection takes a newer epoch, so the
 * stamps mean nothing to it. Zombies (negative marks: freed objects a `__del__` may
 * still reach, heap/collector.ts) keep their mark and are tracked in a Set instead.
 * `order[i]` was first reached from `order[parent[i]]`, or from root slot
 * `roots[-parent[i] - 1]`.
 */
class Walk {
  readonly order: PyObject[] = [];
  readonly parent: number[] = [];
  readonly roots: RootName[] = [];
  complete = true;
  private readonly zombies = new Set<PyObject>();
  private from = 0;

  constructor(private readonly epoch: number) {}

  reachFromRoot(v: PyValue | undefined, name: RootName): void {
    if (this.roots[this.roots.length - 1] !== name) this.roots.push(name);
    this.from = -this.roots.length;
    this.reach(v);
  }

  private readonly reach = (v: PyValue | undefined): void => {
    if (typeof v !== "object" || v === null || v === None || v.mark === this.epoch) return;
    // Builtin types are shared by every run and hold nothing of this one.
    if (v.size === 0 && v.cls.frozen && v instanceof PyType) return;
    if (v.mark < 0) {
      if (this.zombies.has(v)) return;
      this.zombies.add(v);
    } else {
      v.mark = this.epoch;
    }
    if (this.order.length >= MAX_VISITED) {
      this.complete = false;
      return;
    }
    this.order.push(v);
    this.parent.push(this.from);
  };

  /** Walk everything reachable from the roots given so far; returns the live refs met. */
  run(): PyRef[] {
    const refs: PyRef[] = [];
    const order = this.order;
    for (let i = 0; i < order.length; i++) {
      const obj = order[i];
      const cls = obj.cls;
      // Leaves (str, float, int: a builtin type without traverse) hold nothing to walk.
      if (cls.traverse === undefined && cls.frozen) continue;
      this.from = i;
      if (obj instanceof PyRef && obj.target !== null) refs.push(obj);
      // The collector's own edges (every type's traverse reports all it holds strongly);
      // the edges are named afterwards, along the reported paths only (edgeName).
      if (!cls.frozen) this.reach(cls);
      cls.traverse?.(obj, this.reach);
    }
    return refs;
  }
}

function pathTo(walk: Walk, target: PyObject, at: number, why: RetentionPath["why"]): RetentionPath {
  const base = { targetId: target.id, targetType: typeName(target), why };
  if (at < 0) {
    // Not strongly reachable: garbage no collection has found yet (or the walk was cut short).
    return { ...base, reachable: walk.complete ? false : null, root: null, steps: [], stepsOmitted: 0 };
  }
  const chain: number[] = [];
  let i = at;
  while (walk.parent[i] >= 0) {
    chain.push(i);
    i = walk.parent[i];
  }
  const rootObj = walk.order[i];
  const root: RetentionRoot = { ...walk.roots[-walk.parent[i] - 1], id: rootObj.id, type: typeName(rootObj) };
  chain.reverse();
  // Keep the root's end and the target's end of a long chain.
  let stepsOmitted = 0;
  let keep = chain.map((_, k) => k);
  if (chain.length > MAX_STEPS) {
    stepsOmitted = chain.length - MAX_STEPS;
    keep = keep.slice(0, MAX_STEPS / 2).concat(keep.slice(chain.length - MAX_STEPS / 2));
  }
  const steps: RetentionStep[] = keep.map((k) => {
    const child = walk.order[chain[k]];
    const parent = walk.order[k === 0 ? i : chain[k - 1]];
    return { edge: edgeName(parent, child), id: child.id, type: typeName(child) };
  });
  return { ...base, reachable: true, root, steps, stepsOmitted };
}

/** How `parent` holds `child`: its first named edge to it, else `.__class__` or `<ref>` (an edge only traverse knows). */
function edgeName(parent: PyObject, child: PyObject): string {
  let found: string | null = null;
  namedEdges(parent, (edge, v) => {
    if (found === null && v === child) found = edge;
  });
  if (found !== null) return found;
  if (parent.cls === child) return ".__class__";
  return "<ref>";
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
  // Attributes: an instance's __dict__ (and a function's, a module's, a builtin subclass instance's).
  const dict = (obj as Partial<PyInstance>).dict;
  if (dict instanceof Map) for (const [k, v] of dict) emit(`.${k}`, v);
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
