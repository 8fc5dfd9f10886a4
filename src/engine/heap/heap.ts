// The per-run heap: a fixed byte budget, O(1) allocation accounting, and the three
// collection triggers of semantics.md (explicit, threshold, heap-full).
//
// There is no free list and no object table: JS owns the real memory. The heap
// charges each heap object its modelled size when it is allocated (or grows), and a
// collection recomputes `used` as the total size of the objects it marks. So
// "freeing" an unreachable object is simply not marking it: its bytes drop out of
// `used`, and the weak-reference registry clears whatever pointed at it.
//
// The size model (documented in docs/architecture.md; every number here is part of
// the contract that `gc.mem_alloc()` exposes, so change it only deliberately):
//   size = roundUp16(HEADER + payload), HEADER = 16 bytes
//   payload:  float 8; int 4 per 32-bit digit of |n|; str 1 per UTF-16 code unit;
//             bytes 1 per byte; tuple/list 8 per item; dict 24 per entry;
//             set/frozenset 16 per element; instance 16 per attribute (+ its dict);
//             function 48; class 64 + 24 per attribute; bound method 16; cell 8;
//             generator 48 + 8 per frame slot; ref 16; finalize 32 + 8 per argument;
//             exception 32 (+ its args tuple); iterators 16; range/slice 24.
// Containers are re-charged as they change (`resize`), so the accounting stays exact
// while every operation stays O(1).

import type { PyObject, PyValue } from "../objects/object.js";

export const HEADER_BYTES = 16;

/**
 * The mark of objects shared by every run (sealed builtin types and what they hold,
 * objects/seal.ts): above every epoch, so a collection treats them as
 * already marked and never writes to them.
 */
export const SHARED_MARK = Number.POSITIVE_INFINITY;

export function roundUp16(n: number): number {
  // Not `(n + 15) & ~15`: sizes of refused huge requests exceed 32 bits.
  const m = n + 15;
  return m - (m % 16);
}

/** The modelled size of an object with `payload` bytes of payload. */
export function sizeFor(payload: number): number {
  return roundUp16(HEADER_BYTES + payload);
}

/**
 * What the heap asks of its owner when an allocation needs a collection. The
 * interpreter implements it: it knows the roots, runs callbacks, writes the trace.
 */
export interface CollectorHost {
  /** Run a collection now (reason recorded in the trace). Returns objects freed. */
  collect(reason: "threshold" | "heap-full"): number;
  /** The allocation of `bytes` failed after a collection: throw MemoryError. */
  outOfMemory(bytes: number): never;
}

/** Where a new object is rooted until the statement allocating it ends: the running frame's temps. */
export interface TempsOwner {
  readonly frame: { readonly temps: PyValue[] };
}

export class Heap {
  readonly limit: number;
  /** Bytes charged to objects not yet freed (gc.mem_alloc()). */
  used = 0;
  peak = 0;
  /**
   * Bytes of objects a collection freed while a `__del__` it queued may still make
   * them reachable again (heap/collector.ts, "zombies"). Not in `used` (mem_alloc()
   * reports them freed), but allocations must leave room for them until the collector
   * has checked, after the `__del__`s ran, which of them were resurrected: so the limit
   * holds even if they all were.
   */
  zombieBytes = 0;
  /** Number of heap objects allocated and not yet freed. */
  liveObjects = 0;
  /** Next object id (== id()): allocation order, from 1. */
  nextId = 1;
  /** gc.threshold(): -1 unset. */
  threshold = -1;
  /** Bytes allocated since the last collection (for the threshold trigger). */
  sinceCollection = 0;
  enabled = true;
  /** True while a collection is marking/sweeping: allocation then is an engine bug. */
  collecting = false;
  /**
   * Objects whose class defined `__del__` when they were allocated and whose `__del__`
   * has not been called yet, in id order (heap/collector.ts calls it once they are freed).
   */
  readonly finalizable: PyObject[] = [];
  private host: CollectorHost | null = null;
  private owner: TempsOwner | null = null;

  constructor(limit: number) {
    this.limit = limit;
  }

