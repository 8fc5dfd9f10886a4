// Configuration: environment variables -> a validated, typed Config.
// ENV_SCHEMA is the single list of the service's environment variables (docs/service.md
// documents the same list; a test checks the two agree).
import { availableParallelism } from "node:os";
import envSchema from "env-schema";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const int = (def: number, min: number, max = Number.MAX_SAFE_INTEGER, description = "") => ({
  type: "integer",
  minimum: min,
  maximum: max,
  default: def,
  description,
});

/** The environment variables, their types, ranges and defaults (JSON Schema for env-schema). */
export const ENV_SCHEMA = {
  type: "object",
  properties: {
    HOST: { type: "string", minLength: 1, default: "0.0.0.0", description: "Address to listen on." },
    PORT: int(3000, 0, 65535, "Port to listen on."),
    LOG_LEVEL: { type: "string", enum: LOG_LEVELS, default: "info", description: "pino log level." },
    TRUST_PROXY: {
      type: "boolean",
      default: false,
      description: "Trust X-Forwarded-* headers (behind an ingress/load balancer), so per-IP rate limits see the client address.",
    },
    POOL_THREADS: int(availableParallelism(), 1, 1024, "Interpreter worker threads (default: the CPU count)."),
    POOL_MAX_QUEUE: int(64, 0, 1_000_000, "Runs that may wait for a free thread; beyond it, 503 queue-full."),
    WORKER_HEAP_MB: int(768, 16, 65536, "V8 old-generation cap per worker thread, in MiB (at least 8x RUN_HEAP_BYTES_MAX)."),
    WORKER_STACK_MB: int(64, 1, 1024, "JS stack size per worker thread, in MiB (deep Python recursion needs it)."),
    RUN_GRACE_MS: int(2000, 0, 600_000, "How long past its timeout a run may go before its worker is terminated."),
    RUN_TIMEOUT_MS_DEFAULT: int(5000, 1, 3_600_000, "Default limits.timeoutMs."),
    RUN_TIMEOUT_MS_MAX: int(30000, 1, 3_600_000, "Maximum limits.timeoutMs."),
    RUN_HEAP_BYTES_DEFAULT: int(16777216, 1024, Number.MAX_SAFE_INTEGER, "Default limits.heapBytes."),
    RUN_HEAP_BYTES_MAX: int(67108864, 1024, Number.MAX_SAFE_INTEGER, "Maximum limits.heapBytes."),
    RUN_MAX_STEPS_DEFAULT: int(100000000, 1, Number.MAX_SAFE_INTEGER, "Default limits.maxSteps."),
    RUN_MAX_STEPS_MAX: int(2000000000, 1, Number.MAX_SAFE_INTEGER, "Maximum limits.maxSteps."),
    RUN_OUTPUT_BYTES_DEFAULT: int(1048576, 1, 1024 * 1024 * 1024, "Default limits.maxOutputBytes."),
    RUN_OUTPUT_BYTES_MAX: int(16777216, 1, 1024 * 1024 * 1024, "Maximum limits.maxOutputBytes."),
    RUN_EVENTS_DEFAULT: int(10000, 0, 100_000_000, "Default limits.maxEvents."),
    RUN_EVENTS_MAX: int(100000, 0, 100_000_000, "Maximum limits.maxEvents."),
    BODY_LIMIT_BYTES: int(1048576, 1024, 1024 * 1024 * 1024, "Largest accepted request body; beyond it, 413."),
    API_KEYS: {
      type: "string",
      default: "",
      description: "Comma-separated API keys; when set, /v1 routes need `Authorization: Bearer <key>`. Empty: auth off.",
    },
    RATE_LIMIT_MAX: int(0, 0, Number.MAX_SAFE_INTEGER, "Requests per window per API key (or per client IP); 0: off."),
    RATE_LIMIT_WINDOW_MS: int(60000, 1, Number.MAX_SAFE_INTEGER, "Rate-limit window in milliseconds."),
    CORS_ORIGIN: {
      type: "string",
      default: "",
      description: "Allowed CORS origins: empty (CORS off), `*`, or a comma-separated list of origins.",
    },
    SHUTDOWN_TIMEOUT_MS: int(10000, 0, 3_600_000, "On SIGTERM/SIGINT, how long in-flight runs may take before the process exits."),
    // ---- grading (issue 10)
    DATA_DIR: {
      type: "string",
      default: "data",
      description: "Folder of the grading store (SQLite file `heapscope.db`: jobs, results, suites, webhook deliveries); created if missing. `:memory:` keeps it in memory (lost on exit).",
    },
    REDIS_URL: {
      type: "string",
      default: "",
      description: "When set (redis://...), gradings are queued and stored in Redis (BullMQ) and shared by every replica; empty: SQLite in DATA_DIR.",
    },
    GRADING_CONCURRENCY: int(4, 1, 1024, "Gradings this process runs at once (their tests share the pool)."),
    WEBHOOK_SECRET: {
      type: "string",
      default: "",
      description: "Key of the HMAC-SHA256 `Heapscope-Signature` on grading callbacks; empty: callbacks are refused.",
    },
    WEBHOOK_ALLOW_PRIVATE: {
      type: "boolean",
      default: false,
      description: "Let callback URLs reach loopback, link-local and private addresses (tests, in-cluster receivers).",
    },
    WEBHOOK_MAX_ATTEMPTS: int(6, 1, 100, "Delivery attempts per callback before giving up."),
    WEBHOOK_RETRY_BASE_MS: int(1000, 1, 3_600_000, "First retry delay of a failed callback; doubled on every further attempt."),
    WEBHOOK_TIMEOUT_MS: int(10000, 1, 600_000, "How long one callback delivery may take."),
  },
} as const;

