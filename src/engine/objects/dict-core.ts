// The hash table behind dict (and set, which stores keys only): insertion-ordered,
// with Python's key equality (hash + __eq__, so 1 == 1.0 == True are one key).
//
// One JS Map keeps the insertion order of all entries. Keys with a *fast key* are
// stored in it under that JS primitive: an exact str under its JS string, an int-like
// value in the small range (int, bool, integral float, int subclass without its own
// __hash__/__eq__) under its JS number. Every other key (tuples, big ints, non-integral
// floats, user objects) takes the general path: the entry is stored in the Map under
// itself (an object key, unique), and found through `buckets` (hash -> entries) with
// pyHash/pyEq. Both paths see the same order, so iteration order is insertion order.
//
// A general key equal to a small-int key (Fraction(1), a user number with int's hash) is
// found under it and the other way round: a small int's hash is itself, so each side
// knows where to look. Deviation: a user object that compares equal to a str key (with
// the same hash) is not found under that key (it takes the general path, the str the fast one).

import { PyObject, type PyValue } from "./object.js";
import { dictType, floatType, intType, strType } from "./builtin-types.js";
import type { PyType } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { sizeFor } from "../heap/heap.js";
import { PyStr } from "./str.js";
import { PyFloat } from "./float.js";
import { PyInt } from "./int.js";
import { pyEq, pyHash } from "../vm/abstract.js";

export class DictEntry {
  static get name(): string {
    return "DictEntry";
  }
  key: PyValue;
  value: PyValue;
  /** The key's hash (general-path entries only; copies reuse it instead of rehashing). */
  hash = 0;
  constructor(key: PyValue, value: PyValue) {
    this.key = key;
    this.value = value;
  }
}

export type FastKey = string | number;

/** The ordered table: a Map from fast key (or the entry itself) to entry, plus hash buckets. */
export class HashTable {
  static get name(): string {
    return "HashTable";
  }
  map = new Map<FastKey | DictEntry, DictEntry>();
  buckets: Map<number, DictEntry[]> | null = null;

  get size(): number {
    return this.map.size;
  }

  find(interp: Interpreter, key: PyValue): DictEntry | undefined {
    const fk = fastKey(key);
    if (fk !== null) {
      const e = this.map.get(fk);
      if (e !== undefined || this.buckets === null || typeof fk !== "number") return e;
      return this.findGeneral(interp, key, fk === -1 ? -2 : fk);
    }
    const h = pyHash(interp, key); // unhashable keys raise even when the table has no general keys
    if (this.buckets !== null) {
      const e = this.findGeneral(interp, key, h);
      if (e !== undefined) return e;
    }
    return this.findFastByHash(interp, key, h);
  }

  /**
   * A small-int entry equal to a general key of hash `h` (Fraction(1) finds the key 1):
   * a small int's hash is itself (-1's is -2), so `h` names the only candidates.
   */
  private findFastByHash(interp: Interpreter, key: PyValue, h: number): DictEntry | undefined {
    if (h >= 1073741824 || h <= -1073741824) return undefined;
    const e = this.map.get(h);
    if (e !== undefined && pyEq(interp, e.key, key)) return e;
    if (h !== -2) return undefined;
    const m = this.map.get(-1);
    return m !== undefined && pyEq(interp, m.key, key) ? m : undefined;
  }

  private findGeneral(interp: Interpreter, key: PyValue, h: number): DictEntry | undefined {
    const bucket = this.buckets!.get(h);
    if (bucket === undefined) return undefined;
    for (let i = 0; i < bucket.length; i++) {
      const e = bucket[i];
      if (e.key === key || pyEq(interp, e.key, key)) return e;
    }
    return undefined;
  }

  /** Insert or update; returns true when a new entry was added. */
  set(interp: Interpreter, key: PyValue, value: PyValue): boolean {
    const fk = fastKey(key);
    if (fk !== null) {
      const e = this.map.get(fk) ?? (this.buckets !== null && typeof fk === "number" ? this.findGeneral(interp, key, fk === -1 ? -2 : fk) : undefined);
      if (e !== undefined) {
        e.value = value;
        return false;
      }
      this.map.set(fk, new DictEntry(key, value));
      return true;
    }
    const h = pyHash(interp, key);
    const found = (this.buckets === null ? undefined : this.findGeneral(interp, key, h)) ?? this.findFastByHash(interp, key, h);
    if (found !== undefined) {
      found.value = value;
      return false;
    }
    if (this.buckets === null) this.buckets = new Map();
    const entry = new DictEntry(key, value);
    entry.hash = h;
    const bucket = this.buckets.get(h);
    if (bucket === undefined) this.buckets.set(h, [entry]);
    else bucket.push(entry);
    this.map.set(entry, entry);
    return true;
  }

  /** Remove a key; returns the removed entry or undefined. */
  delete(interp: Interpreter, key: PyValue): DictEntry | undefined {
    const fk = fastKey(key);
    if (fk !== null) {
      const e = this.map.get(fk);
      if (e !== undefined) this.map.delete(fk);
      else if (this.buckets !== null && typeof fk === "number") {
        const g = this.findGeneral(interp, key, fk === -1 ? -2 : fk);
        if (g !== undefined) this.delete(interp, g.key);
        return g;
      }
      return e;
    }
    const h = pyHash(interp, key);
    const fast = this.findFastByHash(interp, key, h);
    if (fast !== undefined) {
      this.map.delete(fastKey(fast.key)!);
      return fast;
    }
    if (this.buckets === null) return undefined;
    const bucket = this.buckets.get(h);
    if (bucket === undefined) return undefined;
    for (let i = 0; i < bucket.length; i++) {
      const e = bucket[i];
      if (e.key === key || pyEq(interp, e.key, key)) {
        bucket.splice(i, 1);
        if (bucket.length === 0) this.buckets.delete(h);
        this.map.delete(e);
        return e;
      }
    }
    return undefined;
  }

