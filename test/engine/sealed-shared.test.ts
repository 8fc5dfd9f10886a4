// issue 7, item 2: nothing a run does writes to an object shared between runs.
//
// This file (node's test runner gives it its own process) deep-freezes every object
// the runs share: the sealed builtin types and everything they hold, plus whatever two
// fresh interpreters that imported every module both reach (the same JS object from
// two runs is shared by definition: builtin functions, module constants, singletons).
// Then it runs the Python test programs, the conformance programs and the bench
// programs and checks their outputs: a write to a frozen object throws a JS TypeError,
// which the engine reports as a SystemError, so any write to shared state fails.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { runProgram } from "../../src/engine/run.js";
import { Interpreter } from "../../src/engine/vm/interpreter.js";
import { executeModule } from "../../src/engine/vm/execute.js";
import { moduleFactories } from "../../src/engine/modules/index.js";
import { preparedModules } from "../../src/engine/modules/pysource.js";
import { freezeSharedObjects } from "../../src/engine/objects/seal.js";
import { intType, strType } from "../../src/engine/objects/builtin-types.js";
import { exceptionTypes } from "../../src/engine/objects/exceptions.js";
import { iteratorTypes } from "../../src/engine/objects/iterators.js";

const here = dirname(fileURLToPath(import.meta.url));

/** Every JS object reachable from `roots` through own properties, Map and Set entries. */
function reachable(roots: object[]): Set<object> {
  const seen = new Set<object>();
  const stack = roots.slice();
  const push = (v: unknown): void => {
    if (v !== null && typeof v === "object" && !seen.has(v)) stack.push(v);
  };
  while (stack.length > 0) {
    const o = stack.pop() as object;
    if (seen.has(o)) continue;
    seen.add(o);
    if (ArrayBuffer.isView(o)) continue;
    if (o instanceof Map) for (const [k, v] of o) (push(k), push(v));
    else if (o instanceof Set) for (const v of o) push(v);
    for (const key of Reflect.ownKeys(o)) {
      const d = Object.getOwnPropertyDescriptor(o, key);
      if (d !== undefined && "value" in d) push(d.value);
    }
  }
  return seen;
}

/** An interpreter that has imported every module (and used a few of each kind of object). */
function warmInterpreter(): Interpreter {
  const interp = new Interpreter({});
  const names = [...moduleFactories.keys()].filter((n) => n !== "__future__");
  executeModule(interp, names.map((n) => `import ${n}`).join("\n") + "\nx = [1, 'a', 2.5, (1,), {1: 2}, {3}, b'x', 10**40]\n");
  return interp;
}

function sharedBetweenTwoRuns(): object[] {
  const a = reachable([warmInterpreter()]);
  const out: object[] = [];
  for (const o of reachable([warmInterpreter()])) if (a.has(o)) out.push(o);
  return out;
}

const shared = sharedBetweenTwoRuns();
// Plus the engine's load-time tables: no run may register a module or a builtin type;
// and what is compiled once per worker for the embedded modules (their ASTs and scope
// analyses, modules/pysource.ts), which every later import reads.
const frozenCount = freezeSharedObjects([...shared, moduleFactories, exceptionTypes, iteratorTypes, ...preparedModules()]);

test("the switch froze the shared objects (types, their dicts' storage, singletons)", () => {
  assert.ok(frozenCount > 1000, String(frozenCount));
  assert.ok(Object.isFrozen(intType) && Object.isFrozen(strType.dict));
  assert.throws(() => strType.dict.set("evil", 1), TypeError);
  assert.throws(() => ((intType as unknown as { version: number }).version = 99), TypeError);
  assert.throws(() => moduleFactories.set("evil", () => { throw new Error(); }), TypeError);
  const prepared = preparedModules();
  assert.ok(prepared.length > 20, String(prepared.length));
  assert.ok(prepared.every((p) => Object.isFrozen(p.ast) && Object.isFrozen(p.ast.body) && Object.isFrozen(p.scopes.get(p.ast))));
});

function programs(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...programs(p));
    else if (name.endsWith(".py") && existsSync(p.slice(0, -3) + ".exp")) out.push(p);
  }
  return out;
}

const all = [
  ...programs(join(here, "..", "python")),
  ...programs(join(here, "..", "conformance")),
  ...programs(join(here, "..", "..", "bench", "programs")),
];

for (const file of all) {
  test(`frozen shared state: ${file.slice(join(here, "..", "..").length + 1)}`, () => {
    const source = readFileSync(file, "utf8");
    const expected = readFileSync(file.slice(0, -3) + ".exp", "utf8");
    const stdinPath = file.slice(0, -3) + ".in";
    const stdin = existsSync(stdinPath) ? readFileSync(stdinPath, "utf8") : "";
    let combined = "";
    // As test/python/run.test.ts does: unittest programs run on a clock that stands still
    // ("Ran N tests in 0.000s").
    const now = /[\\/]unittest[\\/]/.test(file) ? () => 0 : undefined;
    const r = runProgram(source, { filename: basename(file), stdin, now, onOutput: (_s, t) => (combined += t) });
    // An engine bug (here: a write to a frozen object) is reported as "internal error".
    assert.doesNotMatch(combined, /internal error/);
    assert.ok(!(r.error?.type === "SystemError" && /internal error/.test(r.error.message)), r.error?.message);
    assert.equal(combined, expected);
  });
}

test("frozen shared state: probing unique names on builtin types records nothing", () => {
  const r = runProgram(`
class C:
    pass
n = 0
for i in range(300):
    name = "attr_%d_" % i + "z" * 2000
    n += hasattr(0, name) + hasattr("", name) + hasattr([], name) + hasattr(int, name)
    n += hasattr(type, name) + hasattr(object(), name) + hasattr(C(), name) + hasattr(None, name)
    try:
        getattr(1.5, name)
    except AttributeError:
        n += 1
print(n, hasattr(0, "real"), getattr(str, "join") is str.join)
`);
  assert.equal(r.stdout, "300 True True\n");
  assert.equal(r.status, "ok");
});
