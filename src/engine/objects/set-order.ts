// CPython's iteration order for sets.
//
// CPython iterates a set in the slot order of its open-addressing table, so
// `print({10, 3, 8})` shows `{8, 10, 3}`. The hashes of ints, floats, tuples, strs
// (with PYTHONHASHSEED=0) etc. are deterministic and computed exactly (hash64.ts), so
// for a set holding only such values we replay CPython 3.11's setobject.c insertion
// (linear probes of 9, perturbed probing with the unsigned 64-bit hash, growth when
// fill*5 >= mask*3) over the elements in their insertion order and read off the
// table. This reproduces CPython exactly for sets built by adding elements (literals,
// comprehensions, set(list), add loops). Once a set loses an element, SetTable below
// replicates its table from then on (dummies, finger), since removals change where
// later elements land. A set holding anything else (user objects: their hash is
// id-based in CPython) iterates in insertion order.

import type { PyValue } from "./object.js";
import { Hash64, pureHash64 } from "./hash64.js";

const LINEAR_PROBES = 9;
const MIN_SIZE = 8;

/** set_insert_clean: place entry `index` (hash hi/lo) in the first free slot of its probe path. */
function insertClean(table: Int32Array, used: Uint8Array, mask: number, hi: number, lo: number, index: number): void {
  let i = lo & mask;
  // perturb is the hash as an unsigned 64-bit value, shifted right by 5 each round.
  let ph = hi, pl = lo;
  for (;;) {
    if (!used[i]) return place(table, used, i, index);
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) if (!used[i + j]) return place(table, used, i + j, index);
    }
    pl = (pl >>> 5) | (ph << 27);
    ph = ph >>> 5;
    i = (i * 5 + 1 + (pl >>> 0)) & mask;
  }
}

function place(table: Int32Array, used: Uint8Array, slot: number, index: number): void {
  table[slot] = index;
  used[slot] = 1;
}

/** The exact hashes of `items` as hi/lo lanes, or null when one is not purely hashable. */
function hashLanes(items: PyValue[]): { hi: Int32Array; lo: Int32Array } | null {
  const n = items.length;
  const hi = new Int32Array(n);
  const lo = new Int32Array(n);
  const h = new Hash64();
  for (let i = 0; i < n; i++) {
    const v = items[i];
    if (typeof v === "number" && v >= 0 && v <= 0x7fffffff) lo[i] = v;
    else {
      if (!pureHash64(v, h)) return null;
      hi[i] = h.hi;
      lo[i] = h.lo;
    }
  }
  return { hi, lo };
}

/**
 * The elements of a purely hashable set in CPython's iteration order, or null when the
 * set holds anything else (or is too small for the order to differ).
 */
export function cpythonSetOrder(items: PyValue[]): PyValue[] | null {
  const n = items.length;
  if (n < 2) return null;
  // Ascending small non-negative ints below the final table size keep insertion order.
  let sortedSmall = true;
  let prev = -1;
  for (let i = 0; i < n && sortedSmall; i++) {
    const v = items[i];
    if (typeof v !== "number" || v < prev || v < 0 || v > 0x7fffffff) sortedSmall = false;
    else prev = v;
  }
  const lanes = hashLanes(items);
  if (lanes === null) return null;
  const { hi, lo } = lanes;
  let mask = MIN_SIZE - 1;
  let table = new Int32Array(MIN_SIZE);
  let used = new Uint8Array(MIN_SIZE);
  let fill = 0;
  for (let k = 0; k < n; k++) {
    insertClean(table, used, mask, hi[k], lo[k], k);
    fill++;
    if (fill * 5 >= mask * 3) {
      const minused = fill > 50000 ? fill * 2 : fill * 4;
      let size = MIN_SIZE;
      while (size <= minused) size <<= 1;
      const oldTable = table;
      const oldUsed = used;
      const oldMask = mask;
      mask = size - 1;
      table = new Int32Array(size);
      used = new Uint8Array(size);
      for (let s = 0; s <= oldMask; s++) if (oldUsed[s]) insertClean(table, used, mask, hi[oldTable[s]], lo[oldTable[s]], oldTable[s]);
    }
  }
  // Inserted in ascending order and all below the table size: slot order is insertion order.
  if (sortedSmall && prev <= mask) return null;
  const out: PyValue[] = [];
  for (let s = 0; s <= mask; s++) if (used[s]) out.push(items[table[s]]);
  return out;
}

const EMPTY = 0;
const ACTIVE = 1;
const DUMMY = 2;

/**
 * A replica of CPython 3.11's set table for a purely hashable set that went through a
 * removal (or was copied from a table laid out differently): removed entries stay as
 * dummies (they count in `fill`, so they bring resizes forward, and a later add may
 * reuse a dummy on its probe path), and `pop` scans from CPython's search finger. Kept
 * up to date by every change of the set (objects/set.ts), so its slot order is
 * CPython's iteration order.
 */
export class SetTable {
  static get name(): string {
    return "SetTable";
  }
  mask = MIN_SIZE - 1;
  keys: PyValue[] = new Array(MIN_SIZE);
  hashHi = new Int32Array(MIN_SIZE);
  hashLo = new Int32Array(MIN_SIZE);
  state = new Uint8Array(MIN_SIZE);
  fill = 0;
  used = 0;
  finger = 0;
  /** stored key -> slot. */
  slotOf = new Map<PyValue, number>();

