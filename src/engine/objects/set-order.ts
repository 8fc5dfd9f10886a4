// CPython's iteration order for a set of small ints.
//
// CPython iterates a set in the slot order of its open-addressing table, so
// `print({10, 3, 8})` shows `{8, 10, 3}`. Int hashes are deterministic, so for a set
// holding only ints we can replay CPython 3.11's setobject.c insertion (linear probes
// of 9, perturbed probing, growth when fill*5 >= mask*3) over the elements in their
// insertion order and read off the table. This reproduces CPython exactly for sets
// built by adding elements (literals, comprehensions, set(list), add loops). Once a
// set loses an element, IntSetTable below replicates its table from then on (dummies,
// finger), since removals change where later elements land.

import type { PyValue } from "./object.js";

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
const MIN_SIZE = 8;

function insertClean(table: Int32Array, used: Uint8Array, mask: number, hash: number, index: number): void {
  let i = hash & mask;
  if (hash >= 0) {
    let perturb = hash;
    for (;;) {
      if (!used[i]) return place(table, used, i, index);
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) if (!used[i + j]) return place(table, used, i + j, index);
      }
      perturb = Math.floor(perturb / 32);
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
  // Negative hashes are unsigned 64-bit in CPython: perturb needs BigInt.
  let perturb = (1n << 64n) + BigInt(hash);
  const bigMask = BigInt(mask);
  for (;;) {
    if (!used[i]) return place(table, used, i, index);
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) if (!used[i + j]) return place(table, used, i + j, index);
    }
    perturb >>= BigInt(PERTURB_SHIFT);
    i = (i * 5 + 1 + Number(perturb & bigMask)) & mask;
  }
}

function place(table: Int32Array, used: Uint8Array, slot: number, index: number): void {
  table[slot] = index;
  used[slot] = 1;
}

/**
 * The elements of an all-small-int set in CPython's iteration order, or null when the
 * set holds anything else (or is too small for the order to differ).
 */
export function cpythonIntSetOrder(items: PyValue[]): PyValue[] | null {
  const n = items.length;
  if (n < 2) return null;
  const hashes = new Array<number>(n);
  let sortedSmall = true;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const v = items[i];
    let h: number;
    if (typeof v === "number") h = v === -1 ? -2 : v;
    else if (typeof v === "boolean") h = v ? 1 : 0;
    else return null;
    hashes[i] = h;
    if (h < prev || h < 0) sortedSmall = false;
    prev = h;
  }
  let mask = MIN_SIZE - 1;
  let table = new Int32Array(MIN_SIZE);
  let used = new Uint8Array(MIN_SIZE);
  let fill = 0;
  for (let k = 0; k < n; k++) {
    insertClean(table, used, mask, hashes[k], k);
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
      for (let s = 0; s <= oldMask; s++) if (oldUsed[s]) insertClean(table, used, mask, hashes[oldTable[s]], oldTable[s]);
    }
  }
  // Inserted in ascending order and all below the table size: slot order is insertion order.
  if (sortedSmall && prev <= mask) return null;
  const out: PyValue[] = [];
  for (let s = 0; s <= mask; s++) if (used[s]) out.push(items[table[s]]);
  return out;
}

/** The CPython hash of a small int or bool (what cpythonIntSetOrder handles), or null. */
function smallIntHash(v: PyValue): number | null {
  if (typeof v === "number") return v === -1 ? -2 : v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return null;
}

const EMPTY = 0;
const ACTIVE = 1;
const DUMMY = 2;

/**
 * A replica of CPython 3.11's set table for a set of small ints that went through a
 * removal: removed entries stay as dummies (they count in `fill`, so they bring resizes
 * forward, and a later add may reuse the first dummy on its probe path), and `pop`
 * scans from CPython's search finger. Kept up to date by every change of the set
 * (objects/set.ts), so its slot order is CPython's iteration order.
 */
export class IntSetTable {
  static get name(): string {
    return "IntSetTable";
  }
  mask = MIN_SIZE - 1;
  keys: PyValue[] = new Array(MIN_SIZE);
  hashes = new Float64Array(MIN_SIZE);
  state = new Uint8Array(MIN_SIZE);
  fill = 0;
  used = 0;
  finger = 0;
  /** value (as a number: True is 1) -> slot. */
  slotOf = new Map<number, number>();

