// dict: slots, methods, views (keys/values/items) and their iterators. The table
// itself is in dict-core.ts.

import { PyObject, type PyValue } from "./object.js";
import { None, NotImplemented, dictItemsType, dictKeysType, dictType, dictValuesType, listType, strType } from "./builtin-types.js";
import type { PyType } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { defineMethods } from "./function.js";
import { newException, raiseKeyError, raiseRuntimeError, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { KeyError } from "./exceptions.js";
import { callMethod, callValue, forEachItem, getItem, isTruthy, pyEq, pyLen, pyRepr, toArray, typeOf } from "../vm/abstract.js";
import { DictEntry, PyDict, dictDelete, dictGet, dictResized, dictSet, dictSize } from "./dict-core.js";
import { PyStr, internStr } from "./str.js";
import { PyTuple, newTuple } from "./tuple.js";
import { PyList, newList } from "./list.js";
import { guardedRepr } from "./seq.js";
import { ITERATOR_SIZE, makeIteratorType } from "./iterators.js";
import { checkArgs } from "./args.js";
import { PySet, newSet, setAdd, isAnySet } from "./set.js";
import { builtinClassMethod } from "./classmethod-builtin.js";

export { PyDict, newDict, dictGet, dictSet, dictDelete } from "./dict-core.js";

// ---------------------------------------------------------------- update / construction

/** d.update(other): a dict, a mapping with keys(), or an iterable of pairs. */
export function dictUpdate(interp: Interpreter, d: PyDict, other: PyValue): void {
  if (other instanceof PyDict) {
    if (other === d) return;
    for (const e of other.table.map.values()) dictSet(interp, d, e.key, e.value);
    return;
  }
  const t = typeOf(other);
  if (t.lookup("keys") !== null && !(other instanceof PyList) && !(other instanceof PyTuple)) {
    const keys = toArray(interp, callMethod(interp, other, "keys", []));
    for (const k of keys) dictSet(interp, d, k, getItem(interp, other, k));
    return;
  }
  let index = 0;
  forEachItem(interp, other, (item) => {
    let pair: PyValue[];
    if (item instanceof PyTuple || item instanceof PyList) pair = item.items;
    else {
      const it = typeOf(item);
      if (it.iter === undefined && it.getitem === undefined) raiseTypeError(interp, `cannot convert dictionary update sequence element #${index} to a sequence`);
      pair = toArray(interp, item);
    }
    if (pair.length !== 2) raiseValueError(interp, `dictionary update sequence element #${index} has length ${pair.length}; 2 is required`);
    dictSet(interp, d, pair[0], pair[1]);
    index++;
  });
}

function updateFromArgs(interp: Interpreter, d: PyDict, args: PyValue[], kwargs: Map<string, PyValue> | null, name: string): void {
  if (args.length > 1) raiseTypeError(interp, `${name} expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) dictUpdate(interp, d, args[0]);
  if (kwargs !== null) for (const [k, v] of kwargs) dictSet(interp, d, internStr(k), v);
}

dictType.construct = (interp, cls, args, kwargs) => {
  const d = interp.heap.alloc(new PyDict(cls), dictSize(0));
  if (cls !== dictType) d.dict = new Map();
  updateFromArgs(interp, d, args, kwargs, "dict");
  return d;
};

export function dictCopy(interp: Interpreter, src: PyDict): PyDict {
  const d = interp.heap.alloc(new PyDict(dictType), dictSize(src.table.size));
  src.table.copyInto(d.table);
  return d;
}

// ---------------------------------------------------------------- slots

dictType.repr = (interp, self) => {
  const d = self as PyDict;
  if (d.table.size === 0) return "{}";
  return guardedRepr(interp, d, "{...}", () => {
    let out = "{";
    let first = true;
    for (const e of d.table.map.values()) {
      if (!first) out += ", ";
      first = false;
      out += pyRepr(interp, e.key) + ": " + pyRepr(interp, e.value);
    }
    return out + "}";
  });
};
dictType.hash = (interp) => raiseTypeError(interp, "unhashable type: 'dict'");
dictType.len = (_interp, self) => (self as PyDict).table.size;
dictType.bool = (_interp, self) => (self as PyDict).table.size !== 0;
dictType.getitem = (interp, self, key) => {
  const d = self as PyDict;
  const e = key instanceof PyStr && key.cls === strType ? d.table.map.get(key.v) : d.table.find(interp, key);
  if (e !== undefined) return e.value;
  if (d.cls !== dictType) {
    const missing = d.cls.lookup("__missing__");
    if (missing !== null) return callValue(interp, missing, [d, key]);
  }
  return raiseKeyError(interp, key);
};
dictType.setitem = (interp, self, key, value) => dictSet(interp, self as PyDict, key, value);
dictType.delitem = (interp, self, key) => {
  if (dictDelete(interp, self as PyDict, key) === undefined) raiseKeyError(interp, key);
};
dictType.contains = (interp, self, key) => (self as PyDict).table.find(interp, key) !== undefined;
dictType.iter = (interp, self) => DictIterator.create(interp, self as PyDict, dictKeyIteratorType);
dictType.compare = (interp, op, self, other) => {
  if (!(other instanceof PyDict) || (op !== "eq" && op !== "ne")) return NotImplemented;
  const eq = dictEquals(interp, self as PyDict, other);
  return op === "eq" ? eq : !eq;
};
dictType.binary = (interp, op, self, other, reflected) => {
  if (op !== "or" || !(other instanceof PyDict)) return NotImplemented;
  const [a, b] = reflected ? [other, self as PyDict] : [self as PyDict, other];
  const d = dictCopy(interp, a);
  dictUpdate(interp, d, b);
  return d;
};
dictType.inplace = (interp, op, self, other) => {
  if (op !== "or") return NotImplemented;
  dictUpdate(interp, self as PyDict, other);
  return self;
};
dictType.traverse = (self, visit) => {
  for (const e of (self as PyDict).table.map.values()) {
    visit(e.key);
    visit(e.value);
  }
  const d = (self as PyDict).dict;
  if (d !== null) for (const v of d.values()) visit(v);
};

function dictEquals(interp: Interpreter, a: PyDict, b: PyDict): boolean {
  if (a.table.size !== b.table.size) return false;
  for (const e of a.table.map.values()) {
    const o = b.table.find(interp, e.key);
    if (o === undefined) return false;
    if (o.value !== e.value && !pyEq(interp, e.value, o.value)) return false;
  }
  return true;
}

// ---------------------------------------------------------------- iterators

export class DictIterator extends PyObject {
  static override get name(): string {
    return "DictIterator";
  }
  dict: PyDict | null;
  entries: IterableIterator<DictEntry>;
  startSize: number;
  constructor(cls: PyType, dict: PyDict) {
    super(cls);
    this.dict = dict;
    this.entries = dict.table.map.values();
    this.startSize = dict.table.size;
  }
  static create(interp: Interpreter, dict: PyDict, cls: PyType): DictIterator {
    return interp.heap.alloc(new DictIterator(cls, dict), ITERATOR_SIZE);
  }
}

function nextEntry(interp: Interpreter, it: DictIterator): DictEntry | undefined {
  const d = it.dict;
  if (d === null) return undefined;
  if (d.table.size !== it.startSize) {
    it.startSize = -1; // stays broken, like CPython
    raiseRuntimeError(interp, "dictionary changed size during iteration");
  }
  const r = it.entries.next();
  if (r.done) {
    it.dict = null;
    return undefined;
  }
  return r.value;
}

const traverseDictIter = (self: PyObject, visit: (v: PyValue) => void): void => {
  const d = (self as DictIterator).dict;
  if (d !== null) visit(d);
};

export const dictKeyIteratorType = makeIteratorType("dict_keyiterator", (interp, self) => nextEntry(interp, self as DictIterator)?.key, traverseDictIter);
export const dictValueIteratorType = makeIteratorType("dict_valueiterator", (interp, self) => nextEntry(interp, self as DictIterator)?.value, traverseDictIter);
export const dictItemIteratorType = makeIteratorType(
  "dict_itemiterator",
  (interp, self) => {
    const e = nextEntry(interp, self as DictIterator);
    return e === undefined ? undefined : newTuple(interp, [e.key, e.value]);
  },
  traverseDictIter,
);

// ---------------------------------------------------------------- views

export class PyDictView extends PyObject {
  static override get name(): string {
    return "PyDictView";
  }
  dict: PyDict;
  constructor(cls: PyType, dict: PyDict) {
    super(cls);
    this.dict = dict;
  }
}

function newView(interp: Interpreter, cls: PyType, d: PyDict): PyDictView {
  return interp.heap.alloc(new PyDictView(cls, d), ITERATOR_SIZE);
}

function viewItems(interp: Interpreter, v: PyDictView): PyValue[] {
  const out: PyValue[] = [];
  for (const e of v.dict.table.map.values()) {
    if (v.cls === dictKeysType) out.push(e.key);
    else if (v.cls === dictValuesType) out.push(e.value);
    else out.push(newTuple(interp, [e.key, e.value]));
  }
  return out;
}

for (const [t, iterType] of [[dictKeysType, dictKeyIteratorType], [dictValuesType, dictValueIteratorType], [dictItemsType, dictItemIteratorType]] as const) {
  t.len = (_interp, self) => (self as PyDictView).dict.table.size;
  t.iter = (interp, self) => DictIterator.create(interp, (self as PyDictView).dict, iterType);
  t.repr = (interp, self) => {
    const v = self as PyDictView;
    return guardedRepr(interp, v, "...", () => `${t.name}([${viewItems(interp, v).map((x) => pyRepr(interp, x)).join(", ")}])`);
  };
  t.traverse = (self, visit) => visit((self as PyDictView).dict);
  defineMethods(t, {
    __reversed__(interp, args) {
      const v = args[0] as PyDictView;
      const l = newList(interp, viewItems(interp, v).reverse());
      return listType.iter!(interp, l);
    },
  });
}
dictKeysType.contains = (interp, self, key) => (self as PyDictView).dict.table.find(interp, key) !== undefined;
dictItemsType.contains = (interp, self, item) => {
  if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
  const e = (self as PyDictView).dict.table.find(interp, item.items[0]);
  return e !== undefined && (e.value === item.items[1] || pyEq(interp, e.value, item.items[1]));
};
dictValuesType.contains = (interp, self, item) => {
  for (const e of (self as PyDictView).dict.table.map.values()) if (e.value === item || pyEq(interp, e.value, item)) return true;
  return false;
};

// Set operations on keys/items views produce sets (CPython's dictviews_sub etc.).
for (const t of [dictKeysType, dictItemsType]) {
  t.binary = (interp, op, self, other, reflected) => {
    if (op !== "and" && op !== "or" && op !== "sub" && op !== "xor") return NotImplemented;
    const left = reflected ? other : self;
    const right = reflected ? self : other;
    const a = newSet(interp, []);
    forEachItem(interp, left, (v) => {
      setAdd(interp, a, v);
    });
    return callMethod(interp, a, op === "and" ? "intersection" : op === "or" ? "union" : op === "sub" ? "difference" : "symmetric_difference", [right]);
  };
  t.compare = (interp, op, self, other) => {
    if (!isAnySet(other) && !(other instanceof PyDictView && other.cls !== dictValuesType)) return NotImplemented;
    const a = newSet(interp, []);
    forEachItem(interp, self, (v) => {
      setAdd(interp, a, v);
    });
    return a.cls.compare!(interp, op, a, other instanceof PySet ? other : setOfIterable(interp, other));
  };
  defineMethods(t, {
    isdisjoint(interp, args) {
      let disjoint = true;
      forEachItem(interp, args[1], (v) => {
        if (t.contains!(interp, args[0], v)) {
          disjoint = false;
          return false;
        }
        return true;
      });
      return disjoint;
    },
  });
}

function setOfIterable(interp: Interpreter, v: PyValue): PySet {
  const s = newSet(interp, []);
  forEachItem(interp, v, (x) => {
    setAdd(interp, s, x);
  });
  return s;
}

// ---------------------------------------------------------------- methods

function selfDict(interp: Interpreter, v: PyValue, name: string): PyDict {
  if (!(v instanceof PyDict)) raiseTypeError(interp, `descriptor '${name}' for 'dict' objects doesn't apply to a '${typeOf(v).name}' object`);
  return v;
}

defineMethods(dictType, {
  get(interp, args, kwargs) {
    if (args.length < 2 || args.length > 3 || kwargs !== null) checkArgs(interp, "get", args, 1, 2, kwargs);
    const d = args[0] as PyDict;
    const key = args[1];
    const e = key instanceof PyStr && key.cls === strType ? d.table.map.get(key.v) : d.table.find(interp, key);
    if (e !== undefined) return e.value;
    return args.length === 3 ? args[2] : None;
  },
  setdefault(interp, args, kwargs) {
    checkArgs(interp, "setdefault", args, 1, 2, kwargs);
    const d = args[0] as PyDict;
    const e = d.table.find(interp, args[1]);
    if (e !== undefined) return e.value;
    const v = args.length === 3 ? args[2] : None;
    dictSet(interp, d, args[1], v);
    return v;
  },
  pop(interp, args, kwargs) {
    checkArgs(interp, "pop", args, 1, 2, kwargs);
    const d = args[0] as PyDict;
    const e = dictDelete(interp, d, args[1]);
    if (e !== undefined) {
      interp.frame.temps.push(e.value);
      return e.value;
    }
    if (args.length === 3) return args[2];
    return raiseKeyError(interp, args[1]);
  },
  popitem(interp, args, kwargs) {
    checkArgs(interp, "dict.popitem", args, 0, 0, kwargs);
    const d = args[0] as PyDict;
    const e = d.table.last();
    if (e === undefined) throw newException(interp, KeyError, "popitem(): dictionary is empty");
    const t = newTuple(interp, [e.key, e.value]);
    d.table.deleteEntry(interp, e);
    dictResized(interp, d);
    return t;
  },
  keys(interp, args, kwargs) {
    checkArgs(interp, "dict.keys", args, 0, 0, kwargs);
    return newView(interp, dictKeysType, selfDict(interp, args[0], "keys"));
  },
  values(interp, args, kwargs) {
    checkArgs(interp, "dict.values", args, 0, 0, kwargs);
    return newView(interp, dictValuesType, selfDict(interp, args[0], "values"));
  },
  items(interp, args, kwargs) {
    checkArgs(interp, "dict.items", args, 0, 0, kwargs);
    return newView(interp, dictItemsType, selfDict(interp, args[0], "items"));
  },
  update(interp, args, kwargs) {
    updateFromArgs(interp, selfDict(interp, args[0], "update"), args.slice(1), kwargs, "update");
    return None;
  },
  copy(interp, args, kwargs) {
    checkArgs(interp, "dict.copy", args, 0, 0, kwargs);
    return dictCopy(interp, selfDict(interp, args[0], "copy"));
  },
  clear(interp, args, kwargs) {
    checkArgs(interp, "dict.clear", args, 0, 0, kwargs);
    const d = args[0] as PyDict;
    d.table.clear();
    dictResized(interp, d);
    return None;
  },
  __init__(interp, args, kwargs) {
    updateFromArgs(interp, selfDict(interp, args[0], "__init__"), args.slice(1), kwargs, "dict");
    return None;
  },
  __reversed__(interp, args) {
    const d = args[0] as PyDict;
    const keys: PyValue[] = [];
    for (const e of d.table.map.values()) keys.push(e.key);
    keys.reverse();
    const l = newList(interp, keys);
    return l.cls.iter!(interp, l);
  },
  __getitem__(interp, args) {
    return dictType.getitem!(interp, args[0], args[1]);
  },
});

dictType.dict.set(
  "fromkeys",
  builtinClassMethod("fromkeys", "dict", (interp, args, kwargs) => {
    checkArgs(interp, "fromkeys", args, 1, 2, kwargs);
    const cls = args[0] as PyType;
    const value = args.length === 3 ? args[2] : None;
    const d = cls === dictType ? interp.heap.alloc(new PyDict(dictType), dictSize(0)) : callValue(interp, cls, []);
    forEachItem(interp, args[1], (k) => {
      if (d instanceof PyDict && d.cls === dictType) dictSet(interp, d, k, value);
      else callMethod(interp, d, "__setitem__", [k, value]);
    });
    return d;
  }),
);

void isTruthy; void pyLen; void dictGet; void PySet;
