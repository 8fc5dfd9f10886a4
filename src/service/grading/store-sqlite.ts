// The default grading store: one SQLite file (better-sqlite3, WAL) under DATA_DIR. A
// finished result, a queued job, a planned callback and a suite all survive a restart;
// jobs left running by a stopped process are queued again at start (requeueInterrupted).
// better-sqlite3 is synchronous: each call is a short indexed statement on the main thread.
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { CreateOutcome, GradingStore, IdempotencyClaim, QueueStats, StoredSuite } from "./store.js";
import type { Delivery, GradingRecord, Suite } from "./types.js";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS gradings (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  owner TEXT NOT NULL,
  status TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  idempotency_key TEXT,
  request_hash TEXT,
  record TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS gradings_idempotency ON gradings(owner, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS gradings_status ON gradings(status, seq);
CREATE TABLE IF NOT EXISTS deliveries (
  grading_id TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  delivery TEXT NOT NULL,
  PRIMARY KEY (grading_id, attempt)
);
CREATE TABLE IF NOT EXISTS callbacks (
  grading_id TEXT PRIMARY KEY,
  due_ms INTEGER,
  attempts INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS callbacks_due ON callbacks(due_ms);
CREATE TABLE IF NOT EXISTS suites (
  owner TEXT NOT NULL,
  id TEXT NOT NULL,
  suite TEXT NOT NULL,
  etag TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (owner, id)
);
`;

export const DB_FILE = "heapscope.db";

export class SqliteGradingStore implements GradingStore {
  private readonly db: Database.Database;
  private readonly stmt;

  /** `dir` is created if missing; ":memory:" keeps everything in memory (tests). */
  constructor(dir: string) {
    let file = ":memory:";
    if (dir !== ":memory:") {
      mkdirSync(dir, { recursive: true });
      file = join(dir, DB_FILE);
    }
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("busy_timeout = 5000");
    this.db.exec(SCHEMA);
    const db = this.db;
    this.stmt = {
      insert: db.prepare("INSERT INTO gradings (id, owner, status, created_ms, idempotency_key, request_hash, record) VALUES (?, ?, ?, ?, ?, ?, ?)"),
      byKey: db.prepare("SELECT record, request_hash FROM gradings WHERE owner = ? AND idempotency_key = ?"),
      get: db.prepare("SELECT record FROM gradings WHERE id = ?"),
      save: db.prepare("UPDATE gradings SET status = ?, record = ? WHERE id = ?"),
      oldestQueued: db.prepare("SELECT id, record FROM gradings WHERE status = 'queued' ORDER BY seq LIMIT 1"),
      requeue: db.prepare("SELECT id, record FROM gradings WHERE status = 'running'"),
      stats: db.prepare("SELECT SUM(status = 'queued') AS depth, SUM(status = 'running') AS running, MIN(CASE WHEN status = 'queued' THEN created_ms END) AS oldest FROM gradings WHERE status IN ('queued', 'running')"),
      addDelivery: db.prepare("INSERT OR REPLACE INTO deliveries (grading_id, attempt, delivery) VALUES (?, ?, ?)"),
      deliveries: db.prepare("SELECT delivery FROM deliveries WHERE grading_id = ? ORDER BY attempt"),
      schedule: db.prepare("INSERT INTO callbacks (grading_id, due_ms, attempts) VALUES (?, ?, ?) ON CONFLICT(grading_id) DO UPDATE SET due_ms = excluded.due_ms, attempts = excluded.attempts"),
      due: db.prepare("SELECT grading_id, attempts FROM callbacks WHERE due_ms IS NOT NULL AND due_ms <= ? ORDER BY due_ms LIMIT ?"),
      claimCallback: db.prepare("UPDATE callbacks SET due_ms = NULL WHERE grading_id = ?"),
      nextDue: db.prepare("SELECT MIN(due_ms) AS due FROM callbacks WHERE due_ms IS NOT NULL"),
      finishCallback: db.prepare("DELETE FROM callbacks WHERE grading_id = ?"),
      getSuite: db.prepare("SELECT suite, etag, updated_at FROM suites WHERE owner = ? AND id = ?"),
      putSuite: db.prepare("INSERT INTO suites (owner, id, suite, etag, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(owner, id) DO UPDATE SET suite = excluded.suite, etag = excluded.etag, updated_at = excluded.updated_at"),
    };
  }

  async create(record: GradingRecord, idem?: IdempotencyClaim): Promise<CreateOutcome> {
    return this.db.transaction((): CreateOutcome => {
      if (idem) {
        const row = this.stmt.byKey.get(record.owner, idem.key) as { record: string; request_hash: string } | undefined;
        if (row) return { record: JSON.parse(row.record) as GradingRecord, created: false, sameRequest: row.request_hash === idem.hash };
      }
      this.stmt.insert.run(record.id, record.owner, record.status, Date.parse(record.createdAt), idem?.key ?? null, idem?.hash ?? null, JSON.stringify(record));
      return { record, created: true, sameRequest: true };
    })();
  }

  async get(id: string): Promise<GradingRecord | undefined> {
    const row = this.stmt.get.get(id) as { record: string } | undefined;
    return row ? (JSON.parse(row.record) as GradingRecord) : undefined;
  }

  async save(record: GradingRecord): Promise<void> {
    this.stmt.save.run(record.status, JSON.stringify(record), record.id);
  }

  async claimNext(): Promise<GradingRecord | undefined> {
    return this.db.transaction((): GradingRecord | undefined => {
      const row = this.stmt.oldestQueued.get() as { id: string; record: string } | undefined;
      if (!row) return undefined;
      const record = JSON.parse(row.record) as GradingRecord;
      record.status = "running";
      record.startedAt = new Date().toISOString();
      this.stmt.save.run(record.status, JSON.stringify(record), record.id);
      return record;
    })();
  }

  async requeueInterrupted(): Promise<number> {
    return this.db.transaction((): number => {
      const rows = this.stmt.requeue.all() as { id: string; record: string }[];
      for (const row of rows) {
        const record = JSON.parse(row.record) as GradingRecord;
        record.status = "queued";
        delete record.startedAt;
        this.stmt.save.run(record.status, JSON.stringify(record), record.id);
      }
      return rows.length;
    })();
  }

  async queueStats(): Promise<QueueStats> {
    const row = this.stmt.stats.get() as { depth: number | null; running: number | null; oldest: number | null };
    return { depth: row.depth ?? 0, running: row.running ?? 0, oldestAgeMs: row.oldest === null ? 0 : Math.max(0, Date.now() - row.oldest) };
  }

  async addDelivery(gradingId: string, delivery: Delivery): Promise<void> {
    this.stmt.addDelivery.run(gradingId, delivery.attempt, JSON.stringify(delivery));
  }

  async listDeliveries(gradingId: string): Promise<Delivery[]> {
    return (this.stmt.deliveries.all(gradingId) as { delivery: string }[]).map((r) => JSON.parse(r.delivery) as Delivery);
  }

  async scheduleCallback(gradingId: string, atMs: number, attempts: number): Promise<void> {
    this.stmt.schedule.run(gradingId, atMs, attempts);
  }

  async dueCallbacks(nowMs: number, limit: number): Promise<{ gradingId: string; attempts: number }[]> {
    return this.db.transaction(() => {
      const rows = this.stmt.due.all(nowMs, limit) as { grading_id: string; attempts: number }[];
      for (const r of rows) this.stmt.claimCallback.run(r.grading_id);
      return rows.map((r) => ({ gradingId: r.grading_id, attempts: r.attempts }));
    })();
  }

  async nextCallbackAt(): Promise<number | undefined> {
    const row = this.stmt.nextDue.get() as { due: number | null };
    return row.due ?? undefined;
  }

  async finishCallback(gradingId: string): Promise<void> {
    this.stmt.finishCallback.run(gradingId);
  }

  async putSuite(owner: string, id: string, suite: Suite, ifMatch?: string): Promise<StoredSuite | "precondition-failed"> {
    return this.db.transaction((): StoredSuite | "precondition-failed" => {
      const current = this.stmt.getSuite.get(owner, id) as { etag: string } | undefined;
      if (ifMatch !== undefined && !etagMatches(ifMatch, current?.etag)) return "precondition-failed";
      const text = JSON.stringify(suite);
      const etag = suiteEtag(text);
      const updatedAt = new Date().toISOString();
      this.stmt.putSuite.run(owner, id, text, etag, updatedAt);
      return { suite, etag, updatedAt };
    })();
  }

  async getSuite(owner: string, id: string): Promise<StoredSuite | undefined> {
    const row = this.stmt.getSuite.get(owner, id) as { suite: string; etag: string; updated_at: string } | undefined;
    return row ? { suite: JSON.parse(row.suite) as Suite, etag: row.etag, updatedAt: row.updated_at } : undefined;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** A strong ETag from the suite's content. */
export const suiteEtag = (text: string): string => `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;

/** If-Match: `*` matches any existing suite; else one of the listed tags must be the current one. */
export function etagMatches(header: string, current: string | undefined): boolean {
  if (current === undefined) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === current);
}
