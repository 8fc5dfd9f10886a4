// set and frozenset: a HashTable (dict-core.ts) of keys, 16 bytes per element.
//
// Iteration order: CPython's order comes from its open-addressing table; a set holding
// only values whose hash is computed without user code (ints, floats, strs, tuples of
// those...: hash64.ts) is iterated in the order CPython's table would give
// (set-order.ts), so printing {3, 1, 2} or {(1, 2), (0, 1)} matches CPython; any
// other set iterates in insertion order (CPython's order there depends on addresses).

import { Hash64, frozensetHash64, pureHash64 } from "./hash64.js";
import { PyObject, type PyValue } from "./object.js";
import { None, NotImplemented, frozensetType, setType } from "./builtin-types.js";
import type { PyType } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { sizeFor } from "../heap/heap.js";
import { defineMethods } from "./function.js";
import { newException, raiseKeyError, raiseRuntimeError, raiseTypeError } from "../vm/errors.js";
import { KeyError } from "./exceptions.js";
import { forEachItem, pyHash, pyRepr, typeOf } from "../vm/abstract.js";
import { DictEntry, HashTable } from "./dict-core.js";
import { ITERATOR_SIZE, makeIteratorType } from "./iterators.js";
import { checkArgs } from "./args.js";
import { SetTable, cpythonSetOrder } from "./set-order.js";

export class PySet extends PyObject {
  static override get name(): string {
    return "PySet";
  }
  table = new HashTable();
  /**
   * CPython's table for a purely hashable set that lost an element or was copied (its
   * order no longer follows from the insertion order alone); null before that.
   */
  shadow: SetTable | null = null;
  /** A removal happened while the set held other values: no shadow, insertion order. */
  untracked = false;
  /** Attributes of instances of set subclasses (null for plain sets). */
  dict: Map<string, PyValue> | null = null;
  constructor(cls: PyType) {
    super(cls);
  }
}

export function setSize(n: number): number {
  return sizeFor(16 * n);
}

export function isAnySet(v: PyValue): v is PySet {
  return v instanceof PySet;
}

/** A new set (or frozenset with `cls`) holding `items`. */
export function newSet(interp: Interpreter, items: PyValue[], cls: PyType = setType): PySet {
  const s = interp.heap.alloc(new PySet(cls), setSize(0));
  for (let i = 0; i < items.length; i++) setAdd(interp, s, items[i]);
  return s;
}

export function setAdd(interp: Interpreter, s: PySet, v: PyValue): void {
  const table = s.table;
  const before = table.size;
  if (table.find(interp, v) !== undefined) return;
  if (s.size !== 0) {
    const size = setSize(before + 1);
    if (size !== s.size) interp.heap.resize(s, size);
  }
  table.set(interp, v, v);
  if (s.shadow !== null && !s.shadow.add(v)) {
    s.shadow = null;
    s.untracked = true;
  }
}

/**
 * A set display whose (3 or more) items are all constants. CPython 3.11 compiles it as
 * an empty set updated from a frozenset constant, and that frozenset is built twice
 * (from the items, then again from its own iteration order when the compiler merges
 * constants); the set is then a presized copy. Each step reorders colliding hashes,
 * so the display's order is replayed the same way.
 */
export function newConstantSet(interp: Interpreter, items: PyValue[]): PySet {
  const s = newSet(interp, items); // equal items (0, False, 0.0) keep the first
  const unique: PyValue[] = [];
  for (const e of s.table.map.values()) unique.push(e.key);
  const frozen = SetTable.replay(cpythonSetOrder(unique) ?? unique);
  if (frozen !== null) s.shadow = SetTable.copyOf(frozen);
  return s;
}

/** Called before an element leaves `s`: from the first removal on, CPython's table is replicated. */
function trackRemoval(s: PySet): void {
  if (s.shadow !== null || s.untracked) return;
  const items: PyValue[] = [];
  for (const e of s.table.map.values()) items.push(e.key);
  s.shadow = SetTable.replay(items);
  if (s.shadow === null) s.untracked = true;
}

/** Remove v (CPython's set_discard_entry); false when it was not there. */
export function setDiscard(interp: Interpreter, s: PySet, v: PyValue): boolean {
  const e = s.table.find(interp, v);
  if (e === undefined) return false;
  trackRemoval(s);
  if (s.shadow !== null) s.shadow.discard(e.key);
  s.table.delete(interp, v);
  return true;
}

