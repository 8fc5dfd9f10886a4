// `weakref.ref` and `weakref.finalize` objects (seed/weakref.txt + semantics.md).
//
// Both are heap objects holding their target WEAKLY: `traverse` never reports the
// target, so the collector can free it; the run's WeakRegistry (heap/weakrefs.ts)
// clears them when it does. A ref holds its callback strongly; an alive finalize
// holds its callback and arguments strongly (and is itself held by the registry, so
// what its arguments reference stays alive, as in CPython).

import { PyObject, type PyValue } from "./object.js";
import type { Kwargs, PyType } from "./type.js";
import { dictType, finalizeType, None, NotImplemented, weakrefType } from "./builtin-types.js";
import { defineMethods } from "./function.js";
import { sizeFor } from "../heap/heap.js";
import type { Interpreter } from "../vm/interpreter.js";
import { raise, raiseTypeError } from "../vm/errors.js";
import { AttributeError, PyException } from "./exceptions.js";
import { callValue, isTruthy, pyEq, pyHash, pyId } from "../vm/abstract.js";
import { PyFloat } from "./float.js";
import { PyInt } from "./int.js";
import { newTuple } from "./tuple.js";
import { defineGetSet } from "./property.js";

const REF_SIZE = sizeFor(16);

export class PyRef extends PyObject {
  static override get name(): string {
    return "PyRef";
  }
  /** null once the target was freed. */
  target: PyObject | null;
  /** null: no callback. */
  callback: PyValue | null;
  /** hash(ref), computed on first use while the target is alive, then kept. */
  hashValue: number | null = null;
  /** Attributes of instances of `ref` subclasses (null for plain refs and proxies). */
  dict: Map<string, PyValue> | null = null;
  /** `cls` is `ref`, or a proxy type (objects/weakproxy.ts: a proxy is a ref with other slots). */
  constructor(target: PyObject, callback: PyValue | null, cls: PyType = weakrefType) {
    super(cls);
    this.target = target;
    this.callback = callback;
  }
}

export class PyFinalize extends PyObject {
  static override get name(): string {
    return "PyFinalize";
  }
  /** null once dead (called, detached or its target freed). */
  target: PyObject | null;
  func: PyValue;
  args: PyValue[];
  kwargs: Map<string, PyValue> | null;
  alive = true;
  /** `fin.atexit`: whether a run with finalizeAtExit calls it at the end (CPython's default: yes). */
  atexit = true;
  constructor(target: PyObject, func: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null) {
    super(finalizeType);
    this.target = target;
    this.func = func;
    this.args = args;
    this.kwargs = kwargs;
  }

  /** Transition to dead, dropping what it held (the caller has taken it). */
  kill(): void {
    this.alive = false;
    this.target = null;
    this.func = None;
    this.args = [];
    this.kwargs = null;
  }
}

/**
 * A value that can be weakly referenced: a heap object (charged, so size > 0), or a
 * number constant of the source. semantics.md lists only str literals among the
 * non-heap values; float and big int literals are compiled once per run into
 * constants that live as long as the run's code, i.e. for the whole run.
 * Deviation: such a constant is weakly referenceable but never freed (CPython keeps
 * code constants alive the same way).
 */
function weakTarget(interp: Interpreter, v: PyValue | undefined): PyObject {
  if (typeof v !== "object") return raiseTypeError(interp, "not a heap object");
  if (v.size === 0 && !(v instanceof PyFloat || v instanceof PyInt)) raiseTypeError(interp, "not a heap object");
  return v;
}

export function newRef(interp: Interpreter, target: PyValue, callback: PyValue | null, cls: PyType = weakrefType): PyRef {
  const t = weakTarget(interp, target);
  // Only fully built objects reach alloc: the target and callback are rooted by the caller.
  const ref = interp.heap.alloc(new PyRef(t, callback, cls), REF_SIZE);
  if (cls !== weakrefType && cls.isSubtypeOf(weakrefType)) ref.dict = new Map(); // a subclass instance
  interp.collector.registry.addRef(t, ref);
  interp.trace.refCreated(ref.id, pyId(interp, t), t.cls.name, callback !== null);
  return ref;
}

