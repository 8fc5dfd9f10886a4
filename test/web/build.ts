// Builds the playground (web/ -> dist/web) once per test process, as `npm run build` does,
// so `npm test` (which compiles only the TypeScript) serves the current page.
import { fileURLToPath } from "node:url";

let built: Promise<void> | null = null;

export function buildPlayground(): Promise<void> {
  built ??= (async () => {
    const { build } = await import("vite");
    await build({ configFile: fileURLToPath(new URL("../../web/vite.config.ts", import.meta.url)), logLevel: "error" });
  })();
  return built;
}
