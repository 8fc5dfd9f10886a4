// PyType: a Python type is one table of slots plus a dict of attributes.
//
// Slots are the native fast paths the VM calls directly (MicroPython's mp_obj_type_t).
// A builtin type (list, dict, ...) fills the slots it supports in its own file
// (objects/list.ts ...). A class defined by the program gets *dunder dispatchers* in
// the slots for every dunder it (or a Python base) defines, and inherits the remaining
// native slots from its first builtin base along the MRO (see vm/classes.ts).
//
// The contracts, documented once:
//   Every slot receives the interpreter first. Errors are raised by throwing a Python
//   exception object (see vm/errors.ts helpers, e.g. `throw interp.typeError(...)`);
//   a plain JS Error means an internal invariant was broken (an engine bug).
//   `binary`/`compare` return the NotImplemented singleton when they don't handle the
//   operand combination, so the VM can try the reflected operation (Python's protocol).
//   `next` returns `undefined` for exhaustion instead of raising StopIteration, so
//   `for` loops over builtin iterators never allocate an exception.
//   `traverse` reports every PyValue the object holds to the collector; a heap object
//   whose type lacks it is treated as holding nothing.
//
// Builtin types are shared by all interpreters and are immutable from Python
// (`frozen`): setting an attribute on them raises TypeError. Nothing per-run may be
// stored on a builtin type, and nothing a run does may write to one: once every
// builtin type is built, `sealBuiltinTypes` (objects/seal.ts) gives each a complete,
// immutable lookup table (every name along its MRO), so a lookup on a builtin type
// never records anything (a miss is simply absent), and stamps them and what their
// dicts hold as shared, so the collector never writes its marks on them.

import { PyObject, type PyValue } from "./object.js";
import type { Interpreter } from "../vm/interpreter.js";

/**
 * Per-class lookup caches (user classes only) stop growing here: a program probing
 * endless distinct missing names (`hasattr(obj, name)`) must not grow JS memory the
 * heap model does not see. Past this many entries the cache starts over.
 */
const LOOKUP_CACHE_MAX = 4096;

export type Kwargs = Map<string, PyValue> | null;

export type BinaryOpName =
  | "add" | "sub" | "mul" | "truediv" | "floordiv" | "mod" | "pow" | "matmul"
  | "lshift" | "rshift" | "and" | "or" | "xor";
export type CompareOpName = "lt" | "le" | "eq" | "ne" | "gt" | "ge";
export type UnaryOpName = "neg" | "pos" | "invert";

export interface TypeSlots {
  /** type(...) called: create (and initialize) an instance. `cls` may be a subclass. */
  construct?(interp: Interpreter, cls: PyType, args: PyValue[], kwargs: Kwargs): PyValue;
  repr?(interp: Interpreter, self: PyValue): string;
  str?(interp: Interpreter, self: PyValue): string;
  /** Python hash (a JS number, a safe integer). Absent: identity hash. */
  hash?(interp: Interpreter, self: PyValue): number;
  bool?(interp: Interpreter, self: PyValue): boolean;
  len?(interp: Interpreter, self: PyValue): number;
  /** `self op other` where self is the left operand; `reflected` when self is the right one. */
  binary?(interp: Interpreter, op: BinaryOpName, self: PyValue, other: PyValue, reflected: boolean): PyValue;
  /** In-place form (`+=`); absent or NotImplemented falls back to `binary`. */
  inplace?(interp: Interpreter, op: BinaryOpName, self: PyValue, other: PyValue): PyValue;
  unary?(interp: Interpreter, op: UnaryOpName, self: PyValue): PyValue;
  compare?(interp: Interpreter, op: CompareOpName, self: PyValue, other: PyValue): PyValue;
  contains?(interp: Interpreter, self: PyValue, item: PyValue): boolean;
  getitem?(interp: Interpreter, self: PyValue, key: PyValue): PyValue;
  setitem?(interp: Interpreter, self: PyValue, key: PyValue, value: PyValue): void;
  delitem?(interp: Interpreter, self: PyValue, key: PyValue): void;
  iter?(interp: Interpreter, self: PyValue): PyValue;
  next?(interp: Interpreter, self: PyValue): PyValue | undefined;
  call?(interp: Interpreter, self: PyValue, args: PyValue[], kwargs: Kwargs): PyValue;
  /**
   * Attribute read hook consulted *before* the generic lookup (modules, instances with
   * a dict, and types with computed attributes). Return undefined to fall through.
   */
  getattr?(interp: Interpreter, self: PyValue, name: string): PyValue | undefined;
  /** Attribute write/delete (value undefined = delete). Absent: AttributeError / TypeError. */
  setattr?(interp: Interpreter, self: PyValue, name: string, value: PyValue | undefined): void;
  /** Report every PyValue held, for the collector's mark phase. */
  traverse?(self: PyObject, visit: (v: PyValue) => void): void;
  /**
   * Descriptor protocol, on the *descriptor's* type: functions bind to a method,
   * property calls its getter, classmethod binds to the class. `obj` is null when the
   * attribute is read from the class itself.
   */
  descrGet?(interp: Interpreter, descr: PyValue, obj: PyValue | null, owner: PyType): PyValue;
  /** Presence makes the descriptor a *data* descriptor (property): it wins over the instance dict. */
  descrSet?(interp: Interpreter, descr: PyValue, obj: PyValue, value: PyValue | undefined): void;
}