export function newFinalize(interp: Interpreter, target: PyValue, func: PyValue, args: PyValue[], kwargs: Kwargs): PyFinalize {
  const t = weakTarget(interp, target);
  const nargs = args.length + (kwargs === null ? 0 : kwargs.size);
  const kw = kwargs === null || kwargs.size === 0 ? null : new Map(kwargs);
  const fin = interp.heap.alloc(new PyFinalize(t, func, args.slice(), kw), sizeFor(32 + 8 * nargs));
  interp.collector.registry.addFinalize(t, fin);
  interp.trace.finalizeCreated(fin.id, pyId(interp, t), t.cls.name);
  return fin;
}

/** `(obj, func, args, kwargs)` of an alive finalize, as peek()/detach() return it. */
function finalizeInfo(interp: Interpreter, fin: PyFinalize): PyValue {
  const target = fin.target as PyObject;
  const args = newTuple(interp, fin.args);
  // dict(**kwargs): builds the dict through the dict type, whatever its representation.
  const kwargs = callValue(interp, dictType, [], fin.kwargs);
  return newTuple(interp, [target, fin.func, args, kwargs]);
}

/**
 * Run an alive finalizer because the program called it: it dies first, then its
 * callback runs; an exception from the callback propagates to the caller.
 */
function callFinalize(interp: Interpreter, fin: PyFinalize): PyValue {
  if (!fin.alive) return None;
  const target = fin.target as PyObject;
  const { func, args, kwargs } = fin;
  interp.collector.registry.removeFinalize(target, fin);
  fin.kill();
  // The callback and its arguments are now held only here: root them for the call.
  const temps = interp.frame.temps;
  temps.push(func);
  for (let i = 0; i < args.length; i++) temps.push(args[i]);
  if (kwargs !== null) for (const v of kwargs.values()) temps.push(v);
  let result: PyValue;
  try {
    result = callValue(interp, func, args, kwargs);
  } catch (e) {
    if (e instanceof PyException) interp.trace.finalizeCall(fin.id, pyId(interp, target), "call", "error", describeError(interp, e));
    throw e;
  }
  interp.trace.finalizeCall(fin.id, pyId(interp, target), "call", "ok");
  return result;
}

/** "Type: message" for the trace (str() of the exception, like CPython's last traceback line). */
export function describeError(interp: Interpreter, e: PyException): string {
  return interp.collector.describeException(e);
}

// ---------------------------------------------------------------- ref type

