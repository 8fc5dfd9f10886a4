// list: a PyList over a JS array (8 bytes per item in the size model, re-charged on
// every change of length with heap.resize, which is O(1)).

import { PyObject, type PyValue } from "./object.js";
import { None, NotImplemented, listType, rangeType } from "./builtin-types.js";
import { reserveRange } from "./reserve.js";
import type { PyType } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { sizeFor } from "../heap/heap.js";
import { defineMethods } from "./function.js";
import { raiseIndexError, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { forEachItem, isTruthy, pyEq, pyRepr, toArray, typeMsgName, typeName, typeOf } from "../vm/abstract.js";
import { PySlice, indexValue, seqIndex, sliceArray, sliceIndices } from "./slice.js";
import { concatOther, guardedRepr, joinReprs, plainSeqItems, repeatCount, seqCompare, seqCount, seqIndexOf } from "./seq.js";
import { ReverseSeqIterator, SeqIterator, ITERATOR_SIZE } from "./iterators.js";
import { PyTuple } from "./tuple.js";
import { reverseFlag, sortValues } from "./sort.js";
import { checkArgs, noKwargs } from "./args.js";

export class PyList extends PyObject {
  static override get name(): string {
    return "PyList";
  }
  items: PyValue[];
  /** Attributes of instances of list subclasses (null for plain lists). */
  dict: Map<string, PyValue> | null = null;
  constructor(cls: PyType, items: PyValue[]) {
    super(cls);
    this.items = items;
  }
}

export function listSize(n: number): number {
  return sizeFor(8 * n);
}

/** A new list owning `items` (not copied). */
export function newList(interp: Interpreter, items: PyValue[]): PyList {
  if (items.length > 4096) interp.heap.ensure(listSize(items.length));
  return interp.heap.alloc(new PyList(listType, items), listSize(items.length));
}

/** Append with the heap re-charged first (the collection it may trigger sees a consistent list). */
export function listAppend(interp: Interpreter, list: PyList, v: PyValue): void {
  const items = list.items;
  const n = items.length + 1;
  // Sizes grow in 16-byte blocks: only every other append changes the charge.
  if ((n & 1) === 1 && list.size !== 0) interp.heap.resize(list, listSize(n));
  items.push(v);
}

/** Re-charge after a bulk change of length. */
export function listResized(interp: Interpreter, list: PyList): void {
  if (list.size !== 0) interp.heap.resize(list, listSize(list.items.length));
}

export function listExtend(interp: Interpreter, list: PyList, iterable: PyValue): void {
  const src = plainSeqItems(iterable);
  if (src !== null) {
    const n = src.length;
    if (n === 0) return;
    interp.heap.resize(list, listSize(list.items.length + n));
    const items = list.items;
    for (let i = 0; i < n; i++) items.push(src[i]);
    return;
  }
  if (typeof iterable === "object" && iterable.cls === rangeType) reserveRange(interp, iterable);
  forEachItem(interp, iterable, (v) => {
    listAppend(interp, list, v);
  });
}

function asList(interp: Interpreter, v: PyValue, method: string): PyList {
  if (!(v instanceof PyList)) raiseTypeError(interp, `descriptor '${method}' for 'list' objects doesn't apply to a '${typeOf(v).name}' object`);
  return v;
}

listType.construct = (interp, cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, "list() takes no keyword arguments");
  if (args.length > 1) raiseTypeError(interp, `list expected at most 1 argument, got ${args.length}`);
  const list = interp.heap.alloc(new PyList(cls, []), listSize(0));
  if (cls !== listType) list.dict = new Map();
  if (args.length === 1) listExtend(interp, list, args[0]);
  return list;
};
listType.repr = (interp, self) => {
  const l = self as PyList;
  if (l.items.length === 0) return "[]";
  return guardedRepr(interp, l, "[...]", () => `[${joinReprs(interp, l.items)}]`);
};
listType.hash = (interp) => raiseTypeError(interp, "unhashable type: 'list'");
listType.len = (_interp, self) => (self as PyList).items.length;
listType.bool = (_interp, self) => (self as PyList).items.length !== 0;
listType.getitem = (interp, self, key) => {
  const items = (self as PyList).items;
  if (typeof key === "number" && key >= 0 && key < items.length) return items[key];
  if (key instanceof PySlice) return newList(interp, sliceArray(items, sliceIndices(interp, key, items.length)));
  return items[seqIndex(interp, key, items.length, "list")];
};
listType.setitem = (interp, self, key, value) => {
  const list = self as PyList;
  const items = list.items;
  if (typeof key === "number" && key >= 0 && key < items.length) {
    items[key] = value;
    return;
  }
  if (key instanceof PySlice) {
    assignSlice(interp, list, key, value);
    return;
  }
  if (typeof key === "object" && !(key instanceof PyObject && hasIndexMethod(key))) {
    raiseTypeError(interp, `list indices must be integers or slices, not ${typeName(key)}`);
  }
  const i = seqIndex(interp, key, items.length, "list assignment");
  items[i] = value;
};
listType.delitem = (interp, self, key) => {
  const list = self as PyList;
  const items = list.items;
  if (key instanceof PySlice) {
    const r = sliceIndices(interp, key, items.length);
    if (r.count === 0) return;
    if (r.step === 1) items.splice(r.start, r.count);
    else {
      const drop = new Set<number>();
      for (let i = 0, j = r.start; i < r.count; i++, j += r.step) drop.add(j);
      list.items = items.filter((_, idx) => !drop.has(idx));
    }
    listResized(interp, list);
    return;
  }
  const i = seqIndex(interp, key, items.length, "list assignment");
  items.splice(i, 1);
  listResized(interp, list);
};

