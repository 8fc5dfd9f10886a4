// The interpreter pool: Piscina worker threads, each running one run at a time
// (worker/run-task.ts), behind a bounded queue, with a hard abort for runs whose engine does
// not stop by itself. Decorates the app with `runPool`.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import type { FastifyBaseLogger, FastifyPluginAsync } from "fastify";
import fp from "fastify-plugin";
import { Piscina } from "piscina";
import type { RunEndEvent, RunResult, TraceEvent } from "../../engine/api.js";
import {
  SHARED_BYTES,
  STATE_QUEUED,
  STATE_STARTED,
  type EngineOptions,
  type EventsMessage,
  type OutputMessage,
  type RunTask,
  type StreamIndex,
  type TaskResult,
  type TestTaskKind,
} from "../worker/protocol.js";
import { SharedView } from "./shared-view.js";

/** The bounded queue is full: answer 503 with Retry-After. */
export class QueueFullError extends Error {
  override name = "QueueFullError";
}
/** The run waited for a worker longer than the maximum queue wait; it was not run: 503 with Retry-After. */
export class QueueTimeoutError extends Error {
  override name = "QueueTimeoutError";
}
/** The pool is closing (shutdown): answer 503. */
export class PoolClosedError extends Error {
  override name = "PoolClosedError";
}
/** The worker running the task died (process.exit, V8 heap exhausted, ...). */
export class WorkerCrashError extends Error {
  override name = "WorkerCrashError";
}
/** runProgram threw instead of returning a result: an engine bug. */
export class EngineFailureError extends Error {
  override name = "EngineFailureError";
  constructor(readonly engineError: { name: string; message: string; stack: string }) {
    super(`engine threw ${engineError.name}: ${engineError.message}`);
  }
}
/** The client went away before the run started; it was taken off the queue. */
export class RunCancelledError extends Error {
  override name = "RunCancelledError";
}

/**
 * A cheaper alternative to an AbortSignal for `run`'s cancel: arranges for `cancel` to be
 * called when the run is no longer wanted, and returns a function that undoes that.
 */
export type CancelSubscriber = (cancel: () => void) => () => void;

export interface RunOutcome {
  result: RunResult;
  /** The engine did not stop within timeout + grace: its worker was terminated. */
  hardAborted: boolean;
  /** Time spent waiting for a worker, and running, in ms. */
  queuedMs: number;
  runMs: number;
}

export interface RunPoolOptions {
  threads: number;
  maxQueue: number;
  workerHeapMb: number;
  workerStackMb: number;
  graceMs: number;
  /** The longest a run may wait for a worker; then it is withdrawn (QueueTimeoutError). */
  maxQueueWaitMs?: number;
  closeTimeoutMs: number;
  testHooks?: boolean;
  log: FastifyBaseLogger;
  /** The worker module; default workerFileUrl(). */
  workerFile?: URL;
}

/** dist/service/worker/run-task.js: next to this module when built, else (tsx from src) in dist/. */
export function workerFileUrl(): URL {
  const here = new URL(import.meta.url);
  const sibling = new URL("../worker/run-task.js", here);
  if (here.pathname.endsWith(".js")) return sibling;
  const built = new URL("../../../dist/service/worker/run-task.js", here);
  if (!existsSync(fileURLToPath(built))) {
    throw new Error(`worker not built: ${fileURLToPath(built)} is missing (run \`npm run build\`)`);
  }
  return built;
}

interface Collector {
  chunks: [string[], string[]];
  received: [number, number];
  /** Posted event batches, and how many events they hold. */
  events: TraceEvent[][];
  eventsReceived: number;
  /** What this run may send back (its result budget): UTF-16 units of output, events. */
  maxUnits: number;
  maxEvents: number;
  onMessage?: () => void;
}

export class RunPool {
  readonly threads: number;
  readonly maxQueue: number;
  private readonly piscina: Piscina<RunTask, TaskResult>;
  private readonly graceMs: number;
  private readonly maxQueueWaitMs: number;
  private readonly log: FastifyBaseLogger;
  private readonly collectors = new Map<number, Collector>();
  /** Admitted runs' withdraw functions, to fail queued runs when no worker can start. */
  private readonly admitted = new Map<number, (reason: Error) => void>();
  private readonly freeBuffers: SharedArrayBuffer[] = [];
  private nextRunId = 1;
  private inFlight = 0;
  private closing = false;
  /** Counters for metrics. */
  readonly counts = { hardAborts: 0, workerCrashes: 0, engineFailures: 0, queueRejections: 0, queueTimeouts: 0 };

