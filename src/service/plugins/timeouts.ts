// Connection edges: how long a client may take to send its request, and how many connections
// it may hold open. A client dribbling its body is answered 408 and disconnected instead of
// holding a connection (and its socket buffers) forever.
//
// - the body: BODY_TIMEOUT_MS from the headers to the body's last byte (this plugin's
//   preParsing hook; a 408 problem+json from the error table, connection closed);
// - the whole request: REQUEST_TIMEOUT_MS for headers and body (Node's requestTimeout and
//   headersTimeout, checked every second; Node then raises a client error, answered by
//   `clientErrorHandler` below with the same 408 problem+json);
// - MAX_CONNECTIONS: Node's server.maxConnections (a connection beyond it is closed at once);
// - at close, connections with no request in progress are closed at once (an open connection
//   that never sent a byte would otherwise hold the shutdown until SHUTDOWN_TIMEOUT_MS: Node
//   stops its request-timeout checks when the server closes); those with one in progress get
//   their answer with `connection: close` (app.ts).
import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import type { FastifyInstance, FastifyPluginAsync } from "fastify";
import fp from "fastify-plugin";
import { BodyTimeoutError, PROBLEMS, problemType, type ProblemKind } from "./errors.js";

export interface TimeoutsOptions {
  bodyTimeoutMs: number;
  maxConnections: number;
}

/** Fastify's `http` server options for a request timeout (Node checks them at this interval). */
export function httpServerOptions(requestTimeoutMs: number): { requestTimeout: number; headersTimeout: number; connectionsCheckingInterval: number } {
  return {
    requestTimeout: requestTimeoutMs,
    headersTimeout: requestTimeoutMs,
    connectionsCheckingInterval: Math.min(1000, requestTimeoutMs),
  };
}

/**
 * Fastify's clientErrorHandler: a request Node itself rejected (too slow, malformed) gets a
 * problem+json answer when the socket can still take one, and the connection is closed.
 */
export function clientErrorHandler(this: FastifyInstance, err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const kind: ProblemKind = err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? "request-timeout" : "bad-request";
  const { status, title } = PROBLEMS[kind];
  const detail = kind === "request-timeout" ? "The request did not arrive in time." : "The request could not be parsed as HTTP.";
  this.log.info({ problem: kind, status, code: err.code }, "request rejected");
  const body = JSON.stringify({ type: problemType(kind), title, status, detail });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/problem+json; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

/** Node sets a socket's `_httpMessage` to the response of the request it is serving, and clears it when that is done. */
const serving = (socket: Socket): boolean => (socket as Socket & { _httpMessage?: unknown })._httpMessage != null;

const timeoutsPlugin: FastifyPluginAsync<TimeoutsOptions> = async (app, { bodyTimeoutMs, maxConnections }) => {
  app.server.maxConnections = maxConnections;
  const open = new Set<Socket>();
  let closing = false;
  app.server.on("connection", (socket: Socket) => {
    if (closing) {
      socket.destroy();
      return;
    }
    open.add(socket);
    socket.once("close", () => open.delete(socket));
  });
  app.addHook("preClose", (done) => {
    closing = true;
    for (const socket of open) if (!serving(socket)) socket.destroy();
    done();
  });
  app.addHook("preParsing", (request, reply, payload, done) => {
    const headers = request.headers;
    const raw = request.raw;
    if ((headers["content-length"] === undefined && headers["transfer-encoding"] === undefined) || raw.complete) {
      done(null, payload);
      return;
    }
    const timer = setTimeout(() => {
      if (raw.complete || reply.sent) return;
      // Fails the body parser (it listens for "error"): the error handler answers 408 and
      // closes the connection; nothing of the body is read any more.
      payload.emit("error", new BodyTimeoutError(`The request body did not arrive within ${bodyTimeoutMs} ms.`));
      raw.pause();
    }, bodyTimeoutMs);
    const clear = (): void => clearTimeout(timer);
    raw.once("end", clear);
    raw.once("close", clear);
    done(null, payload);
  });
};

export default fp(timeoutsPlugin, { name: "heapscope-timeouts", fastify: "5.x" });
