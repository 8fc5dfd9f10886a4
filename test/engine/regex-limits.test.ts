// `re` under the run's limits: the matcher counts its steps, so a catastrophic pattern
// ends as "timeout" inside the engine (events, stats and output kept), the step budget
// stops it too, a huge backtrack stack is a MemoryError, and long subjects do not
// touch the JS call stack.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, py } from "./helpers-memory.js";

const CATASTROPHIC = py`
  import re, gc, weakref
  class Box:
      pass
  b = Box()
  r = weakref.ref(b)
  gc.collect()
  print("before", flush=True)
  re.match(r'(a+)+$', 'a' * 60 + 'b')
  print("never")
`;

test("catastrophic backtracking ends as timeout at the deadline, with events and stats", () => {
  const r = run(CATASTROPHIC, { timeoutMs: 300 });
  assert.equal(r.status, "timeout");
  assert.equal(r.stdout, "before\n");
  assert.ok(r.stats.steps > 1000, `steps counted: ${r.stats.steps}`);
  assert.ok(r.events.some((e) => e.kind === "ref-created"), "events recorded before the regex are kept");
  assert.ok(r.events.some((e) => e.kind === "gc-end"), "the collection's events are kept");
  const end = r.events[r.events.length - 1];
  assert.ok(end.kind === "run-end" && end.status === "timeout", JSON.stringify(end));
});

test("catastrophic backtracking also ends at the step budget", () => {
  const r = run(CATASTROPHIC, { maxSteps: 200_000 });
  assert.equal(r.status, "timeout");
  assert.equal(r.stdout, "before\n");
  assert.ok(r.stats.steps > 200_000 && r.stats.steps < 210_000, `stopped at the budget: ${r.stats.steps}`);
});

test("a catastrophic findall/sub/split cannot escape the limits either", () => {
  for (const call of ["re.findall(r'(x+x+)+y', 'x' * 40)", "re.sub(r'(a|aa)+$', '', 'a' * 50 + 'b')", "re.split(r'(\\w+\\s?)+$', 'ab ' * 20 + '!')"]) {
    const r = run(`import re\n${call}\nprint("never")\n`, { maxSteps: 100_000 });
    assert.equal(r.status, "timeout", call);
    assert.equal(r.stdout, "", call);
  }
});

test("the run's steps include the matcher's work", () => {
  const small = run(`import re\nre.match(r'\\w+', 'ab')\n`);
  const big = run(`import re\nre.match(r'(\\w+\\s?)+$', 'ab ' * 12 + '!')\n`);
  assert.equal(small.status, "ok");
  assert.equal(big.status, "ok");
  assert.ok(big.stats.steps > small.stats.steps + 10_000, `${big.stats.steps} vs ${small.stats.steps}`);
});

test("long subjects: no JS stack overflow, captures of the last iteration", () => {
  // The backtrack stack is charged to the heap (16 bytes a frame): give it room.
  const r = run(py`
    import re
    s = "ab" * 100000 + "c"
    m = re.match(r"(a|b)*c", s)
    print(m.span(), m.group(1))
    print(re.match(r"(?:(a)|b)*?c", s).span(), len(re.findall(r"(?:ab)+", s)))
    print(re.fullmatch(r"(?:(\\w)\\1?)+", "aab" * 50000).lastindex)
  `, { heapBytes: 96 << 20 });
  assert.equal(r.status, "ok", r.combined);
  assert.equal(r.stdout, "(0, 200001) b\n(0, 200001) 1\n1\n");
});

test("a backtrack stack beyond the heap is a catchable MemoryError", () => {
  const r = run(py`
    import re
    try:
        re.match(r"(?:(a)|b)*c", "ab" * 400000)
    except MemoryError:
        print("MemoryError")
    print(re.match(r"a+", "aaa").group())
  `, { heapBytes: 8 << 20 });
  assert.equal(r.status, "ok", r.combined);
  assert.equal(r.stdout, "MemoryError\naaa\n");
});
