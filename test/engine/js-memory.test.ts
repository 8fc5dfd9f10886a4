// JS memory against the modelled heap, measured in a fresh child process (--expose-gc,
// V8 heap capped): docs/architecture.md ("JS memory against the model") documents the
// bound these tests hold:
//
//   V8 heap in use <= JS_PER_MODEL_BYTE * modelled bytes + JS_CONSTANT
//
// For every probe of a legitimate allocation-heavy program (lists of small objects,
// dicts, strs, tuples, big ints, bytes, instances, weakrefs), and for memory bombs run
// against a 16 MiB heap in a child whose V8 old space is capped at that bound for the
// heap limit: a bomb that made JS outgrow its model would crash the child (V8 out of
// memory), failing the test, instead of answering memory-limit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { BOMBS, LEGITIMATE } from "./js-memory-programs.js";

/** The documented multiple: the worst object kinds (empty instances, bytes) cost ~8-11x their model in V8. */
const JS_PER_MODEL_BYTE = 12;
/** Slack for what a probe cannot attribute to the program (code compiled on first use, stdlib modules...). */
const JS_CONSTANT = 4 * 1024 * 1024;
const HEAP = 16 * 1024 * 1024;
/** RSS V8 may hold as not-yet-collected garbage (young-generation semi-spaces, growth copies). */
const GC_SLACK = 64 * 1024 * 1024;
/** The child's V8 old-space cap for a 16 MiB run: the bound above plus the engine and test runner (~40 MiB). */
const CHILD_OLD_SPACE_MB = Math.ceil((JS_PER_MODEL_BYTE * HEAP) / 2 ** 20) + 64;

interface ChildReport {
  source: string;
  status: string;
  error: string | null;
  peakModel: number;
  probes: { model: number; js: number }[];
  retainedAfter: number;
  heapBefore: number;
  maxRssBytes: number;
}

/**
 * What run i left behind: its retainedAfter, unless the V8 heap was back down by the time the
 * next run started (V8 may keep a run's last value a little longer, e.g. in a per-isolate
 * cache that the next run replaces; a real leak stays).
 */
function leftBehind(reports: ChildReport[], i: number): number {
  const next = reports[i + 1];
  const own = reports[i]!.retainedAfter;
  return next === undefined ? own : Math.min(own, next.heapBefore - reports[i]!.heapBefore);
}

const CHILD = fileURLToPath(new URL("./js-memory-child.ts", import.meta.url));

function runChild(programs: string[], oldSpaceMb = CHILD_OLD_SPACE_MB): ChildReport[] {
  const r = spawnSync(process.execPath, ["--expose-gc", `--max-old-space-size=${oldSpaceMb}`, "--import", "tsx", CHILD, JSON.stringify({ heapBytes: HEAP, programs })], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  assert.equal(r.status, 0, `child died (signal ${r.signal}): ${r.stderr.slice(-2000)}`);
  return r.stdout.trim().split("\n").map((l) => JSON.parse(l) as ChildReport);
}

test("legitimate programs: V8 heap within the documented multiple of the modelled heap", () => {
  const reports = runChild(LEGITIMATE);
  assert.equal(reports.length, LEGITIMATE.length);
  for (const [i, r] of reports.entries()) {
    assert.equal(r.status, "ok", `${r.source}: ${r.error}`);
    assert.equal(r.probes.length, 1, r.source);
    const { model, js } = r.probes[0];
    assert.ok(model > 1_000_000, `${r.source}: the program should fill the heap (${model})`);
    assert.ok(js <= JS_PER_MODEL_BYTE * model + JS_CONSTANT, `${r.source}: ${js} JS bytes for ${model} modelled (${(js / model).toFixed(2)}x)`);
    // A finished run leaves nothing behind in the process.
    assert.ok(leftBehind(reports, i) < JS_CONSTANT, `${r.source}: ${leftBehind(reports, i)} bytes retained after the run`);
  }
});

test("memory bombs answer memory-limit with the V8 heap capped at the documented bound", () => {
  const reports = runChild(BOMBS);
  assert.equal(reports.length, BOMBS.length);
  for (const [i, r] of reports.entries()) {
    assert.equal(r.status, "memory-limit", `${r.source}: ${r.status} ${r.error}`);
    assert.match(r.error ?? "", /^MemoryError: memory allocation failed/, r.source);
    assert.ok(r.peakModel <= HEAP, r.source);
    assert.ok(leftBehind(reports, i) < JS_CONSTANT, `${r.source}: ${leftBehind(reports, i)} bytes retained after the run`);
  }
});

test("tuple(range(10**8)) with a 16 MiB heap: memory-limit without growing the process", () => {
  // The first program only warms the child up (engine loaded, code compiled): the bombs
  // must not raise the process's peak RSS by more than a small multiple of the heap.
  const [warm, ranged, generated] = runChild(["x = tuple(range(1000))", "tuple(range(10**8))", "tuple(x for x in range(10**8))"]);
  assert.equal(warm.status, "ok");
  assert.equal(ranged.status, "memory-limit");
  assert.equal(generated.status, "memory-limit");
  // A range's length is known: refused before any item exists.
  assert.ok(ranged.maxRssBytes - warm.maxRssBytes <= HEAP, `range: +${ranged.maxRssBytes - warm.maxRssBytes} bytes RSS`);
  // A generator's is not: the items array is checked against the heap as it grows (it
  // costs what its model says, 8 bytes per item, plus V8's growth copies and the young
  // generation's garbage, which depend on V8's settings, not on the program).
  const grown = generated.maxRssBytes - warm.maxRssBytes;
  assert.ok(grown <= 2 * HEAP + GC_SLACK, `generator: +${grown} bytes RSS`);
});
