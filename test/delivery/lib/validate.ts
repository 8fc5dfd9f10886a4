// Validates rendered manifests against the Kubernetes API schemas shipped by
// kubernetes-models, plus one thing those schemas don't check: unknown fields
// (the generated validators allow extra properties, so a typo such as
// `readOnlyRootFileSystem` would pass). We find them by running the validator on
// a proxy that records which properties it reads: a property it never reads is not
// in the schema.

import { isObject, type Json } from "./patch.js";
import type { Resource } from "./kustomize.js";

interface ModelClass {
  new (data: unknown): { validate(): void };
  prototype: { validate(this: unknown): void };
}

/** The kubernetes-models class for a resource's apiVersion and kind. */
export async function modelClass(r: Resource): Promise<ModelClass> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(`kubernetes-models/${r.apiVersion}`)) as Record<string, unknown>;
  } catch {
    throw new Error(`${r.kind}/${r.metadata.name}: no schemas for apiVersion ${r.apiVersion}`);
  }
  const cls = mod[r.kind];
  if (typeof cls !== "function") throw new Error(`${r.kind}/${r.metadata.name}: ${r.apiVersion} has no kind ${r.kind}`);
  return cls as ModelClass;
}

/** Paths (JSON pointer-ish) of every property the schema validator never looked at. */
export function unknownFields(cls: ModelClass, data: Json): string[] {
  const read = new Map<object, Set<string | symbol>>();
  const origin = new Map<object, string>();
  const wrap = (value: Json, path: string): Json => {
    if (typeof value !== "object" || value === null) return value;
    origin.set(value, path);
    read.set(value, new Set());
    return new Proxy(value, {
      get(target, key, receiver) {
        read.get(target)!.add(key);
        const v = Reflect.get(target, key, receiver) as Json;
        return typeof key === "string" && typeof v === "object" && v !== null ? wrapped(v, `${path}/${key}`) : v;
      },
    }) as Json;
  };
  const cache = new Map<object, Json>();
  const wrapped = (v: Json, path: string): Json => {
    if (!cache.has(v as object)) cache.set(v as object, wrap(v, path));
    return cache.get(v as object)!;
  };
  const copy = structuredClone(data);
  try {
    cls.prototype.validate.call(wrapped(copy, ""));
  } catch {
    // schema errors are reported by validateResource; here only reads matter
  }
  const out: string[] = [];
  const visit = (value: Json, path: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}/${i}`));
    else if (isObject(value)) {
      const seen = read.get(value);
      for (const [k, v] of Object.entries(value)) {
        if (!seen || !seen.has(k)) out.push(`${path}/${k}`);
        else visit(v, `${path}/${k}`);
      }
    }
  };
  visit(copy, "");
  // apiVersion and kind are checked by the model itself, not always read.
  return out.filter((p) => p !== "/apiVersion" && p !== "/kind");
}

/** Throws with every problem found: schema errors and unknown fields. */
export async function validateResource(r: Resource): Promise<void> {
  const cls = await modelClass(r);
  const problems: string[] = [];
  try {
    new cls(r).validate();
  } catch (e) {
    problems.push((e as Error).message);
  }
  const unknown = unknownFields(cls, r);
  if (unknown.length > 0) problems.push(`unknown fields: ${unknown.join(", ")}`);
  if (problems.length > 0) throw new Error(`${r.kind}/${r.metadata.name}: ${problems.join("; ")}`);
}
