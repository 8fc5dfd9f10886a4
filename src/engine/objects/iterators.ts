// Iterator objects of the builtin sequences (list/tuple/str/range) and the lazy
// builtin iterables enumerate, zip, map, filter, reversed. Every `next` slot returns
// undefined at exhaustion (no StopIteration allocated in loops). Iterators are heap
// objects ("iterators 16" in the size model).

import { PyObject, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { enumerateType, filterType, mapType, objectType, reversedType, typeType, zipType } from "./builtin-types.js";
import type { Interpreter } from "../vm/interpreter.js";
import { sizeFor } from "../heap/heap.js";
import { intFromNumber } from "./int.js";
import { newStr } from "./str.js";
import { newTuple } from "./tuple.js";
import { callValue, getIter, isTruthy, pyEq, pyLen, typeOf, getItem, stopIterationFor } from "../vm/abstract.js";
import { raiseTypeError, raiseValueError } from "../vm/errors.js";
import { defineMethods } from "./function.js";
import { None } from "./builtin-types.js";

export const ITERATOR_SIZE = sizeFor(16);

/** All iterator types made here, for objects/index.ts to freeze. */
export const iteratorTypes: PyType[] = [];

/** A builtin iterator type: iter(it) is it, and next is given. */
export function makeIteratorType(name: string, next: PyType["next"], traverse?: PyType["traverse"]): PyType {
  const t = new PyType(typeType, name, [objectType], true);
  t.mro = [t, objectType];
  t.instancesHaveDict = false;
  t.subclassable = false;
  t.iter = (_interp, self) => self;
  t.next = next;
  if (traverse) t.traverse = traverse;
  defineMethods(t, {
    __iter__: (_interp, args) => args[0],
    __next__: (interp, args) => nextOrStop(interp, args[0]),
  });
  iteratorTypes.push(t);
  return t;
}

export function iterSelf(_interp: Interpreter, self: PyValue): PyValue {
  return self;
}

// ---------------------------------------------------------------- list / tuple

interface HasItems {
  items: PyValue[];
}

export class SeqIterator extends PyObject {
  static override get name(): string {
    return "SeqIterator";
  }
  seq: (PyObject & HasItems) | null;
  index = 0;
  constructor(cls: PyType, seq: PyObject & HasItems) {
    super(cls);
    this.seq = seq;
  }
  static create(interp: Interpreter, seq: PyObject & HasItems, kind: "list_iterator" | "tuple_iterator"): SeqIterator {
    return interp.heap.alloc(new SeqIterator(kind === "list_iterator" ? listIteratorType : tupleIteratorType, seq), ITERATOR_SIZE);
  }
}

function seqNext(_interp: Interpreter, self: PyValue): PyValue | undefined {
  const it = self as SeqIterator;
  const seq = it.seq;
  if (seq === null) return undefined;
  const items = seq.items;
  if (it.index < items.length) return items[it.index++];
  it.seq = null;
  return undefined;
}

function seqTraverse(self: PyObject, visit: (v: PyValue) => void): void {
  const s = (self as SeqIterator).seq;
  if (s !== null) visit(s);
}

export const listIteratorType = makeIteratorType("list_iterator", seqNext, seqTraverse);
export const tupleIteratorType = makeIteratorType("tuple_iterator", seqNext, seqTraverse);

export class ReverseSeqIterator extends PyObject {
  static override get name(): string {
    return "ReverseSeqIterator";
  }
  seq: (PyObject & HasItems) | null;
  index: number;
  constructor(seq: PyObject & HasItems) {
    super(listReverseIteratorType);
    this.seq = seq;
    this.index = seq.items.length - 1;
  }
}

export const listReverseIteratorType = makeIteratorType(
  "list_reverseiterator",
  (_interp, self) => {
    const it = self as ReverseSeqIterator;
    const seq = it.seq;
    if (seq === null) return undefined;
    if (it.index >= 0 && it.index < seq.items.length) return seq.items[it.index--];
    it.seq = null;
    return undefined;
  },
  (self, visit) => {
    const s = (self as ReverseSeqIterator).seq;
    if (s !== null) visit(s);
  },
);

// ---------------------------------------------------------------- str

export class StrIterator extends PyObject {
  static override get name(): string {
    return "StrIterator";
  }
  s: string;
  index = 0;
  constructor(cls: PyType, s: string) {
    super(cls);
    this.s = s;
  }
}

function strNext(interp: Interpreter, self: PyValue): PyValue | undefined {
  const it = self as StrIterator;
  const s = it.s;
  const i = it.index;
  if (i >= s.length) return undefined;
  const c = s.charCodeAt(i);
  // A surrogate pair is one character (code point).
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
    it.index = i + 2;
    return newStr(interp, s.slice(i, i + 2));
  }
  it.index = i + 1;
  return newStr(interp, s[i]);
}

