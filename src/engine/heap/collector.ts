// The collector: a precise, non-moving mark-sweep over the slot `traverse` graph.
//
// Mark: from the roots (heap/roots.ts) with an explicit stack (no JS recursion, so a
// million-node linked list is fine), stamping `obj.mark = epoch` (a fresh epoch per
// collection, so marks never need clearing) and summing the size of every heap
// object reached. Objects that are not heap objects (size 0: builtin modules' dicts,
// interned literals) are traversed but not counted; those that hold nothing are not
// even stamped. Builtin types and what they hold are shared by every interpreter in the
// realm: sealed with SHARED_MARK (objects/seal.ts), above every epoch, so a collection
// treats them as marked and never writes to them.
//
// Sweep: there is no object table (JS owns memory): `heap.afterCollection` takes
// the marked totals as the new state, and the weak registry clears whatever pointed
// at an unmarked object. Then the callbacks run (the heap is consistent by then):
// they may allocate, create weak references and collect again (nested collections
// each run their own callbacks; the pending ones stay rooted meanwhile).
//
// `__del__` (PEP 442's order on our collector): objects whose class defined `__del__`
// when they were allocated are listed in `heap.finalizable`. The ones a collection
// frees are taken off that list (so each `__del__` runs at most once) and called after
// the weak-reference callbacks, in id order, with the object as `self`. They and
// everything reachable only from them are freed by that same collection (counted in
// gc-end and gc.collect()); JS still holds them, so `__del__` reads them safely. To keep
// the accounting exact if a `__del__` makes them reachable again, they are stamped
// "zombie" (`mark = -epoch`: freed, bytes not in `used`); a later mark that reaches a
// zombie revives it (its bytes count again, and it is not counted as freed twice).

import type { PyFinalize } from "../objects/weakref.js";
import type { CollectorHost } from "./heap.js";
import type { PyObject, PyValue } from "../objects/object.js";
import { PyException, MemoryError } from "../objects/exceptions.js";
import type { Interpreter } from "../vm/interpreter.js";
import type { DelTrigger, GcReason } from "../api.js";
import { WeakRegistry, type PendingCallback } from "./weakrefs.js";
import { visitRoots } from "./roots.js";
import { callMethodValue, callValue, pyId, pyRepr } from "../vm/abstract.js";
import { exceptionLine, formatTraceback } from "../vm/traceback.js";
import { internStr } from "../objects/str.js";

export class Collector implements CollectorHost {
  readonly registry = new WeakRegistry();
  /** Callbacks owed by collections in progress (outermost first): roots. */
  readonly pending: (PendingCallback | null)[] = [];
  /** Freed objects whose `__del__` collections in progress still owe (outermost first). */
  readonly dels: (PyObject | null)[] = [];
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

  /** A full collection: mark, sweep, then run the weak-reference callbacks, then the `__del__`s. Returns objects freed. */
  run(reason: GcReason): number {
    const interp = this.interp;
    const heap = interp.heap;
    interp.trace.gcStart(reason, heap.used);
    const queueStart = this.pending.length;
    const delStart = this.dels.length;
    let freed: { freedBytes: number; freedObjects: number };
    heap.collecting = true;
    try {
      const epoch = ++this.epoch;
      const m = this.mark(epoch);
      freed = heap.afterCollection(m.bytes, m.objects, m.revivedBytes, m.revivedObjects);
      if (heap.finalizable.length > 0) this.takeFreedFinalizable(epoch);
      heap.zombieBytes = this.dels.length > 0 ? this.markZombies(epoch) : 0;
      this.registry.sweep(epoch, this.pending, interp.trace);
    } finally {
      heap.collecting = false;
    }
    this.collections++;
    this.freedObjects += freed.freedObjects;
    interp.trace.gcEnd(freed.freedObjects, freed.freedBytes, heap.used);
    const ranDels = this.dels.length > delStart;
    try {
      this.runCallbacks(queueStart);
      this.runDels(delStart, "collection");
    } finally {
      this.dels.length = delStart;
    }
    if (ranDels) this.countResurrected();
    return freed.freedObjects;
  }

  /**
   * After this collection's `__del__`s ran: mark again to find which of the objects it
   * freed they made reachable (resurrected), and count those again at once, so that
   * `mem_alloc()` never under-reports and nothing can be allocated in their place.
   * Until now their bytes were held in `heap.zombieBytes`; what stays unreachable is
   * released, except what the `__del__`s still owed by outer collections may reach.
   * Nothing is freed here: garbage made meanwhile waits for the next collection.
   */
  private countResurrected(): void {
    const heap = this.interp.heap;
    const epoch = ++this.epoch;
    const m = this.mark(epoch);
    heap.revive(m.revivedBytes, m.revivedObjects);
    heap.zombieBytes = this.dels.length > 0 ? this.markZombies(epoch) : 0;
  }

