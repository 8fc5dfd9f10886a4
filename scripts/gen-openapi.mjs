// `npm run gen`: generate src/generated/openapi.ts from openapi/openapi.yaml with
// openapi-typescript. `node scripts/gen-openapi.mjs --check` exits 1 when the committed
// file is stale; test/service/openapi.test.ts does the same comparison in memory.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import openapiTS, { COMMENT_HEADER, astToString } from "openapi-typescript";

export const SPEC_URL = new URL("../openapi/openapi.yaml", import.meta.url);
export const OUTPUT_URL = new URL("../src/generated/openapi.ts", import.meta.url);

/** The generated TypeScript, exactly as `npm run gen` writes it. */
export async function generateTypes() {
  // defaultNonNullable: false keeps request fields that have a server default optional.
  const ast = await openapiTS(SPEC_URL, { defaultNonNullable: false, silent: true });
  return COMMENT_HEADER + astToString(ast);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await generateTypes();
  if (process.argv.includes("--check")) {
    const current = readFileSync(OUTPUT_URL, "utf8");
    if (current !== text) {
      console.error("src/generated/openapi.ts is stale: run `npm run gen`");
      process.exit(1);
    }
    console.log("src/generated/openapi.ts is up to date");
  } else {
    writeFileSync(OUTPUT_URL, text);
    console.log(`wrote ${fileURLToPath(OUTPUT_URL)}`);
  }
}
