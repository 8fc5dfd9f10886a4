// The worker's result ceiling (worker/budget.ts): a result within it passes untouched; one the
// engine failed to bound is cut to fit before it crosses to the main thread.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { RunResult } from "../../src/engine/api.js";
import { runProgram } from "../../src/engine/run.js";
import { boundResult, resultCeilingBytes, resultSizeBound } from "../../src/service/worker/budget.js";

const limits = { maxOutputBytes: 1000, maxEvents: 50 };

describe("result budget", () => {
  it("the size bound is an upper bound of the JSON, and the engine's results are within the ceiling", () => {
    for (const source of [
      "print('hello')",
      "import weakref, gc\nclass C: pass\ncs=[C() for i in range(100)]\nrs=[weakref.ref(c, print) for c in cs]\ndel cs\ngc.collect()",
      "raise ValueError('\\x01' * 100000)",
      "while True: print('\\x00' * 100)",
    ]) {
      const r = runProgram(source, limits);
      assert.ok(JSON.stringify(r).length <= resultSizeBound(r), source);
      assert.ok(resultSizeBound(r) <= resultCeilingBytes(limits), source);
      assert.equal(boundResult(r, limits), r, "returned as is");
    }
  });

  it("a result over its ceiling is cut to fit", () => {
    const big = "x".repeat(1_000_000);
    const r: RunResult = {
      status: "error",
      stdout: big,
      stderr: big,
      error: { type: big, message: big, line: 1, traceback: big },
      events: [
        ...Array.from({ length: 200 }, (_, i) => ({ kind: "ref-created" as const, step: i, line: 1, id: i, targetId: i, targetType: big, hasCallback: false })),
        { kind: "run-end", step: 200, line: 0, status: "error", liveBytes: 0, pendingFinalizers: Array.from({ length: 5000 }, (_, i) => i) },
      ],
      eventsDropped: 0,
      stats: { steps: 200, wallMs: 1, collections: 0, freedObjects: 0, peakHeapBytes: 0, heapLimitBytes: 0 },
      exitCode: 1,
      limit: null,
    };
    const cut = boundResult(r, limits);
    assert.ok(JSON.stringify(cut).length <= resultCeilingBytes(limits));
    assert.equal(cut.events.length, 50);
    assert.equal(cut.events.at(-1)!.kind, "run-end");
    assert.equal(cut.eventsDropped, 151);
    assert.ok(cut.stdout.length + cut.stderr.length <= 1000);
    assert.ok(cut.error!.type.length <= 200 && cut.error!.message.length <= 1000);
  });
});
