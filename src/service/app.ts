// buildApp(config): the whole service as a Fastify instance (routes, pool, errors, security,
// metrics), ready to `listen` or to `inject`/supertest. server.ts is the only place that
// reads the environment and listens.
import { randomUUID } from "node:crypto";
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from "fastify";
import type { Config } from "./config.js";
import { openApiDocumentFor, sharedSchema } from "./openapi.js";
import authPlugin from "./plugins/auth.js";
import errorsPlugin from "./plugins/errors.js";
import metricsPlugin from "./plugins/metrics.js";
import poolPlugin from "./plugins/pool.js";
import securityPlugin, { rateLimit } from "./plugins/security.js";
import docsRoutes from "./routes/docs.js";
import healthRoutes from "./routes/health.js";
import metricsRoutes from "./routes/metrics.js";
import runsRoutes from "./routes/runs.js";
import gradingPlugin from "./grading/plugin.js";
import gradingsRoutes from "./routes/gradings.js";
import suitesRoutes from "./routes/suites.js";

export interface BuildOptions {
  /** A pino logger to use instead of one built from config.logLevel (benchmarks, tests). */
  loggerInstance?: FastifyServerOptions["loggerInstance"];
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export async function buildApp(config: Config, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    ...(opts.loggerInstance
      ? { loggerInstance: opts.loggerInstance }
      : { logger: { level: config.logLevel, redact: ["req.headers.authorization"] } }),
    // One line per run (routes/runs.ts) and per rejected request, not two per request.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: "reqId" }),
    // Honour a caller's X-Request-Id when it is sane, else make one; echoed on every response.
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    ajv: {
      customOptions: {
        // Reject what the schema does not allow rather than silently fixing it up, and
        // report every offending field.
        removeAdditional: false,
        coerceTypes: false,
        allErrors: true,
        useDefaults: true,
        // The shared schema is the document's `components` object (see openapi.ts).
        keywords: ["components"],
      },
    },
  });

  const doc = openApiDocumentFor(config.limits);
  app.addSchema(sharedSchema(doc));
  // JSON only: every other content type is a 415.
  app.removeContentTypeParser(["text/plain"]);
  // Per-request hooks are callback-style: an async hook costs a promise and a microtask turn
  // on every request.
  app.addHook("onRequest", (request, reply, done) => {
    reply.header("x-request-id", request.id);
    done();
  });
  // Shutting down: answers still in flight close their connection, so keep-alive clients do
  // not hold the server open until their idle timeout.
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
  });
  app.addHook("onSend", (_request, reply, payload, done) => {
    if (closing) reply.header("connection", "close");
    done(null, payload);
  });

  await app.register(errorsPlugin);
  await app.register(securityPlugin, { corsOrigin: config.corsOrigin });
  await app.register(poolPlugin, {
    threads: config.pool.threads,
    maxQueue: config.pool.maxQueue,
    workerHeapMb: config.pool.workerHeapMb,
    workerStackMb: config.pool.workerStackMb,
    graceMs: config.runGraceMs,
    closeTimeoutMs: config.shutdownTimeoutMs,
    testHooks: config.testHooks,
  });
  await app.register(metricsPlugin);
  await app.register(gradingPlugin, { config: config.grading, limits: config.limits, shutdownTimeoutMs: config.shutdownTimeoutMs });

  await app.register(
    async (v1) => {
      await v1.register(authPlugin, { apiKeys: config.apiKeys });
      await v1.register(rateLimit, config.rateLimit);
      await v1.register(runsRoutes, { doc, limits: config.limits, testHooks: config.testHooks });
      await v1.register(gradingsRoutes, { doc });
      await v1.register(suitesRoutes, { doc });
    },
    { prefix: "/v1" },
  );
  await app.register(healthRoutes, { doc });
  await app.register(metricsRoutes, { doc });
  await app.register(docsRoutes, { doc });
  return app;
}