function hasIndexMethod(v: PyObject): boolean {
  return v.cls.lookup("__index__") !== null;
}

function assignSlice(interp: Interpreter, list: PyList, key: PySlice, value: PyValue): void {
  // Materialize first: `a[:] = a` and generators that read the list see the old items.
  const plain = plainSeqItems(value);
  const src = plain !== null ? plain.slice() : iterableOrError(interp, value);
  const r = sliceIndices(interp, key, list.items.length);
  if (r.step === 1) {
    const stop = Math.max(r.start, r.start + r.count);
    const items = list.items;
    const after = items.slice(stop);
    items.length = r.start;
    for (let i = 0; i < src.length; i++) items.push(src[i]);
    for (let i = 0; i < after.length; i++) items.push(after[i]);
    listResized(interp, list);
    return;
  }
  if (src.length !== r.count) raiseValueError(interp, `attempt to assign sequence of size ${src.length} to extended slice of size ${r.count}`);
  for (let i = 0, j = r.start; i < r.count; i++, j += r.step) list.items[j] = src[i];
}

function iterableOrError(interp: Interpreter, v: PyValue): PyValue[] {
  const t = typeOf(v);
  if (t.iter === undefined && t.getitem === undefined) raiseTypeError(interp, "can only assign an iterable");
  return toArray(interp, v);
}

listType.contains = (interp, self, item) => {
  const items = (self as PyList).items;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (x === item) return true;
    if (typeof x === "number" && typeof item === "number") continue;
    if (pyEq(interp, x, item)) return true;
  }
  return false;
};
listType.iter = (interp, self) => SeqIterator.create(interp, self as PyList, "list_iterator");
listType.compare = (interp, op, self, other) => {
  if (!(other instanceof PyList)) return NotImplemented;
  return seqCompare(interp, op, (self as PyList).items, other.items);
};
listType.binary = (interp, op, self, other, reflected) => {
  if (op === "add" && !reflected) {
    if (!(other instanceof PyList)) return concatOther(interp, self, other, "list");
    return newList(interp, (self as PyList).items.concat(other.items));
  }
  if (op === "mul") {
    if (typeof other === "object" && !hasIndexMethod(other)) return notSequenceMultiplier(interp, other);
    const items = (self as PyList).items;
    const k = repeatCount(interp, other, items.length, 8);
    const out: PyValue[] = new Array(k * items.length);
    const n = items.length;
    if (n === 1) out.fill(items[0]);
    else for (let i = 0, p = 0; i < k; i++) for (let j = 0; j < n; j++) out[p++] = items[j];
    return newList(interp, out);
  }
  return NotImplemented;
};
listType.inplace = (interp, op, self, other) => {
  const list = self as PyList;
  if (op === "add") {
    listExtend(interp, list, other);
    return list;
  }
  if (op === "mul") {
    if (typeof other === "object" && !hasIndexMethod(other)) return notSequenceMultiplier(interp, other);
    const items = list.items;
    const k = repeatCount(interp, other, items.length, 8);
    if (k === 0) items.length = 0;
    else {
      const n = items.length;
      for (let i = 1; i < k; i++) for (let j = 0; j < n; j++) items.push(items[j]);
    }
    listResized(interp, list);
    return list;
  }
  return NotImplemented;
};
listType.traverse = (self, visit) => {
  const items = (self as PyList).items;
  for (let i = 0; i < items.length; i++) visit(items[i]);
  const d = (self as PyList).dict;
  if (d !== null) for (const v of d.values()) visit(v);
};