  /** Remove a known entry (from iteration order; popitem/pop). */
  deleteEntry(interp: Interpreter, e: DictEntry): void {
    const fk = fastKey(e.key);
    if (fk !== null) {
      this.map.delete(fk);
      return;
    }
    this.delete(interp, e.key);
  }

  clear(): void {
    this.map.clear();
    this.buckets = null;
  }

  /** The last inserted entry (popitem). */
  last(): DictEntry | undefined {
    let last: DictEntry | undefined;
    for (const e of this.map.values()) last = e;
    return last;
  }

  /** A copy (same keys and values, same order). */
  copyInto(into: HashTable): void {
    for (const [k, e] of this.map) {
      const ne = new DictEntry(e.key, e.value);
      if (k === e) {
        into.map.set(ne, ne);
        const h = (ne.hash = e.hash);
        if (into.buckets === null) into.buckets = new Map();
        const b = into.buckets.get(h);
        if (b === undefined) into.buckets.set(h, [ne]);
        else b.push(ne);
      } else into.map.set(k, ne);
    }
  }
}

/**
 * The fast key of a value, or null for the general path. Only values whose equality
 * is exactly JS equality of the fast key qualify.
 */
export function fastKey(k: PyValue): FastKey | null {
  if (typeof k === "number") return k;
  if (typeof k === "boolean") return k ? 1 : 0;
  if (k instanceof PyStr) {
    if (k.cls === strType || plainSubclass(k.cls, strType)) return k.v;
    return null;
  }
  if (k instanceof PyFloat) {
    const v = k.v;
    if (v < 1073741824 && v > -1073741824 && Number.isInteger(v) && (k.cls === floatType || plainSubclass(k.cls, floatType))) return v + 0;
    return null;
  }
  if (k instanceof PyInt && k.cls !== intType && plainSubclass(k.cls, intType)) {
    const b = k.v;
    if (b < 1073741824n && b > -1073741824n) return Number(b);
  }
  return null;
}

/** A subclass of a builtin that keeps the builtin's hash and equality. */
function plainSubclass(cls: PyType, base: PyType): boolean {
  return cls.hash === base.hash && cls.compare === base.compare;
}

// ---------------------------------------------------------------- dict objects

export class PyDict extends PyObject {
  static override get name(): string {
    return "PyDict";
  }
  table = new HashTable();
  /** Attributes of instances of dict subclasses (null for plain dicts). */
  dict: Map<string, PyValue> | null = null;
  constructor(cls: PyType) {
    super(cls);
  }
}

export function dictSize(n: number): number {
  return sizeFor(24 * n);
}

export function newDict(interp: Interpreter): PyDict {
  return interp.heap.alloc(new PyDict(dictType), dictSize(0));
}

/** d[key] or undefined. */
export function dictGet(interp: Interpreter, d: PyDict, key: PyValue): PyValue | undefined {
  const e = d.table.find(interp, key);
  return e === undefined ? undefined : e.value;
}

/** d[key] = value, re-charging the heap when the dict grows. */
export function dictSet(interp: Interpreter, d: PyDict, key: PyValue, value: PyValue): void {
  const table = d.table;
  if (typeof key === "object" && key instanceof PyStr && key.cls === strType) {
    // The hot path (str keys): no classification beyond this.
    const e = table.map.get(key.v);
    if (e !== undefined) {
      e.value = value;
      return;
    }
    if (d.size !== 0) growCharge(interp, d, table.map.size + 1);
    table.map.set(key.v, new DictEntry(key, value));
    return;
  }
  const fk = fastKey(key);
  if (fk !== null) {
    const e = table.map.get(fk) ?? (table.buckets !== null ? table.find(interp, key) : undefined);
    if (e !== undefined) {
      e.value = value;
      return;
    }
    if (d.size !== 0) growCharge(interp, d, table.map.size + 1);
    table.map.set(fk, new DictEntry(key, value));
    return;
  }
  // General path: hash first (may raise "unhashable"), charge, then insert.
  if (table.find(interp, key) !== undefined) {
    table.set(interp, key, value);
    return;
  }
  if (d.size !== 0) growCharge(interp, d, table.map.size + 1);
  table.set(interp, key, value);
}

function growCharge(interp: Interpreter, d: PyDict, n: number): void {
  const s = dictSize(n);
  if (s !== d.size) interp.heap.resize(d, s);
}

/** Re-charge after removals. */
export function dictResized(interp: Interpreter, d: PyDict): void {
  if (d.size !== 0) interp.heap.resize(d, dictSize(d.table.map.size));
}

export function dictDelete(interp: Interpreter, d: PyDict, key: PyValue): DictEntry | undefined {
  const e = d.table.delete(interp, key);
  if (e !== undefined) dictResized(interp, d);
  return e;
}
