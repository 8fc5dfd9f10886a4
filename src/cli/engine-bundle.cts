// Loads the engine into a thread as fast as possible: the one-script bundle made by
// `npm run build` (scripts/bundle-engine.mjs) with its V8 code cache, else the ES modules
// of dist/engine/ (a build by plain `tsc`, or running from the sources).
//
// The bundle is used only when it is at least as new as dist/engine/run.js, so a later
// `tsc` build (which rewrites every file of dist/) is never shadowed by an old bundle.

import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Script } from "node:vm";

export type Engine = typeof import("../engine/run.js", { with: { "resolution-mode": "import" } });

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

/** The bundled engine, or null when there is no bundle or it is older than the modules. */
export function loadBundledEngine(): Engine | null {
  const bundled = mtime(BUNDLE);
  const modules = mtime(MODULES);
  if (bundled === null || (modules !== null && modules > bundled)) return null;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(CACHE);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(readFileSync(BUNDLE, "utf8"), { filename: BUNDLE, cachedData });
  return script.runInThisContext() as Engine;
}

export async function loadEngine(): Promise<Engine> {
  return loadBundledEngine() ?? ((await import("../engine/run.js")) as Engine);
}