  constructor(opts: RunPoolOptions) {
    // Before any worker isolate exists. An interpreter's objects outlive a scavenge taken
    // mid-run, so V8's allocation-site feedback starts allocating them straight in old space;
    // they die there with the run, yet, until the next full GC, keep alive every young object
    // they point to, so each scavenge copies megabytes (8-15 ms) and promotes still more. Off,
    // a hello-world run costs ~75 us of CPU in the pool instead of ~130, and GC pauses (the
    // p99) shrink with it. V8 flags are per process: this also applies to the main thread.
    setFlagsFromString("--no-allocation-site-pretenuring");
    this.threads = opts.threads;
    this.maxQueue = opts.maxQueue;
    this.graceMs = opts.graceMs;
    this.maxQueueWaitMs = opts.maxQueueWaitMs ?? Infinity;
    this.log = opts.log;
    this.piscina = new Piscina<RunTask, TaskResult>({
      filename: (opts.workerFile ?? workerFileUrl()).href,
      minThreads: opts.threads,
      maxThreads: opts.threads,
      idleTimeout: Infinity,
      // Admission is bounded by run() itself (Piscina does not count abortable tasks
      // against maxQueue), so Piscina's own queue never holds more than maxQueue.
      concurrentTasksPerWorker: 1,
      resourceLimits: { maxOldGenerationSizeMb: opts.workerHeapMb, stackSizeMb: opts.workerStackMb },
      workerData: { testHooks: opts.testHooks === true },
      // The worker is plain JS from dist/: don't make each one load the parent's loaders (tsx).
      execArgv: [],
      closeTimeout: opts.closeTimeoutMs,
    });
    this.piscina.on("message", (m: unknown) => this.onOutputMessage(m));
    // A worker that dies with no task (or after its task was settled) is replaced by Piscina;
    // without a listener the "error" event would take the process down.
    this.piscina.on("error", (err: unknown) => {
      this.log.error({ err }, "pool worker error");
      // A worker that fails while starting (e.g. its module cannot load) is not replaced, and
      // runs waiting for one would wait forever: fail them instead (500 worker-crashed).
      setImmediate(() => {
        if (this.liveThreads > 0) return;
        for (const withdraw of this.admitted.values()) withdraw(new WorkerCrashError("no interpreter could be started", { cause: err }));
      });
    });
  }

  /** Runs that may be admitted at once: one per thread, plus the queue. */
  get capacity(): number {
    return this.threads + this.maxQueue;
  }
  /** Runs waiting for a worker. */
  get queueDepth(): number {
    return this.piscina.queueSize;
  }
  get busyThreads(): number {
    return Math.max(0, Math.min(this.threads, this.inFlight - this.piscina.queueSize));
  }
  get liveThreads(): number {
    return this.piscina.threads.length;
  }
  get utilization(): number {
    return this.piscina.utilization;
  }
  get saturated(): boolean {
    return this.inFlight >= this.capacity;
  }
  get ready(): boolean {
    return !this.closing && this.liveThreads > 0 && !this.saturated;
  }

