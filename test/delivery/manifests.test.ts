// deploy/: the base and the production overlay, rendered by our kustomize subset,
// validated against the Kubernetes schemas (kubernetes-models) and checked for the
// cross-references kubectl would not catch: labels and selectors, ports, probe
// paths, environment names against the service's own config schema, sizing
// against the pool, shutdown timing, security.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { CLUSTER_SCOPED, parseImage, repoPath, type Resource } from "./lib/kustomize.js";
import { KUSTOMIZATIONS, MiB, one, podTemplate, quantity, render, selects, type Variant } from "./lib/manifests.js";
import { validateResource } from "./lib/validate.js";
import { runtimePlan } from "../../scripts/runtime-stage.js";
import { ENV_SCHEMA, loadConfig } from "../../src/service/config.js";

/** Per-worker memory besides its V8 old generation and stack: young generation, code, isolate. */
export const WORKER_OVERHEAD_MIB = 64;
/** The main thread: Fastify, request/response bodies, metrics. */
export const MAIN_THREAD_MIB = 256;

const EXPECTED_KINDS = [
  "ConfigMap",
  "Deployment",
  "HorizontalPodAutoscaler",
  "NetworkPolicy",
  "PodDisruptionBudget",
  "Service",
  "ServiceAccount",
];

const schemaNames = new Set(Object.keys(ENV_SCHEMA.properties));
const dockerfile = runtimePlan(readFileSync(repoPath("Dockerfile"), "utf8"));
const openapi = parseYaml(readFileSync(repoPath("openapi", "openapi.yaml"), "utf8")) as { paths: Record<string, unknown> };
const pkg = JSON.parse(readFileSync(repoPath("package.json"), "utf8")) as { version: string };

