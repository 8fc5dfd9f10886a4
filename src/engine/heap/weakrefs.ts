// The weak-reference registry of one run (semantics.md "What a collection does").
//
// One entry per object that has ever been weakly referenced and is still alive, in
// the order it was FIRST weakly referenced (a JS Map keeps insertion order, and an
// entry is only deleted when its target is freed, so that order is stable). An
// entry lists the target's `ref` objects and its *alive* `finalize` objects, each
// oldest first.
//
// Strength: the registry holds alive finalize objects strongly (they are roots, and
// through them their callback and arguments; never their target), and ref objects
// weakly (a ref the program drops is freed, and then pruned here).

import type { PyObject, PyValue } from "../objects/object.js";
import type { PyFinalize, PyRef } from "../objects/weakref.js";
import type { TraceRecorder } from "../trace/recorder.js";

interface WeakEntry {
  refs: PyRef[];
  finalizers: PyFinalize[];
}

/** A callback that a collection owes the program, run once the heap is consistent. */
export interface PendingCallback {
  /** The ref or finalize object the callback belongs to. */
  owner: PyRef | PyFinalize;
  isFinalize: boolean;
  targetId: number;
  func: PyValue;
  args: PyValue[];
  kwargs: Map<string, PyValue> | null;
}

export class WeakRegistry {
  private readonly entries = new Map<PyObject, WeakEntry>();
  /** Alive finalize objects (all entries together): the registry's roots. */
  aliveFinalizers = 0;

  private entry(target: PyObject): WeakEntry {
    let e = this.entries.get(target);
    if (e === undefined) {
      e = { refs: [], finalizers: [] };
      this.entries.set(target, e);
    }
    return e;
  }

  addRef(target: PyObject, ref: PyRef): void {
    this.entry(target).refs.push(ref);
  }

  addFinalize(target: PyObject, fin: PyFinalize): void {
    this.entry(target).finalizers.push(fin);
    this.aliveFinalizers++;
  }

  /**
   * The ref and proxy objects to `target`, oldest first (weakref.getweakrefs). Refs the
   * program dropped are listed until a collection frees them.
   */
  refsTo(target: PyObject): readonly PyRef[] {
    const e = this.entries.get(target);
    return e === undefined ? [] : e.refs;
  }

  /** A finalize object died without its target being freed (called or detached). */
  removeFinalize(target: PyObject, fin: PyFinalize): void {
    const e = this.entries.get(target);
    if (e === undefined) return;
    const i = e.finalizers.indexOf(fin);
    if (i >= 0) {
      e.finalizers.splice(i, 1);
      this.aliveFinalizers--;
    }
  }

  /** Mark phase: every alive finalize object is a root. */
  visitRoots(visit: (v: PyValue) => void): void {
    if (this.aliveFinalizers === 0) return;
    for (const e of this.entries.values()) {
      const fs = e.finalizers;
      for (let i = 0; i < fs.length; i++) visit(fs[i]);
    }
  }

  /**
   * After marking with `epoch`: forget freed refs, and for every freed target
   * (in first-weakly-referenced order) kill its finalizers and clear its surviving
   * refs, queueing their callbacks onto `queue`: finalizers newest first, then refs
   * newest first. A ref freed in this same collection is dropped silently.
   *
   * Zombies (`mark === -epoch`, heap/collector.ts): freed objects a `__del__` may still
   * reach. A zombie target is freed like any other. A zombie ref is freed (no callback),
   * but stays listed while its target lives, since a `__del__` may resurrect it and it
   * must be cleared when that target dies; if its target dies now it is cleared silently.
   */
  sweep(epoch: number, queue: (PendingCallback | null)[], trace: TraceRecorder): void {
    const zombie = -epoch;
    for (const [target, e] of this.entries) {
      if (target.mark === epoch || target.size === 0) {
        // Alive (a size-0 target is a code constant: alive for the whole run).
        const refs = e.refs;
        let j = 0;
        for (let i = 0; i < refs.length; i++) {
          const m = refs[i].mark;
          if (m === epoch || m === zombie) refs[j++] = refs[i];
        }
        refs.length = j;
        continue;
      }
      this.entries.delete(target);
      const targetId = target.id;
      const fs = e.finalizers;
      for (let i = fs.length - 1; i >= 0; i--) {
        const fin = fs[i];
        this.aliveFinalizers--;
        queue.push({ owner: fin, isFinalize: true, targetId, func: fin.func, args: fin.args, kwargs: fin.kwargs });
        fin.kill();
      }
      const refs = e.refs;
      for (let i = refs.length - 1; i >= 0; i--) {
        const ref = refs[i];
        if (ref.mark !== epoch) {
          if (ref.mark === zombie) {
            ref.target = null;
            ref.callback = null;
          }
          continue;
        }
        ref.target = null;
        trace.refCleared(ref.id, targetId);
        if (ref.callback !== null) {
          queue.push({ owner: ref, isFinalize: false, targetId, func: ref.callback, args: [ref], kwargs: null });
          ref.callback = null; // called once; a cleared ref holds nothing
        }
      }
    }
  }

  /** Alive finalize objects, oldest first (by id): the run-end event's pending list. */
  pendingFinalizers(): PyFinalize[] {
    const out: PyFinalize[] = [];
    for (const e of this.entries.values()) for (const f of e.finalizers) out.push(f);
    out.sort((a, b) => a.id - b.id);
    return out;
  }
}