/** CPython's table of `s` when it holds only small ints, else null. */
function intTableOf(s: PySet): SetTable | null {
  if (s.shadow !== null) return s.shadow;
  if (s.untracked) return null;
  const items: PyValue[] = [];
  for (const e of s.table.map.values()) items.push(e.key);
  return SetTable.replay(items);
}

/** set_copy: a new set of `a`'s elements whose table is laid out as CPython's copy (presized). */
function copySet(interp: Interpreter, a: PySet, cls: PyType): PySet {
  const r = newSet(interp, [], cls);
  for (const e of a.table.map.values()) setAdd(interp, r, e.key);
  const t = intTableOf(a);
  if (t !== null) r.shadow = SetTable.copyOf(t);
  return r;
}

function setClear(s: PySet): void {
  s.table.clear();
  if (s.shadow !== null) s.shadow.clear();
  s.untracked = false;
}

function setResized(interp: Interpreter, s: PySet): void {
  if (s.size !== 0) interp.heap.resize(s, setSize(s.table.size));
}

export function setContains(interp: Interpreter, s: PySet, v: PyValue): boolean {
  return s.table.find(interp, v) !== undefined;
}

/** The elements in iteration order. */
export function setItems(s: PySet): PyValue[] {
  if (s.shadow !== null) return s.shadow.order();
  const out: PyValue[] = [];
  for (const e of s.table.map.values()) out.push(e.key);
  const ordered = cpythonSetOrder(out);
  return ordered === null ? out : ordered;
}

function toSet(interp: Interpreter, v: PyValue): PySet {
  if (v instanceof PySet) return v;
  const s = newSet(interp, []);
  forEachItem(interp, v, (x) => {
    setAdd(interp, s, x);
  });
  return s;
}

function resultType(self: PySet): PyType {
  return self.cls.isSubtypeOf(frozensetType) ? frozensetType : setType;
}

// ---------------------------------------------------------------- algebra

function union(interp: Interpreter, a: PySet, others: PyValue[]): PySet {
  // set_union: a copy of `a`, then each other merged in (CPython's table order).
  const r = copySet(interp, a, resultType(a));
  for (const o of others) fill(interp, r, o);
  return r;
}

function intersection(interp: Interpreter, a: PySet, other: PyValue): PySet {
  const r = newSet(interp, [], resultType(a));
  if (other instanceof PySet) {
    const [small, big] = a.table.size <= other.table.size ? [a, other] : [other, a];
    for (const e of small.table.map.values()) if (big.table.find(interp, e.key) !== undefined) setAdd(interp, r, e.key);
    return r;
  }
  forEachItem(interp, other, (x) => {
    if (a.table.find(interp, x) !== undefined) setAdd(interp, r, x);
  });
  return r;
}

function difference(interp: Interpreter, a: PySet, other: PyValue): PySet {
  // CPython copies `a` and discards from the copy when `other` is no set or much smaller.
  if (!(other instanceof PySet) || a.table.size >> 2 > other.table.size) {
    const r = copySet(interp, a, resultType(a));
    differenceUpdate(interp, r, other);
    return r;
  }
  const o = toSet(interp, other);
  const r = newSet(interp, [], resultType(a));
  for (const e of a.table.map.values()) if (o.table.find(interp, e.key) === undefined) setAdd(interp, r, e.key);
  return r;
}

// CPython's algorithm (the result's table, dummies included, decides its order):
// a copy of `other`, then each element of `a` is discarded from it or added.
function symmetricDifference(interp: Interpreter, a: PySet, other: PyValue): PySet {
  let r: PySet;
  if (other instanceof PySet) r = copySet(interp, other, resultType(a));
  else {
    r = newSet(interp, [], resultType(a));
    fill(interp, r, other);
  }
  symmetricDifferenceUpdate(interp, r, a);
  return r;
}

function symmetricDifferenceUpdate(interp: Interpreter, s: PySet, other: PyValue): void {
  if (other === s) {
    setClear(s);
    setResized(interp, s);
    return;
  }
  const o = other instanceof PySet ? other : toSet(interp, other);
  const items = setItems(o);
  for (let i = 0; i < items.length; i++) {
    if (!setDiscard(interp, s, items[i])) setAdd(interp, s, items[i]);
  }
  setResized(interp, s);
}