for (const variant of Object.keys(KUSTOMIZATIONS) as Variant[]) {
  describe(`deploy: ${variant}`, () => {
    const resources = render(variant);
    const deployment = one(resources, "Deployment", "heapscope");
    const pod = podTemplate(deployment);
    const container = pod.spec.containers.find((c: any) => c.name === "heapscope");
    const configMap = one(resources, "ConfigMap");
    const config = loadConfig(configMap.data);
    const podLabels = pod.metadata.labels;

    test("every rendered object is valid against the Kubernetes schemas, with no unknown fields", async () => {
      for (const r of resources) await validateResource(r);
    });

    test("has the expected objects, each once", () => {
      const kinds = resources.map((r) => r.kind).filter((k) => k !== "Namespace").sort();
      assert.deepEqual(kinds, EXPECTED_KINDS);
      assert.ok(container, "a container named heapscope");
      assert.equal(pod.spec.containers.length, 1);
    });

    test("selectors select the pods, and only by stable labels", () => {
      const selector = deployment.spec.selector.matchLabels;
      assert.ok(selects(selector, podLabels), "Deployment selector");
      assert.deepEqual(Object.keys(deployment.spec.selector), ["matchLabels"]);
      assert.ok(selects(one(resources, "Service").spec.selector, podLabels), "Service selector");
      assert.deepEqual(one(resources, "Service").spec.selector, selector);
      assert.deepEqual(one(resources, "PodDisruptionBudget").spec.selector.matchLabels, selector);
      assert.deepEqual(one(resources, "NetworkPolicy").spec.podSelector.matchLabels, selector);
      for (const c of pod.spec.topologySpreadConstraints ?? []) assert.deepEqual(c.labelSelector.matchLabels, selector);
      for (const r of resources) {
        if (r.kind !== "Namespace") assert.equal((r.metadata.labels as any)?.["app.kubernetes.io/name"], "heapscope", r.kind);
      }
    });

    test("ports line up: config PORT, container, image, Service, probes, NetworkPolicy, Prometheus", () => {
      const http = container.ports.find((p: any) => p.name === "http");
      assert.equal(http.containerPort, config.port, "containerPort = PORT");
      assert.equal(http.protocol, "TCP");
      assert.ok(dockerfile.expose.includes(http.containerPort), "the image EXPOSEs it");
      assert.equal(Number(dockerfile.env.PORT), http.containerPort, "the image's PORT");
      const names = new Set(container.ports.map((p: any) => p.name));
      const service = one(resources, "Service");
      for (const p of service.spec.ports) assert.ok(names.has(p.targetPort), `Service targetPort ${p.targetPort}`);
      for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"]) {
        assert.ok(names.has(container[probe].httpGet.port), `${probe} port`);
      }
      const np = one(resources, "NetworkPolicy");
      for (const rule of np.spec.ingress) for (const p of rule.ports) assert.ok(names.has(p.port), "NetworkPolicy port");
      const ann = pod.metadata.annotations as Record<string, string>;
      assert.equal(ann["prometheus.io/scrape"], "true");
      assert.equal(Number(ann["prometheus.io/port"]), http.containerPort);
      assert.equal(ann["prometheus.io/path"], "/metrics");
    });

    test("probes use the service's health endpoints, which the API declares", () => {
      assert.equal(container.livenessProbe.httpGet.path, "/healthz");
      assert.equal(container.startupProbe.httpGet.path, "/healthz");
      assert.equal(container.readinessProbe.httpGet.path, "/readyz");
      const paths = [
        container.livenessProbe.httpGet.path,
        container.readinessProbe.httpGet.path,
        container.startupProbe.httpGet.path,
        (pod.metadata.annotations as Record<string, string>)["prometheus.io/path"],
      ];
      for (const p of paths) assert.ok(p in openapi.paths, `${p} in openapi/openapi.yaml`);
      // A liveness failure restarts the pod: it must tolerate a busy main thread.
      assert.ok(container.livenessProbe.timeoutSeconds >= 5 && container.livenessProbe.failureThreshold >= 3);
    });

    test("environment: only variables the service reads, all of them, valid values", () => {
      const ref = container.envFrom.map((e: any) => e.configMapRef?.name);
      assert.deepEqual(ref, [configMap.metadata.name], "envFrom the ConfigMap");
      const keys = Object.keys(configMap.data);
      const unknown = keys.filter((k) => !schemaNames.has(k));
      assert.deepEqual(unknown, [], "ConfigMap keys the service does not read (src/service/config.ts ENV_SCHEMA)");
      const fromEnv = (container.env ?? []).map((e: any) => e.name);
      assert.deepEqual(fromEnv.filter((k: string) => !schemaNames.has(k)), [], "env names the service does not read");
      const missing = [...schemaNames].filter((k) => !keys.includes(k) && !fromEnv.includes(k));
      assert.deepEqual(missing, [], "variables of ENV_SCHEMA missing from deploy/ (add them to configmap.yaml)");
      for (const k of keys) assert.equal(typeof configMap.data[k], "string", `${k} is a string`);
      // The service accepts the values (loadConfig throws on a bad one).
      assert.ok(config.pool.threads >= 1);
      // API_KEYS: from an optional Secret, never from the ConfigMap.
      assert.ok(!keys.includes("API_KEYS"));
      const apiKeys = container.env.find((e: any) => e.name === "API_KEYS");
      assert.equal(apiKeys.valueFrom.secretKeyRef.optional, true);
      assert.equal(apiKeys.valueFrom.secretKeyRef.key, "API_KEYS");
      // POOL_THREADS must be explicit: in a container the CPU count is the node's.
      assert.ok(keys.includes("POOL_THREADS"));
    });

    test("resources are matched to the pool size", () => {
      const { requests, limits } = container.resources;
      const threads = config.pool.threads;
      assert.equal(quantity(requests.cpu), threads, "cpu request = POOL_THREADS");
      assert.ok(quantity(limits.cpu) >= threads + 0.5, "cpu limit leaves the main thread room beyond the workers");
      assert.equal(quantity(requests.memory), quantity(limits.memory), "memory request = limit");
      const need = (threads * (config.pool.workerHeapMb + config.pool.workerStackMb + WORKER_OVERHEAD_MIB) + MAIN_THREAD_MIB) * MiB;
      assert.ok(
        quantity(limits.memory) >= need,
        `memory limit ${limits.memory} < POOL_THREADS x (WORKER_HEAP_MB + WORKER_STACK_MB + ${WORKER_OVERHEAD_MIB}) + ${MAIN_THREAD_MIB} MiB = ${need / MiB} MiB`,
      );
      assert.ok(quantity(limits.memory) <= need * 1.5, "not wildly oversized either (HPA utilization is relative to requests)");
      // The largest run heap a request may ask for fits in a worker's V8 heap.
      assert.ok(config.limits.heapBytes.max <= config.pool.workerHeapMb * MiB);
      // The /tmp emptyDir is disk-backed (a memory-backed one would count against the limit).
      const tmp = pod.spec.volumes.find((v: any) => v.name === "tmp");
      assert.notEqual(tmp.emptyDir.medium, "Memory");
    });

    test("graceful shutdown fits: longest run < drain < grace period", () => {
      const preStopMs = Number(container.lifecycle.preStop.exec.command[1]) * 1000;
      assert.deepEqual(container.lifecycle.preStop.exec.command[0], "sleep");
      assert.ok(
        config.shutdownTimeoutMs >= config.limits.timeoutMs.max + config.runGraceMs,
        "SHUTDOWN_TIMEOUT_MS covers the longest run (RUN_TIMEOUT_MS_MAX + RUN_GRACE_MS)",
      );
      assert.ok(
        pod.spec.terminationGracePeriodSeconds * 1000 > preStopMs + config.shutdownTimeoutMs,
        "terminationGracePeriodSeconds > preStop + SHUTDOWN_TIMEOUT_MS",
      );
      assert.equal(deployment.spec.strategy.rollingUpdate.maxUnavailable, 0);
    });

    test("security: non-root, read-only root, no capabilities, seccomp, no token (Pod Security 'restricted')", () => {
      const psc = pod.spec.securityContext;
      const csc = container.securityContext;
      assert.equal(psc.runAsNonRoot, true);
      assert.equal(csc.runAsNonRoot, true);
      assert.equal(psc.seccompProfile.type, "RuntimeDefault");
      assert.equal(csc.seccompProfile.type, "RuntimeDefault");
      assert.equal(csc.readOnlyRootFilesystem, true);
      assert.equal(csc.allowPrivilegeEscalation, false);
      assert.equal(csc.privileged, false);
      assert.deepEqual(csc.capabilities, { drop: ["ALL"] });
      // The image's USER (numeric, so runAsNonRoot can check it) is the pod's user.
      assert.match(dockerfile.user ?? "", /^[1-9]\d*:[1-9]\d*$/);
      const [uid, gid] = dockerfile.user!.split(":").map(Number);
      assert.equal(psc.runAsUser, uid);
      assert.equal(psc.runAsGroup, gid);
      assert.equal(csc.runAsUser, uid);
      // Restricted profile: nothing from the host.
      for (const f of ["hostNetwork", "hostPID", "hostIPC"]) assert.ok(!pod.spec[f], f);
      for (const v of pod.spec.volumes) assert.deepEqual(Object.keys(v).sort(), ["emptyDir", "name"], `volume ${v.name}`);
      for (const p of container.ports) assert.equal(p.hostPort, undefined);
      // Writable only where mounted: /tmp.
      assert.deepEqual(
        container.volumeMounts.map((m: any) => [m.name, m.mountPath]),
        [["tmp", "/tmp"]],
      );
      assert.equal(pod.spec.automountServiceAccountToken, false);
      const sa = one(resources, "ServiceAccount", pod.spec.serviceAccountName);
      assert.equal(sa.automountServiceAccountToken, false);
      assert.equal(pod.spec.enableServiceLinks, false);
    });

    test("NetworkPolicy: no egress at all, ingress only to the HTTP port", () => {
      const np = one(resources, "NetworkPolicy");
      assert.deepEqual([...np.spec.policyTypes].sort(), ["Egress", "Ingress"]);
      assert.deepEqual(np.spec.egress ?? [], [], "no egress rule: everything out is denied");
      assert.equal(np.spec.ingress.length, 1);
      assert.deepEqual(np.spec.ingress[0].ports, [{ port: "http", protocol: "TCP" }]);
    });

    test("scaling: the HPA owns the replica count; the PDB leaves pods serving", () => {
      const hpa = one(resources, "HorizontalPodAutoscaler");
      assert.deepEqual(hpa.spec.scaleTargetRef, {
        apiVersion: deployment.apiVersion,
        kind: "Deployment",
        name: deployment.metadata.name,
      });
      assert.equal(deployment.spec.replicas, undefined, "no replicas in the Deployment");
      assert.ok(hpa.spec.minReplicas >= 2 && hpa.spec.maxReplicas > hpa.spec.minReplicas);
      const cpu = hpa.spec.metrics.find((m: any) => m.type === "Resource" && m.resource.name === "cpu");
      assert.ok(cpu && cpu.resource.target.type === "Utilization", "scales on CPU utilization");
      assert.ok(container.resources.requests.cpu, "utilization needs a CPU request");
      const pdb = one(resources, "PodDisruptionBudget");
      if (pdb.spec.maxUnavailable !== undefined) assert.ok(pdb.spec.maxUnavailable < hpa.spec.minReplicas);
      else assert.ok(pdb.spec.minAvailable < hpa.spec.minReplicas, "minAvailable below minReplicas, or drains block");
    });

    test("image: the name the overlay's images rule targets; pull policy", () => {
      const img = parseImage(container.image);
      if (variant === "base") assert.equal(img.name, "heapscope");
      else {
        assert.notEqual(img.tag, "latest");
        assert.ok(img.digest || /^\d+\.\d+\.\d+/.test(img.tag ?? ""), "a release tag or a digest");
        assert.ok(img.name.endsWith("/heapscope"));
      }
      assert.equal(container.imagePullPolicy, "IfNotPresent");
    });

    if (variant === "production") {
      test("production: one namespace under the restricted Pod Security Standard", () => {
        const ns = one(resources, "Namespace");
        assert.equal((ns.metadata.labels as any)["pod-security.kubernetes.io/enforce"], "restricted");
        for (const r of resources) {
          if (!CLUSTER_SCOPED.has(r.kind)) assert.equal(r.metadata.namespace, ns.metadata.name, `${r.kind} namespace`);
        }
        assert.ok(config.pool.threads > loadConfig(one(render("base"), "ConfigMap").data).pool.threads, "bigger pods");
        const hpa = one(resources, "HorizontalPodAutoscaler");
        assert.deepEqual([hpa.spec.minReplicas, hpa.spec.maxReplicas], [3, 30]);
        const keys = (pod.spec.topologySpreadConstraints ?? []).map((c: any) => c.topologyKey);
        assert.deepEqual(keys, ["kubernetes.io/hostname", "topology.kubernetes.io/zone"]);
        // The release tag is the package's version.
        assert.equal(parseImage(container.image).tag, pkg.version);
      });
    } else {
      test("base: no namespace (the overlay or kubectl -n chooses it)", () => {
        for (const r of resources as Resource[]) assert.equal(r.metadata.namespace, undefined);
      });
    }
  });
}
