// `_collections`: the native half of `collections` (modules/collections.ts is Python).
// deque is a ring buffer here (O(1) at both ends: a Python list would make popleft
// O(n)); `_tuple_new(cls, iterable)` builds instances of tuple subclasses for
// namedtuple (tuple.__new__ is not available to Python code).

import { PyObject, type PyValue } from "../objects/object.js";
import { PyType } from "../objects/type.js";
import { None, NotImplemented, objectType, tupleType, typeType } from "../objects/builtin-types.js";
import { builtin, defineMethods } from "../objects/function.js";
import { makeModule, type PyModule } from "../objects/module.js";
import { sizeFor } from "../heap/heap.js";
import type { Interpreter } from "../vm/interpreter.js";
import { forEachItem, pyEq, pyRepr, typeOf } from "../vm/abstract.js";
import { raise, raiseIndexError, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { RuntimeError } from "../objects/exceptions.js";
import { guardedRepr, joinReprs, seqCompare } from "../objects/seq.js";
import { indexValue, seqIndex } from "../objects/slice.js";
import { checkArgs, takeKwargs } from "../objects/args.js";
import { makeIteratorType, ITERATOR_SIZE } from "../objects/iterators.js";

export class PyDeque extends PyObject {
  static override get name(): string {
    return "PyDeque";
  }
  buf: (PyValue | undefined)[] = new Array(8);
  head = 0;
  len = 0;
  /** -1: unbounded. */
  maxlen = -1;
  /** Bumped on every mutation: iterators detect "deque mutated during iteration". */
  state = 0;
  constructor(cls: PyType) {
    super(cls);
  }
  at(i: number): PyValue {
    return this.buf[(this.head + i) & (this.buf.length - 1)]!;
  }
  setAt(i: number, v: PyValue): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }
  toArray(): PyValue[] {
    const out = new Array<PyValue>(this.len);
    for (let i = 0; i < this.len; i++) out[i] = this.at(i);
    return out;
  }
  grow(): void {
    const items = this.toArray();
    this.buf = new Array(this.buf.length * 2);
    for (let i = 0; i < items.length; i++) this.buf[i] = items[i];
    this.head = 0;
  }
  clear(): void {
    this.buf = new Array(8);
    this.head = 0;
    this.len = 0;
    this.state++;
  }
}

export const dequeType = new PyType(typeType, "deque", [objectType], true);
dequeType.mro = [dequeType, objectType];
dequeType.instancesHaveDict = false;
dequeType.subclassable = false;
dequeType.module = "collections";
dequeType.tpName = "collections.deque";

function dequeBytes(d: PyDeque): number {
  return sizeFor(8 * d.buf.length);
}

function push(interp: Interpreter, d: PyDeque, v: PyValue, left: boolean): void {
  if (d.maxlen === 0) return;
  if (d.len === d.maxlen) pop(interp, d, !left);
  if (d.len === d.buf.length) {
    d.grow();
    interp.heap.resize(d, dequeBytes(d));
  }
  if (left) {
    d.head = (d.head - 1) & (d.buf.length - 1);
    d.buf[d.head] = v;
  } else {
    d.buf[(d.head + d.len) & (d.buf.length - 1)] = v;
  }
  d.len++;
  d.state++;
}

function pop(interp: Interpreter, d: PyDeque, left: boolean): PyValue {
  if (d.len === 0) raiseIndexError(interp, `pop from an empty deque`);
  const mask = d.buf.length - 1;
  let v: PyValue;
  if (left) {
    v = d.buf[d.head]!;
    d.buf[d.head] = undefined;
    d.head = (d.head + 1) & mask;
  } else {
    const i = (d.head + d.len - 1) & mask;
    v = d.buf[i]!;
    d.buf[i] = undefined;
  }
  d.len--;
  d.state++;
  return v;
}

function self(interp: Interpreter, v: PyValue): PyDeque {
  if (!(v instanceof PyDeque)) raiseTypeError(interp, `descriptor requires a 'collections.deque' object but received a '${typeOf(v).name}'`);
  return v;
}