  /**
   * Runs a program in a fresh interpreter. Resolves with the engine's result, or with a
   * timeout result (limit "hard-stop") carrying the output, events and counters recorded so
   * far when the engine had to be aborted. Rejects with QueueFullError, QueueTimeoutError
   * (waited maxQueueWaitMs without a worker), PoolClosedError, WorkerCrashError,
   * EngineFailureError, or RunCancelledError (cancel fired while the run was still queued).
   */
  async run(source: string, options: EngineOptions, extra: { test?: TestTaskKind; cancel?: AbortSignal | CancelSubscriber } = {}): Promise<RunOutcome> {
    if (this.closing) throw new PoolClosedError("the server is shutting down");
    if (this.inFlight >= this.capacity) {
      this.counts.queueRejections++;
      throw new QueueFullError(`all ${this.threads} interpreters are busy and ${this.maxQueue} runs are waiting`);
    }
    this.inFlight++;
    const submittedAt = Date.now();
    const view = new SharedView(this.freeBuffers.pop() ?? new SharedArrayBuffer(SHARED_BYTES)).reset();
    const runId = this.nextRunId++;
    const collector: Collector = {
      chunks: [[], []],
      received: [0, 0],
      events: [],
      eventsReceived: 0,
      maxUnits: options.maxOutputBytes && options.maxOutputBytes > 0 ? options.maxOutputBytes : Infinity,
      maxEvents: Math.max(1, options.maxEvents ?? Infinity),
    };
    this.collectors.set(runId, collector);

    // No AbortSignal goes to Piscina (an abortable task costs a controller, listeners and a
    // slower dispatch on every run): a queued run is withdrawn through its shared state (the
    // worker that later dequeues it returns at once), and a run past its deadline is stopped by
    // terminating the worker running it (Piscina then fails the task and replaces the worker).
    let settle!: { resolve: (r: TaskResult) => void; reject: (e: unknown) => void };
    const outcome = new Promise<TaskResult>((resolve, reject) => {
      settle = { resolve, reject };
    });
    let withdrawnWith: Error | undefined;
    let settled = false; // after which the buffer may belong to another run
    const withdraw = (reason: Error): void => {
      if (!settled && withdrawnWith === undefined && view.withdraw()) {
        withdrawnWith = reason;
        settle.reject(reason);
      }
    };
    this.admitted.set(runId, withdraw);
    let hardAborted = false;
    const deadlineMs = (options.timeoutMs ?? 0) + this.graceMs;
    // The deadline runs from when the worker picked the task up, not from submission; until
    // then the queue wait is what is checked.
    const check = (): void => {
      const state = view.state;
      if (state === STATE_QUEUED) {
        const waited = Date.now() - submittedAt;
        if (waited >= this.maxQueueWaitMs) {
          const before = withdrawnWith;
          withdraw(new QueueTimeoutError(`no interpreter became free within ${this.maxQueueWaitMs} ms`));
          if (withdrawnWith !== before) this.counts.queueTimeouts++;
          return;
        }
        timer = setTimeout(check, Math.min(deadlineMs, this.maxQueueWaitMs - waited));
        return;
      }
      if (state !== STATE_STARTED) return; // finished (its result is on its way) or withdrawn
      const remaining = view.startedAt + deadlineMs - Date.now();
      if (remaining > 0) {
        timer = setTimeout(check, remaining);
        return;
      }
      if (!view.claimAbort()) return; // finished just now
      hardAborted = true;
      const threadId = view.threadId;
      for (const worker of this.piscina.threads) if (worker.threadId === threadId) void worker.terminate();
    };
    let timer = setTimeout(check, Math.min(deadlineMs, this.maxQueueWaitMs));
    const onCancel = (): void => withdraw(new RunCancelledError("client went away"));
    const cancel = extra.cancel;
    let unsubscribe: (() => void) | undefined;
    if (typeof cancel === "function") unsubscribe = cancel(onCancel);
    else if (cancel) {
      cancel.addEventListener("abort", onCancel, { once: true });
      unsubscribe = () => cancel.removeEventListener("abort", onCancel);
    }
    const task: RunTask = { runId, source, options, shared: view.buffer, ...(extra.test ? { test: extra.test } : {}) };
    this.piscina.run(task).then(settle.resolve, settle.reject);
    let completed = false;
    try {
      const res = await outcome;
      completed = true;
      const endedAt = Date.now();
      const startedAt = view.startedAt || submittedAt;
      if (!res.ok) {
        if ("cancelled" in res) throw new Error("a withdrawn run completed"); // cannot happen
        this.counts.engineFailures++;
        throw new EngineFailureError(res.engineError);
      }
      return { result: res.result, hardAborted: false, queuedMs: startedAt - submittedAt, runMs: endedAt - startedAt };
    } catch (err) {
      if (err instanceof EngineFailureError) throw err;
      if (hardAborted) {
        this.counts.hardAborts++;
        const startedAt = view.startedAt;
        const [stdout, stderr] = await Promise.all([this.drain(view, collector, 0), this.drain(view, collector, 1)]);
        const runMs = Date.now() - startedAt;
        this.log.warn({ runId, runMs }, "run did not stop within its timeout plus grace: worker terminated");
        return {
          result: await this.recovered(view, collector, stdout, stderr, runMs, options),
          hardAborted: true,
          queuedMs: startedAt - submittedAt,
          runMs,
        };
      }
      if (withdrawnWith !== undefined) throw withdrawnWith;
      if (this.closing && !view.started) throw new PoolClosedError("the server is shutting down");
      this.counts.workerCrashes++;
      throw new WorkerCrashError("the worker running this program died", { cause: err });
    } finally {
      settled = true;
      clearTimeout(timer);
      unsubscribe?.();
      this.collectors.delete(runId);
      this.admitted.delete(runId);
      this.inFlight--;
      // Reuse the buffer only when no worker can still write to it: the task returned. (A
      // withdrawn task may still sit in Piscina's queue holding it; a terminated worker may
      // still be winding down.)
      if (completed && this.freeBuffers.length < this.capacity) this.freeBuffers.push(view.buffer);
    }
  }

