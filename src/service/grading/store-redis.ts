// The shared grading store (REDIS_URL): records, idempotency keys, deliveries, callback
// schedule and suites in Redis, and the job queue in BullMQ, so any number of replicas
// share the work. A replica that dies mid-grading loses its BullMQ lock: the job is
// "stalled" and another replica runs it again; one shutting down hands its jobs back.
// Cancellations reach the replica running the grading over a pub/sub channel.
import { Queue, Worker, type Job } from "bullmq";
import { Redis } from "ioredis";
import { etagMatches, suiteEtag } from "./store-sqlite.js";
import { type CreateOutcome, type GradingStore, type IdempotencyClaim, type QueueStats, type StoredSuite } from "./store.js";
import type { Delivery, GradingRecord, Suite } from "./types.js";

const P = "heapscope:";
const QUEUE = "heapscope-gradings";
const CANCEL_CHANNEL = `${P}cancel`;
const key = {
  grading: (id: string) => `${P}grading:${id}`,
  idem: (owner: string, k: string) => `${P}idem:${owner}:${k}`,
  deliveries: (id: string) => `${P}deliveries:${id}`,
  callbacks: `${P}callbacks`,
  callbackAttempts: `${P}callback-attempts`,
  suite: (owner: string, id: string) => `${P}suite:${owner}:${id}`,
};
/** How long a job's lock lasts without renewal (a crashed replica's job is retaken after it). */
const LOCK_MS = 30_000;

export class RedisGradingStore implements GradingStore {
  private worker: Worker | undefined;
  private subscriber: Redis | undefined;
  private readonly cancelListeners: ((id: string) => void)[] = [];

  private constructor(
    private readonly redis: Redis,
    private readonly queue: Queue,
    private readonly url: string,
  ) {}