function extend(interp: Interpreter, d: PyDeque, iterable: PyValue, left: boolean): void {
  // d.extend(d) must see a snapshot.
  const items = iterable === d ? d.toArray() : null;
  if (items !== null) {
    for (const v of items) push(interp, d, v, left);
    return;
  }
  forEachItem(interp, iterable, (v) => {
    push(interp, d, v, left);
  });
}

function newDeque(interp: Interpreter, cls: PyType, items: PyValue[], maxlen: number): PyDeque {
  const d = new PyDeque(cls);
  d.maxlen = maxlen;
  interp.heap.alloc(d, dequeBytes(d));
  for (const v of items) push(interp, d, v, false);
  return d;
}

dequeType.construct = (interp, cls, args, kwargs) => {
  const kw = takeKwargs(interp, "deque", kwargs, ["iterable", "maxlen"]);
  if (args.length > 2) raiseTypeError(interp, `deque() takes at most 2 arguments (${args.length} given)`);
  const iterable = args.length > 0 ? args[0] : kw.get("iterable");
  const ml = args.length > 1 ? args[1] : kw.get("maxlen");
  let maxlen = -1;
  if (ml !== undefined && ml !== None) {
    maxlen = indexValue(interp, ml, "an integer is required");
    if (maxlen < 0) raiseValueError(interp, "maxlen must be non-negative");
  }
  const d = newDeque(interp, cls, [], maxlen);
  if (iterable !== undefined) extend(interp, d, iterable, false);
  return d;
};

dequeType.repr = (interp, v) => {
  const d = v as PyDeque;
  return guardedRepr(interp, d, "[...]", () => {
    const body = `[${joinReprs(interp, d.toArray())}]`;
    return d.maxlen >= 0 ? `deque(${body}, maxlen=${d.maxlen})` : `deque(${body})`;
  });
};
dequeType.len = (_interp, v) => (v as PyDeque).len;
dequeType.bool = (_interp, v) => (v as PyDeque).len !== 0;
dequeType.hash = (interp) => raiseTypeError(interp, "unhashable type: 'collections.deque'");
dequeType.getitem = (interp, v, key) => {
  const d = v as PyDeque;
  if (typeof key === "number" && key >= 0 && key < d.len) return d.at(key);
  return d.at(seqIndex(interp, key, d.len, "deque"));
};
dequeType.setitem = (interp, v, key, value) => {
  const d = v as PyDeque;
  d.setAt(seqIndex(interp, key, d.len, "deque"), value);
};
dequeType.delitem = (interp, v, key) => {
  const d = v as PyDeque;
  const i = seqIndex(interp, key, d.len, "deque");
  const items = d.toArray();
  items.splice(i, 1);
  refill(d, items);
};
dequeType.contains = (interp, v, item) => {
  const d = v as PyDeque;
  const state = d.state;
  for (let i = 0; i < d.len; i++) {
    const x = d.at(i);
    if (x === item || pyEq(interp, x, item)) return true;
    if (d.state !== state) raise(interp, RuntimeError, "deque mutated during iteration");
  }
  return false;
};
dequeType.compare = (interp, op, v, other) => {
  if (!(other instanceof PyDeque)) return NotImplemented;
  return seqCompare(interp, op, (v as PyDeque).toArray(), other.toArray());
};
dequeType.binary = (interp, op, v, other, reflected) => {
  const d = v as PyDeque;
  if (op === "add" && !reflected) {
    if (!(other instanceof PyDeque)) return raiseTypeError(interp, `can only concatenate deque (not "${typeOf(other).name}") to deque`);
    return newDeque(interp, d.cls, d.toArray().concat(other.toArray()), d.maxlen);
  }
  if (op === "mul" && typeof other === "number") {
    const items = d.toArray();
    const out: PyValue[] = [];
    interp.heap.ensure(8 * items.length * Math.max(other, 0));
    for (let k = 0; k < other; k++) for (const x of items) out.push(x);
    return newDeque(interp, d.cls, out, d.maxlen);
  }
  return NotImplemented;
};
dequeType.inplace = (interp, op, v, other) => {
  const d = v as PyDeque;
  if (op === "add") {
    extend(interp, d, other, false);
    return d;
  }
  return NotImplemented;
};
dequeType.traverse = (v, visit) => {
  const d = v as PyDeque;
  for (let i = 0; i < d.len; i++) visit(d.at(i));
};

