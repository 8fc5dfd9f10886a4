// The engine's side of the hardening: options validated, exitCode and limit in every result,
// a BOM accepted, and the result budget (event strings, error text, run-end's id list) bounded
// at the source.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, py } from "./helpers-memory.js";
import { runProgram } from "../../src/engine/run.js";
import { MAX_EVENT_STRING, MAX_PENDING_FINALIZERS, type RunOptions, type RunProgress, type TraceEvent } from "../../src/engine/api.js";
import { utf8Length } from "../../src/engine/vm/output.js";

test("invalid numeric options are thrown: TypeError for a non-number, RangeError for NaN, Infinity, negative, fractional", () => {
  const bad: [RunOptions, RegExp, ErrorConstructor][] = [
    [{ heapBytes: NaN }, /heapBytes .* got NaN/, RangeError],
    [{ heapBytes: 0 }, /heapBytes must be an integer from 1/, RangeError],
    [{ heapBytes: Infinity }, /heapBytes/, RangeError],
    [{ timeoutMs: -1 }, /timeoutMs .*\(0: no deadline\), got -1/, RangeError],
    [{ timeoutMs: 2.5 }, /timeoutMs/, RangeError],
    [{ maxSteps: Infinity }, /maxSteps .*\(0: no step budget\)/, RangeError],
    [{ maxOutputBytes: -5 }, /maxOutputBytes/, RangeError],
    [{ maxEvents: 1.5 }, /maxEvents/, RangeError],
    [{ recursionLimit: 0 }, /recursionLimit must be an integer from 1/, RangeError],
    [{ heapBytes: "1024" as unknown as number }, /heapBytes must be a number, got string/, TypeError],
    [{ maxSteps: 2 ** 60 }, /maxSteps/, RangeError],
  ];
  for (const [options, message, type] of bad) {
    assert.throws(() => runProgram("print(1)", options), (e: Error) => e instanceof type && message.test(e.message), JSON.stringify(options));
  }
});

test("0 means unlimited for timeoutMs, maxSteps and maxOutputBytes; maxEvents 0 keeps only run-end", () => {
  const r = runProgram("for i in range(3000): pass\nprint('x' * 100)\n", { timeoutMs: 0, maxSteps: 0, maxOutputBytes: 0, maxEvents: 0 });
  assert.equal(r.status, "ok");
  assert.equal(r.stdout.length, 101);
  assert.deepEqual(r.events.map((e) => e.kind), ["run-end"]);
});

test("exitCode and limit, like a process", () => {
  const cases: [string, RunOptions, string, number | null, string | null][] = [
    ["print(1)", {}, "ok", 0, null],
    ["import sys\nsys.exit()", {}, "ok", 0, null],
    ["import sys\nsys.exit(0)", {}, "ok", 0, null],
    ["exit(0)", {}, "ok", 0, null],
    ["import sys\nsys.exit(None)", {}, "ok", 0, null],
    ["import sys\nsys.exit(3)", {}, "error", 3, null],
    ["import sys\nsys.exit(True)", {}, "error", 1, null],
    ["import sys\nsys.exit('bye')", {}, "error", 1, null],
    ["1/0", {}, "error", 1, null],
    ["def f(:", {}, "error", 1, null],
    ["while True: pass", { maxSteps: 1000 }, "timeout", null, "steps"],
    ["while True: pass", { timeoutMs: 30 }, "timeout", null, "deadline"],
    ["while True: print('x' * 10)", { maxOutputBytes: 100 }, "output-limit", null, "output"],
    ["x = [0] * 10**7", { heapBytes: 1 << 20 }, "memory-limit", 1, "heap"],
  ];
  for (const [source, options, status, exitCode, limit] of cases) {
    const r = runProgram(source, options);
    assert.deepEqual([r.status, r.exitCode, r.limit], [status, exitCode, limit], source);
  }
  // sys.exit(n) writes nothing; sys.exit("msg") prints the message like CPython.
  assert.equal(runProgram("import sys\nsys.exit(3)").stderr, "");
  assert.equal(runProgram("import sys\nsys.exit('bye')").stderr, "bye\n");
});

test("a UTF-8 BOM at the start of the source is not part of the program", () => {
  const r = runProgram("\ufeffimport sys\nprint('bom', 1)\nx = 1/0\n");
  assert.equal(r.stdout, "bom 1\n");
  assert.equal(r.error?.line, 3, "lines are counted as without the BOM");
  // Anywhere else it is still an invalid character, as in CPython.
  assert.equal(runProgram("x = 1\n\ufeffy = 2\n").error?.type, "SyntaxError");
});

