// `globals()` and a module's `__dict__`: a dict object that is a live view of the
// module's namespace (the `Map<string, PyValue>` frames and compiled code read), so
// `globals()['x'] = 1` binds `x` and `del globals()['x']` unbinds it, as in CPython.
//
// The namespace stays the one store: the view's hash table keeps its str keys in a Map
// whose operations go to the namespace (entries are made on demand, their `value` reading
// and writing the namespace). Ordinary global loads and stores never see the view, so
// they cost nothing extra. Keys that are not str (legal in CPython, never variables) are
// kept in the view's own Map.

import type { PyValue } from "./object.js";
import { dictType } from "./builtin-types.js";
import { DictEntry, HashTable, PyDict, dictSize, type FastKey } from "./dict-core.js";
import { internStr } from "./str.js";
import type { Interpreter } from "../vm/interpreter.js";

/** An entry of the view: its value is the namespace's binding. */
class NamespaceEntry {
  static get name(): string {
    return "NamespaceEntry";
  }
  readonly key: PyValue;
  hash = 0;
  /** The binding when last seen: what `pop`/`popitem` return after the name is removed. */
  private last: PyValue;
  constructor(
    private readonly ns: Map<string, PyValue>,
    private readonly name: string,
  ) {
    this.key = internStr(name);
    this.last = ns.get(name)!;
  }
  get value(): PyValue {
    const v = this.ns.get(this.name);
    if (v !== undefined) this.last = v;
    return this.last;
  }
  set value(v: PyValue) {
    this.last = v;
    this.ns.set(this.name, v);
  }
}

type Key = FastKey | DictEntry;

/** The table's Map: str keys are the namespace's names; other keys are kept here. */
class NamespaceEntries extends Map<Key, DictEntry> {
  static override get name(): string {
    return "NamespaceEntries";
  }
  constructor(private readonly ns: Map<string, PyValue>) {
    super();
  }
  private entry(name: string): DictEntry {
    return new NamespaceEntry(this.ns, name) as unknown as DictEntry;
  }
  override get(k: Key): DictEntry | undefined {
    if (typeof k === "string") return this.ns.has(k) ? this.entry(k) : undefined;
    return super.get(k);
  }
  override has(k: Key): boolean {
    return typeof k === "string" ? this.ns.has(k) : super.has(k);
  }
  override set(k: Key, e: DictEntry): this {
    if (typeof k === "string") this.ns.set(k, e.value);
    else super.set(k, e);
    return this;
  }
  override delete(k: Key): boolean {
    return typeof k === "string" ? this.ns.delete(k) : super.delete(k);
  }
  override clear(): void {
    this.ns.clear();
    super.clear();
  }
  override get size(): number {
    return this.ns.size + super.size;
  }
  override *entries(): MapIterator<[Key, DictEntry]> {
    for (const k of [...this.ns.keys()]) if (this.ns.has(k)) yield [k, this.entry(k)];
    for (const [k, e] of [...super.entries()]) yield [k, e];
  }
  override *keys(): MapIterator<Key> {
    for (const [k] of this.entries()) yield k;
  }
  override *values(): MapIterator<DictEntry> {
    for (const [, e] of this.entries()) yield e;
  }
  override [Symbol.iterator](): MapIterator<[Key, DictEntry]> {
    return this.entries();
  }
  override forEach(fn: (value: DictEntry, key: Key, map: Map<Key, DictEntry>) => void): void {
    for (const [k, e] of this.entries()) fn(e, k, this);
  }
}

/** A dict object showing (and changing) namespace `ns`. */
export function namespaceDict(interp: Interpreter, ns: Map<string, PyValue>): PyDict {
  const d = new PyDict(dictType);
  const table = new HashTable();
  table.map = new NamespaceEntries(ns);
  d.table = table;
  return interp.heap.alloc(d, dictSize(ns.size));
}