export class PyType extends PyObject implements TypeSlots {
  static override get name(): string {
    return "PyType";
  }
  name: string;
  /** Qualified name for repr (e.g. "Outer.Inner"); module for "<class 'mod.Name'>". */
  qualname: string;
  module: string;
  /**
   * The dotted name CPython's C implementation gives this type in error messages
   * (`'datetime.date' object ...`), for stdlib classes we write in Python; null: `name`.
   * Set only from a class body's `__heapscope_tp_name__` (vm/typename.ts `typeMsgName`);
   * subclasses never inherit it, as a Python subclass of a C type prints its own name.
   */
  tpName: string | null = null;
  bases: PyType[];
  mro: PyType[] = [];
  dict: Map<string, PyValue>;
  /** Builtin types are shared across interpreters and read-only from Python. */
  frozen: boolean;
  /** Instances carry a per-object attribute dict (user classes and their subclasses). */
  instancesHaveDict: boolean;
  /** May user code subclass this type? (bool, NoneType, ... may not) */
  subclassable = true;
  /** Bumped whenever dict or bases change: invalidates lookup caches keyed on it. */
  version = 0;
  /**
   * User classes: name -> resolved attribute along the MRO (null: missing), cleared on
   * a version bump and bounded (LOOKUP_CACHE_MAX). Builtin types never use it.
   */
  lookupCache = new Map<string, PyValue | null>();
  /** Builtin types, once sealed: every name found along the MRO -> its value (complete). */
  sealedTable: ReadonlyMap<string, PyValue> | null = null;
  /** vm/classes.ts: whether a Python class defines __new__/__init__, as of `ctorVersion`. */
  ctorVersion = -1;
  ctorNewUser = false;
  ctorInitUser = false;

  // Slots (see TypeSlots for the contracts).
  construct?: TypeSlots["construct"];
  repr?: TypeSlots["repr"];
  str?: TypeSlots["str"];
  hash?: TypeSlots["hash"];
  bool?: TypeSlots["bool"];
  len?: TypeSlots["len"];
  binary?: TypeSlots["binary"];
  inplace?: TypeSlots["inplace"];
  unary?: TypeSlots["unary"];
  compare?: TypeSlots["compare"];
  contains?: TypeSlots["contains"];
  getitem?: TypeSlots["getitem"];
  setitem?: TypeSlots["setitem"];
  delitem?: TypeSlots["delitem"];
  iter?: TypeSlots["iter"];
  next?: TypeSlots["next"];
  call?: TypeSlots["call"];
  getattr?: TypeSlots["getattr"];
  setattr?: TypeSlots["setattr"];
  traverse?: TypeSlots["traverse"];
  descrGet?: TypeSlots["descrGet"];
  descrSet?: TypeSlots["descrSet"];

  constructor(metaclass: PyType | null, name: string, bases: PyType[], frozen: boolean, slots: TypeSlots = {}) {
    // `type` is its own metaclass; it is patched in right after creation (objects/builtin-types.ts).
    super(metaclass as PyType);
    this.name = name;
    this.qualname = name;
    this.module = "builtins";
    this.bases = bases;
    this.dict = new Map();
    this.frozen = frozen;
    this.instancesHaveDict = !frozen;
    Object.assign(this, slots);
    if (frozen) builtinTypes.push(this);
  }

  /** Find `name` along the MRO (cached per type version). null when missing. */
  lookup(name: string): PyValue | null {
    const table = this.sealedTable;
    if (table !== null) {
      const v = table.get(name);
      return v === undefined ? null : v;
    }
    // A builtin type not sealed yet is shared all the same: never cache on it.
    if (this.frozen) return this.findInMro(name);
    const cached = this.lookupCache.get(name);
    if (cached !== undefined) return cached;
    const found = this.findInMro(name);
    if (this.lookupCache.size >= LOOKUP_CACHE_MAX) this.lookupCache.clear();
    this.lookupCache.set(name, found);
    return found;
  }

  private findInMro(name: string): PyValue | null {
    for (const t of this.mro) {
      const v = t.dict.get(name);
      if (v !== undefined) return v;
    }
    return null;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  /** Invalidate caches after a change to this type's dict (and of every subtype: see vm/classes.ts). */
  changed(): void {
    if (this.sealedTable !== null) throw new Error(`internal error: sealed builtin type '${this.name}' changed`);
    this.version++;
    this.lookupCache.clear();
  }
}

/**
 * Every builtin type, appended as the engine's files create them at load time; the
 * first `sealedCount` are sealed. Load-time bookkeeping: it never holds anything of a
 * run, and a run cannot create a builtin type.
 */
const builtinTypes: PyType[] = [];
let sealedCount = 0;

/**
 * Load-time bookkeeping for objects/seal.ts: hands over the builtin types created since
 * the last call.
 */
export function takeUnsealedBuiltinTypes(): PyType[] {
  const fresh = builtinTypes.slice(sealedCount);
  sealedCount = builtinTypes.length;
  return fresh;
}

/** Every builtin type, in creation order (objects/seal.ts freezes them under test). */
export function allBuiltinTypes(): readonly PyType[] {
  return builtinTypes;
}

/** Make `t` answer lookups from `table` (complete: every name along its MRO), for good. */
export function sealType(t: PyType, table: ReadonlyMap<string, PyValue>): void {
  t.sealedTable = table;
  t.lookupCache = EMPTY_CACHE;
}

/** The lookup cache of a sealed type: never read, never written (a frozen empty map). */
const EMPTY_CACHE: Map<string, PyValue | null> = new Map();

/**
 * C3 linearization (Python's MRO). Returns null when no consistent order exists;
 * the caller raises "TypeError: Cannot create a consistent method resolution order (MRO)".
 */
export function c3Linearize(cls: PyType, bases: PyType[]): PyType[] | null {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const result: PyType[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let candidate: PyType | null = null;
    for (const seq of nonEmpty) {
      const head = seq[0];
      if (!nonEmpty.some((s) => s.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) return null;
    result.push(candidate);
    for (const seq of nonEmpty) if (seq[0] === candidate) seq.shift();
  }
}