  static async connect(url: string): Promise<RedisGradingStore> {
    // BullMQ's workers block on Redis: their connections must not give up on a request.
    const redis = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true });
    await redis.connect();
    const queue = new Queue(QUEUE, { connection: redis.duplicate() });
    return new RedisGradingStore(redis, queue, url);
  }

  async create(record: GradingRecord, idem?: IdempotencyClaim): Promise<CreateOutcome> {
    if (idem) {
      const claim = `${record.id} ${idem.hash}`;
      const won = await this.redis.set(key.idem(record.owner, idem.key), claim, "NX");
      if (won === null) {
        const [id = "", hash] = ((await this.redis.get(key.idem(record.owner, idem.key))) ?? "").split(" ");
        // The winner writes its record right after its claim: wait for it briefly.
        for (let i = 0; i < 100; i++) {
          const existing = await this.get(id);
          if (existing) return { record: existing, created: false, sameRequest: hash === idem.hash };
          await new Promise((r) => setTimeout(r, 20));
        }
        throw new Error(`idempotency key claimed by grading ${id}, which was never stored`);
      }
    }
    await this.redis.set(key.grading(record.id), JSON.stringify(record));
    await this.queue.add("grade", { id: record.id }, { jobId: record.id, removeOnComplete: true, removeOnFail: 1000, attempts: 5, backoff: { type: "fixed", delay: 500 } });
    return { record, created: true, sameRequest: true };
  }

  async get(id: string): Promise<GradingRecord | undefined> {
    const text = await this.redis.get(key.grading(id));
    return text === null ? undefined : (JSON.parse(text) as GradingRecord);
  }

  async save(record: GradingRecord): Promise<void> {
    await this.redis.set(key.grading(record.id), JSON.stringify(record));
  }

  async claimNext(): Promise<GradingRecord | undefined> {
    return undefined; // BullMQ hands out the jobs (consume)
  }

  async requeueInterrupted(): Promise<number> {
    return 0; // BullMQ's stalled-job check does this for every replica
  }

  async consume(concurrency: number, run: (record: GradingRecord) => Promise<void>): Promise<void> {
    this.worker = new Worker(
      QUEUE,
      async (job: Job<{ id: string }>) => {
        const rec = await this.get(job.data.id);
        if (!rec || rec.status === "cancelled" || rec.status === "completed") return;
        rec.status = "running";
        rec.startedAt = new Date().toISOString();
        await this.save(rec);
        try {
          await run(rec);
        } catch (err) {
          // Thrown back to BullMQ (a RequeueError: this replica is stopping): the job is
          // attempted again, here or on another replica.
          rec.status = "queued";
          delete rec.startedAt;
          await this.save(rec);
          throw err;
        }
      },
      { connection: new Redis(this.url, { maxRetriesPerRequest: null }), concurrency, lockDuration: LOCK_MS },
    );
    this.worker.on("error", () => {}); // connection errors are retried by ioredis
    this.subscriber = new Redis(this.url, { maxRetriesPerRequest: null });
    await this.subscriber.subscribe(CANCEL_CHANNEL);
    this.subscriber.on("message", (_channel: string, id: string) => {
      for (const l of this.cancelListeners) l(id);
    });
  }

  async publishCancel(gradingId: string): Promise<void> {
    await this.redis.publish(CANCEL_CHANNEL, gradingId);
  }

  onCancel(listener: (gradingId: string) => void): void {
    this.cancelListeners.push(listener);
  }

  async queueStats(): Promise<QueueStats> {
    const counts = await this.queue.getJobCounts("waiting", "active", "delayed", "prioritized");
    const oldest = await this.queue.getJobs(["waiting"], 0, 0, true);
    const ts = oldest[0]?.timestamp;
    return {
      depth: (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0),
      running: counts.active ?? 0,
      oldestAgeMs: ts === undefined ? 0 : Math.max(0, Date.now() - ts),
    };
  }

  async addDelivery(gradingId: string, delivery: Delivery): Promise<void> {
    await this.redis.rpush(key.deliveries(gradingId), JSON.stringify(delivery));
  }

  async listDeliveries(gradingId: string): Promise<Delivery[]> {
    return (await this.redis.lrange(key.deliveries(gradingId), 0, -1)).map((t) => JSON.parse(t) as Delivery);
  }

  async scheduleCallback(gradingId: string, atMs: number, attempts: number): Promise<void> {
    await this.redis.multi().zadd(key.callbacks, atMs, gradingId).hset(key.callbackAttempts, gradingId, attempts).exec();
  }

  async dueCallbacks(nowMs: number, limit: number): Promise<{ gradingId: string; attempts: number }[]> {
    const ids = await this.redis.zrangebyscore(key.callbacks, 0, nowMs, "LIMIT", 0, limit);
    const out: { gradingId: string; attempts: number }[] = [];
    for (const id of ids) {
      // ZREM decides which replica takes the attempt: only one removes it.
      if ((await this.redis.zrem(key.callbacks, id)) === 1) {
        out.push({ gradingId: id, attempts: Number((await this.redis.hget(key.callbackAttempts, id)) ?? 0) });
      }
    }
    return out;
  }

  async nextCallbackAt(): Promise<number | undefined> {
    const first = await this.redis.zrange(key.callbacks, 0, 0, "WITHSCORES");
    return first.length === 2 ? Number(first[1]) : undefined;
  }

  async finishCallback(gradingId: string): Promise<void> {
    await this.redis.multi().zrem(key.callbacks, gradingId).hdel(key.callbackAttempts, gradingId).exec();
  }

  async putSuite(owner: string, id: string, suite: Suite, ifMatch?: string): Promise<StoredSuite | "precondition-failed"> {
    const k = key.suite(owner, id);
    for (;;) {
      await this.redis.watch(k);
      const current = await this.redis.get(k);
      const currentEtag = current === null ? undefined : (JSON.parse(current) as StoredSuite).etag;
      if (ifMatch !== undefined && !etagMatches(ifMatch, currentEtag)) {
        await this.redis.unwatch();
        return "precondition-failed";
      }
      const stored: StoredSuite = { suite, etag: suiteEtag(JSON.stringify(suite)), updatedAt: new Date().toISOString() };
      const ok = await this.redis.multi().set(k, JSON.stringify(stored)).exec();
      if (ok !== null) return stored; // else another replica wrote it meanwhile: check again
    }
  }

  async getSuite(owner: string, id: string): Promise<StoredSuite | undefined> {
    const text = await this.redis.get(key.suite(owner, id));
    return text === null ? undefined : (JSON.parse(text) as StoredSuite);
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.subscriber?.quit().catch(() => {});
    await this.queue.close();
    await this.redis.quit().catch(() => {});
  }
}
