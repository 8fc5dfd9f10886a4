// `npm test`: build (the CLI and the service's worker run from dist/; the engine bundle
// of scripts/bundle-engine.mjs), then run
// every test/**/*.test.ts with node's test runner through tsx.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function collect(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...collect(path));
    else if (name.endsWith(".test.ts")) out.push(path);
  }
  return out;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run("npx", ["tsc", "-p", "tsconfig.build.json"]);
// The CLI loads the engine from this bundle (and falls back to dist/engine/ without it).
run(process.execPath, ["scripts/bundle-engine.mjs"]);
const only = process.argv.slice(2);
const files = only.length > 0 ? only : collect("test");
run(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...files]);