/** Worst-case JS heap bytes per byte of the interpreter's heap model (see loadConfig). */
export const JS_BYTES_PER_MODEL_BYTE = 8;

export type EnvName = keyof (typeof ENV_SCHEMA)["properties"];

interface RawEnv {
  HOST: string;
  PORT: number;
  LOG_LEVEL: LogLevel;
  TRUST_PROXY: boolean;
  POOL_THREADS: number;
  POOL_MAX_QUEUE: number;
  WORKER_HEAP_MB: number;
  WORKER_STACK_MB: number;
  RUN_GRACE_MS: number;
  RUN_TIMEOUT_MS_DEFAULT: number;
  RUN_TIMEOUT_MS_MAX: number;
  RUN_HEAP_BYTES_DEFAULT: number;
  RUN_HEAP_BYTES_MAX: number;
  RUN_MAX_STEPS_DEFAULT: number;
  RUN_MAX_STEPS_MAX: number;
  RUN_OUTPUT_BYTES_DEFAULT: number;
  RUN_OUTPUT_BYTES_MAX: number;
  RUN_EVENTS_DEFAULT: number;
  RUN_EVENTS_MAX: number;
  BODY_LIMIT_BYTES: number;
  API_KEYS: string;
  RATE_LIMIT_MAX: number;
  RATE_LIMIT_WINDOW_MS: number;
  CORS_ORIGIN: string;
  SHUTDOWN_TIMEOUT_MS: number;
  DATA_DIR: string;
  REDIS_URL: string;
  GRADING_CONCURRENCY: number;
  WEBHOOK_SECRET: string;
  WEBHOOK_ALLOW_PRIVATE: boolean;
  WEBHOOK_MAX_ATTEMPTS: number;
  WEBHOOK_RETRY_BASE_MS: number;
  WEBHOOK_TIMEOUT_MS: number;
}

/** Grading jobs, their store and their callbacks (issue 10). */
export interface GradingConfig {
  dataDir: string;
  /** Empty: the SQLite store. */
  redisUrl: string;
  concurrency: number;
  webhook: { secret: string; allowPrivate: boolean; maxAttempts: number; retryBaseMs: number; timeoutMs: number };
}

/** A per-run limit: the value used when the request leaves it out, and the most it may ask. */
export interface LimitRange {
  default: number;
  max: number;
}

/** The per-run limits, named as in the API's `limits` object. */
export interface RunLimitsConfig {
  timeoutMs: LimitRange;
  heapBytes: LimitRange;
  maxSteps: LimitRange;
  maxOutputBytes: LimitRange;
  maxEvents: LimitRange;
}