// CPython 3.11 names the iterator of an ASCII-only str differently.
export const strAsciiIteratorType = makeIteratorType("str_ascii_iterator", strNext);
export const strIteratorType = makeIteratorType("str_iterator", strNext);

export function strIterator(interp: Interpreter, s: string): StrIterator {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(s);
  return interp.heap.alloc(new StrIterator(ascii ? strAsciiIteratorType : strIteratorType, s), ITERATOR_SIZE);
}

// ---------------------------------------------------------------- range

export class RangeIterator extends PyObject {
  static override get name(): string {
    return "RangeIterator";
  }
  next: number;
  step: number;
  remaining: number;
  constructor(start: number, step: number, count: number) {
    super(rangeIteratorType);
    this.next = start;
    this.step = step;
    this.remaining = count;
  }
}

export const rangeIteratorType = makeIteratorType("range_iterator", (interp, self) => {
  const it = self as RangeIterator;
  if (it.remaining <= 0) return undefined;
  it.remaining--;
  const v = it.next;
  it.next = v + it.step;
  if (v < 1073741824 && v > -1073741824) return v;
  return intFromNumber(interp, v);
});

// ---------------------------------------------------------------- __length_hint__

// What is left to iterate (operator.length_hint and list() sizing read it); 0 once exhausted.
function defineLengthHint(t: PyType, remaining: (self: PyValue) => number): void {
  defineMethods(t, { __length_hint__: (_interp, args) => Math.max(0, remaining(args[0])) });
}
for (const t of [listIteratorType, tupleIteratorType]) {
  defineLengthHint(t, (self) => {
    const it = self as SeqIterator;
    return it.seq === null ? 0 : it.seq.items.length - it.index;
  });
}
defineLengthHint(listReverseIteratorType, (self) => {
  const it = self as ReverseSeqIterator;
  return it.seq === null || it.index >= it.seq.items.length ? 0 : it.index + 1;
});
for (const t of [strAsciiIteratorType, strIteratorType]) {
  defineLengthHint(t, (self) => {
    const it = self as StrIterator;
    let n = 0;
    for (let i = it.index; i < it.s.length; i++) {
      const c = it.s.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < it.s.length && (it.s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
      n++;
    }
    return n;
  });
}
defineLengthHint(rangeIteratorType, (self) => (self as RangeIterator).remaining);

// ---------------------------------------------------------------- enumerate, zip, map, filter, reversed

export class PyEnumerate extends PyObject {
  static override get name(): string {
    return "PyEnumerate";
  }
  it: PyValue;
  count: number;
  constructor(it: PyValue, start: number) {
    super(enumerateType);
    this.it = it;
    this.count = start;
  }
}

enumerateType.construct = (interp, _cls, args, kwargs) => {
  let iterable = args[0];
  let start: PyValue = args.length > 1 ? args[1] : 0;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (k === "start") start = v;
      else if (k === "iterable") iterable = v;
      else raiseTypeError(interp, `'${k}' is an invalid keyword argument for enumerate()`);
    }
  }
  if (iterable === undefined) raiseTypeError(interp, "enumerate() missing required argument 'iterable'");
  if (args.length > 2) raiseTypeError(interp, `enumerate() takes at most 2 arguments (${args.length} given)`);
  if (typeof start !== "number" && typeof start !== "boolean") {
    raiseTypeError(interp, `'${typeOf(start).name}' object cannot be interpreted as an integer`);
  }
  const it = getIter(interp, iterable);
  return interp.heap.alloc(new PyEnumerate(it, +start), ITERATOR_SIZE);
};
enumerateType.iter = iterSelf;
enumerateType.next = (interp, self) => {
  const e = self as PyEnumerate;
  const v = typeOf(e.it).next!(interp, e.it);
  if (v === undefined) return undefined;
  const i = e.count++;
  return newTuple(interp, [i < 1073741824 ? i : intFromNumber(interp, i), v]);
};
enumerateType.traverse = (self, visit) => visit((self as PyEnumerate).it);

