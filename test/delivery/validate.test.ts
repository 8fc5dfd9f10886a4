// The schema check itself: it must catch what kubectl would reject, and typos the
// generated validators let through.
import { test } from "node:test";
import assert from "node:assert/strict";
import { validateResource } from "./lib/validate.js";
import { quantity } from "./lib/manifests.js";
import type { Resource } from "./lib/kustomize.js";

const deployment = (container: Record<string, unknown>, extra: Record<string, unknown> = {}): Resource =>
  ({
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "d", labels: { a: "b" } },
    spec: {
      selector: { matchLabels: { a: "b" } },
      template: { metadata: { labels: { a: "b" } }, spec: { containers: [{ name: "c", image: "i", ...container }] } },
      ...extra,
    },
  }) as unknown as Resource;

test("a correct object passes (maps like labels and resources are not unknown fields)", async () => {
  await validateResource(deployment({ resources: { limits: { cpu: "500m", memory: "1Gi" } }, env: [{ name: "A", value: "1" }] }));
});

test("schema errors are reported", async () => {
  await assert.rejects(validateResource(deployment({ resources: { limits: { cpu: "lots" } } })), /quantity/);
  await assert.rejects(validateResource(deployment({ ports: [{ containerPort: "80" }] })), /containerPort/);
});

test("unknown fields are reported with their path", async () => {
  await assert.rejects(
    validateResource(deployment({ securityContext: { readOnlyRootFileSystem: true } })),
    /unknown fields: \/spec\/template\/spec\/containers\/0\/securityContext\/readOnlyRootFileSystem/,
  );
  await assert.rejects(validateResource(deployment({}, { replica: 2 })), /\/spec\/replica\b/);
});

test("unknown apiVersion or kind is an error", async () => {
  await assert.rejects(validateResource({ ...deployment({}), apiVersion: "apps/v9" }), /no schemas for apiVersion apps\/v9/);
  await assert.rejects(validateResource({ ...deployment({}), kind: "Deploymnet" }), /has no kind Deploymnet/);
});

test("quantities", () => {
  assert.equal(quantity("500m"), 0.5);
  assert.equal(quantity("2"), 2);
  assert.equal(quantity(3), 3);
  assert.equal(quantity("1Gi"), 2 ** 30);
  assert.equal(quantity("1792Mi"), 1792 * 2 ** 20);
  assert.equal(quantity("1G"), 1e9);
  assert.equal(quantity("1e3"), 1000);
  assert.throws(() => quantity("1 Gi"), /not a quantity/);
  assert.throws(() => quantity("Gi"), /not a quantity/);
});