weakrefType.construct = (interp, cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) raiseTypeError(interp, "ref() takes no keyword arguments");
  if (args.length < 1) raiseTypeError(interp, `__new__ expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) raiseTypeError(interp, `__new__ expected at most 2 arguments, got ${args.length}`);
  const cb = args.length === 2 && args[1] !== None ? args[1] : null;
  return newRef(interp, args[0], cb, cls);
};

weakrefType.call = (interp, self, args, kwargs) => {
  if (args.length > 0 || (kwargs !== null && kwargs.size > 0)) {
    raiseTypeError(interp, `weakref() takes no arguments (${args.length} given)`);
  }
  const t = (self as PyRef).target;
  return t === null ? None : t;
};

weakrefType.repr = (interp, self) => {
  const r = self as PyRef;
  const at = hexId(r.id);
  if (r.target === null) return `<weakref at ${at}; dead>`;
  return `<weakref at ${at}; to '${r.target.cls.name}' at ${hexId(pyId(interp, r.target))}>`;
};

/** Like CPython: while both are alive, refs compare (and hash) like their targets; dead ones by identity. */
weakrefType.compare = (interp, op, self, other) => {
  if ((op !== "eq" && op !== "ne") || !(other instanceof PyRef) || !other.cls.isSubtypeOf(weakrefType)) return NotImplemented;
  const a = (self as PyRef).target;
  const b = other.target;
  const eq = a !== null && b !== null ? pyEq(interp, a, b) : self === other;
  return op === "eq" ? eq : !eq;
};

weakrefType.hash = (interp, self) => {
  const r = self as PyRef;
  if (r.hashValue === null) {
    if (r.target === null) raiseTypeError(interp, "weak object has gone away");
    r.hashValue = pyHash(interp, r.target);
  }
  return r.hashValue;
};

// A descriptor in the type's dict (not a getattr slot), so `ref` subclasses have it too.
defineGetSet(weakrefType, "__callback__", (_interp, self) => {
  const r = self as PyRef;
  return r.callback === null || r.target === null ? None : r.callback;
});

weakrefType.traverse = (self, visit) => {
  const r = self as PyRef;
  if (r.callback !== null) visit(r.callback);
  if (r.dict !== null) for (const v of r.dict.values()) visit(v);
};
// ref.__init__(ob, callback=None): the work is done by __new__ (a subclass's __init__ calls it).
defineMethods(weakrefType, {
  __init__: () => None,
});

// ---------------------------------------------------------------- finalize type

finalizeType.construct = (interp, _cls, args, kwargs) => {
  if (args.length < 2) {
    const missing = args.length === 0 ? "2 required positional arguments: 'obj' and 'func'" : "1 required positional argument: 'func'";
    raiseTypeError(interp, `finalize.__init__() missing ${missing}`);
  }
  return newFinalize(interp, args[0], args[1], args.slice(2), kwargs);
};

finalizeType.call = (interp, self, args, kwargs) => {
  if (args.length > 0 || (kwargs !== null && kwargs.size > 0)) {
    raiseTypeError(interp, `finalize.__call__() takes 1 positional argument but ${args.length + 1} were given`);
  }
  return callFinalize(interp, self as PyFinalize);
};

finalizeType.repr = (_interp, self) => {
  const f = self as PyFinalize;
  const at = hexId(f.id);
  if (!f.alive || f.target === null) return `<finalize object at ${at}; dead>`;
  return `<finalize object at ${at}; for '${f.target.cls.name}' at ${hexId(pyId(_interp, f.target))}>`;
};

finalizeType.getattr = (_interp, self, name) => {
  if (name === "alive") return (self as PyFinalize).alive;
  if (name === "atexit") return (self as PyFinalize).atexit;
  return undefined;
};

finalizeType.setattr = (interp, self, name, value) => {
  if (name === "atexit" && value !== undefined) {
    (self as PyFinalize).atexit = isTruthy(interp, value);
    return;
  }
  if (name === "alive") {
    raise(interp, AttributeError, value === undefined ? "property 'alive' of 'finalize' object has no deleter" : "property 'alive' of 'finalize' object has no setter");
  }
  raise(interp, AttributeError, `'finalize' object has no attribute '${name}'`);
};

finalizeType.traverse = (self, visit) => {
  const f = self as PyFinalize;
  if (!f.alive) return;
  visit(f.func);
  const args = f.args;
  for (let i = 0; i < args.length; i++) visit(args[i]);
  if (f.kwargs !== null) for (const v of f.kwargs.values()) visit(v);
};

defineMethods(finalizeType, {
  peek(interp, args) {
    const f = selfFinalize(interp, args, "peek");
    return f.alive ? finalizeInfo(interp, f) : None;
  },
  detach(interp, args) {
    const f = selfFinalize(interp, args, "detach");
    if (!f.alive) return None;
    const info = finalizeInfo(interp, f);
    const target = f.target as PyObject;
    interp.collector.registry.removeFinalize(target, f);
    interp.trace.finalizeDetached(f.id, pyId(interp, target));
    f.kill();
    return info;
  },
  __call__(interp, args, kwargs) {
    const f = selfFinalize(interp, args, "__call__");
    return finalizeType.call!(interp, f, args.slice(1), kwargs);
  },
});

function selfFinalize(interp: Interpreter, args: PyValue[], name: string): PyFinalize {
  const f = args[0];
  if (!(f instanceof PyFinalize)) raiseTypeError(interp, `descriptor '${name}' requires a 'finalize' object`);
  if (args.length > 1 && name !== "__call__") {
    raiseTypeError(interp, `finalize.${name}() takes 1 positional argument but ${args.length} were given`);
  }
  return f;
}

/** CPython prints addresses; ours are ids, printed the same way. */
export function hexId(id: number): string {
  return "0x" + id.toString(16).padStart(12, "0");
}
