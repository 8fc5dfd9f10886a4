// hashlib under the run's limits: a digest runs in one JS call, so hashing charges
// steps in proportion to the bytes hashed (before the work starts) and pbkdf2_hmac
// charges per batch of iterations; both meet the step budget and the deadline.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./helpers-memory.js";

test("hashing counts its bytes as steps", () => {
  const small = run(`import hashlib\nhashlib.sha256(b"x" * 1000).digest()\n`);
  const big = run(`import hashlib\nhashlib.sha256(b"x" * 1_000_000).digest()\n`);
  assert.equal(small.status, "ok");
  assert.equal(big.status, "ok");
  assert.ok(big.stats.steps - small.stats.steps > 100_000, `${small.stats.steps} -> ${big.stats.steps}`);
});

test("a huge input stops at the step budget before it is hashed", () => {
  const r = run(`import hashlib\ndata = b"x" * 4_000_000\nprint("before", flush=True)\nh = hashlib.md5()\nh.update(data)\nprint("never")\n`, { maxSteps: 200_000 });
  assert.equal(r.status, "timeout");
  assert.equal(r.stdout, "before\n");
});

test("pbkdf2_hmac with a huge iteration count ends at the deadline", () => {
  const r = run(`import hashlib\nprint("before", flush=True)\nhashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 10**9)\nprint("never")\n`, { timeoutMs: 300 });
  assert.equal(r.status, "timeout");
  assert.equal(r.stdout, "before\n");
});
