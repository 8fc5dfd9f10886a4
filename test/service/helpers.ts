// Shared helpers for the service tests: a real app (real Piscina pool, real worker from
// dist/) built from an environment, and supertest against its server.
import type { FastifyInstance } from "fastify";
import request from "supertest";
import { buildApp } from "../../src/service/app.js";
import { loadConfig, type Config } from "../../src/service/config.js";

export const PROBLEM_JSON = /^application\/problem\+json/;

/** An app from env (LOG_LEVEL silent, 2 threads unless given) with test hooks on. */
export async function makeApp(env: Record<string, string> = {}, overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  const config: Config = { ...loadConfig({ LOG_LEVEL: "silent", POOL_THREADS: "2", DATA_DIR: ":memory:", ...env }), testHooks: true, ...overrides };
  const app = await buildApp(config);
  await app.ready();
  return app;
}

export const http = (app: FastifyInstance) => request(app.server);

/** POST /v1/runs with a JSON body (and optional headers). */
export function postRun(app: FastifyInstance, body: unknown, headers: Record<string, string> = {}) {
  let req = http(app).post("/v1/runs").set("content-type", "application/json");
  for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
  return req.send(typeof body === "string" ? body : JSON.stringify(body));
}

/** Asserts the RFC 9457 shape and returns the body. */
export function problemOf(res: request.Response, kind: string, status: number): Record<string, unknown> {
  if (res.status !== status || !PROBLEM_JSON.test(res.headers["content-type"] ?? "")) {
    throw new Error(`expected ${status} problem ${kind}, got ${res.status} ${res.headers["content-type"]}: ${res.text}`);
  }
  const body = JSON.parse(res.text) as Record<string, unknown>;
  if (body.type !== `urn:heapscope:problem:${kind}`) throw new Error(`expected problem type ${kind}, got ${String(body.type)}`);
  if (body.status !== status || typeof body.title !== "string" || typeof body.detail !== "string") {
    throw new Error(`malformed problem: ${res.text}`);
  }
  if (body.requestId !== res.headers["x-request-id"]) throw new Error("problem requestId differs from x-request-id");
  if (/\bat .+:\d+:\d+/.test(res.text)) throw new Error(`a stack trace leaked to the client: ${res.text}`);
  return body;
}
