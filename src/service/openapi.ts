// The OpenAPI document (openapi/openapi.yaml) is the single source of the API's shapes.
// This module loads it once and derives from it everything Fastify needs:
//  - the document this deployment serves (limits' defaults and maxima from the config),
//  - one shared JSON Schema (the document's components, $id "heapscope") that Ajv validates
//    requests with and fast-json-stringify serializes responses with,
//  - each route's Fastify schema, taken from the route's operation in the document.
import { readFileSync } from "node:fs";
import type { FastifySchema } from "fastify";
import { parse } from "yaml";
import type { RunLimitsConfig } from "./config.js";

/** $id of the shared schema; route schemas reference `heapscope#/components/schemas/<Name>`. */
export const SCHEMA_ID = "heapscope";

// src/service/openapi.ts and dist/service/openapi.js both sit two levels below the root.
const SPEC_URL = new URL("../../openapi/openapi.yaml", import.meta.url);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface OpenApiDocument {
  openapi: string;
  info: JsonObject;
  paths: Record<string, Record<string, JsonObject>>;
  components: { schemas: Record<string, JsonObject>; responses: Record<string, JsonObject> } & JsonObject;
  [key: string]: Json | undefined | OpenApiDocument["components"] | OpenApiDocument["paths"];
}

let parsed: OpenApiDocument | undefined;

/** The document as written in openapi/openapi.yaml (a fresh copy each call). */
export function readOpenApiDocument(): OpenApiDocument {
  parsed ??= parse(readFileSync(SPEC_URL, "utf8")) as OpenApiDocument;
  return structuredClone(parsed);
}

/**
 * The document as this deployment serves it: each `limits` field's `default` and `maximum`
 * are the configured ones, so clients (and request validation) see the limits in force.
 */
export function openApiDocumentFor(limits: RunLimitsConfig): OpenApiDocument {
  const doc = readOpenApiDocument();
  const props = doc.components.schemas.Limits?.properties as Record<string, JsonObject> | undefined;
  for (const [name, range] of Object.entries(limits)) {
    const prop = props?.[name];
    if (!prop) throw new Error(`openapi.yaml: components.schemas.Limits has no property ${name}`);
    prop.default = range.default;
    prop.maximum = range.max;
  }
  return doc;
}

// Keywords that are OpenAPI annotations rather than JSON Schema validation keywords. The
// discriminator only restates what oneOf + `kind: {const}` already mean (Ajv rejects its
// `mapping`); examples/externalDocs/xml are documentation.
const OPENAPI_ONLY = new Set(["discriminator", "example", "externalDocs", "xml"]);

function stripOpenApiKeywords(value: Json): Json {
  if (Array.isArray(value)) return value.map(stripOpenApiKeywords);
  if (value === null || typeof value !== "object") return value;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) {
    if (OPENAPI_ONLY.has(k)) continue;
    out[k] = stripOpenApiKeywords(v);
  }
  return out;
}

/** The shared schema to give `fastify.addSchema`: the document's component schemas. */
export function sharedSchema(doc: OpenApiDocument): JsonObject {
  return {
    $id: SCHEMA_ID,
    components: { schemas: stripOpenApiKeywords(doc.components.schemas as Json) },
  };
}

/** Points local references (`#/components/...`) at the shared schema. */
function toShared(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(toShared);
  if (schema === null || typeof schema !== "object") return schema;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(schema)) {
    out[k] = k === "$ref" && typeof v === "string" && v.startsWith("#/") ? `${SCHEMA_ID}${v}` : toShared(v);
  }
  return stripOpenApiKeywords(out) as JsonObject;
}

function deref(doc: OpenApiDocument, obj: JsonObject): JsonObject {
  const ref = obj.$ref;
  if (typeof ref !== "string") return obj;
  let node: Json = doc as unknown as Json;
  for (const part of ref.replace(/^#\//, "").split("/")) {
    node = (node as JsonObject)?.[part.replaceAll("~1", "/").replaceAll("~0", "~")] ?? null;
  }
  if (node === null || typeof node !== "object" || Array.isArray(node)) throw new Error(`openapi.yaml: unresolved ${ref}`);
  return node;
}

const isJson = (mime: string) => mime === "application/json" || mime.endsWith("+json");

/**
 * The Fastify route schema of one operation of the document: its JSON request body, and its
 * JSON responses by status code (content type by content type, so problem+json bodies are
 * serialized with the Problem schema). `serializeResponses: false` leaves responses to
 * JSON.stringify (for open-ended bodies such as the document itself).
 */
export function routeSchema(
  doc: OpenApiDocument,
  path: string,
  method: string,
  { serializeResponses = true }: { serializeResponses?: boolean } = {},
): FastifySchema {
  const op = doc.paths[path]?.[method];
  if (!op) throw new Error(`openapi.yaml: no operation ${method.toUpperCase()} ${path}`);
  const schema: Record<string, unknown> = {};
  if (typeof op.summary === "string") schema.summary = op.summary;

  const body = op.requestBody as JsonObject | undefined;
  if (body) {
    const content = deref(doc, body).content as Record<string, JsonObject>;
    const json = content["application/json"];
    if (!json) throw new Error(`openapi.yaml: ${method} ${path} has no application/json body`);
    schema.body = toShared(json.schema as Json);
  }

  if (serializeResponses) {
    const response: Record<string, unknown> = {};
    for (const [code, raw] of Object.entries(op.responses as Record<string, JsonObject>)) {
      const resp = deref(doc, raw);
      const content: Record<string, { schema: Json }> = {};
      for (const [mime, media] of Object.entries((resp.content ?? {}) as Record<string, JsonObject>)) {
        if (isJson(mime) && media.schema) content[mime] = { schema: toShared(media.schema) };
      }
      if (Object.keys(content).length > 0) response[code.toLowerCase()] = { description: resp.description, content };
    }
    schema.response = response;
  }
  return schema as FastifySchema;
}
