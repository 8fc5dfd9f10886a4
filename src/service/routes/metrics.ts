// GET /metrics: Prometheus text format.
import type { FastifyPluginAsync } from "fastify";
import type { OpenApiDocument } from "../openapi.js";
import { routeSchema } from "../openapi.js";

const metricsRoutes: FastifyPluginAsync<{ doc: OpenApiDocument }> = async (app, { doc }) => {
  app.get("/metrics", { schema: routeSchema(doc, "/metrics", "get") }, async (_request, reply) => {
    const { registry } = app.metrics;
    reply.type(registry.contentType);
    return registry.metrics();
  });
};

export default metricsRoutes;
