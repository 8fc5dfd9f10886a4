// The renderer itself, on small kustomizations written to a temporary folder.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseImage, renderKustomization } from "./lib/kustomize.js";

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "heapscope-kustomize-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      containers:
        - {name: app, image: "web:dev"}
        - {name: proxy, image: "envoy:1.0"}
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec: {ports: [{port: 80}]}
`;

test("renders resources, patches, namespace and images of an overlay over a base", (t) => {
  const root = tree({
    "base/kustomization.yaml": "resources: [all.yaml]\n",
    "base/all.yaml": DEPLOY,
    "prod/kustomization.yaml": `namespace: prod
resources: [ns.yaml, ../base]
images: [{name: web, newName: reg/web, newTag: "1.2.3"}]
patches:
  - path: smp.yaml
  - target: {kind: Service, name: web}
    patch: |
      - {op: add, path: /spec/type, value: NodePort}
`,
    "prod/ns.yaml": "apiVersion: v1\nkind: Namespace\nmetadata: {name: prod}\n",
    "prod/smp.yaml": `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 3
  template: {spec: {containers: [{name: app, args: ["--x"]}]}}
`,
  });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const out = renderKustomization(join(root, "prod"));
  assert.deepEqual(
    out.map((r) => [r.kind, r.metadata.namespace]),
    [["Namespace", undefined], ["Deployment", "prod"], ["Service", "prod"]],
  );
  const dep = out[1]! as any;
  assert.equal(dep.spec.replicas, 3);
  assert.deepEqual(dep.spec.template.spec.containers, [
    { name: "app", image: "reg/web:1.2.3", args: ["--x"] },
    { name: "proxy", image: "envoy:1.0" },
  ]);
  assert.equal((out[2] as any).spec.type, "NodePort");
  // The base alone is unchanged.
  assert.equal((renderKustomization(join(root, "base"))[0] as any).spec.template.spec.containers[0].image, "web:dev");
});

test("rejects what it does not implement and patches that hit nothing", (t) => {
  const root = tree({
    "a/kustomization.yaml": "resources: [r.yaml]\ncommonLabels: {x: y}\n",
    "a/r.yaml": DEPLOY,
    "b/kustomization.yaml": "resources: [r.yaml]\npatches: [{path: p.yaml}]\n",
    "b/r.yaml": DEPLOY,
    "b/p.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: nope}\nspec: {replicas: 1}\n",
    "c/kustomization.yaml": "resources: [r.yaml]\npatches: [{patch: '[{op: remove, path: /spec}]'}]\n",
    "c/r.yaml": DEPLOY,
    "d/kustomization.yaml": "resources: [r.yaml, r.yaml]\n",
    "d/r.yaml": DEPLOY,
    "e/kustomization.yaml": "resources: [r.yaml]\nimages: [{name: other, newTag: '2'}]\n",
    "e/r.yaml": DEPLOY,
    "f/kustomization.yaml": "resources: [missing.yaml]\n",
  });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  assert.throws(() => renderKustomization(join(root, "a")), /"commonLabels" is not supported/);
  assert.throws(() => renderKustomization(join(root, "b")), /matches no resource/);
  assert.throws(() => renderKustomization(join(root, "c")), /needs a target/);
  assert.throws(() => renderKustomization(join(root, "d")), /defined twice/);
  assert.throws(() => renderKustomization(join(root, "e")), /matches no container/);
  assert.throws(() => renderKustomization(join(root, "f")), /does not exist/);
  assert.throws(() => renderKustomization(join(root, "nowhere")), /no kustomization.yaml/);
});

test("parses image references", () => {
  assert.deepEqual(parseImage("heapscope"), { name: "heapscope" });
  assert.deepEqual(parseImage("reg:5000/a/b:1.0"), { name: "reg:5000/a/b", tag: "1.0" });
  assert.deepEqual(parseImage("a/b@sha256:00"), { name: "a/b", digest: "sha256:00" });
  assert.deepEqual(parseImage("a:1@sha256:00"), { name: "a", tag: "1", digest: "sha256:00" });
});
