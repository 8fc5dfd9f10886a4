// Sealed builtin types (objects/seal.ts): lookups read a complete table and write
// nothing; user classes keep a bounded per-class cache; the collector leaves shared
// objects untouched.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Interpreter } from "../../src/engine/vm/interpreter.js";
import { executeModule } from "../../src/engine/vm/execute.js";
import { allBuiltinTypes } from "../../src/engine/objects/type.js";
import { intType, listType, boolType, objectType, None } from "../../src/engine/objects/builtin-types.js";
import { SHARED_MARK } from "../../src/engine/heap/heap.js";

function interpRun(source: string): Interpreter {
  const interp = new Interpreter({});
  executeModule(interp, source);
  return interp;
}

test("every builtin type is sealed with a complete table once a run starts", () => {
  interpRun("pass");
  for (const t of allBuiltinTypes()) {
    assert.ok(t.sealedTable !== null, t.name);
    assert.equal(t.mark, SHARED_MARK, t.name);
    // Complete: every name of every dict along the MRO, the first definition winning.
    for (const base of t.mro) {
      for (const [k] of base.dict) {
        const owner = t.mro.find((m) => m.dict.has(k))!;
        assert.equal(t.lookup(k), owner.dict.get(k), `${t.name}.${k}`);
      }
    }
  }
  assert.ok(!boolType.dict.has("bit_length") && intType.dict.has("bit_length"));
  assert.equal(boolType.lookup("bit_length"), intType.dict.get("bit_length"));
  assert.equal(boolType.lookup("no_such_name"), null);
  assert.equal(listType.lookup("__init_subclass__"), objectType.lookup("__init_subclass__"));
  assert.equal(None.mark, SHARED_MARK);
});

test("probing missing names on builtin types changes nothing on them", () => {
  interpRun("pass");
  const before = allBuiltinTypes().map((t) => [t.sealedTable!.size, t.version, t.lookupCache.size]);
  const interp = interpRun(`
for i in range(500):
    name = "missing_%d" % i
    hasattr(0, name); hasattr([], name); hasattr(int, name); hasattr(type, name); hasattr(None, name)
    try:
        getattr(object(), name)
    except AttributeError:
        pass
import gc
gc.collect()
`);
  const after = allBuiltinTypes().map((t) => [t.sealedTable!.size, t.version, t.lookupCache.size]);
  assert.deepEqual(after, before);
  assert.ok(interp.collector.collections >= 1);
  for (const t of allBuiltinTypes()) assert.equal(t.mark, SHARED_MARK, t.name);
});

test("a user class's lookup cache is bounded", () => {
  const interp = interpRun(`
class C:
    def m(self):
        return 1
c = C()
for i in range(10000):
    hasattr(c, "probe_%d" % i)
ok = c.m() == 1 and not hasattr(c, "probe_3")
`);
  const C = interp.userClasses[0];
  assert.equal(C.name, "C");
  assert.ok(C.lookupCache.size <= 4096, String(C.lookupCache.size));
  assert.equal(interp.mainModule.dict.get("ok"), true);
});