export class PyZip extends PyObject {
  static override get name(): string {
    return "PyZip";
  }
  its: PyValue[];
  strict: boolean;
  done = false;
  constructor(its: PyValue[], strict: boolean) {
    super(zipType);
    this.its = its;
    this.strict = strict;
  }
}

zipType.construct = (interp, _cls, args, kwargs) => {
  let strict = false;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (k === "strict") strict = isTruthy(interp, v);
      else raiseTypeError(interp, `'${k}' is an invalid keyword argument for zip()`);
    }
  }
  const its: PyValue[] = [];
  const z = interp.heap.alloc(new PyZip(its, strict), ITERATOR_SIZE);
  for (let i = 0; i < args.length; i++) its.push(getIter(interp, args[i]));
  return z;
};
zipType.iter = iterSelf;
zipType.next = (interp, self) => {
  const z = self as PyZip;
  if (z.done || z.its.length === 0) return undefined;
  const items: PyValue[] = new Array(z.its.length);
  for (let i = 0; i < z.its.length; i++) {
    const it = z.its[i];
    const v = typeOf(it).next!(interp, it);
    if (v === undefined) {
      z.done = true;
      if (z.strict) {
        if (i > 0) raiseValueError(interp, `zip() argument ${i + 1} is shorter than argument${i > 1 ? "s 1-" + i : " 1"}`);
        for (let j = 1; j < z.its.length; j++) {
          const w = typeOf(z.its[j]).next!(interp, z.its[j]);
          if (w !== undefined) raiseValueError(interp, `zip() argument ${j + 1} is longer than argument${j > 1 ? "s 1-" + j : " 1"}`);
        }
      }
      return undefined;
    }
    items[i] = v;
  }
  return newTuple(interp, items);
};
zipType.traverse = (self, visit) => {
  for (const it of (self as PyZip).its) visit(it);
};

export class PyMap extends PyObject {
  static override get name(): string {
    return "PyMap";
  }
  fn: PyValue;
  its: PyValue[];
  constructor(fn: PyValue, its: PyValue[]) {
    super(mapType);
    this.fn = fn;
    this.its = its;
  }
}

mapType.construct = (interp, _cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, "map() takes no keyword arguments");
  if (args.length < 2) raiseTypeError(interp, "map() must have at least two arguments.");
  const its: PyValue[] = [];
  const m = interp.heap.alloc(new PyMap(args[0], its), ITERATOR_SIZE);
  for (let i = 1; i < args.length; i++) its.push(getIter(interp, args[i]));
  return m;
};
mapType.iter = iterSelf;
mapType.next = (interp, self) => {
  const m = self as PyMap;
  const n = m.its.length;
  if (n === 1) {
    const v = typeOf(m.its[0]).next!(interp, m.its[0]);
    if (v === undefined) return undefined;
    return callValue(interp, m.fn, [v]);
  }
  const args: PyValue[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const v = typeOf(m.its[i]).next!(interp, m.its[i]);
    if (v === undefined) return undefined;
    args[i] = v;
  }
  return callValue(interp, m.fn, args);
};
mapType.traverse = (self, visit) => {
  visit((self as PyMap).fn);
  for (const it of (self as PyMap).its) visit(it);
};

