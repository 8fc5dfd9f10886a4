// deploy/overlays/redis: production plus the shared grading store. Rendered with the same
// renderer and Kubernetes schemas as the other variants; checks what the overlay adds.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadConfig } from "../../src/service/config.js";
import { renderKustomization, repoPath } from "./lib/kustomize.js";
import { one } from "./lib/manifests.js";
import { validateResource } from "./lib/validate.js";

const resources = renderKustomization(repoPath("deploy", "overlays", "redis"));

test("deploy: redis overlay renders valid objects", async () => {
  for (const r of resources) await validateResource(r);
});

test("deploy: redis overlay sets REDIS_URL from a Secret and opens egress to Redis, DNS and HTTPS only", () => {
  const deployment = one(resources, "Deployment", "heapscope");
  const container = deployment.spec.template.spec.containers.find((c: { name: string }) => c.name === "heapscope");
  const redis = container.env.find((e: { name: string }) => e.name === "REDIS_URL");
  assert.deepEqual(redis.valueFrom.secretKeyRef, { name: "heapscope-redis", key: "REDIS_URL" });
  assert.ok(container.env.some((e: { name: string }) => e.name === "API_KEYS"), "the base env entries are kept");
  const np = one(resources, "NetworkPolicy");
  const ports = np.spec.egress.flatMap((r: { ports: { port: number }[] }) => r.ports.map((p) => p.port)).sort((x: number, y: number) => x - y);
  assert.deepEqual(ports, [53, 53, 80, 443, 6379]);
  const config = loadConfig({ ...one(resources, "ConfigMap").data, REDIS_URL: "redis://redis:6379" });
  assert.equal(config.grading.redisUrl, "redis://redis:6379");
});
