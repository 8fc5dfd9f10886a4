// Helpers shared by the delivery tests: the rendered kustomizations, lookups and
// Kubernetes quantities.

import { isObject, type Json, type JsonObject } from "./patch.js";
import { renderKustomization, repoPath, type Resource } from "./kustomize.js";

export const KUSTOMIZATIONS = {
  base: repoPath("deploy", "base"),
  production: repoPath("deploy", "overlays", "production"),
} as const;

export type Variant = keyof typeof KUSTOMIZATIONS;

export function render(variant: Variant): Resource[] {
  return renderKustomization(KUSTOMIZATIONS[variant]);
}

export function one(resources: Resource[], kind: string, name?: string): Resource & Record<string, any> {
  const hits = resources.filter((r) => r.kind === kind && (name === undefined || r.metadata.name === name));
  if (hits.length !== 1) throw new Error(`expected one ${kind}${name ? "/" + name : ""}, found ${hits.length}`);
  return hits[0]! as Resource & Record<string, any>;
}

/** True when every label of `selector` is on `labels`. */
export function selects(selector: Json | undefined, labels: Json | undefined): boolean {
  if (!isObject(selector) || !isObject(labels) || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, "": 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** A Kubernetes quantity ("500m", "2", "1Gi", "1.5G", "1e3") as a plain number (cores or bytes). */
export function quantity(q: Json | undefined): number {
  if (typeof q === "number") return q;
  if (typeof q !== "string") throw new Error(`not a quantity: ${JSON.stringify(q)}`);
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:(Ki|Mi|Gi|Ti|Pi|Ei)|([eE][+-]?\d+)|(n|u|m|k|M|G|T|P|E)?)$/.exec(q);
  if (!m) throw new Error(`not a quantity: ${JSON.stringify(q)}`);
  const n = Number(m[1]);
  if (m[2]) return n * BINARY[m[2]]!;
  if (m[3]) return n * 10 ** Number(m[3].slice(1));
  return n * DECIMAL[m[4] ?? ""]!;
}

export const MiB = 2 ** 20;

export function podTemplate(deployment: Resource): { metadata: JsonObject; spec: Record<string, any> } {
  return (deployment as any).spec.template;
}
