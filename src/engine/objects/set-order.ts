// CPython's iteration order for a set of small ints.
//
// CPython iterates a set in the slot order of its open-addressing table, so
// `print({10, 3, 8})` shows `{8, 10, 3}`. Int hashes are deterministic, so for a set
// holding only ints we can replay CPython 3.11's setobject.c insertion (linear probes
// of 9, perturbed probing, growth when fill*5 >= mask*3) over the elements in their
// insertion order and read off the table. This reproduces CPython exactly for sets
// built by adding elements (literals, comprehensions, set(list), add loops); sets
// that went through removals may differ (CPython's dummies are not replayed).

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
