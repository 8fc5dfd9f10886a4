// secrets and uuid4 draw from a reproducible source (docs/python-support.md): every run
// gives the same tokens, and that source is not random's generator, so using secrets
// leaves random's numbers where CPython would have them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./helpers-memory.js";

const TOKENS = `import secrets, uuid\nprint(secrets.token_hex(8), secrets.randbelow(1000), uuid.uuid4())\n`;

test("secrets and uuid4 give the same values in every run", () => {
  const first = run(TOKENS);
  const second = run(TOKENS);
  assert.equal(first.status, "ok", first.combined);
  assert.equal(first.stdout, second.stdout);
  const [hex, below, id] = first.stdout.trim().split(" ");
  assert.match(hex, /^[0-9a-f]{16}$/);
  assert.ok(Number(below) >= 0 && Number(below) < 1000);
  assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test("secrets does not move random's sequence", () => {
  const plain = run(`import random\nrandom.seed(7)\nprint(random.random(), random.getrandbits(40))\n`);
  const mixed = run(`import random, secrets, uuid\nrandom.seed(7)\nsecrets.token_bytes(64)\nuuid.uuid4()\nprint(random.random(), random.getrandbits(40))\n`);
  assert.equal(plain.status, "ok");
  assert.equal(mixed.stdout, plain.stdout);
});
