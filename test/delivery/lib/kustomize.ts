// A small kustomize renderer for what deploy/ uses (there is no kustomize binary on
// the build machines): `resources` (files and directories with their own
// kustomization.yaml), `patches` (strategic merge or JSON 6902, from a file or
// inline, with an optional target), `namespace` and `images`. Any other field is
// an error, so a kustomization can't use a feature this renderer would silently
// skip. Order as in kustomize: resources, then patches, then namespace, then images.

import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseAllDocuments } from "yaml";
import { applyJsonPatch, isObject, strategicMerge, type Json, type JsonObject, type JsonPatchOp } from "./patch.js";

export interface Resource extends JsonObject {
  apiVersion: string;
  kind: string;
  metadata: JsonObject & { name: string; namespace?: string };
}

export interface PatchTarget {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
  namespace?: string;
}

const SUPPORTED = new Set(["apiVersion", "kind", "resources", "patches", "namespace", "images"]);

/** Kinds that live outside namespaces (kustomize's namespace transformer skips them). */
export const CLUSTER_SCOPED = new Set([
  "Namespace",
  "ClusterRole",
  "ClusterRoleBinding",
  "CustomResourceDefinition",
  "PriorityClass",
  "StorageClass",
  "PersistentVolume",
  "IngressClass",
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
]);

/** Parses every YAML document of a file (empty documents skipped); throws on YAML errors. */
export function parseYamlDocuments(text: string, where: string): Json[] {
  const docs = parseAllDocuments(text);
  const out: Json[] = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) throw new Error(`${where}: ${doc.errors[0]!.message}`);
    const value = doc.toJS() as Json;
    if (value !== null && value !== undefined) out.push(value);
  }
  return out;
}

function asResource(value: Json, where: string): Resource {
  if (
    !isObject(value) ||
    typeof value.apiVersion !== "string" ||
    typeof value.kind !== "string" ||
    !isObject(value.metadata) ||
    typeof value.metadata.name !== "string"
  ) {
    throw new Error(`${where}: not a Kubernetes object (apiVersion, kind and metadata.name are required)`);
  }
  return value as Resource;
}

