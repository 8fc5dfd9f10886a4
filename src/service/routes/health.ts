// GET /healthz (alive) and GET /readyz (pool up and queue not saturated).
import type { FastifyPluginAsync } from "fastify";
import type { OpenApiDocument } from "../openapi.js";
import { routeSchema } from "../openapi.js";

const healthRoutes: FastifyPluginAsync<{ doc: OpenApiDocument }> = async (app, { doc }) => {
  app.get("/healthz", { schema: routeSchema(doc, "/healthz", "get") }, async () => ({ status: "ok" as const }));

  app.get("/readyz", { schema: routeSchema(doc, "/readyz", "get") }, async (_request, reply) => {
    const pool = app.runPool;
    const ready = pool.ready;
    reply.code(ready ? 200 : 503);
    return {
      status: ready ? ("ready" as const) : ("not-ready" as const),
      threads: pool.liveThreads,
      queueDepth: pool.queueDepth,
      queueCapacity: pool.maxQueue,
      utilization: pool.utilization,
    };
  });
};

export default healthRoutes;
