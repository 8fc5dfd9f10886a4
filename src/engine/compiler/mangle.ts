// Private name mangling (CPython's rule, applied before scope analysis): inside a class
// body, and in the functions, lambdas and comprehensions nested in it, an identifier
// `__name` that does not end with `__` is renamed `_Class__name` (the class name without
// its leading underscores; no renaming when it is all underscores). That covers variables,
// attribute names (`self.__x`), parameters, `def`/`class` names, `global`/`nonlocal` names
// and import bindings. A nested class renames with its own name; the class's decorators,
// bases and keywords belong to the enclosing code and are renamed with the enclosing class.

import type { Module } from "../parser/ast.js";

/** `name` as seen inside class `cls` (null: no class). */
export function mangled(cls: string | null, name: string): string {
  if (cls === null || !name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const bare = cls.replace(/^_+/, "");
  return bare === "" ? name : `_${bare}${name}`;
}

/** Rename the private names of every class of `mod` in place. */
export function manglePrivateNames(mod: Module): void {
  visit(mod.body, null);
}

type Node = Record<string, unknown> & { kind?: string };

function visit(node: unknown, cls: string | null): void {
  if (Array.isArray(node)) {
    for (const n of node) visit(n, cls);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const n = node as Node;
  switch (n.kind) {
    case "ClassDef": {
      visit(n.decorators, cls);
      visit(n.bases, cls);
      visit(n.keywords, cls);
      const own = n.name as string; // the body mangles with the name as written
      n.name = mangled(cls, own);
      visit(n.body, own);
      return;
    }
    case "FunctionDef":
      n.name = mangled(cls, n.name as string);
      break;
    case "Name":
      n.id = mangled(cls, n.id as string);
      return;
    case "Attribute":
      n.attr = mangled(cls, n.attr as string);
      break;
    case "Global":
    case "Nonlocal":
      n.names = (n.names as string[]).map((x) => mangled(cls, x));
      return;
    case "Import":
    case "ImportFrom":
      for (const a of n.names as { name: string; asname: string | null }[]) {
        if (a.asname !== null) a.asname = mangled(cls, a.asname);
        else if (n.kind === "ImportFrom" && a.name !== "*") {
          const m = mangled(cls, a.name);
          if (m !== a.name) a.asname = m;
        }
      }
      return;
    default:
      break;
  }
  if (cls !== null && typeof n.arg === "string" && "annotation" in n) n.arg = mangled(cls, n.arg); // a parameter
  for (const k in n) {
    const v = n[k];
    if (v !== null && typeof v === "object") visit(v, cls);
  }
}
