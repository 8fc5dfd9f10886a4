import { test } from "node:test";
import assert from "node:assert/strict";
import { applyJsonPatch, strategicMerge, type Json } from "./lib/patch.js";

test("JSON patch: add, replace, remove on objects and arrays", () => {
  const doc = { a: { b: 1 }, list: [1, 2, 3] };
  const out = applyJsonPatch(doc, [
    { op: "add", path: "/a/c", value: 2 },
    { op: "replace", path: "/a/b", value: 10 },
    { op: "add", path: "/list/1", value: 9 },
    { op: "add", path: "/list/-", value: 4 },
    { op: "remove", path: "/list/0" },
  ]);
  assert.deepEqual(out, { a: { b: 10, c: 2 }, list: [9, 2, 3, 4] });
  assert.deepEqual(doc, { a: { b: 1 }, list: [1, 2, 3] }, "input untouched");
});

test("JSON patch: move, copy, test, escaped tokens and root replace", () => {
  const doc = { "a/b": { "c~d": 1 }, x: [1] };
  assert.deepEqual(
    applyJsonPatch(doc, [
      { op: "test", path: "/a~1b/c~0d", value: 1 },
      { op: "copy", from: "/a~1b/c~0d", path: "/y" },
      { op: "move", from: "/x", path: "/z" },
    ]),
    { "a/b": { "c~d": 1 }, y: 1, z: [1] },
  );
  assert.deepEqual(applyJsonPatch(doc, [{ op: "replace", path: "", value: 5 }]), 5);
});

test("JSON patch: failures name the operation", () => {
  assert.throws(() => applyJsonPatch({ a: 1 }, [{ op: "replace", path: "/b", value: 1 }]), /operation 0 \(replace \/b\)/);
  assert.throws(() => applyJsonPatch({ a: 1 }, [{ op: "remove", path: "/b" }]), /path not found/);
  assert.throws(() => applyJsonPatch({ a: [1] }, [{ op: "add", path: "/a/5", value: 1 }]), /out of range/);
  assert.throws(() => applyJsonPatch({ a: 1 }, [{ op: "test", path: "/a", value: 2 }]), /test failed/);
  assert.throws(() => applyJsonPatch({ a: 1 }, [{ op: "add", path: "a", value: 2 }]), /must start with/);
  assert.throws(() => applyJsonPatch({ a: { b: 1 } }, [{ op: "move", from: "/a", path: "/a/c" }]), /into itself/);
});

test("strategic merge: maps merge recursively, null deletes, scalars and plain lists replace", () => {
  const base: Json = { a: { b: 1, c: 2 }, args: ["x", "y"], keep: true };
  assert.deepEqual(strategicMerge(base, { a: { c: 3, d: 4 }, args: ["z"], keep: null }), {
    a: { b: 1, c: 3, d: 4 },
    args: ["z"],
  });
});

test("strategic merge: keyed lists merge by their merge key", () => {
  const pod: Json = {
    containers: [
      { name: "app", image: "a:1", env: [{ name: "A", value: "1" }], ports: [{ containerPort: 80, name: "http" }] },
      { name: "side", image: "s:1" },
    ],
    volumes: [{ name: "tmp", emptyDir: {} }],
  };
  const out = strategicMerge(pod, {
    containers: [
      { name: "app", env: [{ name: "B", value: "2" }, { name: "A", value: "9" }], ports: [{ containerPort: 80, protocol: "TCP" }] },
      { name: "side", $patch: "delete" },
      { name: "new", image: "n:1" },
    ],
    volumes: [{ name: "cache", emptyDir: {} }],
  });
  assert.deepEqual(out, {
    containers: [
      {
        name: "app",
        image: "a:1",
        env: [{ name: "A", value: "9" }, { name: "B", value: "2" }],
        ports: [{ containerPort: 80, name: "http", protocol: "TCP" }],
      },
      { name: "new", image: "n:1" },
    ],
    volumes: [{ name: "tmp", emptyDir: {} }, { name: "cache", emptyDir: {} }],
  });
});

test("strategic merge: Service ports merge by port; $patch: replace replaces a map", () => {
  const svc: Json = { ports: [{ port: 80, targetPort: "http" }], selector: { a: "1", b: "2" } };
  assert.deepEqual(strategicMerge(svc, { ports: [{ port: 80, name: "http" }], selector: { $patch: "replace", c: "3" } }), {
    ports: [{ port: 80, targetPort: "http", name: "http" }],
    selector: { c: "3" },
  });
  assert.throws(() => strategicMerge({ env: [{ name: "A" }] }, { env: [{ value: "x" }] }), /no merge key "name"/);
});
