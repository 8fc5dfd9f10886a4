// Prometheus metrics (prom-client), one registry per app. Decorates the app with `metrics`;
// routes/metrics.ts serves them. Pool gauges are read at scrape time.
import type { FastifyPluginAsync } from "fastify";
import fp from "fastify-plugin";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { RunStatus } from "../../engine/api.js";

export interface Metrics {
  registry: Registry;
  runs: Counter<"status">;
  runDuration: Histogram<"status">;
  queueWait: Histogram;
  collections: Counter;
  freedObjects: Counter;
  httpRequests: Counter<"method" | "route" | "status_code">;
  observeRun(status: RunStatus, runMs: number, queuedMs: number, collections: number, freedObjects: number): void;
}

declare module "fastify" {
  interface FastifyInstance {
    metrics: Metrics;
  }
}

const metricsPlugin: FastifyPluginAsync = async (app) => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "heapscope_" });
  const pool = app.runPool;

  const runs = new Counter({ name: "heapscope_runs_total", help: "Runs that executed, by verdict.", labelNames: ["status"] as const, registers: [registry] });
  const runDuration = new Histogram({
    name: "heapscope_run_duration_seconds",
    help: "Time a run spent executing in its interpreter, by verdict.",
    labelNames: ["status"] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const queueWait = new Histogram({
    name: "heapscope_run_queue_wait_seconds",
    help: "Time a run waited for a free interpreter.",
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const collections = new Counter({ name: "heapscope_gc_collections_total", help: "Garbage collections performed by the interpreters.", registers: [registry] });
  const freedObjects = new Counter({ name: "heapscope_gc_freed_objects_total", help: "Objects freed by the interpreters' collections.", registers: [registry] });
  const httpRequests = new Counter({
    name: "heapscope_http_requests_total",
    help: "HTTP responses, by method, route and status code.",
    labelNames: ["method", "route", "status_code"] as const,
    registers: [registry],
  });
  new Gauge({ name: "heapscope_pool_queue_depth", help: "Runs waiting for a free interpreter.", registers: [registry], collect() { this.set(pool.queueDepth); } });
  new Gauge({ name: "heapscope_pool_queue_capacity", help: "The most runs that may wait (POOL_MAX_QUEUE).", registers: [registry], collect() { this.set(pool.maxQueue); } });
  new Gauge({ name: "heapscope_pool_threads", help: "Live interpreter threads.", registers: [registry], collect() { this.set(pool.liveThreads); } });
  new Gauge({ name: "heapscope_pool_busy_threads", help: "Interpreter threads running a program now.", registers: [registry], collect() { this.set(pool.busyThreads); } });
  new Gauge({ name: "heapscope_pool_utilization", help: "Pool utilization since start (Piscina), 0..1.", registers: [registry], collect() { this.set(pool.utilization); } });
  const poolEvent = (name: string, help: string, read: () => number) =>
    new Counter({ name, help, registers: [registry], collect() { this.reset(); this.inc(read()); } });
  poolEvent("heapscope_pool_hard_aborts_total", "Runs whose worker was terminated for not stopping within timeout plus grace.", () => pool.counts.hardAborts);
  poolEvent("heapscope_pool_worker_crashes_total", "Runs whose worker died (replaced).", () => pool.counts.workerCrashes);
  poolEvent("heapscope_pool_engine_errors_total", "Runs where the interpreter threw (engine bugs).", () => pool.counts.engineFailures);
  poolEvent("heapscope_pool_queue_rejections_total", "Runs refused because the queue was full.", () => pool.counts.queueRejections);
  poolEvent("heapscope_pool_queue_timeouts_total", "Runs answered 503 after waiting the maximum queue wait.", () => pool.counts.queueTimeouts);

  const metrics: Metrics = {
    registry,
    runs,
    runDuration,
    queueWait,
    collections,
    freedObjects,
    httpRequests,
    observeRun(status, runMs, queuedMs, nCollections, nFreed) {
      runs.inc({ status });
      runDuration.observe({ status }, runMs / 1000);
      queueWait.observe(Math.max(0, queuedMs) / 1000);
      if (nCollections > 0) collections.inc(nCollections);
      if (nFreed > 0) freedObjects.inc(nFreed);
    },
  };
  app.decorate("metrics", metrics);

  app.addHook("onResponse", (request, reply, done) => {
    httpRequests.inc({ method: request.method, route: request.routeOptions.url ?? "unknown", status_code: reply.statusCode });
    done();
  });
};

export default fp(metricsPlugin, { name: "heapscope-metrics", fastify: "5.x", dependencies: ["heapscope-pool"] });