export interface Config {
  host: string;
  port: number;
  logLevel: LogLevel;
  trustProxy: boolean;
  pool: {
    threads: number;
    maxQueue: number;
    workerHeapMb: number;
    workerStackMb: number;
  };
  runGraceMs: number;
  limits: RunLimitsConfig;
  bodyLimitBytes: number;
  /** Empty: auth off. */
  apiKeys: string[];
  rateLimit: { max: number; windowMs: number };
  /** null: CORS off; "*": any origin; else the allowed origins. */
  corsOrigin: null | "*" | string[];
  shutdownTimeoutMs: number;
  grading: GradingConfig;
  /**
   * Test-only: lets a request ask the worker to crash, hang or sleep (header
   * x-heapscope-test-task). Never read from the environment; only tests set it.
   */
  testHooks?: boolean;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

const list = (s: string) =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter((x) => x.length > 0);

/** Reads and validates the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env): Config {
  // Only our variables, and "" counts as unset (a blank line in a manifest means "default").
  const data: Record<string, string> = {};
  for (const name of Object.keys(ENV_SCHEMA.properties)) {
    const value = env[name];
    if (value !== undefined && value.trim() !== "") data[name] = value.trim();
  }
  let raw: RawEnv;
  try {
    raw = envSchema<RawEnv>({
      schema: ENV_SCHEMA,
      data,
      env: false,
      dotenv: false,
      ajv: {
        customOptions(ajv) {
          // Report every bad variable at once, not only the first.
          ajv.opts.allErrors = true;
          return ajv;
        },
      },
    });
  } catch (err) {
    throw new ConfigError(`invalid configuration: ${(err as Error).message.replaceAll("env/", "")}`);
  }

  const problems: string[] = [];
  const range = (name: string, def: number, max: number): LimitRange => {
    if (def > max) problems.push(`RUN_${name}_DEFAULT (${def}) must not exceed RUN_${name}_MAX (${max})`);
    return { default: def, max };
  };
  const limits: RunLimitsConfig = {
    timeoutMs: range("TIMEOUT_MS", raw.RUN_TIMEOUT_MS_DEFAULT, raw.RUN_TIMEOUT_MS_MAX),
    heapBytes: range("HEAP_BYTES", raw.RUN_HEAP_BYTES_DEFAULT, raw.RUN_HEAP_BYTES_MAX),
    maxSteps: range("MAX_STEPS", raw.RUN_MAX_STEPS_DEFAULT, raw.RUN_MAX_STEPS_MAX),
    maxOutputBytes: range("OUTPUT_BYTES", raw.RUN_OUTPUT_BYTES_DEFAULT, raw.RUN_OUTPUT_BYTES_MAX),
    maxEvents: range("EVENTS", raw.RUN_EVENTS_DEFAULT, raw.RUN_EVENTS_MAX),
  };

  // The interpreter's heap is a model: the JS objects behind it take several times its
  // bytes (measured up to ~7x for heaps of small dicts and instances). A run must hit
  // its own MemoryError long before its worker's V8 heap is exhausted, or the verdict
  // would be a crashed worker instead of an exact memory-limit.
  if (raw.RUN_HEAP_BYTES_MAX * JS_BYTES_PER_MODEL_BYTE > raw.WORKER_HEAP_MB * 1024 * 1024) {
    problems.push(
      `WORKER_HEAP_MB (${raw.WORKER_HEAP_MB}) must be at least ${JS_BYTES_PER_MODEL_BYTE} x RUN_HEAP_BYTES_MAX ` +
        `(${Math.ceil((raw.RUN_HEAP_BYTES_MAX * JS_BYTES_PER_MODEL_BYTE) / 1024 / 1024)} MiB)`,
    );
  }

  let corsOrigin: Config["corsOrigin"] = null;
  const origins = list(raw.CORS_ORIGIN);
  if (origins.includes("*")) {
    if (origins.length > 1) problems.push(`CORS_ORIGIN: "*" cannot be combined with other origins`);
    corsOrigin = "*";
  } else if (origins.length > 0) {
    for (const o of origins) {
      if (!/^https?:\/\/[^/\s]+$/.test(o)) problems.push(`CORS_ORIGIN: "${o}" is not an origin like https://example.com`);
    }
    corsOrigin = origins;
  }

  if (raw.REDIS_URL !== "" && !/^rediss?:\/\/\S+$/.test(raw.REDIS_URL)) problems.push(`REDIS_URL: "${raw.REDIS_URL}" is not a redis:// or rediss:// URL`);

  if (problems.length > 0) throw new ConfigError(`invalid configuration: ${problems.join("; ")}`);

  return {
    host: raw.HOST,
    port: raw.PORT,
    logLevel: raw.LOG_LEVEL,
    trustProxy: raw.TRUST_PROXY,
    pool: {
      threads: raw.POOL_THREADS,
      maxQueue: raw.POOL_MAX_QUEUE,
      workerHeapMb: raw.WORKER_HEAP_MB,
      workerStackMb: raw.WORKER_STACK_MB,
    },
    runGraceMs: raw.RUN_GRACE_MS,
    limits,
    bodyLimitBytes: raw.BODY_LIMIT_BYTES,
    apiKeys: list(raw.API_KEYS),
    rateLimit: { max: raw.RATE_LIMIT_MAX, windowMs: raw.RATE_LIMIT_WINDOW_MS },
    corsOrigin,
    shutdownTimeoutMs: raw.SHUTDOWN_TIMEOUT_MS,
    grading: {
      dataDir: raw.DATA_DIR,
      redisUrl: raw.REDIS_URL,
      concurrency: raw.GRADING_CONCURRENCY,
      webhook: {
        secret: raw.WEBHOOK_SECRET,
        allowPrivate: raw.WEBHOOK_ALLOW_PRIVATE,
        maxAttempts: raw.WEBHOOK_MAX_ATTEMPTS,
        retryBaseMs: raw.WEBHOOK_RETRY_BASE_MS,
        timeoutMs: raw.WEBHOOK_TIMEOUT_MS,
      },
    },
  };
}
