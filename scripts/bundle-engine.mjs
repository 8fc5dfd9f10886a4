// Part of `npm run build` (after tsc): the engine as one script for fast start-up.
//
//   dist/cli/engine.bundle.js     dist/engine/run.js and everything it imports, bundled by
//                                 esbuild into one classic script whose completion value is
//                                 the module's exports (so vm.Script can run it).
//   dist/cli/engine.bundle.cache  V8's code cache for that script, made after running a few
//                                 programs with it, so it also holds the bytecode of the
//                                 functions a run needs (lexer, parser, compiler, builtins).
//
// The CLI's worker (src/cli/engine-load.ts) and the service's workers load the bundle with its
// cache instead of ~200 ES modules: no module resolution, and little or no V8 compilation. The
// cache is only an accelerator: V8 rejects it when Node's version or flags differ, and the
// bundle then compiles as usual. Loading falls back to dist/engine/run.js when the bundle is
// missing or older than it (a later plain `tsc` build).
import { build } from "esbuild";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const bundlePath = `${dist}cli/engine.bundle.js`;
const cachePath = `${dist}cli/engine.bundle.cache`;
const GLOBAL = "__heapscopeEngine";

await build({
  entryPoints: [`${dist}engine/run.js`],
  bundle: true,
  format: "iife",
  globalName: GLOBAL,
  // The script's completion value is the exports object (vm.Script#runInThisContext returns
  // it); esbuild keeps the ES modules' strict mode ("use strict" on top).
  footer: { js: `${GLOBAL};` },
  platform: "neutral",
  target: "es2022",
  outfile: bundlePath,
  logLevel: "warning",
});

// The code cache is made in a worker with the CLI's own resource limits (the same V8 flags as
// where it is used), after a few runs, so the functions they compiled are included.
const maker = `
const { workerData, parentPort } = require("node:worker_threads");
const { readFileSync } = require("node:fs");
const { Script } = require("node:vm");
const script = new Script(readFileSync(workerData.bundlePath, "utf8"), { filename: workerData.bundlePath });
const engine = script.runInThisContext();
for (const src of workerData.programs) engine.runProgram(src, {});
parentPort.postMessage(script.createCachedData());
`;
const programs = [
  'print("hello")\n',
  "import sys\nclass A:\n    def f(self, x):\n        return [i * x for i in range(3)]\nd = {'a': A().f(2)}\nprint(f\"{d!r} {len(d)}\", file=sys.stderr)\ntry:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print(type(e).__name__)\n",
];
try {
  const data = await new Promise((resolve, reject) => {
    const w = new Worker(maker, { eval: true, workerData: { bundlePath, programs }, resourceLimits: { stackSizeMb: 256 } });
    w.once("message", resolve);
    w.once("error", reject);
    w.once("exit", (code) => reject(new Error(`code cache worker exited with ${code}`)));
  });
  writeFileSync(cachePath, data);
  console.log(`bundle-engine: ${bundlePath} (${readFileSync(bundlePath).length} bytes), code cache ${data.length} bytes`);
} catch (e) {
  // Without a cache the bundle still loads (V8 compiles it); say so and go on.
  rmSync(cachePath, { force: true });
  console.warn(`bundle-engine: no code cache (${e instanceof Error ? e.message : String(e)})`);
}
