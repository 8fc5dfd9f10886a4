// Grading jobs: every grading is a job in the store (queued -> running -> completed, or
// cancelled). This process runs up to GRADING_CONCURRENCY of them at once, oldest first;
// a POST that asked to wait is answered when its job finishes (or the wait ends), a DELETE
// aborts a running job's remaining tests, and a completed job with a callback is handed to
// the webhook sender. The queue lives in the store, so queued jobs survive a restart.
import { randomUUID } from "node:crypto";
import { setMaxListeners } from "node:events";
import type { FastifyBaseLogger } from "fastify";
import type { RunLimitsConfig } from "../config.js";
import { PoolClosedError } from "../plugins/pool.js";
import { grade } from "./runner.js";
import type { RunSlots } from "./slots.js";
import { RequeueError, type CreateOutcome, type GradingStore, type IdempotencyClaim } from "./store.js";
import type { GradingInput, GradingOutcome, GradingRecord } from "./types.js";
import type { WebhookSender } from "./webhooks.js";

export interface JobHooks {
  /** A grading ended (completed or cancelled). */
  onFinished?(rec: GradingRecord, outcome: GradingOutcome | undefined, ms: number): void;
}

export interface SubmitOptions {
  owner: string;
  suite?: string;
  callbackUrl?: string;
  idempotency?: IdempotencyClaim;
}

const isFinished = (rec: GradingRecord) => rec.status === "completed" || rec.status === "cancelled";

export class GradingJobs {
  private running = new Map<string, AbortController>();
  private readonly waiters = new Map<string, Set<(rec: GradingRecord) => void>>();
  private pumping = false;
  private closed = false;
  private readonly done = new Set<Promise<void>>();

  constructor(
    readonly store: GradingStore,
    private readonly slots: RunSlots,
    private readonly limits: RunLimitsConfig,
    private readonly concurrency: number,
    private readonly webhooks: WebhookSender,
    private readonly log: FastifyBaseLogger,
    private readonly hooks: JobHooks = {},
  ) {}

  /** At start: jobs a stopped process left running are queued again, then the queue runs. */
  async start(): Promise<void> {
    const n = await this.store.requeueInterrupted();
    if (n > 0) this.log.info({ requeued: n }, "gradings interrupted by a restart were queued again");
    await this.webhooks.resume();
    this.store.onCancel?.((id) => this.running.get(id)?.abort());
    if (this.store.consume) {
      await this.store.consume(this.concurrency, async (rec) => {
        if (this.closed) throw new RequeueError("shutting down");
        const p = this.execute(rec);
        this.done.add(p);
        try {
          await p;
        } finally {
          this.done.delete(p);
        }
      });
    } else this.pump();
  }

  /** Another process may run a grading: poll the store while waiting for it. */
  private get shared(): boolean {
    return this.store.consume !== undefined;
  }

  async submit(input: GradingInput, opts: SubmitOptions): Promise<CreateOutcome> {
    const record: GradingRecord = {
      id: randomUUID(),
      owner: opts.owner,
      status: "queued",
      createdAt: new Date().toISOString(),
      input,
      ...(opts.suite !== undefined ? { suite: opts.suite } : {}),
      ...(opts.callbackUrl !== undefined ? { callbackUrl: opts.callbackUrl } : {}),
    };
    const out = await this.store.create(record, opts.idempotency);
    if (out.created && !this.shared) this.pump();
    return out;
  }

  /** The record once it is finished, or as it is after `ms`. */
  async waitFor(id: string, ms: number): Promise<GradingRecord | undefined> {
    const now = await this.store.get(id);
    if (!now || isFinished(now) || ms <= 0) return now;
    return new Promise((resolve) => {
      let set = this.waiters.get(id);
      if (!set) this.waiters.set(id, (set = new Set()));
      const listeners = set;
      const finish = (rec: GradingRecord): void => {
        clearTimeout(timer);
        listeners.delete(finish);
        if (listeners.size === 0) this.waiters.delete(id);
        resolve(rec);
      };
      const timer = setTimeout(() => {
        listeners.delete(finish);
        if (listeners.size === 0) this.waiters.delete(id);
        void this.store.get(id).then(resolve, () => resolve(now));
      }, ms);
      listeners.add(finish);
      if (this.shared) {
        const poll = async (): Promise<void> => {
          if (!listeners.has(finish)) return;
          const rec = await this.store.get(id).catch(() => undefined);
          if (rec && isFinished(rec)) finish(rec);
          else setTimeout(() => void poll(), 100).unref();
        };
        setTimeout(() => void poll(), 100).unref();
      }
    });
  }

