// Sealing the builtin types: after it, nothing a run does writes to an object shared
// between runs (docs/architecture.md, "Isolation").
//
// Builtin types are built at load time, bare in builtin-types.ts and filled by their
// own files (and the modules' files for deque, Random, ...). Sealing them gives each a
// complete lookup table (every name along its MRO, first definition wins), so
// `PyType.lookup` on a builtin type only reads: a miss is an absent name, never a
// recorded one. It also stamps the types and everything their dicts hold that is not
// a heap object with SHARED_MARK and fills their hash caches, so the collector treats
// them as already marked (it never writes its epoch on them) and `hash()` of a shared
// str or bytes never writes either.

import type { PyObject, PyValue } from "./object.js";
import { allBuiltinTypes, sealType, takeUnsealedBuiltinTypes } from "./type.js";
import { PyStr, cpLength, strHash } from "./str.js";
import { SHARED_MARK } from "../heap/heap.js";
import { None, NotImplemented, Ellipsis } from "./builtin-types.js";
import { emptyStr } from "./str.js";
import { emptyTuple } from "./tuple.js";

/**
 * Seal every builtin type created so far. Idempotent and cheap when there is nothing
 * new: the interpreter calls it before each run (vm/bootstrap.ts); the first call seals
 * everything the engine defines at load time, with the same result whichever run it is.
 */
export function sealBuiltinTypes(): void {
  const types = takeUnsealedBuiltinTypes();
  if (types.length === 0) return;
  for (const t of types) {
    const table = new Map<string, PyValue>();
    for (let i = t.mro.length - 1; i >= 0; i--) for (const [k, v] of t.mro[i].dict) table.set(k, v);
    sealType(t, table);
  }
  const stack: PyObject[] = [];
  const stamp = (v: PyValue): void => {
    if (typeof v !== "object" || v.mark === SHARED_MARK || v.size !== 0) return;
    v.mark = SHARED_MARK;
    if (v instanceof PyStr) {
      strHash(v);
      cpLength(v);
    }
    stack.push(v);
  };
  for (const t of types) stamp(t);
  for (const v of [None, NotImplemented, Ellipsis, emptyStr, emptyTuple]) stamp(v);
  while (stack.length > 0) {
    const o = stack.pop() as PyObject;
    stamp(o.cls);
    o.cls.traverse?.(o, stamp);
  }
}

/**
 * Test switch: deep-freeze every sealed builtin type and everything reachable from them
 * and from `extraRoots` (other objects shared by every run: the singletons, the
 * constants of builtin modules...), so that any later write to shared state throws a
 * JS TypeError (an engine bug, reported as SystemError) instead of going unnoticed.
 * `Object.freeze` does not stop a Map's or Set's own mutators, so their `set`, `add`,
 * `delete` and `clear` are replaced by throwing ones first. Irreversible for the whole
 * JS realm: only for a process that exists to check isolation. Returns how many JS
 * objects it froze.
 */
export function freezeSharedObjects(extraRoots: Iterable<object> = []): number {
  sealBuiltinTypes();
  const seen = new Set<object>();
  const stack: object[] = [...allBuiltinTypes(), None, NotImplemented, Ellipsis, emptyStr, emptyTuple, ...extraRoots];
  const deny = (): never => {
    throw new TypeError("write to an object shared by every run");
  };
  const push = (v: unknown): void => {
    if (v !== null && typeof v === "object" && !seen.has(v)) stack.push(v);
  };
  while (stack.length > 0) {
    const o = stack.pop() as object;
    if (seen.has(o)) continue;
    seen.add(o);
    if (ArrayBuffer.isView(o) || o instanceof ArrayBuffer) continue; // cannot be frozen
    if (o instanceof Map) {
      for (const [k, v] of o) {
        push(k);
        push(v);
      }
      for (const m of ["set", "delete", "clear"]) Object.defineProperty(o, m, { value: deny });
    } else if (o instanceof Set) {
      for (const v of o) push(v);
      for (const m of ["add", "delete", "clear"]) Object.defineProperty(o, m, { value: deny });
    }
    for (const key of Reflect.ownKeys(o)) {
      const d = Object.getOwnPropertyDescriptor(o, key);
      if (d !== undefined && "value" in d) push(d.value);
    }
    Object.freeze(o);
  }
  return seen.size;
}
