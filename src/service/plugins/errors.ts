// Errors: every error answer is application/problem+json (RFC 9457). PROBLEMS is the one
// table of error kinds (their `type` values are also listed in openapi.yaml's Problem
// schema; a test keeps the two equal). One error handler and one not-found handler map
// everything onto it; 5xx are logged with the request id and never show a stack.
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { EngineFailureError, PoolClosedError, QueueFullError, RunCancelledError, WorkerCrashError } from "./pool.js";

export const PROBLEM_TYPE_PREFIX = "urn:heapscope:problem:";

export const PROBLEMS = {
  "invalid-json": { status: 400, title: "Malformed JSON body" },
  "validation-failed": { status: 400, title: "Request does not match the schema" },
  "bad-request": { status: 400, title: "Bad request" },
  unauthorized: { status: 401, title: "Missing or invalid API key" },
  "not-found": { status: 404, title: "No such route" },
  "body-too-large": { status: 413, title: "Request body too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "rate-limited": { status: 429, title: "Too many requests" },
  "engine-error": { status: 500, title: "The interpreter failed" },
  "worker-crashed": { status: 500, title: "The interpreter's worker died" },
  internal: { status: 500, title: "Internal server error" },
  "queue-full": { status: 503, title: "All interpreters are busy" },
  "shutting-down": { status: 503, title: "The server is shutting down" },
  // grading (issue 10)
  "grading-not-found": { status: 404, title: "No such grading" },
  "suite-not-found": { status: 404, title: "No such suite" },
  "grading-finished": { status: 409, title: "The grading has already finished" },
  "idempotency-key-reused": { status: 409, title: "Idempotency-Key reused with a different request" },
  "precondition-failed": { status: 412, title: "The suite changed (If-Match does not match its ETag)" },
  "callback-refused": { status: 400, title: "The callback URL is not allowed" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemKind = keyof typeof PROBLEMS;

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}

/** An error that answers as a given problem kind. */
export class ProblemError extends Error {
  constructor(
    readonly kind: ProblemKind,
    detail: string,
    readonly extra: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = "ProblemError";
  }
}

export const problemType = (kind: ProblemKind) => `${PROBLEM_TYPE_PREFIX}${kind}`;

/** Seconds a client should wait after queue-full or shutting-down. */
const RETRY_AFTER_SECONDS = "1";

interface Mapped {
  kind: ProblemKind;
  detail: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
}

/** Ajv's errors as one entry per offending field, with JSON Pointers into the body. */
function fieldErrors(err: FastifyError): FieldError[] {
  return (err.validation ?? []).map((v) => {
    const params = v.params as Record<string, unknown>;
    const path = v.instancePath ?? "";
    if (v.keyword === "required" && typeof params.missingProperty === "string") {
      return { field: `${path}/${params.missingProperty}`, message: "is required" };
    }
    if (v.keyword === "additionalProperties" && typeof params.additionalProperty === "string") {
      return { field: `${path}/${params.additionalProperty}`, message: "is not allowed" };
    }
    return { field: path, message: v.message ?? "is invalid" };
  });
}

function mapError(err: FastifyError & { statusCode?: number }): Mapped {
  if (err instanceof ProblemError) return { kind: err.kind, detail: err.message, ...err.extra };
  if (err instanceof QueueFullError) return { kind: "queue-full", detail: err.message, headers: { "retry-after": RETRY_AFTER_SECONDS } };
  if (err instanceof PoolClosedError) return { kind: "shutting-down", detail: err.message, headers: { "retry-after": RETRY_AFTER_SECONDS } };
  if (err instanceof WorkerCrashError) return { kind: "worker-crashed", detail: "The worker running this program died; the run did not finish. It has been replaced." };
  if (err instanceof EngineFailureError) return { kind: "engine-error", detail: "The interpreter failed unexpectedly while running this program." };
  if (err instanceof RunCancelledError) return { kind: "bad-request", detail: err.message };
  if (err.validation) {
    const errors = fieldErrors(err);
    return { kind: "validation-failed", detail: errors.map((e) => `${e.field || "body"} ${e.message}`).join("; "), errors };
  }
  switch (err.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return { kind: "invalid-json", detail: "The body is not valid JSON." };
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return { kind: "invalid-json", detail: "The body is empty; a JSON object is required." };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { kind: "unsupported-media-type", detail: "Send the body as application/json." };
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return { kind: "body-too-large", detail: err.message };
  }
  const status = err.statusCode ?? 500;
  if (status === 429) return { kind: "rate-limited", detail: err.message };
  if (status === 404) return { kind: "not-found", detail: err.message };
  if (status === 413) return { kind: "body-too-large", detail: err.message };
  if (status === 415) return { kind: "unsupported-media-type", detail: err.message };
  if (status >= 400 && status < 500) return { kind: "bad-request", detail: err.message };
  return { kind: "internal", detail: "An unexpected error occurred." };
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, m: Mapped): FastifyReply {
  const { status, title } = PROBLEMS[m.kind];
  const body: Problem = {
    type: problemType(m.kind),
    title,
    status,
    detail: m.detail,
    instance: request.url.split("?")[0],
    requestId: String(request.id),
  };
  if (m.errors) body.errors = m.errors;
  if (m.headers) reply.headers(m.headers);
  return reply.code(status).type("application/problem+json; charset=utf-8").send(body);
}

const errorsPlugin: FastifyPluginAsync = async (app) => {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const mapped = mapError(err);
    const { status } = PROBLEMS[mapped.kind];
    if (status >= 500) {
      // EngineFailureError carries the engine's own stack in err.engineError.
      request.log.error({ err, problem: mapped.kind }, "request failed");
    } else {
      request.log.info({ problem: mapped.kind, status, detail: mapped.detail }, "request rejected");
    }
    return sendProblem(request, reply, mapped);
  });

  app.setNotFoundHandler((request, reply) => {
    request.log.info({ problem: "not-found", method: request.method, url: request.url }, "request rejected");
    return sendProblem(request, reply, { kind: "not-found", detail: `${request.method} ${request.url.split("?")[0]} is not a route of this API.` });
  });
};

export default fp(errorsPlugin, { name: "heapscope-errors", fastify: "5.x" });