  /** Cancels a queued or running grading; returns the record (unchanged if it had finished). */
  async cancel(id: string): Promise<GradingRecord | undefined> {
    const rec = await this.store.get(id);
    if (!rec || isFinished(rec)) return rec;
    const controller = this.running.get(id);
    if (controller) {
      controller.abort();
      return this.waitFor(id, 60_000);
    }
    if (rec.status === "running" && this.store.publishCancel) {
      await this.store.publishCancel(id);
      return this.waitFor(id, 60_000);
    }
    rec.status = "cancelled";
    rec.completedAt = new Date().toISOString();
    await this.store.save(rec);
    this.hooks.onFinished?.(rec, undefined, 0);
    this.finished(rec);
    return rec;
  }

  private pump(): void {
    if (this.pumping || this.closed) return;
    this.pumping = true;
    void (async () => {
      try {
        while (!this.closed && this.running.size < this.concurrency) {
          const rec = await this.store.claimNext();
          if (!rec) break;
          const p = this.execute(rec).catch(() => {}).finally(() => {
            this.done.delete(p);
            this.pump();
          });
          this.done.add(p);
        }
      } catch (err) {
        this.log.error({ err }, "grading queue failed");
      } finally {
        this.pumping = false;
      }
    })();
  }

  private async execute(rec: GradingRecord): Promise<void> {
    const controller = new AbortController();
    // One listener per test run in flight (withdrawing it if cancelled): not a leak.
    setMaxListeners(0, controller.signal);
    this.running.set(rec.id, controller);
    const started = Date.now();
    try {
      const outcome = await grade(rec.input, { slots: this.slots, limits: this.limits, signal: controller.signal });
      // A DELETE while it ran (here or, with a shared store, on another replica) wins.
      const latest = await this.store.get(rec.id);
      const cancelled = controller.signal.aborted || latest?.status === "cancelled";
      rec.status = cancelled ? "cancelled" : "completed";
      rec.outcome = outcome;
      rec.completedAt = new Date().toISOString();
      await this.store.save(rec);
      this.hooks.onFinished?.(rec, outcome, Date.now() - started);
      this.finished(rec);
      if (rec.status === "completed" && rec.callbackUrl) await this.webhooks.enqueue(rec.id);
    } catch (err) {
      if (err instanceof PoolClosedError || this.closed) {
        // Shutting down: the job goes back to the queue for the next start (or another replica).
        rec.status = "queued";
        delete rec.startedAt;
        await this.store.save(rec).catch(() => {});
        throw new RequeueError("shutting down");
      }
      this.log.error({ err, gradingId: rec.id }, "grading failed");
      rec.status = "completed";
      rec.completedAt = new Date().toISOString();
      rec.outcome = {
        gradable: true,
        score: 0,
        maxScore: rec.input.tests.reduce((s, t) => s + (t.points ?? 1), 0),
        tests: rec.input.tests.map((t) => ({ id: t.id, name: t.name ?? t.id, visibility: t.visibility ?? "visible", status: "error", score: 0, maxScore: t.points ?? 1, message: "internal error while grading" })),
      };
      await this.store.save(rec).catch(() => {});
      this.hooks.onFinished?.(rec, rec.outcome, Date.now() - started);
      this.finished(rec);
    } finally {
      this.running.delete(rec.id);
    }
  }

  /** Answers the requests waiting for this grading. */
  private finished(rec: GradingRecord): void {
    const set = this.waiters.get(rec.id);
    if (set) for (const f of [...set]) f(rec);
  }

  get runningCount(): number {
    return this.running.size;
  }

  /** Stops taking jobs and lets the running ones finish (up to `timeoutMs`; then they are queued again by the next start). */
  async close(timeoutMs: number): Promise<void> {
    this.closed = true;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.done]), new Promise((r) => (timer = setTimeout(r, timeoutMs)))]);
    clearTimeout(timer);
  }
}
