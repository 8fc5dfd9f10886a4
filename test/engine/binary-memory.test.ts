// The binary types charge the heap before JavaScript allocates (objects/reserve.ts):
// array, struct, memoryview, bytes formatting and hex of huge sizes end as
// `memory-limit` with the heap's MemoryError and its `memory-error` event.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runProgram } from "../../src/engine/run.js";

const HEAP = 16 * 1024 * 1024;

const BOMBS = [
  "from array import array\narray('d', [0]) * 10**9",
  "from array import array\na = array('b', [1])\na *= 10**10",
  "from array import array\na = array('q', [1, 2])\nwhile True:\n    a.extend(a)",
  "from array import array\narray('d', range(10**9))",
  "from array import array\narray('b', bytes(10**7)).tolist()",
  "from array import array\narray('d', [0.5]) * 10**6 + array('d', [0.5]) * 10**6",
  "import struct\nstruct.pack('1000000000x')",
  "import struct\nstruct.pack('<1000000000s', b'')",
  "import struct\nstruct.pack('4294967296x')",
  "m = memoryview(bytearray(10**7))\nx = m.cast('d').tolist()",
  "m = memoryview(bytes(10**7))\nparts = [m.tobytes() for i in range(5)]",
  "bytes(10**7).hex(':')",
  "b'%1000000000d' % 1",
  "b'%-1000000000s' % b'a'",
  "bytearray(b'%s') % (b'x' * 10**7) * 3",
  "import pickle\npickle.dumps([b'x' * 10**6] * 3 + [bytes(10**7)])",
];

for (const source of BOMBS) {
  test(`heap refuses before building: ${source.replace(/\n/g, "; ")}`, () => {
    const r = runProgram(source, { heapBytes: HEAP, timeoutMs: 30000 });
    assert.equal(r.error?.type, "MemoryError", `${source}: ${r.error?.type}: ${r.error?.message}`);
    assert.equal(r.status, "memory-limit", source);
    assert.ok(r.events.some((e) => e.kind === "memory-error"), `${source}: no memory-error event`);
    assert.ok(r.stats.peakHeapBytes <= HEAP, source);
  });
}

test("a view's slice shares memory and the heap counts the bytes once", () => {
  const r = runProgram("ba = bytearray(10**6)\nm = memoryview(ba)\nviews = [m[i:i + 10] for i in range(1000)]\nviews[5][0] = 7\nprint(ba[5], len(views))", { heapBytes: HEAP });
  assert.equal(r.status, "ok", r.error?.message);
  assert.equal(r.stdout, "7 1000\n");
  assert.ok(r.stats.peakHeapBytes < 2 * 10 ** 6, `peak ${r.stats.peakHeapBytes}`);
});
