// The OpenAPI document (as this deployment serves it) at GET /openapi.json, and Swagger UI
// over it at /docs.
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyPluginAsync } from "fastify";
import type { OpenApiDocument } from "../openapi.js";
import { routeSchema } from "../openapi.js";

const docsRoutes: FastifyPluginAsync<{ doc: OpenApiDocument }> = async (app, { doc }) => {
  await app.register(swagger, { mode: "static", specification: { document: doc as never } });
  await app.register(swaggerUi, {
    routePrefix: "/docs",
    uiConfig: { validatorUrl: null, deepLinking: true } as never,
    staticCSP: false,
  });
  const json = JSON.stringify(doc);
  app.get("/openapi.json", { schema: routeSchema(doc, "/openapi.json", "get", { serializeResponses: false }) }, async (_request, reply) => {
    reply.type("application/json; charset=utf-8");
    return json;
  });
};

export default docsRoutes;