export class PyFilter extends PyObject {
  static override get name(): string {
    return "PyFilter";
  }
  fn: PyValue;
  it: PyValue;
  constructor(fn: PyValue, it: PyValue) {
    super(filterType);
    this.fn = fn;
    this.it = it;
  }
}

filterType.construct = (interp, _cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, "filter() takes no keyword arguments");
  if (args.length !== 2) raiseTypeError(interp, `filter expected 2 arguments, got ${args.length}`);
  const it = getIter(interp, args[1]);
  return interp.heap.alloc(new PyFilter(args[0], it), ITERATOR_SIZE);
};
filterType.iter = iterSelf;
filterType.next = (interp, self) => {
  const f = self as PyFilter;
  const next = typeOf(f.it).next!;
  for (;;) {
    const v = next(interp, f.it);
    if (v === undefined) return undefined;
    const keep = f.fn === None ? isTruthy(interp, v) : isTruthy(interp, callValue(interp, f.fn, [v]));
    if (keep) return v;
  }
};
filterType.traverse = (self, visit) => {
  visit((self as PyFilter).fn);
  visit((self as PyFilter).it);
};

/** reversed() over a sequence with __len__/__getitem__ (list/tuple/str/range have their own). */
export class PyReversed extends PyObject {
  static override get name(): string {
    return "PyReversed";
  }
  seq: PyValue | null;
  index: number;
  constructor(seq: PyValue, len: number) {
    super(reversedType);
    this.seq = seq;
    this.index = len - 1;
  }
}

reversedType.construct = (interp, _cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, "reversed() takes no keyword arguments");
  if (args.length !== 1) raiseTypeError(interp, `reversed expected 1 argument, got ${args.length}`);
  return reversedOf(interp, args[0]);
};
reversedType.iter = iterSelf;
reversedType.next = (interp, self) => {
  const r = self as PyReversed;
  if (r.seq === null || r.index < 0) {
    r.seq = null;
    return undefined;
  }
  return getItem(interp, r.seq, r.index--);
};
reversedType.traverse = (self, visit) => {
  const s = (self as PyReversed).seq;
  if (s !== null) visit(s);
};

/** reversed(x): __reversed__ if the type has one, else the sequence protocol. */
export function reversedOf(interp: Interpreter, v: PyValue): PyValue {
  const t = typeOf(v);
  const rev = t.lookup("__reversed__");
  if (rev !== null) return callValue(interp, rev, [v]);
  if (t.getitem === undefined || t.len === undefined || t.lookup("keys") !== null) {
    raiseTypeError(interp, `'${t.name}' object is not reversible`);
  }
  return interp.heap.alloc(new PyReversed(v, pyLen(interp, v)), ITERATOR_SIZE);
}

for (const t of [enumerateType, zipType, mapType, filterType, reversedType]) {
  defineMethods(t, {
    __iter__: (_interp, args) => args[0],
    __next__: (interp, args) => nextOrStop(interp, args[0]),
  });
}

/** `it.__next__()` called explicitly: StopIteration at the end. */
export function nextOrStop(interp: Interpreter, it: PyValue): PyValue {
  const v = typeOf(it).next!(interp, it);
  if (v === undefined) throw stopIterationFor(interp, it);
  return v;
}

// ---------------------------------------------------------------- iter(callable, sentinel)

export class CallableIterator extends PyObject {
  static override get name(): string {
    return "CallableIterator";
  }
  fn: PyValue | null;
  sentinel: PyValue;
  constructor(fn: PyValue, sentinel: PyValue) {
    super(callableIteratorType);
    this.fn = fn;
    this.sentinel = sentinel;
  }
}

export const callableIteratorType = makeIteratorType(
  "callable_iterator",
  (interp, self) => {
    const it = self as CallableIterator;
    if (it.fn === null) return undefined;
    const v = callValue(interp, it.fn, []);
    if (v === it.sentinel || pyEq(interp, v, it.sentinel)) {
      it.fn = null;
      return undefined;
    }
    return v;
  },
  (self, visit) => {
    const it = self as CallableIterator;
    if (it.fn !== null) visit(it.fn);
    visit(it.sentinel);
  },
);
