// Module namespaces with change counters, so compiled name lookups can cache exactly.
//
// A `Namespace` is a JS Map (every reader and writer of globals keeps using the Map API
// unchanged) that counts its own changes: `keysVersion` moves when a key is added or
// removed, `valuesVersion` on every write. Because the counting is in the overridden
// mutators, no writer can forget it. The `__main__` globals and the builtins dict are
// Namespaces (vm/bootstrap.ts); other globals maps (exec with a dict, imported Python
// modules) are plain Maps and their lookups are simply not cached.
//
// Used by compileLoadName (compiler/expr.ts): a global name that resolves to a builtin
// caches the builtin while the globals' key set and the builtins are unchanged (a name
// being rebound in globals does not move keysVersion, and it cannot make a missing key
// appear, so the cache stays exact).

import type { PyValue } from "../objects/object.js";

export class Namespace extends Map<string, PyValue> {
  static override get name(): string {
    return "Namespace";
  }
  declare keysVersion: number;
  declare valuesVersion: number;
  constructor() {
    super();
    this.keysVersion = 0;
    this.valuesVersion = 0;
  }
  override set(key: string, value: PyValue): this {
    const n = this.size;
    super.set(key, value);
    if (this.size !== n) this.keysVersion++;
    this.valuesVersion++;
    return this;
  }
  override delete(key: string): boolean {
    if (!super.delete(key)) return false;
    this.keysVersion++;
    this.valuesVersion++;
    return true;
  }
  override clear(): void {
    super.clear();
    this.keysVersion++;
    this.valuesVersion++;
  }
}

/** A Namespace holding `entries`, in order, at version 0 (filled without the counting). */
export function namespaceFrom(entries: Iterable<[string, PyValue]>): Namespace {
  const ns = new Namespace();
  const set = Map.prototype.set;
  for (const [k, v] of entries) set.call(ns, k, v);
  return ns;
}
