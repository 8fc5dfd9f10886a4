// The collector: a precise, non-moving mark-sweep over the slot `traverse` graph.
//
// Mark: from the roots (heap/roots.ts) with an explicit stack (no JS recursion, so a
// million-node linked list is fine), stamping `obj.mark = epoch` (a fresh epoch per
// collection, so marks never need clearing) and summing the size of every heap
// object reached. Objects that are not heap objects (size 0: builtin modules' dicts,
// interned literals) are traversed but not counted. Builtin types and functions are
// shared by every interpreter in the realm and may carry another run's epoch; they
// hold nothing per-run, so skipping them then is harmless.
//
// Sweep: there is no object table (JS owns memory): `heap.afterCollection` takes
// the marked totals as the new state, and the weak registry clears whatever pointed
// at an unmarked object. Then the callbacks run (the heap is consistent by then):
// they may allocate, create weak references and collect again (nested collections
// each run their own callbacks; the pending ones stay rooted meanwhile).

import type { CollectorHost } from "./heap.js";
import type { PyObject, PyValue } from "../objects/object.js";
import { PyException, MemoryError } from "../objects/exceptions.js";
import type { Interpreter } from "../vm/interpreter.js";
import type { GcReason } from "../api.js";
import { WeakRegistry, type PendingCallback } from "./weakrefs.js";
import { visitRoots } from "./roots.js";
import { callValue, pyId } from "../vm/abstract.js";
import { exceptionLine, formatTraceback } from "../vm/traceback.js";
import { internStr } from "../objects/str.js";

export class Collector implements CollectorHost {
  readonly registry = new WeakRegistry();
  /** Callbacks owed by collections in progress (outermost first): roots. */
  readonly pending: (PendingCallback | null)[] = [];
  epoch = 0;
  /** Statistics for RunStats. */
  collections = 0;
  freedObjects = 0;
  /** Reused mark stack (emptied after every mark phase). */
  private readonly stack: PyObject[] = [];

  constructor(private readonly interp: Interpreter) {}

  /** CollectorHost: a collection the heap asked for (threshold or heap full). */
  collect(reason: "threshold" | "heap-full"): number {
    return this.run(reason);
  }

  /** A full collection: mark, sweep, then run the weak-reference callbacks. Returns objects freed. */
  run(reason: GcReason): number {
    const interp = this.interp;
    const heap = interp.heap;
    interp.trace.gcStart(reason, heap.used);
    const queueStart = this.pending.length;
    let freed: { freedBytes: number; freedObjects: number };
    heap.collecting = true;
    try {
      const epoch = ++this.epoch;
      const { bytes, objects } = this.mark(epoch);
      freed = heap.afterCollection(bytes, objects);
      this.registry.sweep(epoch, this.pending, interp.trace);
    } finally {
      heap.collecting = false;
    }
    this.collections++;
    this.freedObjects += freed.freedObjects;
    interp.trace.gcEnd(freed.freedObjects, freed.freedBytes, heap.used);
    this.runCallbacks(queueStart);
    return freed.freedObjects;
  }

  private mark(epoch: number): { bytes: number; objects: number } {
    const stack = this.stack;
    let bytes = 0;
    let objects = 0;
    const visit = (v: PyValue): void => {
      if (typeof v !== "object" || v === null || v.mark === epoch) return;
      v.mark = epoch;
      if (v.size > 0) {
        bytes += v.size;
        objects++;
      }
      // Leaves (str, float, int: a builtin type without traverse) need no second visit.
      const cls = v.cls;
      if (cls.traverse === undefined && cls.frozen) return;
      stack.push(v);
    };
    visitRoots(this.interp, visit);
    const pending = this.pending;
    for (let i = 0; i < pending.length; i++) {
      const p = pending[i];
      if (p === null) continue;
      visit(p.owner);
      visit(p.func);
      for (const a of p.args) visit(a);
      if (p.kwargs !== null) for (const v of p.kwargs.values()) visit(v);
    }
    this.registry.visitRoots(visit);
    while (stack.length > 0) {
      const obj = stack.pop() as PyObject;
      const cls = obj.cls;
      if (cls.mark !== epoch) visit(cls);
      const traverse = cls.traverse;
      if (traverse !== undefined) traverse(obj, visit);
    }
    return { bytes, objects };
  }

  /** Run the callbacks queued from `start` on, in order; each error is reported and skipped. */
  private runCallbacks(start: number): void {
    const pending = this.pending;
    try {
      for (let i = start; i < pending.length; i++) {
        const p = pending[i];
        if (p === null) continue;
        this.invoke(p, "collection");
        pending[i] = null;
      }
    } finally {
      pending.length = start;
    }
  }

  /** Call one callback, reporting an escaping Python exception on stderr (the run goes on). */
  invoke(p: PendingCallback, trigger: "collection" | "exit"): void {
    const interp = this.interp;
    const owner = p.owner;
    try {
      callValue(interp, p.func, p.args, p.kwargs);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      const text = "Unhandled exception in weakref callback:\n" + formatTraceback(interp, e);
      interp.output.write("stderr", text);
      if (p.isFinalize) interp.trace.finalizeCall(owner.id, p.targetId, trigger, "error", this.describeException(e));
      else interp.trace.refCallback(owner.id, p.targetId, "error", this.describeException(e));
      return;
    }
    if (p.isFinalize) interp.trace.finalizeCall(owner.id, p.targetId, trigger, "ok");
    else interp.trace.refCallback(owner.id, p.targetId, "ok");
  }

  /**
   * At exit with `finalizeAtExit`: run every still-alive finalizer, newest first
   * (CPython's atexit order), trigger "exit". A finalizer created by one of them
   * runs too (the loop repeats until none is alive).
   */
  finalizeAtExit(): void {
    for (;;) {
      const alive = this.registry.pendingFinalizers();
      if (alive.length === 0) return;
      for (let i = alive.length - 1; i >= 0; i--) {
        const fin = alive[i];
        if (!fin.alive) continue; // detached or called by an earlier finalizer
        const target = fin.target as PyObject;
        const p: PendingCallback = { owner: fin, isFinalize: true, targetId: pyId(this.interp, target), func: fin.func, args: fin.args, kwargs: fin.kwargs };
        this.registry.removeFinalize(target, fin);
        fin.kill();
        const at = this.pending.length;
        this.pending.push(p);
        try {
          this.invoke(p, "exit");
        } finally {
          this.pending.length = at;
        }
      }
    }
  }

  /** "Type: message" of an exception (the last line of its traceback), for the trace. */
  describeException(e: PyException): string {
    return exceptionLine(this.interp, e);
  }

  /**
   * CollectorHost: `bytes` do not fit even after a collection (or the collector is
   * disabled). The MemoryError instance is not charged to the heap, which is full:
   * MicroPython likewise raises a preallocated one.
   */
  outOfMemory(bytes: number): never {
    const interp = this.interp;
    interp.trace.memoryError(bytes, interp.heap.limit);
    // Deviation: the MemoryError object is not a heap object (size 0), so raising it never fails.
    const exc = new PyException(MemoryError, [internStr(`memory allocation failed, allocating ${bytes} bytes`)]);
    exc.id = interp.heap.nextId++;
    throw exc;
  }
}
