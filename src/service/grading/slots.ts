// The gradings' share of the pool. A grading fans its tests out as pool runs; all gradings
// of this process together keep at most `size` runs admitted (by default two per thread:
// every thread busy plus one waiting each), so a large grading never fills the pool's
// bounded queue and /v1/runs clients keep getting a place. A run refused anyway (queue
// full because of other clients) waits and is submitted again.
import type { RunResult } from "../../engine/api.js";
import { EngineFailureError, QueueFullError, WorkerCrashError, type RunPool } from "../plugins/pool.js";
import type { EngineOptions } from "../worker/protocol.js";

/** The grading was cancelled while this run waited. */
export class GradingCancelledError extends Error {
  override name = "GradingCancelledError";
}

const QUEUE_FULL_RETRY_MS = 25;

export class RunSlots {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly pool: Pick<RunPool, "run">,
    readonly size: number,
  ) {}

  /** Runs one program through the pool; engine and worker failures come back as an error result. */
  async run(source: string, options: EngineOptions, signal?: AbortSignal): Promise<RunResult> {
    await this.acquire(signal);
    try {
      for (;;) {
        if (signal?.aborted) throw new GradingCancelledError("the grading was cancelled");
        try {
          const outcome = await this.pool.run(source, options, signal ? { cancel: signal } : {});
          return outcome.result;
        } catch (err) {
          if (err instanceof QueueFullError) {
            await new Promise((r) => setTimeout(r, QUEUE_FULL_RETRY_MS));
            continue;
          }
          if (err instanceof WorkerCrashError || err instanceof EngineFailureError) return failedRun(options, err);
          if (signal?.aborted) throw new GradingCancelledError("the grading was cancelled");
          throw err;
        }
      }
    } finally {
      this.release();
    }
  }

  private acquire(signal?: AbortSignal): Promise<void> {
    if (this.active < this.size) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = (): void => {
        signal?.removeEventListener("abort", onAbort);
        this.active++;
        resolve();
      };
      const onAbort = (): void => {
        const i = this.waiting.indexOf(grant);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(new GradingCancelledError("the grading was cancelled"));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.waiting.push(grant);
    });
  }

  private release(): void {
    this.active--;
    const next = this.waiting.shift();
    if (next) next();
  }
}

function failedRun(options: EngineOptions, err: Error): RunResult {
  const message =
    err instanceof WorkerCrashError
      ? "the interpreter's worker died while running this test (it has been replaced)"
      : "the interpreter failed unexpectedly while running this test";
  const traceback = `SystemError: ${message}\n`;
  return {
    status: "error",
    stdout: "",
    stderr: traceback,
    error: { type: "SystemError", message, line: null, traceback },
    events: [],
    eventsDropped: 0,
    stats: { steps: 0, wallMs: 0, collections: 0, freedObjects: 0, peakHeapBytes: 0, heapLimitBytes: options.heapBytes ?? 0 },
  };
}
