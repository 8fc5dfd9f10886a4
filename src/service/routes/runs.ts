// POST /v1/runs: run a program in a fresh interpreter. Request validation and response
// serialization use the operation's schemas from openapi.yaml.
import type { FastifyPluginAsync } from "fastify";
import type { components } from "../../generated/openapi.js";
import type { RunLimitsConfig } from "../config.js";
import type { OpenApiDocument } from "../openapi.js";
import type { CancelSubscriber } from "../plugins/pool.js";
import { routeSchema } from "../openapi.js";
import type { EngineOptions, TestTaskKind } from "../worker/protocol.js";

type RunRequest = components["schemas"]["RunRequest"];
type RunResult = components["schemas"]["RunResult"];

export interface RunsRouteOptions {
  doc: OpenApiDocument;
  limits: RunLimitsConfig;
  testHooks?: boolean;
}

const TEST_TASK = /^(exit|oom|throw|hang|trace-hang|sleep:\d{1,6})$/;

const runsRoutes: FastifyPluginAsync<RunsRouteOptions> = async (app, { doc, limits, testHooks }) => {
  app.post<{ Body: RunRequest; Reply: RunResult }>(
    "/runs",
    { schema: routeSchema(doc, "/v1/runs", "post") },
    async (request, reply) => {
      const body = request.body;
      const asked = body.limits ?? {};
      const options: EngineOptions = {
        filename: body.filename ?? "main.py",
        stdin: body.stdin ?? "",
        timeoutMs: asked.timeoutMs ?? limits.timeoutMs.default,
        heapBytes: asked.heapBytes ?? limits.heapBytes.default,
        maxSteps: asked.maxSteps ?? limits.maxSteps.default,
        maxOutputBytes: asked.maxOutputBytes ?? limits.maxOutputBytes.default,
        maxEvents: asked.maxEvents ?? limits.maxEvents.default,
        finalizeAtExit: body.finalizeAtExit ?? false,
        ...(body.files ? { files: body.files } : {}),
        ...(body.returnFiles !== undefined ? { returnFiles: body.returnFiles } : {}),
      };

      let test: TestTaskKind | undefined;
      if (testHooks) {
        const h = request.headers["x-heapscope-test-task"];
        if (typeof h === "string" && TEST_TASK.test(h)) test = h as TestTaskKind;
      }

      // If the client goes away while the run is still queued, take it off the queue.
      const res = reply.raw;
      const cancel: CancelSubscriber = (withdraw) => {
        const onClose = (): void => {
          if (!res.writableFinished) withdraw();
        };
        res.once("close", onClose);
        return () => res.off("close", onClose);
      };

      request.log.debug({ source: body.source, stdin: body.stdin }, "run source");
      const outcome = await app.runPool.run(body.source, options, { test, cancel });
      const { result } = outcome;
      app.metrics.observeRun(result.status, outcome.runMs, outcome.queuedMs, result.stats.collections, result.stats.freedObjects);
      request.log.info(
        {
          run: {
            status: result.status,
            exitCode: result.exitCode,
            limit: result.limit ?? undefined,
            errorType: result.error?.type,
            runMs: outcome.runMs,
            queuedMs: outcome.queuedMs,
            hardAborted: outcome.hardAborted || undefined,
            steps: result.stats.steps,
            collections: result.stats.collections,
            peakHeapBytes: result.stats.peakHeapBytes,
            events: result.events.length,
            eventsDropped: result.eventsDropped,
            stdoutChars: result.stdout.length,
            stderrChars: result.stderr.length,
            sourceChars: body.source.length,
            limits: {
              timeoutMs: options.timeoutMs,
              heapBytes: options.heapBytes,
              maxSteps: options.maxSteps,
              maxOutputBytes: options.maxOutputBytes,
              maxEvents: options.maxEvents,
            },
            apiKey: request.apiKeyId,
          },
        },
        "run",
      );
      return result;
    },
  );
};

export default runsRoutes;