function refill(d: PyDeque, items: PyValue[]): void {
  let cap = 8;
  while (cap < items.length) cap *= 2;
  d.buf = new Array(cap);
  for (let i = 0; i < items.length; i++) d.buf[i] = items[i];
  d.head = 0;
  d.len = items.length;
  d.state++;
}

// ---------------------------------------------------------------- iteration

class DequeIterator extends PyObject {
  static override get name(): string {
    return "DequeIterator";
  }
  deque: PyDeque;
  index: number;
  state: number;
  reverse: boolean;
  constructor(cls: PyType, d: PyDeque, reverse: boolean) {
    super(cls);
    this.deque = d;
    this.index = 0;
    this.state = d.state;
    this.reverse = reverse;
  }
}

function iterNextDeque(interp: Interpreter, v: PyValue): PyValue | undefined {
  const it = v as DequeIterator;
  const d = it.deque;
  if (d.state !== it.state) raise(interp, RuntimeError, "deque mutated during iteration");
  if (it.index >= d.len) return undefined;
  const i = it.index++;
  return d.at(it.reverse ? d.len - 1 - i : i);
}
const traverseIter = (v: PyObject, visit: (x: PyValue) => void): void => visit((v as DequeIterator).deque);
const dequeIteratorType = makeIteratorType("_collections._deque_iterator", iterNextDeque, traverseIter);
const dequeRevIteratorType = makeIteratorType("_collections._deque_reverse_iterator", iterNextDeque, traverseIter);

dequeType.iter = (interp, v) => interp.heap.alloc(new DequeIterator(dequeIteratorType, v as PyDeque, false), ITERATOR_SIZE);

// ---------------------------------------------------------------- methods