  attach(host: CollectorHost, owner: TempsOwner): void {
    this.host = host;
    this.owner = owner;
  }

  /**
   * Make `obj` a heap object of `size` bytes: assign its id and charge it.
   * May run a collection first (threshold or heap full) and may throw MemoryError.
   * Callers pass objects that are fully constructed, or whose contents are already
   * rooted, since a collection can run inside this call. The new object is pushed
   * onto the running frame's temps, so it stays alive until the statement ends
   * (docs/architecture.md, rooting discipline).
   */
  alloc<T extends PyObject>(obj: T, size: number): T {
    this.charge(size);
    obj.size = size;
    obj.id = this.nextId++;
    this.liveObjects++;
    // Builtin types are frozen and define no __del__; the lookup is cached per class version.
    const cls = obj.cls;
    if (!cls.frozen && cls.lookup("__del__") !== null) this.finalizable.push(obj);
    if (this.owner !== null) this.owner.frame.temps.push(obj);
    return obj;
  }

  /** Re-charge a heap object whose payload changed (a list grew, an attribute was added). */
  resize(obj: PyObject, newSize: number): void {
    const delta = newSize - obj.size;
    if (delta === 0 || obj.size === 0) return;
    if (obj.mark < 0) {
      // A freed object a `__del__` still uses (heap/collector.ts, "zombies"): its bytes
      // are not in `used`, so growth is checked against the limit but stays uncounted;
      // if it is marked again, the collection that marks it counts its whole new size.
      if (delta > 0) this.ensure(delta); // may collect, and mark it again
      if (obj.mark < 0) {
        obj.size = newSize;
        this.zombieBytes += delta;
        return;
      }
    }
    if (delta > 0) this.charge(delta);
    else this.used += delta;
    obj.size = newSize;
  }

  /**
   * Reserve `bytes` before building something large (e.g. `"a" * n`), so that the
   * MemoryError comes before the JS memory is spent. Pair with `alloc(obj, size)`
   * after calling `release(bytes)`, or use `alloc` directly when the size is known
   * up front and nothing big is built first.
   */
  ensure(bytes: number): void {
    this.charge(bytes);
    this.used -= bytes;
    this.sinceCollection -= bytes;
  }

  private charge(bytes: number): void {
    // The threshold trigger runs *before* charging, so the collection never sees a
    // half-registered object (its bytes would be counted neither live nor freed).
    // This request then counts toward the next period, after whatever the
    // collection's callbacks allocated.
    if (this.threshold >= 0 && this.sinceCollection + bytes >= this.threshold && this.enabled && !this.collecting && this.host !== null) {
      this.host.collect("threshold");
    }
    if (this.used + this.zombieBytes + bytes > this.limit) this.full(bytes);
    this.used += bytes;
    this.sinceCollection += bytes;
    if (this.used > this.peak) this.peak = this.used;
  }

  private full(bytes: number): void {
    const host = this.host;
    if (host === null) throw new Error("internal error: heap has no collector host");
    if (this.enabled && !this.collecting) host.collect("heap-full");
    if (this.used + this.zombieBytes + bytes > this.limit) host.outOfMemory(bytes);
  }

  /**
   * Freed objects found reachable again after their `__del__`s ran (resurrected): their
   * bytes count again. They were held in `zombieBytes` meanwhile, so this never
   * exceeds the limit.
   */
  revive(bytes: number, objects: number): void {
    this.used += bytes;
    this.liveObjects += objects;
    if (this.used > this.peak) this.peak = this.used;
  }

  /**
   * Called by the collector after marking: the survivors' totals become the new state.
   * `revived*`: freed objects the mark reached again (resurrected by a `__del__`), which
   * were not in `used` and so are not freed by this collection.
   */
  afterCollection(liveBytes: number, liveObjects: number, revivedBytes = 0, revivedObjects = 0): { freedBytes: number; freedObjects: number } {
    const freedBytes = this.used + revivedBytes - liveBytes;
    const freedObjects = this.liveObjects + revivedObjects - liveObjects;
    this.used = liveBytes;
    this.liveObjects = liveObjects;
    this.sinceCollection = 0;
    return { freedBytes, freedObjects };
  }
}