/** `seq * x` with a non-int x: NotImplemented for user classes (their __rmul__ may apply), else CPython's TypeError. */
export function notSequenceMultiplier(interp: Interpreter, other: PyObject): PyValue {
  if (!other.cls.frozen) return NotImplemented;
  return raiseTypeError(interp, `can't multiply sequence by non-int of type '${typeMsgName(other.cls)}'`);
}

defineMethods(listType, {
  append(interp, args, kwargs) {
    if (args.length !== 2) checkArgs(interp, "list.append", args, 1, 1, kwargs);
    const list = args[0] as PyList;
    const items = list.items;
    const n = items.length + 1;
    if ((n & 1) === 1 && list.size !== 0) interp.heap.resize(list, listSize(n));
    items.push(args[1]);
    return None;
  },
  extend(interp, args, kwargs) {
    checkArgs(interp, "list.extend", args, 1, 1, kwargs);
    listExtend(interp, asList(interp, args[0], "extend"), args[1]);
    return None;
  },
  insert(interp, args, kwargs) {
    checkArgs(interp, "insert", args, 2, 2, kwargs);
    const list = args[0] as PyList;
    const n = list.items.length;
    let i = indexValue(interp, args[1], `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
    if (i < 0) i = Math.max(0, i + n);
    else if (i > n) i = n;
    interp.heap.resize(list, listSize(n + 1));
    list.items.splice(i, 0, args[2]);
    return None;
  },
  pop(interp, args, kwargs) {
    checkArgs(interp, "pop", args, 0, 1, kwargs);
    const list = args[0] as PyList;
    const items = list.items;
    if (items.length === 0) raiseIndexError(interp, "pop from empty list");
    let v: PyValue;
    if (args.length === 1) v = items.pop()!;
    else {
      let i = indexValue(interp, args[1], `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
      if (i < 0) i += items.length;
      if (i < 0 || i >= items.length) raiseIndexError(interp, "pop index out of range");
      v = i === items.length - 1 ? items.pop()! : items.splice(i, 1)[0];
    }
    // The popped value may be the only reference: keep it visible until the statement ends.
    interp.frame.temps.push(v);
    listResized(interp, list);
    return v;
  },
  remove(interp, args, kwargs) {
    checkArgs(interp, "list.remove", args, 1, 1, kwargs);
    const list = args[0] as PyList;
    const items = list.items;
    for (let i = 0; i < items.length; i++) {
      if (items[i] === args[1] || pyEq(interp, items[i], args[1])) {
        if (i < list.items.length) list.items.splice(i, 1);
        listResized(interp, list);
        return None;
      }
    }
    return raiseValueError(interp, "list.remove(x): x not in list");
  },
  index(interp, args, kwargs) {
    checkArgs(interp, "index", args, 1, 3, kwargs);
    return seqIndexOf(interp, (args[0] as PyList).items, args, "list");
  },
  count(interp, args, kwargs) {
    checkArgs(interp, "list.count", args, 1, 1, kwargs);
    return seqCount(interp, (args[0] as PyList).items, args[1]);
  },
  sort(interp, args, kwargs) {
    if (args.length > 1) raiseTypeError(interp, "sort() takes no positional arguments");
    let key: PyValue = None;
    let reverse = false;
    if (kwargs !== null) {
      for (const [k, v] of kwargs) {
        if (k === "key") key = v;
        else if (k === "reverse") reverse = reverseFlag(interp, v);
        else raiseTypeError(interp, `'${k}' is an invalid keyword argument for sort()`);
      }
    }
    const list = args[0] as PyList;
    const before = list.items;
    const sorted = sortValues(interp, before.slice(), key, reverse);
    if (list.items !== before || before.length !== sorted.length) raiseValueError(interp, "list modified during sort");
    list.items = sorted;
    return None;
  },
  reverse(_interp, args) {
    (args[0] as PyList).items.reverse();
    return None;
  },
  copy(interp, args, kwargs) {
    checkArgs(interp, "list.copy", args, 0, 0, kwargs);
    return newList(interp, (args[0] as PyList).items.slice());
  },
  clear(interp, args, kwargs) {
    checkArgs(interp, "list.clear", args, 0, 0, kwargs);
    const list = args[0] as PyList;
    list.items = [];
    listResized(interp, list);
    return None;
  },
  __init__(interp, args, kwargs) {
    noKwargs(interp, "list", kwargs);
    const list = asList(interp, args[0], "__init__");
    list.items = [];
    listResized(interp, list);
    if (args.length > 2) raiseTypeError(interp, `list expected at most 1 argument, got ${args.length - 1}`);
    if (args.length === 2) listExtend(interp, list, args[1]);
    return None;
  },
  __reversed__(interp, args) {
    return interp.heap.alloc(new ReverseSeqIterator(args[0] as PyList), ITERATOR_SIZE);
  },
});

void pyRepr;
