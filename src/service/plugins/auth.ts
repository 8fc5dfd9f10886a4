// API keys. When keys are configured, every route of the scope that registers this plugin
// (the /v1 scope) needs `Authorization: Bearer <key>`. Keys are compared by their SHA-256
// digests in constant time; the request remembers which key it used (by index, never the
// key itself) for rate limiting and logs.
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyPluginAsync } from "fastify";
import fp from "fastify-plugin";
import { ProblemError } from "./errors.js";

declare module "fastify" {
  interface FastifyRequest {
    /** "key-<n>" (1-based position in API_KEYS) when the request authenticated with a key. */
    apiKeyId?: string;
  }
}

export interface AuthOptions {
  apiKeys: string[];
}

const digest = (s: string) => createHash("sha256").update(s).digest();

const authPlugin: FastifyPluginAsync<AuthOptions> = async (app, { apiKeys }) => {
  if (apiKeys.length === 0) return; // auth off
  const digests = apiKeys.map(digest);
  app.decorateRequest("apiKeyId", undefined);
  app.addHook("onRequest", async (request, reply) => {
    const header = request.headers.authorization;
    const match = typeof header === "string" ? /^Bearer[ ]+(\S+)\s*$/i.exec(header) : null;
    if (match) {
      const candidate = digest(match[1]!);
      // Compare against every key, so the time taken does not tell which (if any) matched.
      let found = -1;
      digests.forEach((d, i) => {
        if (timingSafeEqual(d, candidate) && found < 0) found = i;
      });
      if (found >= 0) {
        request.apiKeyId = `key-${found + 1}`;
        return;
      }
    }
    reply.header("www-authenticate", 'Bearer realm="heapscope"');
    throw new ProblemError("unauthorized", match ? "The API key is not valid." : "Send an API key as `Authorization: Bearer <key>`.");
  });
};

export default fp(authPlugin, { name: "heapscope-auth", fastify: "5.x" });