/** set_difference_update_internal: discard each element, then resize away many dummies. */
function differenceUpdate(interp: Interpreter, s: PySet, other: PyValue): void {
  if (other === s) setClear(s);
  else if (other instanceof PySet) {
    for (const e of other.table.map.values()) setDiscard(interp, s, e.key);
  } else {
    forEachItem(interp, other, (x) => {
      setDiscard(interp, s, x);
    });
  }
  if (s.shadow !== null) s.shadow.compactIfManyDummies();
  setResized(interp, s);
}

function isSubset(interp: Interpreter, a: PySet, b: PySet): boolean {
  if (a.table.size > b.table.size) return false;
  for (const e of a.table.map.values()) if (b.table.find(interp, e.key) === undefined) return false;
  return true;
}

/** Replace the contents of `s` with those of `r` (the in-place operators). */
function assign(interp: Interpreter, s: PySet, r: PySet): void {
  s.table = r.table;
  s.shadow = r.shadow;
  s.untracked = r.untracked;
  setResized(interp, s);
}

// ---------------------------------------------------------------- slots

for (const t of [setType, frozensetType]) {
  t.repr = (interp, self) => {
    const s = self as PySet;
    const name = s.cls === setType || s.cls === frozensetType ? t.name : s.cls.name;
    if (s.table.size === 0) return `${name}()`;
    const body = guarded(interp, s, () => setItems(s).map((v) => pyRepr(interp, v)).join(", "));
    if (body === null) return `${name}(...)`;
    return s.cls === setType ? `{${body}}` : `${name}({${body}})`;
  };
  t.len = (_interp, self) => (self as PySet).table.size;
  t.bool = (_interp, self) => (self as PySet).table.size !== 0;
  t.contains = (interp, self, item) => {
    if (item instanceof PySet && item.cls === setType) return (self as PySet).table.find(interp, frozenCopy(interp, item)) !== undefined;
    return (self as PySet).table.find(interp, item) !== undefined;
  };
  t.iter = (interp, self) => SetIterator.create(interp, self as PySet);
  t.compare = (interp, op, self, other) => {
    if (!(other instanceof PySet)) return NotImplemented;
    const a = self as PySet;
    switch (op) {
      case "eq": return a.table.size === other.table.size && isSubset(interp, a, other);
      case "ne": return !(a.table.size === other.table.size && isSubset(interp, a, other));
      case "le": return isSubset(interp, a, other);
      case "lt": return a.table.size < other.table.size && isSubset(interp, a, other);
      case "ge": return isSubset(interp, other, a);
      case "gt": return a.table.size > other.table.size && isSubset(interp, other, a);
    }
  };
  t.binary = (interp, op, self, other, reflected) => {
    if (!(other instanceof PySet)) return NotImplemented;
    const a = reflected ? other : (self as PySet);
    const b = reflected ? (self as PySet) : other;
    switch (op) {
      case "or": return union(interp, a, [b]);
      case "and": return intersection(interp, a, b);
      case "sub": return difference(interp, a, b);
      case "xor": return symmetricDifference(interp, a, b);
      default: return NotImplemented;
    }
  };
  t.traverse = (self, visit) => {
    for (const e of (self as PySet).table.map.values()) visit(e.key);
    const d = (self as PySet).dict;
    if (d !== null) for (const v of d.values()) visit(v);
  };
}

function guarded(interp: Interpreter, s: PySet, build: () => string): string | null {
  const active = interp.reprActive;
  if (active.includes(s)) return null;
  active.push(s);
  try {
    return build();
  } finally {
    active.pop();
  }
}

function frozenCopy(interp: Interpreter, s: PySet): PySet {
  const f = newSet(interp, [], frozensetType);
  for (const e of s.table.map.values()) setAdd(interp, f, e.key);
  return f;
}

