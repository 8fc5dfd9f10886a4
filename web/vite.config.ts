// Builds the playground (web/) into dist/web, which the service serves at `/`
// (src/service/routes/playground.ts). Everything is bundled (CodeMirror, and the engine
// itself for the Web Worker): the page loads nothing from another origin. Each text file
// is also written brotli- and gzip-compressed (.br, .gz) for @fastify/static's
// preCompressed serving (~1.1 MB of scripts go over the wire as ~0.3 MB).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { defineConfig, type Plugin } from "vite";

function precompress(): Plugin {
  return {
    name: "heapscope-precompress",
    apply: "build",
    writeBundle(options, bundle) {
      for (const name of Object.keys(bundle)) {
        if (!/\.(js|css|html)$/.test(name)) continue;
        const file = join(options.dir!, name);
        const data = readFileSync(file);
        writeFileSync(file + ".br", brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(file + ".gz", gzipSync(data, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  publicDir: false,
  logLevel: "warn",
  plugins: [precompress()],
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    // The engine is one large chunk (the Web Worker's); that is expected.
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: "es" },
});
