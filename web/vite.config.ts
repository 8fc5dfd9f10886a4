// Builds the playground (web/) into dist/web, which the service serves at `/`
// (src/service/routes/playground.ts). Everything is bundled (CodeMirror, and the engine
// itself for the Web Worker): the page loads nothing from another origin.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  publicDir: false,
  logLevel: "warn",
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