export function groupVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.indexOf("/");
  return i < 0 ? { group: "", version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

export function matchesTarget(r: Resource, t: PatchTarget): boolean {
  const gv = groupVersion(r.apiVersion);
  return (
    (t.group === undefined || t.group === gv.group) &&
    (t.version === undefined || t.version === gv.version) &&
    (t.kind === undefined || t.kind === r.kind) &&
    (t.name === undefined || t.name === r.metadata.name) &&
    (t.namespace === undefined || t.namespace === r.metadata.namespace)
  );
}

export function resourceId(r: Resource): string {
  return `${r.kind}/${r.metadata.namespace ? r.metadata.namespace + "/" : ""}${r.metadata.name}`;
}

/** Splits an image reference into name, tag and digest. */
export function parseImage(ref: string): { name: string; tag?: string; digest?: string } {
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { name: rest, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

interface ImageRule {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

function applyImage(image: string, rule: ImageRule): string {
  const cur = parseImage(image);
  if (cur.name !== rule.name) return image;
  const name = rule.newName ?? cur.name;
  if (rule.digest !== undefined) return `${name}@${rule.digest}`;
  const tag = rule.newTag ?? cur.tag;
  return `${name}${tag !== undefined ? ":" + tag : ""}${cur.digest !== undefined && rule.newTag === undefined ? "@" + cur.digest : ""}`;
}

/** Every container list of a workload (pod, or pod template of a controller). */
export function podSpecs(r: Resource): JsonObject[] {
  const spec = r.spec;
  if (!isObject(spec)) return [];
  if (r.kind === "Pod") return [spec];
  const template = isObject(spec.jobTemplate) && isObject(spec.jobTemplate.spec) ? spec.jobTemplate.spec.template : spec.template;
  return isObject(template) && isObject(template.spec) ? [template.spec] : [];
}

function containersOf(pod: JsonObject): JsonObject[] {
  return ["initContainers", "containers", "ephemeralContainers"].flatMap((f) =>
    Array.isArray(pod[f]) ? (pod[f] as Json[]).filter(isObject) : [],
  );
}

function readPatch(dir: string, entry: JsonObject, where: string): Json {
  if (typeof entry.path === "string") {
    const docs = parseYamlDocuments(readFileSync(join(dir, entry.path), "utf8"), join(dir, entry.path));
    if (docs.length !== 1) throw new Error(`${where}: a patch file must hold exactly one document`);
    return docs[0]!;
  }
  if (typeof entry.patch === "string") {
    const docs = parseYamlDocuments(entry.patch, where);
    if (docs.length !== 1) throw new Error(`${where}: an inline patch must hold exactly one document`);
    return docs[0]!;
  }
  throw new Error(`${where}: a patch needs "path" or "patch"`);
}

/** Renders the kustomization in `dir` (a directory holding kustomization.yaml). */
export function renderKustomization(dir: string): Resource[] {
  dir = resolve(dir);
  const file = join(dir, "kustomization.yaml");
  if (!existsSync(file)) throw new Error(`${dir}: no kustomization.yaml`);
  const docs = parseYamlDocuments(readFileSync(file, "utf8"), file);
  if (docs.length !== 1 || !isObject(docs[0])) throw new Error(`${file}: expected one mapping`);
  const k = docs[0];
  for (const key of Object.keys(k)) {
    if (!SUPPORTED.has(key)) throw new Error(`${file}: field "${key}" is not supported by this renderer`);
  }
  if (k.kind !== undefined && k.kind !== "Kustomization") throw new Error(`${file}: kind must be Kustomization`);

  // resources
  let resources: Resource[] = [];
  for (const entry of (k.resources ?? []) as Json[]) {
    if (typeof entry !== "string") throw new Error(`${file}: resources entries must be paths`);
    const path = join(dir, entry);
    if (!existsSync(path)) throw new Error(`${file}: resource ${entry} does not exist`);
    if (statSync(path).isDirectory()) resources.push(...renderKustomization(path));
    else {
      parseYamlDocuments(readFileSync(path, "utf8"), path).forEach((d, i) =>
        resources.push(asResource(d, `${path} document ${i + 1}`)),
      );
    }
  }
  const seen = new Set<string>();
  for (const r of resources) {
    const id = `${r.apiVersion}|${resourceId(r)}`;
    if (seen.has(id)) throw new Error(`${file}: ${resourceId(r)} is defined twice`);
    seen.add(id);
  }

  // patches
  ((k.patches ?? []) as Json[]).forEach((entry, i) => {
    const where = `${file}: patches[${i}]`;
    if (!isObject(entry)) throw new Error(`${where}: must be a mapping`);
    for (const key of Object.keys(entry)) {
      if (!["path", "patch", "target"].includes(key)) throw new Error(`${where}: field "${key}" is not supported`);
    }
    const patch = readPatch(dir, entry, where);
    const target = entry.target as PatchTarget | undefined;
    if (Array.isArray(patch)) {
      if (!target) throw new Error(`${where}: a JSON 6902 patch needs a target`);
      let hits = 0;
      resources = resources.map((r) => {
        if (!matchesTarget(r, target)) return r;
        hits++;
        return asResource(applyJsonPatch(r, patch as unknown as JsonPatchOp[]), where);
      });
      if (hits === 0) throw new Error(`${where}: target matches no resource`);
    } else {
      const p = asResource(patch, where);
      const sel: PatchTarget = target ?? {
        ...groupVersion(p.apiVersion),
        kind: p.kind,
        name: p.metadata.name,
        ...(p.metadata.namespace !== undefined ? { namespace: p.metadata.namespace } : {}),
      };
      let hits = 0;
      resources = resources.map((r) => {
        if (!matchesTarget(r, sel)) return r;
        hits++;
        // The patch's own name/kind must not rename a resource matched by target.
        const { apiVersion: _a, kind: _k, ...body } = p;
        const merged = strategicMerge(r, { ...body, metadata: { ...p.metadata, name: r.metadata.name } });
        return asResource(merged, where);
      });
      if (hits === 0) throw new Error(`${where}: patch ${p.kind}/${p.metadata.name} matches no resource`);
    }
  });

  // namespace
  if (k.namespace !== undefined) {
    if (typeof k.namespace !== "string") throw new Error(`${file}: namespace must be a string`);
    const ns = k.namespace;
    resources = resources.map((r) =>
      CLUSTER_SCOPED.has(r.kind) ? r : ({ ...r, metadata: { ...r.metadata, namespace: ns } } as Resource),
    );
  }

  // images
  const rules = (k.images ?? []) as Json[];
  for (const [i, rule] of rules.entries()) {
    if (!isObject(rule) || typeof rule.name !== "string") throw new Error(`${file}: images[${i}] needs a name`);
    for (const key of Object.keys(rule)) {
      if (!["name", "newName", "newTag", "digest"].includes(key)) throw new Error(`${file}: images[${i}].${key} is not supported`);
    }
    let hits = 0;
    resources = resources.map((r) => {
      const copy = structuredClone(r);
      for (const pod of podSpecs(copy)) {
        for (const c of containersOf(pod)) {
          if (typeof c.image !== "string") continue;
          const next = applyImage(c.image, rule as unknown as ImageRule);
          if (next !== c.image) hits++;
          c.image = next;
        }
      }
      return copy;
    });
    if (hits === 0) throw new Error(`${file}: images[${i}] (${rule.name}) matches no container`);
  }
  return resources;
}

/** Path of a kustomization relative to the repository root (for messages). */
export function repoPath(...parts: string[]): string {
  return resolve(dirname(new URL(import.meta.url).pathname), "..", "..", "..", ...parts);
}