  /**
   * The result of a run whose worker was terminated: what it recorded until then (output,
   * events from the posted batches and the event tail, the last reported counters), status
   * timeout, limit hard-stop, and a run-end event made here (its pendingFinalizers unknown: []).
   */
  private async recovered(view: SharedView, c: Collector, stdout: string, stderr: string, runMs: number, options: EngineOptions): Promise<RunResult> {
    await this.waitFor(c, () => c.eventsReceived >= view.eventBase);
    const tail = view.eventTail();
    const all = c.events.flat().concat(tail.slice(Math.max(0, c.eventsReceived - view.eventBase)));
    const events: TraceEvent[] = all.filter((e) => e.kind !== "run-end").slice(0, c.maxEvents - 1);
    const counters = view.counters();
    const lastStep = events.length > 0 ? events[events.length - 1]!.step : 0;
    const end: RunEndEvent = {
      kind: "run-end",
      step: Math.max(counters.steps, lastStep),
      line: counters.line,
      status: "timeout",
      liveBytes: counters.heapBytes,
      pendingFinalizers: [],
    };
    events.push(end);
    const collections = events.reduce((n, e) => n + (e.kind === "gc-end" ? 1 : 0), 0);
    const freed = events.reduce((n, e) => n + (e.kind === "gc-end" ? e.freedObjects : 0), 0);
    return {
      status: "timeout",
      stdout,
      stderr,
      error: null,
      events,
      eventsDropped: counters.eventsDropped + (all.length - events.length + 1),
      stats: {
        steps: end.step,
        wallMs: runMs,
        collections: Math.max(counters.collections, collections),
        freedObjects: Math.max(counters.freedObjects, freed),
        peakHeapBytes: counters.peakHeapBytes,
        heapLimitBytes: options.heapBytes ?? 0,
      },
      exitCode: null,
      limit: "hard-stop",
    };
  }

  private onOutputMessage(m: unknown): void {
    const msg = m as (Partial<OutputMessage> & Partial<EventsMessage>) | null;
    if (msg === null || typeof msg !== "object") return;
    if (typeof msg.heapscopeEvents === "number") {
      const c = this.collectors.get(msg.heapscopeEvents);
      if (!c || !Array.isArray(msg.events) || msg.start !== c.eventsReceived) return;
      // Beyond the run's event budget nothing is kept (the engine never sends that many).
      if (c.eventsReceived < c.maxEvents) c.events.push(msg.events.slice(0, c.maxEvents - c.eventsReceived));
      c.eventsReceived += msg.events.length;
      c.onMessage?.();
      return;
    }
    if (typeof msg.heapscopeOutput !== "number") return;
    const c = this.collectors.get(msg.heapscopeOutput);
    if (!c || (msg.stream !== 0 && msg.stream !== 1) || typeof msg.text !== "string") return;
    if (msg.start !== c.received[msg.stream]) return; // cannot happen: a port is ordered
    // Beyond the run's output budget nothing is kept (the engine's output cap stops it first).
    const room = c.maxUnits - c.received[0] - c.received[1];
    if (room > 0) c.chunks[msg.stream].push(msg.text.length <= room ? msg.text : msg.text.slice(0, room));
    c.received[msg.stream] += msg.text.length;
    c.onMessage?.();
  }

  /** Waits (at most 1 s) until `done()`, re-checking whenever a message of the run arrives. */
  private async waitFor(c: Collector, done: () => boolean): Promise<void> {
    const deadline = Date.now() + 1000;
    while (!done() && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 20);
        c.onMessage = () => {
          clearTimeout(t);
          resolve();
        };
      });
    }
  }

  /** Everything stream s wrote: the posted chunks, then the part of the tail not posted. */
  private async drain(view: SharedView, c: Collector, s: StreamIndex): Promise<string> {
    // Chunks the worker posted just before it was terminated may still be in flight.
    await this.waitFor(c, () => c.received[s] >= view.base(s));
    const posted = c.chunks[s].join("");
    const base = view.base(s);
    const tail = view.tail(s);
    const text = posted + tail.slice(Math.max(0, c.received[s] - base));
    return text.length <= c.maxUnits ? text : text.slice(0, c.maxUnits);
  }

  /** Stops admitting runs and answers the queued ones (not started) with PoolClosedError at once. */
  beginClose(): void {
    this.closing = true;
    for (const withdraw of this.admitted.values()) withdraw(new PoolClosedError("the server is shutting down"));
  }

  /** beginClose, then lets the running runs finish (up to closeTimeout), then ends the workers. */
  async close(): Promise<void> {
    this.beginClose();
    // No worker could start: what is left in Piscina's queue are withdrawn runs.
    if (this.liveThreads === 0) await this.piscina.destroy();
    else await this.piscina.close();
  }
}

declare module "fastify" {
  interface FastifyInstance {
    runPool: RunPool;
  }
}

export interface PoolPluginOptions extends Omit<RunPoolOptions, "log"> {}

const poolPlugin: FastifyPluginAsync<PoolPluginOptions> = async (app, opts) => {
  const pool = new RunPool({ ...opts, log: app.log.child({ component: "pool" }) });
  app.decorate("runPool", pool);
  // Before the server stops accepting and waits for in-flight answers: queued runs answer 503
  // now rather than after the running ones.
  app.addHook("preClose", (done) => {
    pool.beginClose();
    done();
  });
  app.addHook("onClose", async () => {
    await pool.close();
  });
};

export default fp(poolPlugin, { name: "heapscope-pool", fastify: "5.x" });
