// The playground (docs/playground.md): the static page Vite builds from web/ into
// dist/web, served at `/` with its hashed assets under /assets/ (cached for a year:
// their names change with their content; index.html is revalidated every time), brotli-
// or gzip-compressed when the client accepts it (files compressed at build time).
// Nothing here runs user code: the page calls POST /v1/runs or runs the engine in a
// Web Worker in the browser.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyPluginAsync } from "fastify";

/** dist/web next to the compiled service (dist/service/routes -> dist/web), or from src/ under tsx. */
export function defaultPlaygroundDir(): string | null {
  for (const rel of ["../../web/", "../../../dist/web/"]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(dir + "index.html")) return dir;
  }
  return null;
}

const playgroundRoutes: FastifyPluginAsync<{ root?: string | null }> = async (app, opts) => {
  const root = opts.root === undefined ? defaultPlaygroundDir() : opts.root;
  if (root === null) {
    app.log.warn("playground not built (run `npm run build`): / is not served");
    return;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: "/",
    index: ["index.html"],
    // Only the built files; no directory listings, no dotfiles.
    list: false,
    dotfiles: "deny",
    wildcard: false,
    // The build writes .br and .gz beside each script, style and page (web/vite.config.ts).
    preCompressed: true,
    cacheControl: false,
    setHeaders(reply, path) {
      reply.header("cache-control", /[/\\]assets[/\\]/.test(path) ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
};

export default playgroundRoutes;