setType.hash = (interp) => raiseTypeError(interp, "unhashable type: 'set'");
frozensetType.hash = (interp, self) => {
  // CPython's order-independent frozenset hash, 64-bit (hash64.ts).
  const hashes: Hash64[] = [];
  for (const e of (self as PySet).table.map.values()) {
    const h = new Hash64();
    if (!pureHash64(e.key, h)) h.setNumber(pyHash(interp, e.key));
    hashes.push(h);
  }
  return frozensetHash64(hashes, new Hash64()).number();
};
setType.inplace = (interp, op, self, other) => {
  if (!(other instanceof PySet)) return NotImplemented;
  const s = self as PySet;
  switch (op) {
    case "or":
      for (const e of other.table.map.values()) setAdd(interp, s, e.key);
      return s;
    case "and": assign(interp, s, intersection(interp, s, other)); return s;
    case "sub": differenceUpdate(interp, s, other); return s;
    case "xor": symmetricDifferenceUpdate(interp, s, other); return s;
    default: return NotImplemented;
  }
};

setType.construct = (interp, cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, "set() takes no keyword arguments");
  if (args.length > 1) raiseTypeError(interp, `set expected at most 1 argument, got ${args.length}`);
  const s = interp.heap.alloc(new PySet(cls), setSize(0));
  if (cls !== setType) s.dict = new Map();
  if (args.length === 1) fill(interp, s, args[0]);
  return s;
};
frozensetType.construct = (interp, cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, "frozenset() takes no keyword arguments");
  if (args.length > 1) raiseTypeError(interp, `frozenset expected at most 1 argument, got ${args.length}`);
  if (cls === frozensetType && args.length === 1 && args[0] instanceof PySet && args[0].cls === frozensetType) return args[0];
  const s = interp.heap.alloc(new PySet(cls), setSize(0));
  if (cls !== frozensetType) s.dict = new Map();
  if (args.length === 1) fill(interp, s, args[0]);
  return s;
};

function fill(interp: Interpreter, s: PySet, iterable: PyValue): void {
  if (iterable instanceof PySet) {
    // set_merge: the other set's entries in its slot order; into an empty set, a presized copy.
    const wasEmpty = s.table.size === 0;
    const items = setItems(iterable);
    for (let i = 0; i < items.length; i++) setAdd(interp, s, items[i]);
    if (wasEmpty && s.shadow === null) {
      const t = intTableOf(iterable);
      if (t !== null) s.shadow = SetTable.copyOf(t);
    }
    return;
  }
  forEachItem(interp, iterable, (x) => {
    setAdd(interp, s, x);
  });
}

// ---------------------------------------------------------------- iterator

export class SetIterator extends PyObject {
  static override get name(): string {
    return "SetIterator";
  }
  set: PySet | null;
  items: PyValue[];
  index = 0;
  startSize: number;
  constructor(s: PySet) {
    super(setIteratorType);
    this.set = s;
    this.items = setItems(s);
    this.startSize = s.table.size;
  }
  static create(interp: Interpreter, s: PySet): SetIterator {
    return interp.heap.alloc(new SetIterator(s), ITERATOR_SIZE);
  }
}

export const setIteratorType = makeIteratorType(
  "set_iterator",
  (interp, self) => {
    const it = self as SetIterator;
    const s = it.set;
    if (s === null) return undefined;
    if (s.table.size !== it.startSize) {
      it.startSize = -1;
      raiseRuntimeError(interp, "Set changed size during iteration");
    }
    if (it.index < it.items.length) return it.items[it.index++];
    it.set = null;
    return undefined;
  },
  (self, visit) => {
    const it = self as SetIterator;
    if (it.set !== null) visit(it.set);
    for (const v of it.items) visit(v);
  },
);

// ---------------------------------------------------------------- methods

function selfSet(interp: Interpreter, v: PyValue, name: string): PySet {
  if (!(v instanceof PySet)) raiseTypeError(interp, `descriptor '${name}' for 'set' objects doesn't apply to a '${typeOf(v).name}' object`);
  return v;
}