defineMethods(dequeType, {
  append: (interp, args, kw) => {
    checkArgs(interp, "append", args, 1, 1, kw);
    push(interp, self(interp, args[0]), args[1], false);
    return None;
  },
  appendleft: (interp, args, kw) => {
    checkArgs(interp, "appendleft", args, 1, 1, kw);
    push(interp, self(interp, args[0]), args[1], true);
    return None;
  },
  pop: (interp, args, kw) => {
    checkArgs(interp, "pop", args, 0, 0, kw);
    return pop(interp, self(interp, args[0]), false);
  },
  popleft: (interp, args, kw) => {
    checkArgs(interp, "popleft", args, 0, 0, kw);
    return pop(interp, self(interp, args[0]), true);
  },
  extend: (interp, args, kw) => {
    checkArgs(interp, "extend", args, 1, 1, kw);
    extend(interp, self(interp, args[0]), args[1], false);
    return None;
  },
  extendleft: (interp, args, kw) => {
    checkArgs(interp, "extendleft", args, 1, 1, kw);
    extend(interp, self(interp, args[0]), args[1], true);
    return None;
  },
  clear: (interp, args, kw) => {
    checkArgs(interp, "clear", args, 0, 0, kw);
    self(interp, args[0]).clear();
    return None;
  },
  copy: (interp, args, kw) => {
    checkArgs(interp, "copy", args, 0, 0, kw);
    const d = self(interp, args[0]);
    return newDeque(interp, d.cls, d.toArray(), d.maxlen);
  },
  __copy__: (interp, args) => {
    const d = self(interp, args[0]);
    return newDeque(interp, d.cls, d.toArray(), d.maxlen);
  },
  count: (interp, args, kw) => {
    checkArgs(interp, "count", args, 1, 1, kw);
    let n = 0;
    for (const x of self(interp, args[0]).toArray()) if (x === args[1] || pyEq(interp, x, args[1])) n++;
    return n;
  },
  index: (interp, args, kw) => {
    checkArgs(interp, "index", args, 1, 3, kw);
    const d = self(interp, args[0]);
    let start = args.length > 2 ? indexValue(interp, args[2]) : 0;
    let stop = args.length > 3 ? indexValue(interp, args[3]) : d.len;
    if (start < 0) start = Math.max(0, start + d.len);
    if (stop < 0) stop = Math.max(0, stop + d.len);
    stop = Math.min(stop, d.len);
    for (let i = start; i < stop; i++) {
      const x = d.at(i);
      if (x === args[1] || pyEq(interp, x, args[1])) return i;
    }
    return raiseValueError(interp, `${pyRepr(interp, args[1])} is not in deque`);
  },
  insert: (interp, args, kw) => {
    checkArgs(interp, "insert", args, 2, 2, kw);
    const d = self(interp, args[0]);
    if (d.maxlen >= 0 && d.len >= d.maxlen) raiseIndexError(interp, "deque already at its maximum size");
    let i = indexValue(interp, args[1]);
    if (i < 0) i = Math.max(0, i + d.len);
    const items = d.toArray();
    items.splice(Math.min(i, items.length), 0, args[2]);
    refill(d, items);
    interp.heap.resize(d, dequeBytes(d));
    return None;
  },
  remove: (interp, args, kw) => {
    checkArgs(interp, "remove", args, 1, 1, kw);
    const d = self(interp, args[0]);
    const items = d.toArray();
    for (let i = 0; i < items.length; i++) {
      if (items[i] === args[1] || pyEq(interp, items[i], args[1])) {
        items.splice(i, 1);
        refill(d, items);
        return None;
      }
    }
    return raiseValueError(interp, `${pyRepr(interp, args[1])} is not in deque`);
  },
  reverse: (interp, args, kw) => {
    checkArgs(interp, "reverse", args, 0, 0, kw);
    const d = self(interp, args[0]);
    refill(d, d.toArray().reverse());
    return None;
  },
  rotate: (interp, args, kw) => {
    checkArgs(interp, "rotate", args, 0, 1, kw);
    const d = self(interp, args[0]);
    let n = args.length > 1 ? indexValue(interp, args[1]) : 1;
    if (d.len <= 1) return None;
    n %= d.len;
    if (n === 0) return None;
    // Positive n: the last n items move to the front.
    const items = d.toArray();
    refill(d, items.slice(items.length - ((n + items.length) % items.length)).concat(items.slice(0, items.length - ((n + items.length) % items.length))));
    return None;
  },
  __reversed__: (interp, args) => interp.heap.alloc(new DequeIterator(dequeRevIteratorType, self(interp, args[0]), true), ITERATOR_SIZE),
  __len__: (interp, args) => self(interp, args[0]).len,
  __getitem__: (interp, args) => dequeType.getitem!(interp, args[0], args[1]),
  __iter__: (interp, args) => dequeType.iter!(interp, args[0]),
});


// maxlen is a read-only attribute.
dequeType.getattr = (_interp, v, name) => {
  if (name === "maxlen") {
    const d = v as PyDeque;
    return d.maxlen < 0 ? None : d.maxlen;
  }
  return undefined;
};

/** `_tuple_new(cls, iterable)`: tuple.__new__(cls, iterable) for namedtuple classes. */
const tupleNew = builtin("_tuple_new", (interp, args) => {
  const cls = args[0];
  if (!(cls instanceof PyType) || !cls.isSubtypeOf(tupleType)) return raiseTypeError(interp, "_tuple_new(): not a tuple subclass");
  return tupleType.construct!(interp, cls, [args[1]], null);
});

export function createCollectionsNativeModule(interp: Interpreter): PyModule {
  void interp;
  return makeModule("_collections", [
    ["deque", dequeType],
    ["_tuple_new", tupleNew],
  ]);
}