test("event strings are capped at MAX_EVENT_STRING when recorded (a class with a 1 MB name)", () => {
  const r = run(py`
    import gc, weakref
    C = type('C' * 1000000, (), {})
    def fail(r):
        raise ValueError('v' * 100000)
    objs = [C() for i in range(50)]
    refs = [weakref.ref(o, fail) for o in objs]
    del objs
    gc.collect()
  `, { heapBytes: 8 << 20 });
  assert.equal(r.status, "ok");
  const created = r.events.filter((e) => e.kind === "ref-created");
  assert.equal(created.length, 50);
  for (const e of created) {
    assert.equal(e.targetType.length, MAX_EVENT_STRING);
    assert.ok(e.targetType.endsWith("…") && e.targetType.startsWith("CCCC"));
  }
  const failed = r.events.filter((e) => e.kind === "ref-callback" && e.outcome === "error");
  assert.equal(failed.length, 50);
  for (const e of failed) assert.ok(e.kind === "ref-callback" && e.error!.length === MAX_EVENT_STRING && e.error!.startsWith("ValueError: vvv"));
  assert.ok(JSON.stringify(r.events).length < 50 * 2 * 400, "the trace is small");
});

test("error.message and error.traceback count against maxOutputBytes", () => {
  const r = runProgram("raise ValueError('x' * 3_000_000)", { maxOutputBytes: 1000, heapBytes: 16 << 20 });
  assert.equal(r.status, "error");
  assert.equal(r.exitCode, 1);
  assert.ok(utf8Length(r.error!.message) <= 1000 && r.error!.message.endsWith("…"));
  assert.ok(utf8Length(r.error!.traceback) <= 1000 && r.error!.traceback.startsWith("Traceback (most recent call last):"));
  assert.ok(utf8Length(r.stderr) <= 1000);
  // A huge exception class name: error.type is capped like event strings.
  const t = runProgram("E = type('E' * 100000, (Exception,), {})\nraise E()", { maxOutputBytes: 1000 });
  assert.equal(t.error!.type.length, MAX_EVENT_STRING);
  // Within the budget, nothing is cut.
  const small = runProgram("raise ValueError('é' * 10)", { maxOutputBytes: 1000 });
  assert.equal(small.error!.message, "é".repeat(10));
});

test("run-end lists at most MAX_PENDING_FINALIZERS pending finalizers, counting the rest", () => {
  const r = runProgram(py`
    import weakref
    class N: pass
    keep = [N() for i in range(${MAX_PENDING_FINALIZERS + 20})]
    fs = [weakref.finalize(o, print) for o in keep]
  `, { maxEvents: 10 });
  const end = r.events.at(-1)!;
  assert.ok(end.kind === "run-end");
  assert.equal(end.pendingFinalizers.length, MAX_PENDING_FINALIZERS);
  assert.equal(end.pendingFinalizersDropped, 20);
  const few = runProgram("import weakref\nclass N: pass\nn = N()\nf = weakref.finalize(n, print)\n").events.at(-1)!;
  assert.ok(few.kind === "run-end" && few.pendingFinalizers.length === 1 && !("pendingFinalizersDropped" in few));
});

test("onEvent sees every kept event in order; onProgress reports the counters every 1000 steps", () => {
  const seen: TraceEvent[] = [];
  const progress: RunProgress[] = [];
  const r = runProgram(py`
    import gc, weakref
    class N: pass
    keep = [N() for i in range(20)]
    refs = [weakref.ref(o) for o in keep]
    del keep
    gc.collect()
    for i in range(3000): pass
  `, { maxEvents: 30, onEvent: (e) => seen.push(e), onProgress: (p) => progress.push(p) });
  assert.deepEqual(seen, r.events);
  assert.equal(r.events.length, 30, "capped: dropped events are not passed to onEvent");
  assert.ok(r.eventsDropped > 0);
  assert.ok(progress.length >= 3, `${progress.length} reports`);
  for (let i = 1; i < progress.length; i++) assert.ok(progress[i]!.steps > progress[i - 1]!.steps);
  const last = progress.at(-1)!;
  assert.equal(last.collections, 1);
  assert.ok(last.peakHeapBytes > 0 && last.eventsDropped === r.eventsDropped);
});
