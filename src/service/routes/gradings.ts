// /v1/gradings: create (optionally waiting for the result), poll, cancel, and list a
// grading's webhook deliveries. Bodies are validated by the operation's schema
// (openapi.yaml); what a schema cannot say (tests xor suite, unique ids, pretests that
// exist, test code that parses, allowed callback URLs) is checked here.
import { createHash } from "node:crypto";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { parse } from "../../engine/parser/parser.js";
import { PySyntaxError } from "../../engine/parser/errors.js";
import type { OpenApiDocument } from "../openapi.js";
import { routeSchema } from "../openapi.js";
import { ProblemError, type FieldError } from "../plugins/errors.js";
import { matcherProblem } from "../grading/matchers.js";
import { callbackUrlProblem } from "../grading/ssrf.js";
import type { GradingInput, GradingRecord, GradingRequest, GradingTest, Suite } from "../grading/types.js";
import { render, type Format, type View } from "../grading/views.js";

export interface GradingsRouteOptions {
  doc: OpenApiDocument;
}

const DEFAULT_WAIT_S = 10;
const MAX_WAIT_S = 60;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

interface Query {
  view?: View;
  format?: Format;
}

const querySchema = {
  type: "object",
  additionalProperties: false,
  properties: { view: { type: "string", enum: ["grader", "student"] }, format: { type: "string", enum: ["heapscope", "gradescope", "prairielearn"] } },
};
const idParams = { type: "object", required: ["id"], properties: { id: { type: "string", pattern: "^[A-Za-z0-9_-]{1,64}$" } } };

/** Seconds to wait from `Prefer: wait=N` (RFC 7240), `respond-async` meaning 0. */
export function preferredWait(header: string | string[] | undefined): { seconds: number; applied?: string } {
  const text = Array.isArray(header) ? header.join(",") : header ?? "";
  let seconds = DEFAULT_WAIT_S;
  let applied: string | undefined;
  for (const pref of text.split(",")) {
    const [name, value] = pref.split(";")[0]!.trim().split("=").map((x) => x?.trim());
    if (name?.toLowerCase() === "wait" && value !== undefined && /^\d+$/.test(value)) {
      seconds = Math.min(MAX_WAIT_S, Number(value));
      applied = `wait=${seconds}`;
    } else if (name?.toLowerCase() === "respond-async") {
      seconds = 0;
      applied = "respond-async";
    }
  }
  return { seconds, applied };
}

const ownerOf = (request: FastifyRequest) => request.apiKeyId ?? "";

function syntaxProblem(source: string, filename: string): string | null {
  try {
    parse(source);
    return null;
  } catch (e) {
    if (e instanceof PySyntaxError) return `${filename}, line ${e.line}: ${e.pyType}: ${e.msg}`;
    if (e instanceof RangeError) return `${filename}: too many nested parentheses`;
    throw e;
  }
}

/** What the schema cannot check about tests (and a checker), as field errors. */
export function testProblems(tests: GradingTest[], policy: GradingRequest["policy"], checker: string | undefined, at: string): FieldError[] {
  const errors: FieldError[] = [];
  const ids = new Set<string>();
  tests.forEach((t, i) => {
    if (ids.has(t.id)) errors.push({ field: `${at}/tests/${i}/id`, message: `duplicate test id ${t.id}` });
    ids.add(t.id);
    if (t.code !== undefined) {
      const p = syntaxProblem(t.code, `test ${t.id}`);
      if (p) errors.push({ field: `${at}/tests/${i}/code`, message: `does not parse: ${p}` });
    }
    (t.expectEvents ?? []).forEach((m, j) => {
      const p = matcherProblem(m);
      if (p) errors.push({ field: `${at}/tests/${i}/expectEvents/${j}`, message: p });
    });
    if (t.expect?.compare !== "float" && (t.expect?.absTol !== undefined || t.expect?.relTol !== undefined)) {
      errors.push({ field: `${at}/tests/${i}/expect`, message: "absTol and relTol go with compare: float" });
    }
  });
  (policy?.pretests ?? []).forEach((id, i) => {
    if (!ids.has(id)) errors.push({ field: `${at}/policy/pretests/${i}`, message: `no test has id ${id}` });
  });
  if (checker !== undefined) {
    const p = syntaxProblem(checker, "checker");
    if (p) errors.push({ field: `${at}/checker`, message: `does not parse: ${p}` });
  }
  return errors;
}

function invalid(errors: FieldError[]): ProblemError {
  return new ProblemError("validation-failed", errors.map((e) => `${e.field || "body"} ${e.message}`).join("; "), { errors });
}

export async function loadOwned(app: { gradings: { store: { get(id: string): Promise<GradingRecord | undefined> } } }, request: FastifyRequest, id: string): Promise<GradingRecord> {
  const rec = await app.gradings.store.get(id);
  // Another key's grading is answered exactly like a missing one.
  if (!rec || rec.owner !== ownerOf(request)) throw new ProblemError("grading-not-found", `There is no grading ${id}.`);
  return rec;
}