  /** The table CPython builds by adding `items` in this order (null if one is not purely hashable). */
  static replay(items: PyValue[]): SetTable | null {
    const t = new SetTable();
    for (let i = 0; i < items.length; i++) if (!t.add(items[i])) return null;
    return t;
  }

  /** The table of a copy of `src` (set_merge into an empty set: presized, dummies dropped). */
  static copyOf(src: SetTable): SetTable {
    const t = new SetTable();
    if (src.used === 0) return t;
    if (src.used * 5 >= t.mask * 3) t.resize(src.used * 2);
    if (t.mask === src.mask && src.fill === src.used) {
      for (let s = 0; s <= src.mask; s++) if (src.state[s] === ACTIVE) t.put(s, src.keys[s], src.hashHi[s], src.hashLo[s]);
    } else {
      const table = new Int32Array(t.mask + 1);
      const used = new Uint8Array(t.mask + 1);
      for (let s = 0; s <= src.mask; s++) {
        if (src.state[s] === ACTIVE) insertClean(table, used, t.mask, src.hashHi[s], src.hashLo[s], s);
      }
      for (let s = 0; s <= t.mask; s++) {
        if (used[s]) t.put(s, src.keys[table[s]], src.hashHi[table[s]], src.hashLo[table[s]]);
      }
    }
    t.fill = t.used = src.used;
    return t;
  }

  /** set_add_entry for a key not in the set; false when v is not purely hashable. */
  add(v: PyValue): boolean {
    let hi = 0, lo = 0;
    if (typeof v === "number" && v >= 0 && v <= 0x7fffffff) lo = v;
    else {
      const h = new Hash64();
      if (!pureHash64(v, h)) return false;
      hi = h.hi;
      lo = h.lo;
    }
    const mask = this.mask;
    const state = this.state;
    let freeslot = -1;
    let i = lo & mask;
    let ph = hi, pl = lo;
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const s = i + j;
        if (state[s] === EMPTY) {
          if (freeslot >= 0) {
            this.put(freeslot, v, hi, lo);
            this.used++;
            return true;
          }
          this.put(s, v, hi, lo);
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return true;
        }
        // 3.11 keeps the *last* dummy met on the probe path, not the first.
        if (state[s] === DUMMY) freeslot = s;
      }
      pl = (pl >>> 5) | (ph << 27);
      ph = ph >>> 5;
      i = (i * 5 + 1 + (pl >>> 0)) & mask;
    }
  }

  private put(slot: number, v: PyValue, hi: number, lo: number): void {
    this.keys[slot] = v;
    this.hashHi[slot] = hi;
    this.hashLo[slot] = lo;
    this.state[slot] = ACTIVE;
    this.slotOf.set(v, slot);
  }

  /** set_discard_entry: the slot of the stored key `v` becomes a dummy. */
  discard(v: PyValue): void {
    const slot = this.slotOf.get(v);
    if (slot === undefined) return;
    this.slotOf.delete(v);
    this.keys[slot] = undefined as unknown as PyValue;
    this.state[slot] = DUMMY;
    this.used--;
  }

  /** set_pop: the first active slot from the finger on (the set is not empty). */
  pop(): PyValue {
    const mask = this.mask;
    let i = this.finger & mask;
    while (this.state[i] !== ACTIVE) i = i === mask ? 0 : i + 1;
    const v = this.keys[i];
    this.discard(v);
    this.finger = i + 1;
    return v;
  }

  /** set_clear_internal: a fresh small table (the finger stays). */
  clear(): void {
    this.mask = MIN_SIZE - 1;
    this.keys = new Array(MIN_SIZE);
    this.hashHi = new Int32Array(MIN_SIZE);
    this.hashLo = new Int32Array(MIN_SIZE);
    this.state = new Uint8Array(MIN_SIZE);
    this.fill = 0;
    this.used = 0;
    this.slotOf.clear();
  }

  /** The end of set_difference_update_internal: resize the dummies away past a quarter. */
  compactIfManyDummies(): void {
    if (this.fill - this.used > Math.floor(this.mask / 4)) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** set_table_resize: reinsert the active entries in slot order into a clean table. */
  private resize(minused: number): void {
    let size = MIN_SIZE;
    while (size <= minused) size <<= 1;
    const oldKeys = this.keys;
    const oldHi = this.hashHi;
    const oldLo = this.hashLo;
    const oldState = this.state;
    const oldMask = this.mask;
    this.mask = size - 1;
    this.keys = new Array(size);
    this.hashHi = new Int32Array(size);
    this.hashLo = new Int32Array(size);
    this.state = new Uint8Array(size);
    this.slotOf.clear();
    this.fill = this.used;
    const table = new Int32Array(size);
    const used = new Uint8Array(size);
    for (let s = 0; s <= oldMask; s++) {
      if (oldState[s] !== ACTIVE) continue;
      insertClean(table, used, this.mask, oldHi[s], oldLo[s], s);
    }
    for (let s = 0; s < size; s++) if (used[s]) this.put(s, oldKeys[table[s]], oldHi[table[s]], oldLo[table[s]]);
  }

  /** The keys in slot order (CPython's iteration order). */
  order(): PyValue[] {
    const out: PyValue[] = [];
    for (let s = 0; s <= this.mask; s++) if (this.state[s] === ACTIVE) out.push(this.keys[s]);
    return out;
  }
}
