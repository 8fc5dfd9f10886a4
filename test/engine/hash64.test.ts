// CPython 3.11's 64-bit hashes (values printed by `PYTHONHASHSEED=0 python3`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { Hash64, complexHash64, frozensetHash64, strHash64, bytesHash64, tupleHash64, floatHash64 } from "../../src/engine/objects/hash64.js";
import { runProgram } from "../../src/engine/run.js";

test("str and bytes: SipHash-1-3 with the zero key, by storage kind", () => {
  const h = new Hash64();
  assert.equal(strHash64("", h).big(), 0n);
  assert.equal(strHash64("a", h).big(), 4644417185603328019n);
  assert.equal(strHash64("abc", h).big(), -4594863902769663758n);
  assert.equal(strHash64("héllo", h).big(), 6395329678795984700n); // 1 byte per code point
  assert.equal(strHash64("日本", h).big(), 6243316497235261705n); // 2 bytes
  assert.equal(strHash64("😀x", h).big(), -8926728262118538918n); // 4 bytes
  assert.equal(bytesHash64([..."12345678"].map((c) => c.charCodeAt(0)), h).big(), 3785724242978802311n);
  assert.equal(bytesHash64([..."123456789abcdefgh"].map((c) => c.charCodeAt(0)), h).big(), 78424065292164886n);
});

test("tuple: xxHash combination of the item hashes", () => {
  const out = new Hash64();
  const ints = (xs: number[]) => (i: number, lane: Hash64) => (lane.setNumber(xs[i]), true);
  tupleHash64(0, ints([]), out);
  assert.equal(out.big(), 5740354900026072187n);
  tupleHash64(2, ints([1, 2]), out);
  assert.equal(out.big(), -3550055125485641917n);
  tupleHash64(2, ints([-2, -2]), out); // (-1, -2)
  assert.equal(out.big(), 960947337673586213n);
});

test("float, frozenset, complex", () => {
  const h = new Hash64();
  assert.equal(floatHash64(1.5, h).big(), 1152921504606846977n);
  assert.equal(floatHash64(1e100, h).big(), 1822893315824342674n);
  assert.equal(floatHash64(-0.1, h).big(), -230584300921369408n);
  assert.equal(frozensetHash64([], h).big(), 133146708735736n);
  assert.equal(frozensetHash64([new Hash64().setNumber(1), new Hash64().setNumber(2)], h).big(), -1826646154956904602n);
  assert.equal(complexHash64(1, 2, h).big(), 2000007n);
  assert.equal(complexHash64(0, -1, h).big(), -2000006n); // hash(-1.0) is -2
});

test("sets of tuples, floats and negative ints iterate in CPython's order", () => {
  const r = runProgram("print(list({-1, -2, 7}), {(1, 2), (3, 4), (5, 6), (0, 1)}, {1.5, 2.25, 3.125, -0.5})\nprint(hash((1, 2)), hash('abc'))\n");
  assert.equal(r.stdout, "[-2, -1, 7] {(0, 1), (1, 2), (3, 4), (5, 6)} {-0.5, 1.5, 2.25, 3.125}\n-3550055125485641917 -4594863902769663758\n");
});