const gradingsRoutes: FastifyPluginAsync<GradingsRouteOptions> = async (app, { doc }) => {
  const post = routeSchema(doc, "/v1/gradings", "post", { serializeResponses: false });
  app.post<{ Body: GradingRequest; Querystring: Query }>("/gradings", { schema: { ...post, querystring: querySchema } }, async (request, reply) => {
    const body = request.body;
    const owner = ownerOf(request);
    const cfg = app.gradings.config;

    if ((body.tests === undefined) === (body.suite === undefined)) {
      throw invalid([{ field: "", message: "send exactly one of tests and suite" }]);
    }
    let suite: Suite | undefined;
    if (body.suite !== undefined) {
      const stored = await app.gradings.store.getSuite(owner, body.suite);
      if (!stored) throw new ProblemError("suite-not-found", `There is no suite ${body.suite}.`);
      suite = stored.suite;
    }
    const tests = body.tests ?? suite!.tests;
    const policy = body.policy ?? suite?.policy;
    const checker = body.checker ?? suite?.checker;
    const errors = testProblems(tests, policy, checker, "");
    if (errors.length > 0) throw invalid(errors);
    if (body.callback) {
      if (cfg.webhook.secret === "") throw new ProblemError("callback-refused", "This server has no WEBHOOK_SECRET: it cannot sign callbacks.");
      const p = callbackUrlProblem(body.callback.url, cfg.webhook.allowPrivate);
      if (p) throw new ProblemError("callback-refused", p);
    }
    const files = body.files || suite?.files ? { ...body.files, ...suite?.files } : undefined;
    const input: GradingInput = {
      source: body.source,
      filename: body.filename ?? "main.py",
      ...(files ? { files } : {}),
      ...(body.limits || suite?.limits ? { limits: { ...suite?.limits, ...body.limits } } : {}),
      tests,
      ...(policy ? { policy } : {}),
      ...(checker !== undefined ? { checker } : {}),
    };

    const keyHeader = request.headers["idempotency-key"];
    let idempotency: { key: string; hash: string } | undefined;
    if (keyHeader !== undefined) {
      if (typeof keyHeader !== "string" || !IDEMPOTENCY_KEY.test(keyHeader)) {
        throw new ProblemError("bad-request", "Idempotency-Key must be 1 to 255 printable ASCII characters.");
      }
      idempotency = { key: keyHeader, hash: createHash("sha256").update(JSON.stringify(body)).digest("hex") };
    }
    const created = await app.gradings.jobs.submit(input, {
      owner,
      ...(body.suite !== undefined ? { suite: body.suite } : {}),
      ...(body.callback ? { callbackUrl: body.callback.url } : {}),
      ...(idempotency ? { idempotency } : {}),
    });
    if (!created.sameRequest) throw new ProblemError("idempotency-key-reused", "This Idempotency-Key was used with a different request.");
    if (!created.created) reply.header("idempotent-replayed", "true");

    const wait = preferredWait(request.headers.prefer);
    if (wait.applied) reply.header("preference-applied", wait.applied);
    const rec = (await app.gradings.jobs.waitFor(created.record.id, wait.seconds * 1000)) ?? created.record;
    const location = `/v1/gradings/${rec.id}`;
    reply.header("location", location);
    if (rec.status !== "completed" && rec.status !== "cancelled") reply.code(202);
    request.log.info({ grading: { id: rec.id, status: rec.status, tests: tests.length, replayed: !created.created || undefined, apiKey: request.apiKeyId } }, "grading");
    return render(rec, request.query.view ?? "grader", request.query.format ?? "heapscope");
  });

  app.get<{ Params: { id: string }; Querystring: Query }>(
    "/gradings/:id",
    { schema: { ...routeSchema(doc, "/v1/gradings/{id}", "get", { serializeResponses: false }), params: idParams, querystring: querySchema } },
    async (request) => {
      const rec = await loadOwned(app, request, request.params.id);
      return render(rec, request.query.view ?? "grader", request.query.format ?? "heapscope");
    },
  );

  app.delete<{ Params: { id: string } }>(
    "/gradings/:id",
    { schema: { ...routeSchema(doc, "/v1/gradings/{id}", "delete", { serializeResponses: false }), params: idParams } },
    async (request) => {
      const rec = await loadOwned(app, request, request.params.id);
      if (rec.status === "completed" || rec.status === "cancelled") {
        throw new ProblemError("grading-finished", `Grading ${rec.id} has already ${rec.status === "completed" ? "completed" : "been cancelled"}.`);
      }
      const after = (await app.gradings.jobs.cancel(rec.id)) ?? rec;
      return render(after, "grader", "heapscope");
    },
  );

  app.get<{ Params: { id: string } }>(
    "/gradings/:id/deliveries",
    { schema: { ...routeSchema(doc, "/v1/gradings/{id}/deliveries", "get"), params: idParams } },
    async (request) => {
      const rec = await loadOwned(app, request, request.params.id);
      return { deliveries: await app.gradings.store.listDeliveries(rec.id) };
    },
  );
};

export default gradingsRoutes;
