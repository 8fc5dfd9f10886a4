// Grading callbacks: one signed POST per completed grading to its callback.url, body the
// grader view of the result. Signature: `Heapscope-Signature: t=UNIX_SECONDS,v1=HEX`, HEX
// the HMAC-SHA256 keyed with WEBHOOK_SECRET of `t + "." + raw body` (a receiver recomputes
// it over the exact bytes it got and rejects an old `t` against replays). Attempts are
// planned in the store, so a restart resumes them; a failed attempt (no 2xx, network error,
// timeout) is retried after WEBHOOK_RETRY_BASE_MS x 2^(attempt-1), up to
// WEBHOOK_MAX_ATTEMPTS; a refused address (SSRF guard) is not retried.
import { createHmac } from "node:crypto";
import http from "node:http";
import https from "node:https";
import type { FastifyBaseLogger } from "fastify";
import type { GradingConfig } from "../config.js";
import { BlockedAddressError, callbackUrlProblem, guardedLookup } from "./ssrf.js";
import type { GradingStore } from "./store.js";
import type { Delivery, GradingRecord } from "./types.js";
import { graderView } from "./views.js";

export const SIGNATURE_HEADER = "heapscope-signature";

/** The header value for a body sent at `unixSeconds`. */
export function signatureFor(secret: string, unixSeconds: number, body: string): string {
  const hex = createHmac("sha256", secret).update(`${unixSeconds}.${body}`).digest("hex");
  return `t=${unixSeconds},v1=${hex}`;
}

export type DeliveryOutcome = Delivery["outcome"];

interface PostResult {
  outcome: DeliveryOutcome;
  statusCode?: number;
  error?: string;
}

/** Largest number of callbacks attempted at once. */
const BATCH = 16;

export class WebhookSender {
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly store: GradingStore,
    private readonly cfg: GradingConfig["webhook"],
    private readonly log: FastifyBaseLogger,
    private readonly onOutcome: (outcome: DeliveryOutcome) => void = () => {},
  ) {}

  /** Plans the first attempt for a completed grading with a callback. */
  async enqueue(gradingId: string): Promise<void> {
    await this.store.scheduleCallback(gradingId, Date.now(), 0);
    this.wake(0);
  }

  /** At start: resume attempts planned before a restart. */
  async resume(): Promise<void> {
    const next = await this.store.nextCallbackAt();
    if (next !== undefined) this.wake(Math.max(0, next - Date.now()));
  }

  private wake(delayMs: number): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), Math.min(delayMs, 2 ** 31 - 1));
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    if (this.closed) return;
    try {
      const due = await this.store.dueCallbacks(Date.now(), BATCH);
      for (const d of due) {
        const p = this.attempt(d.gradingId, d.attempts + 1).finally(() => this.inFlight.delete(p));
        this.inFlight.add(p);
      }
      if (due.length === BATCH) return this.wake(0);
      const next = await this.store.nextCallbackAt();
      if (next !== undefined) this.wake(Math.max(0, next - Date.now()));
    } catch (err) {
      this.log.error({ err }, "webhook scheduling failed");
      this.wake(1000);
    }
  }

  private async attempt(gradingId: string, attempt: number): Promise<void> {
    const rec = await this.store.get(gradingId);
    if (!rec || !rec.callbackUrl) return this.store.finishCallback(gradingId);
    const started = Date.now();
    const result = await this.post(rec);
    const delivery: Delivery = {
      attempt,
      at: new Date(started).toISOString(),
      outcome: result.outcome,
      durationMs: Date.now() - started,
      ...(result.statusCode !== undefined ? { statusCode: result.statusCode } : {}),
      ...(result.error !== undefined ? { error: result.error } : {}),
    };
    const retry = result.outcome === "failed" && attempt < this.cfg.maxAttempts && !this.closed;
    const nextAt = started + this.cfg.retryBaseMs * 2 ** (attempt - 1);
    if (retry) delivery.nextAttemptAt = new Date(nextAt).toISOString();
    await this.store.addDelivery(gradingId, delivery);
    this.onOutcome(result.outcome);
    if (retry) {
      await this.store.scheduleCallback(gradingId, nextAt, attempt);
      this.wake(Math.max(0, nextAt - Date.now()));
    } else if (result.outcome === "failed" && this.closed) {
      // Shutting down: leave the next attempt to the next start.
      await this.store.scheduleCallback(gradingId, nextAt, attempt);
    } else {
      await this.store.finishCallback(gradingId);
    }
    this.log.info({ gradingId, attempt, outcome: result.outcome, statusCode: result.statusCode }, "grading callback");
  }

  private post(rec: GradingRecord): Promise<PostResult> {
    const url = rec.callbackUrl!;
    const problem = callbackUrlProblem(url, this.cfg.allowPrivate);
    if (problem !== null) return Promise.resolve({ outcome: "blocked", error: problem });
    const body = JSON.stringify(graderView(rec));
    const t = Math.floor(Date.now() / 1000);
    const target = new URL(url);
    const client = target.protocol === "https:" ? https : http;
    return new Promise((resolve) => {
      const req = client.request(
        target,
        {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            "user-agent": "heapscope-webhook",
            [SIGNATURE_HEADER]: signatureFor(this.cfg.secret, t, body),
            "heapscope-grading-id": rec.id,
          },
          lookup: guardedLookup(this.cfg.allowPrivate) as never,
          timeout: this.cfg.timeoutMs,
        },
        (res) => {
          res.resume(); // the answer's body is not needed
          res.on("end", () => {
            const code = res.statusCode ?? 0;
            resolve(code >= 200 && code < 300 ? { outcome: "delivered", statusCode: code } : { outcome: "failed", statusCode: code, error: `HTTP ${code}` });
          });
          res.on("error", (err) => resolve({ outcome: "failed", statusCode: res.statusCode, error: err.message }));
        },
      );
      req.on("timeout", () => req.destroy(new Error(`no answer within ${this.cfg.timeoutMs} ms`)));
      req.on("error", (err) => {
        const blocked = err instanceof BlockedAddressError || (err as NodeJS.ErrnoException).code === "EBLOCKED";
        resolve({ outcome: blocked ? "blocked" : "failed", error: err.message });
      });
      req.end(body);
    });
  }

  /** Stops planning attempts; waits for the ones in flight (their retries stay planned in the store). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await Promise.allSettled([...this.inFlight]);
  }
}
