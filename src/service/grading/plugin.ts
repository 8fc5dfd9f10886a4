// The grading subsystem as one Fastify plugin: the store (SQLite, or Redis with REDIS_URL),
// the gradings' share of the pool, the job runner, the webhook sender and their metrics.
// Decorates the app with `gradings`; routes/gradings.ts and routes/suites.ts use it.
import type { FastifyPluginAsync } from "fastify";
import fp from "fastify-plugin";
import { Counter, Gauge, Histogram } from "prom-client";
import type { GradingConfig, RunLimitsConfig } from "../config.js";
import { GradingJobs } from "./jobs.js";
import { RunSlots } from "./slots.js";
import type { GradingStore } from "./store.js";
import { SqliteGradingStore } from "./store-sqlite.js";
import type { TestStatus } from "./types.js";
import { WebhookSender } from "./webhooks.js";

export interface Gradings {
  jobs: GradingJobs;
  store: GradingStore;
  config: GradingConfig;
}

declare module "fastify" {
  interface FastifyInstance {
    gradings: Gradings;
  }
}

export interface GradingPluginOptions {
  config: GradingConfig;
  limits: RunLimitsConfig;
  shutdownTimeoutMs: number;
  /** A store to use instead of the configured one (tests). */
  store?: GradingStore;
}

const TEST_STATUSES: TestStatus[] = ["passed", "failed", "error", "timeout", "memory-limit", "output-limit", "skipped"];

const gradingPlugin: FastifyPluginAsync<GradingPluginOptions> = async (app, opts) => {
  const { config } = opts;
  const log = app.log.child({ component: "grading" });
  const store: GradingStore = opts.store ?? (await openStore(config));
  const registry = app.metrics.registry;

  const gradingsTotal = new Counter({ name: "heapscope_gradings_total", help: "Gradings that ended, by status (completed, cancelled) and gradable.", labelNames: ["status", "gradable"] as const, registers: [registry] });
  const gradingTests = new Counter({ name: "heapscope_grading_tests_total", help: "Tests graded, by verdict.", labelNames: ["verdict"] as const, registers: [registry] });
  for (const verdict of TEST_STATUSES) gradingTests.inc({ verdict }, 0);
  const gradingDuration = new Histogram({
    name: "heapscope_grading_duration_seconds",
    help: "Time from a grading's start to its end.",
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers: [registry],
  });
  const deliveries = new Counter({ name: "heapscope_webhook_deliveries_total", help: "Grading callback attempts, by outcome (delivered, failed, blocked).", labelNames: ["outcome"] as const, registers: [registry] });
  for (const outcome of ["delivered", "failed", "blocked"]) deliveries.inc({ outcome }, 0);
  let stats = { depth: 0, oldestAgeMs: 0, running: 0 };
  const refresh = async (): Promise<void> => {
    stats = await store.queueStats();
  };
  new Gauge({ name: "heapscope_grading_queue_depth", help: "Gradings waiting to start.", registers: [registry], async collect() { await refresh(); this.set(stats.depth); } });
  new Gauge({ name: "heapscope_grading_queue_oldest_age_seconds", help: "Age of the oldest waiting grading.", registers: [registry], collect() { this.set(stats.oldestAgeMs / 1000); } });
  new Gauge({ name: "heapscope_gradings_running", help: "Gradings running (in every process sharing the store).", registers: [registry], collect() { this.set(stats.running); } });

  const webhooks = new WebhookSender(store, config.webhook, log, (outcome) => deliveries.inc({ outcome }));
  // Two runs admitted per thread: every thread busy, one waiting each.
  const slots = new RunSlots(app.runPool, Math.max(2, app.runPool.threads * 2));
  const jobs = new GradingJobs(store, slots, opts.limits, config.concurrency, webhooks, log, {
    onFinished(rec, outcome, ms) {
      gradingsTotal.inc({ status: rec.status, gradable: String(outcome?.gradable ?? true) });
      if (ms > 0) gradingDuration.observe(ms / 1000);
      for (const t of outcome?.tests ?? []) gradingTests.inc({ verdict: t.status });
    },
  });
  app.decorate("gradings", { jobs, store, config });
  app.addHook("onReady", async () => {
    await jobs.start();
  });
  app.addHook("onClose", async () => {
    await jobs.close(opts.shutdownTimeoutMs);
    await webhooks.close();
    await store.close();
  });
};

async function openStore(config: GradingConfig): Promise<GradingStore> {
  if (config.redisUrl === "") return new SqliteGradingStore(config.dataDir);
  // Loaded only when used: a SQLite deployment never loads BullMQ.
  const { RedisGradingStore } = await import("./store-redis.js");
  return RedisGradingStore.connect(config.redisUrl);
}

export default fp(gradingPlugin, { name: "heapscope-grading", fastify: "5.x", dependencies: ["heapscope-pool", "heapscope-metrics"] });
