// Loads the engine into a thread as fast as possible: the one-script bundle made by
// `npm run build` (scripts/bundle-engine.mjs) with its V8 code cache, else the ES modules
// of dist/engine/ (a build by plain `tsc`, or running from the sources).
//
// The bundle is used only when it is at least as new as dist/engine/run.js, so a later
// `tsc` build (which rewrites every file of dist/) is never shadowed by an old bundle. The
// CLI's main thread reads the files (readEngineBundle) while its worker thread starts, and
// hands them over; the worker only compiles and runs them (loadEngine).

import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Script } from "node:vm";

export type Engine = typeof import("../engine/run.js", { with: { "resolution-mode": "import" } });

/** The bundle's text and V8 code cache, as read from dist/cli/. */
export interface EngineBundle {
  source: string;
  cachedData: Uint8Array | undefined;
}

const BUNDLE = join(__dirname, "engine.bundle.js");
const CACHE = join(__dirname, "engine.bundle.cache");
const MODULES = join(__dirname, "..", "engine", "run.js");

function mtime(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

/** The bundle's files, or null when there is no bundle or it is older than the modules. */
export function readEngineBundle(): EngineBundle | null {
  const bundled = mtime(BUNDLE);
  const modules = mtime(MODULES);
  if (bundled === null || (modules !== null && modules > bundled)) return null;
  let cachedData: Uint8Array | undefined;
  try {
    cachedData = readFileSync(CACHE);
  } catch {
    cachedData = undefined;
  }
  return { source: readFileSync(BUNDLE, "utf8"), cachedData };
}

/** The engine from `bundle` (read by readEngineBundle, here or in another thread), else from dist/engine/. */
export async function loadEngine(bundle: EngineBundle | null): Promise<Engine> {
  if (bundle === null) return (await import("../engine/run.js")) as Engine;
  const script = new Script(bundle.source, { filename: BUNDLE, cachedData: bundle.cachedData });
  return script.runInThisContext() as Engine;
}
