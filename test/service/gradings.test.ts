// POST /v1/gradings over the real HTTP API and the real pool: every comparison mode, every
// test verdict, scores, pretests, stopOnFirstFailure, code tests (and unittest when the
// module exists), event matchers, the checker, files, syntax errors, the student view and
// both export formats.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { http, makeApp, postRun, problemOf } from "./helpers.js";

type Body = Record<string, any>;

function postGrading(app: FastifyInstance, body: unknown, query = "", headers: Record<string, string> = {}) {
  let req = http(app).post(`/v1/gradings${query}`).set("content-type", "application/json");
  for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
  return req.send(JSON.stringify(body));
}

const byId = (body: Body) => Object.fromEntries((body.tests as Body[]).map((t) => [t.id, t]));

const ADD = "a, b = map(float, input().split())\nprint(a + b)\n";

describe("POST /v1/gradings", () => {
  let app: FastifyInstance;
  before(async () => {
    app = await makeApp({ POOL_THREADS: "2" });
  });
  after(() => app.close());

  it("every comparison mode, passing and failing, with the first difference in the message", async () => {
    const src = "import sys\nlines = sys.stdin.read().split('\\n')\nfor l in lines:\n    if l:\n        print(l)\n";
    const tests = [
      { id: "exact-ok", stdin: "a b\nc", expect: { stdout: "a b\nc\n", compare: "exact" } },
      { id: "exact-bad", stdin: "a b\nc", expect: { stdout: "a b\nc", compare: "exact" } },
      { id: "rstrip-ok", stdin: "a b  \nc", expect: { stdout: "a b\nc\n\n\n", compare: "rstrip" } },
      { id: "rstrip-bad", stdin: "a b\nc", expect: { stdout: "a b\nd\n", compare: "rstrip" } },
      { id: "tokens-ok", stdin: "1  2\n3", expect: { stdout: "1 2 3", compare: "tokens" } },
      { id: "tokens-bad", stdin: "1 2\n3", expect: { stdout: "1 2 4", compare: "tokens" } },
      { id: "float-ok", stdin: "3.3333333\n2", expect: { stdout: "3.33333 2.0000001", compare: "float", absTol: 1e-4 } },
      { id: "float-bad", stdin: "3.4\n2", expect: { stdout: "3.3 2", compare: "float", relTol: 0.01 } },
      { id: "regex-ok", stdin: "id 42\nok", expect: { stdout: "id \\d+\\nok\\n", compare: "regex" } },
      { id: "regex-bad", stdin: "id x", expect: { stdout: "id \\d+\\n", compare: "regex" } },
      { id: "unordered-ok", stdin: "b\na\nb", expect: { stdout: "b\nb\na", compare: "lines-unordered" } },
      { id: "unordered-bad", stdin: "b\na", expect: { stdout: "a\nc", compare: "lines-unordered" } },
    ];
    const res = await postGrading(app, { source: src, tests });
    assert.equal(res.status, 200, res.text);
    const t = byId(res.body);
    for (const test of tests) {
      assert.equal(t[test.id].status, test.id.endsWith("-ok") ? "passed" : "failed", `${test.id}: ${t[test.id].message}`);
    }
    assert.equal(t["exact-bad"].message, "output has an extra final newline");
    assert.equal(t["rstrip-bad"].message, 'line 2 differs at column 1: expected "d", got "c"');
    assert.equal(t["tokens-bad"].message, 'token 3 differs: expected "4", got "3"');
    assert.match(t["float-bad"].message, /^token 1: expected 3\.3, got 3\.4 \(beyond absTol 1e-9, relTol 0\.01\)$/);
    assert.equal(t["regex-bad"].message, "output does not match /id \\d+\\n/");
    assert.equal(t["unordered-bad"].message, 'missing line "c"; unexpected line "b"');
    assert.equal(res.body.score, 6);
    assert.equal(res.body.maxScore, 12);
  });

  it("every verdict: passed, failed, error, timeout, memory-limit, output-limit, skipped", async () => {
    const src = [
      "cmd = input()",
      "if cmd == 'loop':",
      "    while True: pass",
      "elif cmd == 'mem':",
      "    x = [list(range(100)) for i in range(100000)]",
      "elif cmd == 'out':",
      "    print('x' * 5000)",
      "elif cmd == 'err':",
      "    raise ValueError('bad input')",
      "else:",
      "    print('hi')",
    ].join("\n");
    const res = await postGrading(app, {
      source: src,
      limits: { timeoutMs: 2000 },
      tests: [
        { id: "pass", stdin: "x", expect: { stdout: "hi" } },
        { id: "fail", stdin: "x", expect: { stdout: "bye" } },
        { id: "error", stdin: "err", expect: { stdout: "hi" } },
        { id: "timeout", stdin: "loop", expect: { stdout: "hi" }, limits: { maxSteps: 100000 } },
        { id: "memory", stdin: "mem", expect: { stdout: "hi" }, limits: { heapBytes: 200000 } },
        { id: "output", stdin: "out", expect: { stdout: "hi" }, limits: { maxOutputBytes: 1000 } },
        { id: "skip", stdin: "x", expect: { stdout: "hi" } },
      ],
      policy: { stopOnFirstFailure: true },
    });
    assert.equal(res.status, 200, res.text);
    const t = byId(res.body);
    assert.equal(t.pass.status, "passed");
    assert.equal(t.fail.status, "failed");
    // stopOnFirstFailure: in order, one at a time, the rest skipped after the first failure.
    for (const id of ["error", "timeout", "memory", "output", "skip"]) {
      assert.equal(t[id].status, "skipped");
      assert.equal(t[id].message, "skipped: test fail failed (stopOnFirstFailure)");
    }
    const all = await postGrading(app, {
      source: src,
      limits: { timeoutMs: 2000 },
      tests: [
        { id: "pass", stdin: "x", expect: { stdout: "hi" } },
        { id: "error", stdin: "err", expect: { stdout: "hi" } },
      ],
    });
    const u = byId(all.body);
    assert.equal(u.error.status, "error");
    assert.match(u.error.message, /ValueError: bad input$/);
    assert.equal(u.pass.status, "passed");
    const limited = await postGrading(app, {
      source: src,
      tests: [
        { id: "timeout", stdin: "loop", limits: { maxSteps: 100000 } },
        { id: "memory", stdin: "mem", limits: { heapBytes: 200000 } },
        { id: "output", stdin: "out", limits: { maxOutputBytes: 1000 } },
      ],
    });
    const v = byId(limited.body);
    assert.equal(v.timeout.status, "timeout");
    assert.equal(v.memory.status, "memory-limit");
    assert.equal(v.output.status, "output-limit");
    assert.equal(limited.body.score, 0);
  });

  it("scores: points per test, pretests gate the rest", async () => {
    const tests = [
      { id: "p", stdin: "1 2", expect: { stdout: "3.0" }, points: 0.5 },
      { id: "a", stdin: "2 2", expect: { stdout: "4.0" }, points: 2 },
      { id: "b", stdin: "2 2", expect: { stdout: "5.0" }, points: 3 },
    ];
    const ok = await postGrading(app, { source: ADD, tests, policy: { pretests: ["p"] } });
    assert.equal(ok.body.score, 2.5);
    assert.equal(ok.body.maxScore, 5.5);
    assert.deepEqual(ok.body.tests.map((t: Body) => [t.id, t.status, t.score, t.maxScore]), [
      ["p", "passed", 0.5, 0.5],
      ["a", "passed", 2, 2],
      ["b", "failed", 0, 3],
    ]);
    const gated = await postGrading(app, { source: "print('nope')", tests, policy: { pretests: ["p"] } });
    const g = byId(gated.body);
    assert.equal(g.p.status, "failed");
    assert.equal(g.a.status, "skipped");
    assert.equal(g.a.message, "skipped: pretest p did not pass");
    assert.equal(gated.body.score, 0);
    const bad = await postGrading(app, { source: ADD, tests, policy: { pretests: ["nope"] } });
    problemOf(bad, "validation-failed", 400);
  });

  it("a syntax error: gradable false with its location, and no test runs", async () => {
    const res = await postGrading(app, { source: "x = 1\ndef f(:\n    pass\n", tests: [{ id: "t", expect: { stdout: "" } }] });
    assert.equal(res.status, 200);
    assert.equal(res.body.gradable, false);
    assert.equal(res.body.syntaxError.type, "SyntaxError");
    assert.equal(res.body.syntaxError.line, 2);
    assert.equal(res.body.syntaxError.filename, "main.py");
    assert.match(res.body.syntaxError.traceback, /File "main\.py", line 2/);
    assert.equal(res.body.tests[0].status, "skipped");
    assert.equal(res.body.score, 0);
    const helper = await postGrading(app, { source: "import h\n", files: { "h.py": "if x\n" }, tests: [{ id: "t" }] });
    assert.equal(helper.body.gradable, false);
    assert.equal(helper.body.syntaxError.filename, "h.py");
    // A test's own code that does not parse is the client's mistake: 400.
    const badTest = await postGrading(app, { source: "x = 1\n", tests: [{ id: "t", code: "assert (\n" }] });
    const p = problemOf(badTest, "validation-failed", 400);
    assert.match(String(p.detail), /\/tests\/0\/code does not parse: test t, line 1/);
  });

  it("code tests: run after the submission in its globals; assertions fail, other exceptions error", async () => {
    const src = "def add(a, b):\n    return a + b\n\ndef div(a, b):\n    return a / b\n";
    const res = await postGrading(app, {
      source: src,
      tests: [
        { id: "ok", code: "assert add(2, 3) == 5\nprint('checked')\n" },
        { id: "assert", code: "\nassert add(2, 2) == 5, 'add(2, 2) should be 5'\n" },
        { id: "raises", code: "div(1, 0)\n" },
      ],
    });
    const t = byId(res.body);
    assert.equal(t.ok.status, "passed");
    assert.equal(t.ok.stdout, "checked\n", "the report driver's line is not in stdout");
    assert.equal(t.assert.status, "failed");
    assert.equal(t.assert.message, "Traceback (most recent call last):\n  File \"test_assert.py\", line 2, in <module>\n    assert add(2, 2) == 5, 'add(2, 2) should be 5'\n           ^^^^^^^^^^^^^^\nAssertionError: add(2, 2) should be 5");
    assert.equal(t.raises.status, "error");
    assert.match(t.raises.message, /File "test_raises\.py", line 1, in <module>\n    div\(1, 0\)\n  File "main\.py", line 5, in div\n    return a \/ b\n           ~~\^~~\nZeroDivisionError: division by zero$/);
    // A submission that exits before the test code runs does not pass it.
    const exits = await postGrading(app, { source: "import sys\nsys.exit(0)\n", tests: [{ id: "t", code: "assert False\n" }] });
    assert.equal(exits.body.tests[0].status, "failed");
    assert.match(exits.body.tests[0].message, /did not run to its end/);
  });

  it("unittest in code: one result per test method (skipped when there is no unittest module)", async (t) => {
    const probe = await postRun(app, { source: "import unittest\n" });
    if (probe.body.status !== "ok") {
      t.skip("the engine has no unittest module yet");
      return;
    }
    const code = [
      "import unittest",
      "class TestAdd(unittest.TestCase):",
      "    def test_small(self):",
      "        self.assertEqual(add(1, 2), 3)",
      "    def test_wrong(self):",
      "        self.assertEqual(add(2, 2), 5)",
      "",
    ].join("\n");
    const res = await postGrading(app, { source: "def add(a, b):\n    return a + b\n", tests: [{ id: "ut", code, points: 2 }] });
    const r = res.body.tests[0];
    assert.equal(r.status, "failed");
    assert.deepEqual(r.methods.map((m: Body) => [m.name, m.status]).sort(), [["TestAdd.test_small", "passed"], ["TestAdd.test_wrong", "failed"]]);
    assert.equal(r.score, 1);
    assert.match(r.message, /1 of 2 test methods failed: TestAdd\.test_wrong: AssertionError: 4 != 5/);
  });

  it("event matchers: a test that passes only when the student's objects are collected", async () => {
    const tests = [
      {
        id: "cache",
        code: "for i in range(50):\n    get(i)\nimport gc\ngc.collect()\n",
        expectEvents: [{ alive: { targetType: "Record", max: 0 } }, { kind: "finalize-call", targetType: "Record", min: 50 }],
      },
    ];
    const leaky = [
      "import weakref",
      "class Record:",
      "    def __init__(self, i):",
      "        self.i = i",
      "        weakref.finalize(self, lambda: None)",
      "cache = {}",
      "def get(i):",
      "    r = Record(i)",
      "    cache[i] = r",
      "    return r.i",
      "",
    ].join("\n");
    const weak = leaky.replace("cache = {}", "cache = weakref.WeakValueDictionary()");
    const bad = await postGrading(app, { source: leaky, tests });
    assert.equal(bad.body.tests[0].status, "failed");
    assert.equal(bad.body.tests[0].message, "expected live Record objects at exit <= 0, got 50");
    assert.deepEqual(bad.body.tests[0].alive, { Record: 50 });
    const good = await postGrading(app, { source: weak, tests });
    assert.equal(good.body.tests[0].status, "passed", good.body.tests[0].message);
    assert.deepEqual(good.body.tests[0].alive, { Record: 0 });
    const stats = await postGrading(app, {
      source: "x = [0] * 100000\n",
      tests: [
        { id: "peak", expectEvents: [{ peakHeapBytes: { max: 100000 } }] },
        { id: "no-oom", expectEvents: [{ kind: "memory-error", max: 0 }] },
        { id: "gc", expectEvents: [{ collections: { min: 1 } }] },
      ],
    });
    const s = byId(stats.body);
    assert.match(s.peak.message, /^expected peakHeapBytes <= 100000, got \d+$/);
    assert.equal(s["no-oom"].status, "passed");
    assert.equal(s.gc.message, "expected collections >= 1, got 0");
    const invalid = await postGrading(app, { source: "", tests: [{ id: "t", expectEvents: [{ kind: "gc-end", alive: { targetType: "X" } }] }] });
    problemOf(invalid, "validation-failed", 400);
  });

  it("a checker: check(ctx) in its own interpreter decides, with partial scores", async () => {
    const checker = [
      "def check(ctx):",
      "    got = ctx['stdout'].split()",
      "    want = ctx['expected'].split()",
      "    right = sum(1 for g, w in zip(got, want) if g == w)",
      "    return {'passed': right == len(want), 'score': right / len(want), 'message': f'{right}/{len(want)} right'}",
      "",
    ].join("\n");
    const res = await postGrading(app, {
      source: "print(input())\n",
      checker,
      tests: [
        { id: "all", stdin: "a b c d", expect: { stdout: "a b c d" }, points: 4 },
        { id: "half", stdin: "a b x y", expect: { stdout: "a b c d" }, points: 4 },
      ],
    });
    const t = byId(res.body);
    assert.equal(t.all.status, "passed");
    assert.equal(t.all.score, 4);
    assert.equal(t.half.status, "failed");
    assert.equal(t.half.score, 2);
    assert.equal(t.half.message, "2/4 right");
    const broken = await postGrading(app, { source: "print(1)\n", checker: "def check(ctx):\n    return 1 / 0\n", tests: [{ id: "t", expect: { stdout: "1" } }] });
    assert.match(broken.body.tests[0].message, /^checker failed: Traceback[\s\S]*ZeroDivisionError/);
  });

  it("files: helper modules beside the submission, in gradings and in /v1/runs", async () => {
    const files = { "helpers.py": "def double(x):\n    return 2 * x\n" };
    const res = await postGrading(app, { source: "from helpers import double\nprint(double(int(input())))\n", files, tests: [{ id: "t", stdin: "21", expect: { stdout: "42" } }] });
    assert.equal(res.body.tests[0].status, "passed", res.body.tests[0].message);
    const run = await postRun(app, { source: "import helpers\nprint(helpers.double(4))\n", files });
    assert.equal(run.body.stdout, "8\n");
    for (const name of ["../x.py", "/x.py", ".x.py", "a/../b.py", "a//b.py", "a b.py"]) {
      const bad = await postRun(app, { source: "", files: { [name]: "" } });
      problemOf(bad, "validation-failed", 400);
    }
    // Other names are data files in the run's file system (not modules to import).
    const data = await postRun(app, {
      source: "print(open('x.txt').read(), open('a/b.py').read(), open('constructor').read())\ntry:\n    import b\nexcept ImportError as e:\n    print(type(e).__name__)\n",
      files: { "x.txt": "1", "a/b.py": "2", constructor: "3" },
    });
    assert.equal(data.body.stdout, "1 2 3\nModuleNotFoundError\n", data.body.stderr);
    problemOf(await postRun(app, '{"source": "", "files": {"__proto__": ""}}'), "invalid-json", 400);
  });

  it("?view=student hides hidden tests' inputs, expectations and output; formats for Gradescope and PrairieLearn", async () => {
    const tests = [
      { id: "v", name: "visible one", stdin: "1 2", expect: { stdout: "3.0" } },
      { id: "h", name: "hidden one", stdin: "40 2", expect: { stdout: "41.0" }, visibility: "hidden", points: 2 },
    ];
    const grader = await postGrading(app, { source: ADD, tests });
    const h = byId(grader.body).h;
    assert.equal(h.stdin, "40 2");
    assert.equal(h.stdout, "42.0\n");
    const student = await http(app).get(`/v1/gradings/${grader.body.id}?view=student`);
    const sh = byId(student.body).h;
    assert.deepEqual(Object.keys(sh).sort(), ["id", "maxScore", "message", "name", "score", "status", "visibility"]);
    assert.equal(sh.message, "hidden test failed");
    assert.equal(byId(student.body).v.stdin, "1 2");
    assert.ok(!student.text.includes("40 2") && !student.text.includes("41.0") && !student.text.includes("42.0"));

    const gs = await http(app).get(`/v1/gradings/${grader.body.id}?format=gradescope&view=student`);
    assert.equal(gs.body.score, 1);
    assert.equal(gs.body.max_score, 3);
    assert.deepEqual(gs.body.tests.map((t: Body) => [t.name, t.score, t.max_score, t.status, t.visibility]), [
      ["visible one", 1, 1, "passed", "visible"],
      ["hidden one", 0, 2, "failed", "hidden"],
    ]);
    assert.ok(!gs.text.includes("42.0"));
    const pl = await postGrading(app, { source: ADD, tests }, "?format=prairielearn");
    assert.equal(pl.body.gradable, true);
    assert.equal(pl.body.score, 0.333333);
    assert.deepEqual(pl.body.tests.map((t: Body) => [t.name, t.points, t.max_points]), [["visible one", 1, 1], ["hidden one", 0, 2]]);
    const plBad = await postGrading(app, { source: "def (", tests }, "?format=prairielearn");
    assert.equal(plBad.body.gradable, false);
    assert.match(plBad.body.output, /SyntaxError/);
  });

  it("metrics: gradings by status, tests by verdict, queue depth and age", async () => {
    const m = await http(app).get("/metrics");
    assert.equal(m.status, 200);
    assert.match(m.text, /^heapscope_gradings_total\{status="completed",gradable="true"\} [1-9]\d*$/m);
    assert.match(m.text, /^heapscope_gradings_total\{status="completed",gradable="false"\} [1-9]\d*$/m);
    for (const verdict of ["passed", "failed", "error", "timeout", "memory-limit", "output-limit", "skipped"]) {
      assert.match(m.text, new RegExp(`^heapscope_grading_tests_total\\{verdict="${verdict}"\\} [1-9]\\d*$`, "m"), verdict);
    }
    assert.match(m.text, /^heapscope_grading_queue_depth 0$/m);
    assert.match(m.text, /^heapscope_grading_queue_oldest_age_seconds 0$/m);
    assert.match(m.text, /^heapscope_webhook_deliveries_total\{outcome="delivered"\} 0$/m);
  });

  it("rejects malformed gradings with problem details", async () => {
    problemOf(await postGrading(app, { source: "" }), "validation-failed", 400);
    problemOf(await postGrading(app, { source: "", tests: [{ id: "a" }], suite: "s" }), "validation-failed", 400);
    problemOf(await postGrading(app, { source: "", tests: [{ id: "a" }, { id: "a" }] }), "validation-failed", 400);
    problemOf(await postGrading(app, { source: "", tests: [{ id: "a", limits: { heapBytes: 1e12 } }] }), "validation-failed", 400);
    problemOf(await postGrading(app, { source: "", suite: "missing" }), "suite-not-found", 404);
    problemOf(await http(app).get("/v1/gradings/nope"), "grading-not-found", 404);
    problemOf(await postGrading(app, { source: "", tests: [{ id: "a" }], callback: { url: "http://example.com/" } }), "callback-refused", 400);
  });
});