  /** The table CPython builds by adding `items` in this order (null if one is not a small int). */
  static replay(items: PyValue[]): IntSetTable | null {
    const t = new IntSetTable();
    for (let i = 0; i < items.length; i++) if (!t.add(items[i])) return null;
    return t;
  }

  /** The table of a copy of `src` (set_merge into an empty set: presized, dummies dropped). */
  static copyOf(src: IntSetTable): IntSetTable {
    const t = new IntSetTable();
    if (src.used === 0) return t;
    if (src.used * 5 >= t.mask * 3) t.resize(src.used * 2);
    if (t.mask === src.mask && src.fill === src.used) {
      for (let s = 0; s <= src.mask; s++) if (src.state[s] === ACTIVE) t.put(s, src.keys[s], src.hashes[s]);
    } else {
      const table = new Int32Array(t.mask + 1);
      const used = new Uint8Array(t.mask + 1);
      for (let s = 0; s <= src.mask; s++) if (src.state[s] === ACTIVE) insertClean(table, used, t.mask, src.hashes[s], s);
      for (let s = 0; s <= t.mask; s++) if (used[s]) t.put(s, src.keys[table[s]], src.hashes[table[s]]);
    }
    t.fill = t.used = src.used;
    return t;
  }

  /** set_add_entry for a key not in the set; false when v is not a small int. */
  add(v: PyValue): boolean {
    const hash = smallIntHash(v);
    if (hash === null) return false;
    const mask = this.mask;
    const state = this.state;
    let freeslot = -1;
    let i = hash & mask;
    // Negative hashes are unsigned 64-bit in CPython: their perturb needs BigInt.
    let perturb = hash;
    let bigPerturb = hash >= 0 ? 0n : (1n << 64n) + BigInt(hash);
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const s = i + j;
        if (state[s] === EMPTY) {
          if (freeslot >= 0) {
            this.put(freeslot, v, hash);
            this.used++;
            return true;
          }
          this.put(s, v, hash);
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return true;
        }
        // 3.11 keeps the *last* dummy met on the probe path, not the first.
        if (state[s] === DUMMY) freeslot = s;
      }
      if (hash >= 0) {
        perturb = Math.floor(perturb / 32);
        i = (i * 5 + 1 + perturb) & mask;
      } else {
        bigPerturb >>= BigInt(PERTURB_SHIFT);
        i = (i * 5 + 1 + Number(bigPerturb & BigInt(mask))) & mask;
      }
    }
  }

  private put(slot: number, v: PyValue, hash: number): void {
    this.keys[slot] = v;
    this.hashes[slot] = hash;
    this.state[slot] = ACTIVE;
    this.slotOf.set(Number(v), slot);
  }

  /** set_discard_entry: the slot becomes a dummy. */
  discard(v: PyValue): void {
    const key = Number(v);
    const slot = this.slotOf.get(key);
    if (slot === undefined) return;
    this.slotOf.delete(key);
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
    this.hashes = new Float64Array(MIN_SIZE);
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
    const oldHashes = this.hashes;
    const oldState = this.state;
    const oldMask = this.mask;
    this.mask = size - 1;
    this.keys = new Array(size);
    this.hashes = new Float64Array(size);
    this.state = new Uint8Array(size);
    this.slotOf.clear();
    this.fill = this.used;
    const table = new Int32Array(size);
    const used = new Uint8Array(size);
    for (let s = 0; s <= oldMask; s++) {
      if (oldState[s] !== ACTIVE) continue;
      insertClean(table, used, this.mask, oldHashes[s], s);
    }
    for (let s = 0; s < size; s++) if (used[s]) this.put(s, oldKeys[table[s]], oldHashes[table[s]]);
  }

  /** The keys in slot order (CPython's iteration order). */
  order(): PyValue[] {
    const out: PyValue[] = [];
    for (let s = 0; s <= this.mask; s++) if (this.state[s] === ACTIVE) out.push(this.keys[s]);
    return out;
  }
}
