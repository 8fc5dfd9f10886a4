// The grading store's contract: jobs (with their input and result), idempotency keys,
// webhook delivery attempts and their schedule, and suites. Two implementations: SQLite
// (store-sqlite.ts, the default: one file under DATA_DIR) and Redis (store-redis.ts, with
// REDIS_URL: shared by every replica). Every method is async so both fit.
import type { Delivery, GradingRecord, Suite } from "./types.js";

export interface IdempotencyClaim {
  key: string;
  /** SHA-256 of the request, to refuse a key reused with another body. */
  hash: string;
}

export interface CreateOutcome {
  record: GradingRecord;
  /** false: the idempotency key was already used; `record` is that grading. */
  created: boolean;
  /** With created false: whether the earlier request had the same hash. */
  sameRequest: boolean;
}

export interface StoredSuite {
  suite: Suite;
  etag: string;
  updatedAt: string;
}

export interface QueueStats {
  depth: number;
  /** Age in ms of the oldest queued grading (0 when none). */
  oldestAgeMs: number;
  running: number;
}

export interface GradingStore {
  create(record: GradingRecord, idempotency?: IdempotencyClaim): Promise<CreateOutcome>;
  get(id: string): Promise<GradingRecord | undefined>;
  /** Writes a grading's status, times and outcome. */
  save(record: GradingRecord): Promise<void>;
  /** Takes the oldest queued grading and marks it running (atomically); undefined if none. */
  claimNext(): Promise<GradingRecord | undefined>;
  /** At start: gradings left running by a process that stopped go back to the queue. */
  requeueInterrupted(): Promise<number>;
  queueStats(): Promise<QueueStats>;

  addDelivery(gradingId: string, delivery: Delivery): Promise<void>;
  listDeliveries(gradingId: string): Promise<Delivery[]>;
  /** Plans the next callback attempt of a grading (attempt = attempts already made). */
  scheduleCallback(gradingId: string, atMs: number, attempts: number): Promise<void>;
  /** Callbacks due by nowMs (claimed: not returned again until rescheduled). */
  dueCallbacks(nowMs: number, limit: number): Promise<{ gradingId: string; attempts: number }[]>;
  /** The earliest planned callback time, or undefined. */
  nextCallbackAt(): Promise<number | undefined>;
  finishCallback(gradingId: string): Promise<void>;

  putSuite(owner: string, id: string, suite: Suite, ifMatch?: string): Promise<StoredSuite | "precondition-failed">;
  getSuite(owner: string, id: string): Promise<StoredSuite | undefined>;

  close(): Promise<void>;

  /**
   * A store shared by several processes brings its own queue: `consume` starts taking its
   * jobs (each marked running, then given to `run`; a `run` that throws RequeueError puts
   * the job back), and cancellations are broadcast to every process. Without `consume`
   * (SQLite), GradingJobs drains the queue itself with claimNext.
   */
  consume?(concurrency: number, run: (record: GradingRecord) => Promise<void>): Promise<void>;
  /** Tells every process sharing the store to abort this grading if it runs it. */
  publishCancel?(gradingId: string): Promise<void>;
  onCancel?(listener: (gradingId: string) => void): void;
}

/** Thrown by a job's run when it must go back to the queue (the process is shutting down). */
export class RequeueError extends Error {
  override name = "RequeueError";
}