  private mark(epoch: number): { bytes: number; objects: number; revivedBytes: number; revivedObjects: number } {
    const stack = this.stack;
    let bytes = 0;
    let objects = 0;
    let revivedBytes = 0;
    let revivedObjects = 0;
    const visit = (v: PyValue): void => {
      // `>= epoch`: marked by this collection, or shared by every run (SHARED_MARK).
      if (typeof v !== "object" || v === null || v.mark >= epoch) return;
      const cls = v.cls;
      // Not a heap object and holding nothing (a literal, a builtin function, a
      // constant of a builtin module): nothing to count or follow, and it may be shared
      // with other runs, so it is never written.
      if (v.size === 0 && cls.traverse === undefined) return;
      if (v.mark < 0 && v.size > 0) {
        // A zombie reachable again (a `__del__` resurrected it): its bytes left `used`
        // when it was freed, so it was not charged since.
        revivedBytes += v.size;
        revivedObjects++;
      }
      v.mark = epoch;
      if (v.size > 0) {
        bytes += v.size;
        objects++;
      }
      // Leaves (str, float, int: a builtin type without traverse) need no second visit.
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
      if (cls.mark < epoch) visit(cls);
      const traverse = cls.traverse;
      if (traverse !== undefined) traverse(obj, visit);
    }
    return { bytes, objects, revivedBytes, revivedObjects };
  }

  /** Move the finalizable objects this collection frees (unmarked) to `dels`, keeping id order. */
  private takeFreedFinalizable(epoch: number): void {
    const fin = this.interp.heap.finalizable;
    const dels = this.dels;
    let j = 0;
    for (let i = 0; i < fin.length; i++) {
      const obj = fin[i];
      if (obj.mark === epoch) fin[j++] = obj;
      else dels.push(obj);
    }
    fin.length = j;
  }

  /**
   * Stamp everything reachable from the objects owed a `__del__` (this collection's and
   * those of collections in progress) and not marked as a zombie (`-epoch`): freed and
   * uncounted, but possibly seen again by a `__del__`. The weak registry keeps zombie
   * refs whose targets live (a resurrected ref must still be cleared later).
   * Returns their bytes (held against the limit until `countResurrected`).
   */
  private markZombies(epoch: number): number {
    const zombie = -epoch;
    const stack = this.stack;
    let bytes = 0;
    const visit = (v: PyValue): void => {
      if (typeof v !== "object" || v === null) return;
      const m = v.mark;
      if (m >= epoch || m === zombie) return;
      const cls = v.cls;
      if (v.size === 0 && cls.traverse === undefined) return;
      v.mark = zombie;
      bytes += v.size;
      if (cls.traverse === undefined && cls.frozen) return;
      stack.push(v);
    };
    const dels = this.dels;
    for (let i = 0; i < dels.length; i++) {
      const obj = dels[i];
      if (obj !== null) visit(obj);
    }
    while (stack.length > 0) {
      const obj = stack.pop() as PyObject;
      visit(obj.cls);
      const traverse = obj.cls.traverse;
      if (traverse !== undefined) traverse(obj, visit);
    }
    return bytes;
  }

  /** Call the `__del__` of the objects queued in `dels` from `start` on, in order. */
  private runDels(start: number, trigger: DelTrigger): void {
    const dels = this.dels;
    for (let i = start; i < dels.length; i++) {
      const obj = dels[i];
      if (obj === null) continue;
      this.callDel(obj, trigger);
      dels[i] = null;
    }
  }

  /**
   * Call `type(obj).__del__(obj)`, looked up now (CPython too: a `__del__` deleted from
   * the class since is not called). An escaping Python exception is printed CPython's
   * way ("Exception ignored in: <function A.__del__ at 0x...>" and the traceback) and the
   * program goes on; RunAbort passes through.
   */
  private callDel(obj: PyObject, trigger: DelTrigger): void {
    const interp = this.interp;
    const cls = obj.cls;
    const func = cls.lookup("__del__");
    if (func === null) return;
    try {
      callMethodValue(interp, func, obj, []);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      let where: string;
      try {
        where = pyRepr(interp, func);
      } catch (e2) {
        if (!(e2 instanceof PyException)) throw e2;
        where = "<object repr() failed>";
      }
      interp.output.write("stderr", `Exception ignored in: ${where}\n` + formatTraceback(interp, e, false));
      interp.trace.delCall(obj.id, cls.name, trigger, "error", this.describeException(e));
      return;
    }
    interp.trace.delCall(obj.id, cls.name, trigger, "ok");
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
      const text = "Unhandled exception in weakref callback:\n" + formatTraceback(interp, e, false);
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
   * (CPython's atexit order), trigger "exit"; then call the `__del__` of every object
   * still owed one (alive, or garbage no collection has found yet), newest first.
   * Finalizers and objects created meanwhile are handled too: the rounds repeat until
   * nothing is left.
   */
  finalizeAtExit(): void {
    const finalizable = this.interp.heap.finalizable;
    do {
      this.runExitFinalizers();
      if (finalizable.length === 0) continue;
      // Taken off the list first (each __del__ runs once); queued in `dels` meanwhile, so
      // a collection inside one of them treats the garbage ones as zombies.
      const start = this.dels.length;
      for (let i = finalizable.length - 1; i >= 0; i--) this.dels.push(finalizable[i]);
      finalizable.length = 0;
      try {
        this.runDels(start, "exit");
      } finally {
        this.dels.length = start;
      }
    } while (finalizable.length > 0 || this.exitFinalizers().length > 0);
  }

  /** The alive finalizers that run at exit (`atexit` left true, as by default). */
  private exitFinalizers(): PyFinalize[] {
    return this.registry.pendingFinalizers().filter((f) => f.alive && f.atexit);
  }

  private runExitFinalizers(): void {
    for (;;) {
      const alive = this.exitFinalizers();
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