const shared: Record<string, (interp: Interpreter, args: PyValue[], kwargs: Map<string, PyValue> | null) => PyValue> = {
  copy(interp, args, kwargs) {
    checkArgs(interp, "set.copy", args, 0, 0, kwargs);
    const s = selfSet(interp, args[0], "copy");
    if (s.cls === frozensetType) return s;
    return union(interp, s, []);
  },
  union(interp, args) {
    return union(interp, selfSet(interp, args[0], "union"), args.slice(1));
  },
  intersection(interp, args) {
    let r = selfSet(interp, args[0], "intersection");
    if (args.length === 1) return union(interp, r, []);
    for (let i = 1; i < args.length; i++) r = intersection(interp, r, args[i]);
    return r;
  },
  difference(interp, args) {
    let r = selfSet(interp, args[0], "difference");
    if (args.length === 1) return union(interp, r, []);
    for (let i = 1; i < args.length; i++) r = difference(interp, r, args[i]);
    return r;
  },
  symmetric_difference(interp, args, kwargs) {
    checkArgs(interp, "set.symmetric_difference", args, 1, 1, kwargs);
    return symmetricDifference(interp, selfSet(interp, args[0], "symmetric_difference"), args[1]);
  },
  issubset(interp, args, kwargs) {
    checkArgs(interp, "set.issubset", args, 1, 1, kwargs);
    return isSubset(interp, args[0] as PySet, toSet(interp, args[1]));
  },
  issuperset(interp, args, kwargs) {
    checkArgs(interp, "set.issuperset", args, 1, 1, kwargs);
    return isSubset(interp, toSet(interp, args[1]), args[0] as PySet);
  },
  isdisjoint(interp, args, kwargs) {
    checkArgs(interp, "set.isdisjoint", args, 1, 1, kwargs);
    const s = args[0] as PySet;
    let disjoint = true;
    forEachItem(interp, args[1], (x) => {
      if (s.table.find(interp, x) !== undefined) {
        disjoint = false;
        return false;
      }
      return true;
    });
    return disjoint;
  },
};

defineMethods(frozensetType, shared);
defineMethods(setType, {
  ...shared,
  add(interp, args, kwargs) {
    checkArgs(interp, "set.add", args, 1, 1, kwargs);
    setAdd(interp, selfSet(interp, args[0], "add"), args[1]);
    return None;
  },
  remove(interp, args, kwargs) {
    checkArgs(interp, "set.remove", args, 1, 1, kwargs);
    const s = args[0] as PySet;
    if (!setDiscard(interp, s, args[1])) raiseKeyError(interp, args[1]);
    setResized(interp, s);
    return None;
  },
  discard(interp, args, kwargs) {
    checkArgs(interp, "set.discard", args, 1, 1, kwargs);
    const s = args[0] as PySet;
    if (setDiscard(interp, s, args[1])) setResized(interp, s);
    return None;
  },
  pop(interp, args, kwargs) {
    checkArgs(interp, "set.pop", args, 0, 0, kwargs);
    const s = args[0] as PySet;
    if (s.table.size === 0) throw newException(interp, KeyError, "pop from an empty set");
    trackRemoval(s);
    const v = s.shadow !== null ? s.shadow.pop() : setItems(s)[0];
    s.table.delete(interp, v);
    interp.frame.temps.push(v);
    setResized(interp, s);
    return v;
  },
  clear(interp, args, kwargs) {
    checkArgs(interp, "set.clear", args, 0, 0, kwargs);
    const s = args[0] as PySet;
    setClear(s);
    setResized(interp, s);
    return None;
  },
  update(interp, args) {
    const s = selfSet(interp, args[0], "update");
    for (let i = 1; i < args.length; i++) fill(interp, s, args[i]);
    return None;
  },
  intersection_update(interp, args) {
    const s = selfSet(interp, args[0], "intersection_update");
    let r = s;
    for (let i = 1; i < args.length; i++) r = intersection(interp, r, args[i]);
    if (r !== s) assign(interp, s, r);
    return None;
  },
  difference_update(interp, args) {
    const s = selfSet(interp, args[0], "difference_update");
    for (let i = 1; i < args.length; i++) differenceUpdate(interp, s, args[i]);
    return None;
  },
  symmetric_difference_update(interp, args, kwargs) {
    checkArgs(interp, "set.symmetric_difference_update", args, 1, 1, kwargs);
    const s = selfSet(interp, args[0], "symmetric_difference_update");
    symmetricDifferenceUpdate(interp, s, args[1]);
    return None;
  },
  __init__(interp, args, kwargs) {
    if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, "set() takes no keyword arguments");
    if (args.length > 2) raiseTypeError(interp, `set expected at most 1 argument, got ${args.length - 1}`);
    const s = selfSet(interp, args[0], "__init__");
    setClear(s);
    if (args.length === 2) fill(interp, s, args[1]);
    setResized(interp, s);
    return None;
  },
});

void DictEntry;
