// tuple: an immutable PyTuple over a JS array. The empty tuple is one shared
// non-heap object; other tuples are heap objects (8 bytes per item).

import { Hash64, pureHash64, tupleHash64 } from "./hash64.js";
import { PyObject, type PyValue } from "./object.js";
import { NotImplemented, tupleType } from "./builtin-types.js";
import type { PyType } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { sizeFor } from "../heap/heap.js";
import { defineMethods } from "./function.js";
import { raiseTypeError } from "../vm/errors.js";
import { pyEq, pyHash, toArray, typeOf } from "../vm/abstract.js";
import { PySlice, seqIndex, sliceArray, sliceIndices } from "./slice.js";
import { concatOther, guardedRepr, joinReprs, repeatCount, seqCompare, seqCount, seqIndexOf } from "./seq.js";
import { SeqIterator } from "./iterators.js";

export class PyTuple extends PyObject {
  static override get name(): string {
    return "PyTuple";
  }
  items: PyValue[];
  /** Attributes of instances of tuple subclasses (null for plain tuples). */
  dict: Map<string, PyValue> | null = null;
  constructor(cls: PyType, items: PyValue[]) {
    super(cls);
    this.items = items;
  }
}

export const emptyTuple = new PyTuple(tupleType, []);

/** A tuple owning `items` (the array is not copied). */
export function newTuple(interp: Interpreter, items: PyValue[]): PyTuple {
  if (items.length === 0) return emptyTuple;
  return interp.heap.alloc(new PyTuple(tupleType, items), sizeFor(8 * items.length));
}

export function tupleSize(n: number): number {
  return sizeFor(8 * n);
}

/** CPython 3.11's tuple hash (xxHash-based, 64-bit; see hash64.ts), as the slot's number. */
export function tupleHash(interp: Interpreter, items: PyValue[]): number {
  const out = new Hash64();
  tupleHash64(items.length, (i, lane) => {
    const v = items[i];
    if (!pureHash64(v, lane)) lane.setNumber(pyHash(interp, v));
    return true;
  }, out);
  return out.number();
}

tupleType.construct = (interp, cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, "tuple() takes no keyword arguments");
  if (args.length > 1) raiseTypeError(interp, `tuple expected at most 1 argument, got ${args.length}`);
  if (cls === tupleType) {
    if (args.length === 0) return emptyTuple;
    const a = args[0];
    if (a instanceof PyTuple && a.cls === tupleType) return a;
    return newTuple(interp, toArray(interp, a));
  }
  const items = args.length === 0 ? [] : toArray(interp, args[0]);
  const t = interp.heap.alloc(new PyTuple(cls, items), sizeFor(8 * items.length));
  t.dict = new Map();
  return t;
};
tupleType.repr = (interp, self) => {
  const t = self as PyTuple;
  if (t.items.length === 0) return "()";
  return guardedRepr(interp, t, "(...)", () => (t.items.length === 1 ? `(${joinReprs(interp, t.items)},)` : `(${joinReprs(interp, t.items)})`));
};
tupleType.hash = (interp, self) => tupleHash(interp, (self as PyTuple).items);
tupleType.len = (_interp, self) => (self as PyTuple).items.length;
tupleType.bool = (_interp, self) => (self as PyTuple).items.length !== 0;
tupleType.getitem = (interp, self, key) => {
  const items = (self as PyTuple).items;
  if (typeof key === "number" && key >= 0 && key < items.length) return items[key];
  if (key instanceof PySlice) {
    const r = sliceIndices(interp, key, items.length);
    if (r.step === 1 && r.count === items.length && (self as PyTuple).cls === tupleType) return self;
    return newTuple(interp, sliceArray(items, r));
  }
  return items[seqIndex(interp, key, items.length, "tuple")];
};
tupleType.contains = (interp, self, item) => {
  const items = (self as PyTuple).items;
  for (let i = 0; i < items.length; i++) if (items[i] === item || pyEq(interp, items[i], item)) return true;
  return false;
};
tupleType.iter = (interp, self) => SeqIterator.create(interp, self as PyTuple, "tuple_iterator");
tupleType.compare = (interp, op, self, other) => {
  if (!(other instanceof PyTuple)) return NotImplemented;
  return seqCompare(interp, op, (self as PyTuple).items, other.items);
};
tupleType.binary = (interp, op, self, other, reflected) => {
  if (op === "add" && !reflected) {
    if (!(other instanceof PyTuple)) return concatOther(interp, self, other, "tuple");
    const a = (self as PyTuple).items;
    if (other.items.length === 0 && (self as PyTuple).cls === tupleType) return self;
    return newTuple(interp, a.concat(other.items));
  }
  if (op === "mul") {
    if (typeof other === "object" && !(other.cls.lookup("__index__") !== null)) return NotImplemented;
    const items = (self as PyTuple).items;
    const k = repeatCount(interp, other, items.length, 8);
    if (k === 1 && (self as PyTuple).cls === tupleType) return self;
    const out: PyValue[] = [];
    for (let i = 0; i < k; i++) for (let j = 0; j < items.length; j++) out.push(items[j]);
    return newTuple(interp, out);
  }
  return NotImplemented;
};
tupleType.traverse = (self, visit) => {
  const items = (self as PyTuple).items;
  for (let i = 0; i < items.length; i++) visit(items[i]);
  const d = (self as PyTuple).dict;
  if (d !== null) for (const v of d.values()) visit(v);
};

defineMethods(tupleType, {
  count(interp, args) {
    return seqCount(interp, (args[0] as PyTuple).items, args[1]);
  },
  index(interp, args) {
    return seqIndexOf(interp, (args[0] as PyTuple).items, args, "tuple");
  },
  __getnewargs__(interp, args) {
    return newTuple(interp, [args[0]]);
  },
});
