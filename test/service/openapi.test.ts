// The OpenAPI document is the single source of truth: the generated types are fresh, the
// error table and the env list agree with it and with the docs, and the events mirror the
// engine's TraceEvent union.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
// @ts-expect-error plain JS module without types
import { OUTPUT_URL, generateTypes } from "../../scripts/gen-openapi.mjs";
import type { TraceEvent } from "../../src/engine/api.js";
import type { components } from "../../src/generated/openapi.js";
import { ENV_SCHEMA } from "../../src/service/config.js";
import { readOpenApiDocument } from "../../src/service/openapi.js";
import { PROBLEMS, problemType } from "../../src/service/plugins/errors.js";

// Compile-time: the API's events and results are exactly the engine's (npx tsc --noEmit).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const eventsMatch: Same<components["schemas"]["TraceEvent"], TraceEvent> = true;
void eventsMatch;

describe("OpenAPI document", () => {
  const doc = readOpenApiDocument();

  it("src/generated/openapi.ts is what `npm run gen` produces", async () => {
    const fresh = (await generateTypes()) as string;
    const committed = readFileSync(OUTPUT_URL, "utf8");
    assert.ok(fresh === committed, "src/generated/openapi.ts is stale: run `npm run gen` and commit it");
  });

  it("the Problem type enum is exactly the error table", () => {
    const enumTypes = (doc.components.schemas.Problem as { properties: { type: { enum: string[] } } }).properties.type.enum;
    assert.deepEqual([...enumTypes].sort(), Object.keys(PROBLEMS).map((k) => problemType(k as keyof typeof PROBLEMS)).sort());
  });

  it("one event schema per engine event kind, discriminated by kind", () => {
    const te = doc.components.schemas.TraceEvent as { oneOf: { $ref: string }[]; discriminator: { propertyName: string; mapping: Record<string, string> } };
    assert.equal(te.discriminator.propertyName, "kind");
    const kinds = Object.keys(te.discriminator.mapping).sort();
    assert.deepEqual(kinds, [
      "del-call", "finalize-call", "finalize-created", "finalize-detached", "gc-end", "gc-start",
      "memory-error", "ref-callback", "ref-cleared", "ref-created", "run-end",
    ]);
    for (const [kind, ref] of Object.entries(te.discriminator.mapping)) {
      const name = ref.split("/").pop()!;
      const schema = doc.components.schemas[name] as { properties: { kind: { const: string } }; required: string[] };
      assert.equal(schema.properties.kind.const, kind);
      assert.ok(schema.required.includes("kind") && schema.required.includes("step") && schema.required.includes("line"));
      assert.ok(te.oneOf.some((o) => o.$ref === ref));
    }
  });

  it("every route of the app is in the document", () => {
    for (const [path, method] of [["/v1/runs", "post"], ["/healthz", "get"], ["/readyz", "get"], ["/metrics", "get"], ["/openapi.json", "get"], ["/docs", "get"]] as const) {
      assert.ok(doc.paths[path]?.[method], `${method} ${path}`);
    }
  });

  for (const doc of ["docs/service.md", "README.md"]) {
    it(`${doc} documents exactly the environment variables of ENV_SCHEMA`, () => {
      const md = readFileSync(new URL(`../../${doc}`, import.meta.url), "utf8");
      const documented = [...md.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]).sort();
      assert.deepEqual(documented, Object.keys(ENV_SCHEMA.properties).sort());
    });
  }
});
