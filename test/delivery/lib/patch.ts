// The two patch kinds kustomize applies, in the subset deploy/ uses:
//   - JSON Patch (RFC 6902): add, remove, replace, move, copy, test.
//   - Strategic merge patch: maps merge recursively (null deletes a key), lists of
//     named things (containers, env, volumes, ...) merge by their key, other lists
//     are replaced; `$patch: delete` removes a keyed item, `$patch: replace` on a
//     map replaces it whole.
// Pure functions: inputs are never modified.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface JsonPatchOp {
  op: "add" | "remove" | "replace" | "move" | "copy" | "test";
  path: string;
  value?: Json;
  from?: string;
}

export function clone<T extends Json>(value: T): T {
  return structuredClone(value);
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`JSON pointer must start with "/": ${JSON.stringify(pointer)}`);
  return pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function arrayIndex(arr: Json[], token: string, forInsert: boolean): number {
  if (forInsert && token === "-") return arr.length;
  if (!/^(0|[1-9][0-9]*)$/.test(token)) throw new Error(`bad array index ${JSON.stringify(token)}`);
  const i = Number(token);
  if (i > arr.length || (!forInsert && i === arr.length)) throw new Error(`array index ${i} out of range`);
  return i;
}

function get(doc: Json, tokens: string[]): Json {
  let cur: Json = doc;
  for (const t of tokens) {
    if (Array.isArray(cur)) cur = cur[arrayIndex(cur, t, false)]!;
    else if (isObject(cur) && Object.prototype.hasOwnProperty.call(cur, t)) cur = cur[t]!;
    else throw new Error(`path not found at ${JSON.stringify(t)}`);
  }
  return cur;
}

function parentOf(doc: Json, tokens: string[]): { parent: Json; key: string } {
  if (tokens.length === 0) throw new Error("the root has no parent");
  return { parent: get(doc, tokens.slice(0, -1)), key: tokens[tokens.length - 1]! };
}

function add(doc: Json, tokens: string[], value: Json): Json {
  if (tokens.length === 0) return value;
  const { parent, key } = parentOf(doc, tokens);
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, key, true), 0, value);
  else if (isObject(parent)) parent[key] = value;
  else throw new Error(`cannot add under a ${typeof parent}`);
  return doc;
}

function remove(doc: Json, tokens: string[]): Json {
  const { parent, key } = parentOf(doc, tokens);
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, key, false), 1);
  else if (isObject(parent) && Object.prototype.hasOwnProperty.call(parent, key)) delete parent[key];
  else throw new Error(`path not found: ${JSON.stringify(key)}`);
  return doc;
}

function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]!));
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k]!, b[k]!));
  }
  return false;
}

/** Applies RFC 6902 operations in order; throws (naming the operation) on the first failure. */
export function applyJsonPatch(document: Json, ops: JsonPatchOp[]): Json {
  let doc = clone(document);
  ops.forEach((op, i) => {
    try {
      const tokens = parsePointer(op.path);
      switch (op.op) {
        case "add":
          if (!("value" in op)) throw new Error("missing value");
          doc = add(doc, tokens, clone(op.value as Json));
          break;
        case "remove":
          doc = remove(doc, tokens);
          break;
        case "replace":
          if (!("value" in op)) throw new Error("missing value");
          get(doc, tokens); // must exist
          if (tokens.length === 0) doc = clone(op.value as Json);
          else {
            doc = remove(doc, tokens);
            doc = add(doc, tokens, clone(op.value as Json));
          }
          break;
        case "move": {
          if (op.from === undefined) throw new Error("missing from");
          const from = parsePointer(op.from);
          if (op.path.startsWith(op.from + "/")) throw new Error("cannot move a value into itself");
          const value = get(doc, from);
          doc = remove(doc, from);
          doc = add(doc, tokens, value);
          break;
        }
        case "copy": {
          if (op.from === undefined) throw new Error("missing from");
          doc = add(doc, tokens, clone(get(doc, parsePointer(op.from))));
          break;
        }
        case "test":
          if (!deepEqual(get(doc, tokens), (op.value ?? null) as Json)) throw new Error("test failed");
          break;
        default:
          throw new Error(`unknown op ${JSON.stringify((op as { op: unknown }).op)}`);
      }
    } catch (e) {
      throw new Error(`JSON patch operation ${i} (${op.op} ${op.path}): ${(e as Error).message}`);
    }
  });
  return doc;
}

// ------------------------------------------------------------ strategic merge

/**
 * Merge keys of the Kubernetes list fields deploy/ may patch (from the API's
 * x-kubernetes-patch-merge-key). `ports` depends on where it is: container ports
 * merge by containerPort, Service ports by port.
 */
const MERGE_KEYS: Record<string, string | ((items: Json[]) => string)> = {
  containers: "name",
  initContainers: "name",
  ephemeralContainers: "name",
  env: "name",
  volumes: "name",
  volumeMounts: "mountPath",
  volumeDevices: "devicePath",
  imagePullSecrets: "name",
  hostAliases: "ip",
  topologySpreadConstraints: "topologyKey",
  ports: (items) => (items.some((p) => isObject(p) && "containerPort" in p) ? "containerPort" : "port"),
};

function mergeKeyFor(field: string, items: Json[]): string | undefined {
  const k = MERGE_KEYS[field];
  return typeof k === "function" ? k(items) : k;
}

function mergeList(field: string, base: Json[], patch: Json[]): Json[] {
  const key = mergeKeyFor(field, [...base, ...patch]);
  if (key === undefined || !patch.every(isObject) || !base.every(isObject)) return clone(patch);
  const out = clone(base) as JsonObject[];
  for (const item of patch as JsonObject[]) {
    const directive = item["$patch"];
    const id = item[key];
    if (id === undefined) throw new Error(`strategic merge: an item of "${field}" has no merge key "${key}"`);
    const at = out.findIndex((o) => deepEqual(o[key]!, id));
    if (directive === "delete") {
      if (at >= 0) out.splice(at, 1);
    } else if (directive === "replace") {
      const { $patch: _ignored, ...rest } = item;
      if (at >= 0) out[at] = clone(rest);
      else out.push(clone(rest));
    } else if (at >= 0) {
      out[at] = strategicMerge(out[at]!, item) as JsonObject;
    } else {
      out.push(strategicMerge({}, item) as JsonObject);
    }
  }
  return out;
}

/** Strategic merge of `patch` into `base` (both plain JSON); returns a new value. */
export function strategicMerge(base: Json, patch: Json): Json {
  if (!isObject(patch)) return clone(patch);
  if (patch["$patch"] === "replace") {
    const { $patch: _ignored, ...rest } = patch;
    return clone(rest);
  }
  if (patch["$patch"] === "delete") return null;
  const out: JsonObject = isObject(base) ? clone(base) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k === "$patch") continue;
    if (v === null) delete out[k];
    else if (isObject(v)) out[k] = strategicMerge(out[k] ?? null, v);
    else if (Array.isArray(v) && Array.isArray(out[k])) out[k] = mergeList(k, out[k] as Json[], v);
    else if (Array.isArray(v)) out[k] = mergeList(k, [], v);
    else out[k] = v;
  }
  return out;
}
