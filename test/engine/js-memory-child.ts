// Child process of js-memory.test.ts (run with --expose-gc and a V8 heap cap): runs
// programs one after another and prints one JSON line per program with the JS memory
// it used, measured against the modelled heap.
//
// A program marks the points to measure by printing `PROBE <n>` where n is its
// gc.mem_alloc() at that point; the V8 heap in use (after two full collections, so
// only what is reachable counts) is then compared with n. After each run the child
// also reports the process's peak RSS so far.
//
// argv[2]: JSON { heapBytes: number, programs: string[] }
import { runProgram } from "../../src/engine/run.js";
import v8 from "node:v8";

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("run with --expose-gc");

function usedHeap(): number {
  gc!();
  gc!();
  return v8.getHeapStatistics().used_heap_size;
}

/** Lets pending V8 tasks run (e.g. sweeping finished off-thread) before the next measurement. */
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const { heapBytes, programs } = JSON.parse(process.argv[2]) as { heapBytes: number; programs: string[] };
for (const source of programs) {
  await tick();
  const base = usedHeap();
  const probes: { model: number; js: number }[] = [];
  const r = runProgram(source, {
    heapBytes,
    timeoutMs: 60000,
    onOutput: (stream, text) => {
      const m = stream === "stdout" ? /^PROBE (\d+)/.exec(text) : null;
      if (m !== null) probes.push({ model: Number(m[1]), js: usedHeap() - base });
    },
  });
  // What stays reachable after the run: the least of two readings a task apart, so memory V8
  // has not yet handed back between tasks is not taken for something the run left behind.
  const first = usedHeap();
  await tick();
  const after = Math.min(first, usedHeap()) - base;
  process.stdout.write(JSON.stringify({
    source,
    status: r.status,
    error: r.error === null ? null : `${r.error.type}: ${r.error.message.slice(0, 200)}`,
    peakModel: r.stats.peakHeapBytes,
    probes,
    // What a finished run leaves behind in this process (should be ~0: nothing kept).
    retainedAfter: after,
    // The V8 heap in use before this run, for the growth across runs.
    heapBefore: base,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  }) + "\n");
}
