// /v1/suites/{id}: stored test suites (hidden tests stay on the server), versioned by an
// ETag; a grading names `suite` instead of sending its tests. Suites belong to the API key
// that stored them (with auth off, to everyone).
import type { FastifyPluginAsync } from "fastify";
import type { OpenApiDocument } from "../openapi.js";
import { routeSchema } from "../openapi.js";
import { ProblemError } from "../plugins/errors.js";
import { etagMatches } from "../grading/store-sqlite.js";
import type { Suite } from "../grading/types.js";
import { testProblems } from "./gradings.js";

export interface SuitesRouteOptions {
  doc: OpenApiDocument;
}

const params = { type: "object", required: ["id"], properties: { id: { type: "string", pattern: "^[A-Za-z0-9._-]{1,128}$" } } };

const suitesRoutes: FastifyPluginAsync<SuitesRouteOptions> = async (app, { doc }) => {
  app.put<{ Params: { id: string }; Body: Suite }>(
    "/suites/:id",
    { schema: { ...routeSchema(doc, "/v1/suites/{id}", "put", { serializeResponses: false }), params } },
    async (request, reply) => {
      const suite = request.body;
      const errors = testProblems(suite.tests, suite.policy, suite.checker, "");
      if (errors.length > 0) {
        throw new ProblemError("validation-failed", errors.map((e) => `${e.field} ${e.message}`).join("; "), { errors });
      }
      const ifMatch = request.headers["if-match"];
      const stored = await app.gradings.store.putSuite(request.apiKeyId ?? "", request.params.id, suite, typeof ifMatch === "string" ? ifMatch : undefined);
      if (stored === "precondition-failed") throw new ProblemError("precondition-failed", `Suite ${request.params.id} does not have the ETag ${String(ifMatch)}.`);
      reply.header("etag", stored.etag);
      return { id: request.params.id, etag: stored.etag, tests: suite.tests.length, updatedAt: stored.updatedAt };
    },
  );

  app.get<{ Params: { id: string } }>(
    "/suites/:id",
    { schema: { ...routeSchema(doc, "/v1/suites/{id}", "get", { serializeResponses: false }), params } },
    async (request, reply) => {
      const stored = await app.gradings.store.getSuite(request.apiKeyId ?? "", request.params.id);
      if (!stored) throw new ProblemError("suite-not-found", `There is no suite ${request.params.id}.`);
      reply.header("etag", stored.etag);
      const inm = request.headers["if-none-match"];
      if (typeof inm === "string" && etagMatches(inm, stored.etag)) return reply.code(304).send();
      return stored.suite;
    },
  );
};

export default suitesRoutes;
