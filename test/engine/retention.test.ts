// Retention paths (heap/retention.ts): the run-end event explains, for each pending
// finalizer's target and each live weakly referenced object, one shortest chain of
// strong references from a named root.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, py } from "./helpers-memory.js";
import type { RetentionPath, RunOptions } from "../../src/engine/api.js";

const NODE = py`
  import weakref
  class Node:
      pass
  def bye(*a):
      print("bye", *a)
`;

function retention(body: string, options: RunOptions = {}): RetentionPath[] {
  const r = run(NODE + "\n" + py([body] as unknown as TemplateStringsArray), options);
  assert.equal(r.stderr, "", r.stderr);
  const end = r.events[r.events.length - 1];
  assert.equal(end.kind, "run-end");
  return end.kind === "run-end" ? (end.retention ?? []) : [];
}

/** A path as one readable string: `global x.attr[0]`. */
function show(p: RetentionPath): string {
  if (p.root === null) return `unreachable ${p.targetType}`;
  const where = p.root.frame !== undefined ? `${p.root.kind} ${p.root.frame}:${p.root.name}` : `${p.root.kind} ${p.root.name}`;
  return where + p.steps.map((s) => (s.edge.startsWith(".") || s.edge.startsWith("[") ? s.edge : " " + s.edge)).join("");
}

test("a global holding the target directly", () => {
  const paths = retention(`
a = Node()
weakref.finalize(a, bye, 1)
`);
  assert.equal(paths.length, 1);
  assert.equal(show(paths[0]), "global a");
  assert.equal(paths[0].why, "pending-finalizer");
  assert.equal(paths[0].targetType, "Node");
  assert.equal(paths[0].root!.id, paths[0].targetId);
  assert.deepEqual(paths[0].steps, []);
});

test("containers: list index, dict key, tuple, set, instance attributes", () => {
  const paths = retention(`
a, b, c, d, e = Node(), Node(), Node(), Node(), Node()
for o in (a, b, c, d, e):
    weakref.finalize(o, bye)
box = Node()
box.inner = {"k": [0, a], (1, 2): b}
pair = (None, (c,))
bag = {d}
keyed = {e: 1}
del a, b, c, d, e, o
`);
  const tupleKey = /^\[<tuple #(\d+)>\]$/.exec(paths[1].steps[1].edge);
  assert.ok(tupleKey, paths[1].steps[1].edge); // labelled by type and id: no Python code runs to make a label
  assert.deepEqual(paths.map(show), [
    "global box.inner['k'][1]",
    `global box.inner[<tuple #${tupleKey[1]}>]`,
    "global pair[1][0]",
    "global bag <set element>",
    `global keyed <key <Node #${paths[4].targetId}>>`,
  ]);
  assert.deepEqual(paths[0].steps.map((s) => s.type), ["dict", "list", "Node"]);
});

test("closure cells and a suspended generator's locals", () => {
  const paths = retention(`
def make():
    held = Node()
    weakref.finalize(held, bye)
    def get():
        return held
    return get
getter = make()
def gen():
    mine = Node()
    weakref.finalize(mine, bye)
    yield 1
g = gen()
next(g)
`);
  assert.deepEqual(paths.map(show), ["global getter <cell held>.cell_contents", "global g <generator local mine>"]);
  assert.deepEqual(paths[0].steps.map((s) => s.type), ["cell", "Node"]);
});

test("a finalizer's own arguments keep its target alive", () => {
  const paths = retention(`
x = Node()
fin = weakref.finalize(x, bye, x)
del x
`);
  assert.equal(paths.length, 1);
  const p = paths[0];
  // The global `fin` reaches it first (same length as the registry's root).
  assert.ok(p.root !== null && (p.root.kind === "global" || p.root.kind === "finalizer"), JSON.stringify(p));
  assert.equal(p.steps.length, 1);
  assert.equal(p.steps[0].edge, "<finalizer args>[0]");
  const q = retention(`
y = Node()
weakref.finalize(y, bye, "k", obj=y)
del y
`)[0];
  assert.equal(show(q), `finalizer finalize #${q.root!.id} <finalizer kwargs>['obj']`);
});

test("cycles: a kept cycle gets its shortest path, a garbage cycle is unreachable", () => {
  const paths = retention(`
import gc
gc.disable()
a = Node(); b = Node(); c = Node()
a.next = b; b.next = c; c.next = a
weakref.finalize(c, bye)
keep = a
del a, b, c
p = Node(); q = Node()
p.other = q; q.other = p
weakref.finalize(q, bye)
del p, q
`);
  assert.equal(paths.length, 2);
  assert.equal(show(paths[0]), "global keep.next.next");
  assert.equal(paths[1].reachable, false);
  assert.equal(paths[1].root, null);
});

test("live weakly referenced objects are explained after pending finalizers", () => {
  const paths = retention(`
cache = {}
v = Node()
cache["v"] = v
r = weakref.ref(v)
w = Node()
weakref.finalize(w, bye)
del v
`);
  assert.deepEqual(paths.map((p) => p.why), ["pending-finalizer", "weakly-referenced"]);
  assert.equal(show(paths[1]), "global cache['v']");
});

test("objects held only by frames that unwound are garbage at the end", () => {
  // An uncaught exception's traceback keeps line numbers, not locals (semantics.md).
  const r = run(NODE + "\n" + py`
    def work():
        mine = Node()
        weakref.finalize(mine, bye)
        raise ValueError("boom")
    work()
  `);
  assert.equal(r.status, "error");
  const end = r.events[r.events.length - 1];
  assert.ok(end.kind === "run-end" && end.retention !== undefined);
  assert.equal(end.retention[0].reachable, false);
});

test("no retention field when there is nothing to explain; caps hold", () => {
  const r = run("x = [1, 2]\n");
  const end = r.events[r.events.length - 1];
  assert.ok(end.kind === "run-end" && !("retention" in end));
  const many = retention(`
keep = []
for i in range(50):
    n = Node()
    weakref.finalize(n, bye)
    keep.append(n)
head = None
for i in range(100):
    node = Node()
    node.next = head
    head = node
weakref.finalize(node, bye)
tail = head
while tail.next is not None:
    tail = tail.next
weakref.finalize(tail, bye)
del tail, node, n
`);
  assert.equal(many.length, 20);
  assert.equal(show(many[0]), "global keep[0]");
  const long = retention(`
head = None
for i in range(100):
    node = Node()
    node.next = head
    head = node
t = head
while t.next is not None:
    t = t.next
weakref.finalize(t, bye)
del t, node
`)[0];
  assert.equal(long.steps.length, 32);
  assert.equal(long.stepsOmitted, 99 - 32);
  assert.equal(long.root!.name, "head");
  assert.ok(long.steps.every((s) => s.edge === ".next" && s.type === "Node"));
  assert.equal(long.steps[31].id, long.targetId);
});
