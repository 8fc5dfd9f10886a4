// Security headers (helmet's, computed once) and CORS for the whole app; rate limiting for the scope that
// registers `rateLimit` (the /v1 scope), keyed by API key when auth is on, else by client IP.
import cors from "@fastify/cors";
import helmet from "@fastify/helmet";
import rateLimitPlugin from "@fastify/rate-limit";
import Fastify, { type FastifyPluginAsync } from "fastify";
import fp from "fastify-plugin";
import type { Config } from "../config.js";
import { ProblemError } from "./errors.js";

type HelmetOptions = Parameters<typeof helmet>[1];

/**
 * The headers @fastify/helmet adds to a response with these options. They do not depend on
 * the request (no CSP nonces), but the plugin rebuilds its middleware (and re-parses the
 * CSP) on every request; so ask it once, on a throwaway instance, and send the result.
 */
export async function helmetHeaders(options: HelmetOptions): Promise<Record<string, string>> {
  const headersOf = async (withHelmet: boolean): Promise<Record<string, string>> => {
    const probe = Fastify({ logger: false });
    if (withHelmet) await probe.register(helmet, options);
    probe.get("/", async () => ({}));
    const res = await probe.inject("/");
    await probe.close();
    return res.headers as Record<string, string>;
  };
  const plain = await headersOf(false);
  const secured = await headersOf(true);
  return Object.fromEntries(Object.entries(secured).filter(([name]) => !(name in plain)));
}

const securityPlugin: FastifyPluginAsync<{ corsOrigin: Config["corsOrigin"] }> = async (app, { corsOrigin }) => {
  const headers = await helmetHeaders({
    // A JSON API plus Swagger UI at /docs (served from 'self', no inline scripts).
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        // Off: it makes browsers fetch /docs' scripts over https, so over plain HTTP on any
        // host but localhost the page stays blank. TLS, where used, ends at the ingress.
        upgradeInsecureRequests: null,
      },
    },
    // Let browsers on allowed origins read responses (CORS decides who may).
    crossOriginResourcePolicy: { policy: corsOrigin ? "cross-origin" : "same-origin" },
  });
  app.addHook("onRequest", (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
  if (corsOrigin) {
    await app.register(cors, {
      origin: corsOrigin === "*" ? "*" : corsOrigin,
      methods: ["GET", "POST"],
      allowedHeaders: ["Content-Type", "Authorization", "X-Request-Id"],
      exposedHeaders: ["X-Request-Id", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"],
      maxAge: 600,
    });
  }
};

export default fp(securityPlugin, { name: "heapscope-security", fastify: "5.x" });

/** Rate limiting for the registering scope; a no-op when max is 0. */
export const rateLimit = fp<{ max: number; windowMs: number }>(
  async (app, { max, windowMs }) => {
    if (max <= 0) return;
    await app.register(rateLimitPlugin, {
      max,
      timeWindow: windowMs,
      // IETF RateLimit-* headers (draft), and Retry-After on 429.
      enableDraftSpec: true,
      keyGenerator: (request) => request.apiKeyId ?? `ip:${request.ip}`,
      errorResponseBuilder: (_request, context) =>
        Object.assign(new ProblemError("rate-limited", `Rate limit of ${context.max} requests per ${context.after} exceeded; retry in ${Math.ceil(context.ttl / 1000)} s.`), {
          statusCode: context.statusCode,
        }),
    });
  },
  { name: "heapscope-rate-limit", fastify: "5.x" },
);
