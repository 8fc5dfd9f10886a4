// `types.GenericAlias` and `types.UnionType`: what `list[int]`, `dict[str, list[int]]`,
// `tuple[int, ...]`, `type[C]` (PEP 585) and `int | None` (PEP 604) evaluate to. Annotations are evaluated when a `def` or a class body
// runs, so without these, type-hinted programs would fail before doing anything. An alias
// remembers its origin and arguments, prints like CPython, compares by both, and calling
// it calls the origin (`list[int]()` is `[]`).

import type { PyValue } from "./object.js";
import { PyObject } from "./object.js";
import { PyType } from "./type.js";
import {
  Ellipsis,
  None,
  NotImplemented,
  dictType,
  noneType,
  frozensetType,
  listType,
  objectType,
  setType,
  tupleType,
  typeType,
} from "./builtin-types.js";
import { PyTuple, newTuple } from "./tuple.js";
import { defineGetSet } from "./property.js";
import { builtinClassMethod } from "./classmethod-builtin.js";
import type { Interpreter } from "../vm/interpreter.js";
import { callValue, pyEq, pyHash, pyRepr } from "../vm/abstract.js";
import { raiseTypeError } from "../vm/errors.js";
import { sizeFor } from "../heap/heap.js";

export const genericAliasType = new PyType(typeType, "GenericAlias", [objectType], true);
genericAliasType.module = "types";
genericAliasType.mro = [genericAliasType, objectType];
genericAliasType.subclassable = false;

export class PyGenericAlias extends PyObject {
  static override get name(): string {
    return "PyGenericAlias";
  }
  origin: PyType;
  args: PyValue[];
  constructor(origin: PyType, args: PyValue[]) {
    super(genericAliasType);
    this.origin = origin;
    this.args = args;
  }
}

/** `origin[item]`: a tuple item gives several arguments, as in CPython. */
export function newGenericAlias(interp: Interpreter, origin: PyType, item: PyValue): PyGenericAlias {
  const args = item instanceof PyTuple ? item.items.slice() : [item];
  return interp.heap.alloc(new PyGenericAlias(origin, args), sizeFor(16 + 8 * args.length));
}

/** CPython's rendering of an alias argument: types by qualified name, `...`, the rest by repr. */
function argRepr(interp: Interpreter, v: PyValue): string {
  if (v === Ellipsis) return "...";
  if (v === noneType || v === None) return "None";
  if (v instanceof PyType) return v.module === "builtins" ? v.qualname : `${v.module}.${v.qualname}`;
  return pyRepr(interp, v);
}

genericAliasType.repr = (interp, self) => {
  const a = self as PyGenericAlias;
  const args = a.args.length === 0 ? "()" : a.args.map((v) => argRepr(interp, v)).join(", ");
  return `${argRepr(interp, a.origin)}[${args}]`;
};
genericAliasType.call = (interp, self, args, kwargs) => callValue(interp, (self as PyGenericAlias).origin, args, kwargs);
genericAliasType.compare = (interp, op, self, other) => {
  if ((op !== "eq" && op !== "ne") || !(other instanceof PyGenericAlias)) return NotImplemented;
  const a = self as PyGenericAlias;
  const same = a.origin === other.origin && a.args.length === other.args.length && a.args.every((v, i) => pyEq(interp, v, other.args[i]));
  return op === "eq" ? same : !same;
};
genericAliasType.hash = (interp, self) => {
  const a = self as PyGenericAlias;
  let h = pyHash(interp, a.origin);
  for (const v of a.args) h = (Math.imul(h, 1000003) ^ pyHash(interp, v)) | 0;
  return h;
};
genericAliasType.traverse = (self, visit) => {
  const a = self as PyGenericAlias;
  visit(a.origin);
  for (const v of a.args) visit(v);
};
defineGetSet(genericAliasType, "__origin__", (_interp, self) => (self as PyGenericAlias).origin);
defineGetSet(genericAliasType, "__args__", (interp, self) => newTuple(interp, (self as PyGenericAlias).args.slice()));

// The builtin generics (PEP 585). Installed before objects/index.ts freezes the types.
for (const t of [listType, dictType, tupleType, setType, frozensetType, typeType]) {
  t.dict.set(
    "__class_getitem__",
    builtinClassMethod("__class_getitem__", t.name, (interp, args) => {
      if (args.length !== 2) return raiseTypeError(interp, `__class_getitem__() takes exactly one argument (${args.length - 1} given)`);
      return newGenericAlias(interp, args[0] as PyType, args[1]);
    }),
  );
}

// ---------------------------------------------------------------- X | Y (PEP 604)

export const unionType = new PyType(typeType, "UnionType", [objectType], true);
unionType.module = "types";
unionType.mro = [unionType, objectType];
unionType.subclassable = false;

export class PyUnion extends PyObject {
  static override get name(): string {
    return "PyUnion";
  }
  /** The member types, flattened and without repeats; None is stored as NoneType. */
  args: PyValue[];
  constructor(args: PyValue[]) {
    super(unionType);
    this.args = args;
  }
}

/** The members `v` contributes to a union, or null when it cannot be one (then `|` is NotImplemented). */
function unionMembers(v: PyValue): PyValue[] | null {
  if (v === None) return [noneType];
  if (v instanceof PyUnion) return v.args;
  if (v instanceof PyType || v instanceof PyGenericAlias) return [v];
  return null;
}

function unionOr(interp: Interpreter, op: string, self: PyValue, other: PyValue, reflected: boolean): PyValue {
  if (op !== "or") return NotImplemented;
  const a = unionMembers(reflected ? other : self);
  const b = unionMembers(reflected ? self : other);
  if (a === null || b === null) return NotImplemented;
  const args: PyValue[] = [];
  for (const v of [...a, ...b]) if (!args.some((w) => w === v || (w instanceof PyGenericAlias && pyEq(interp, w, v)))) args.push(v);
  if (args.length === 1) return args[0];
  return interp.heap.alloc(new PyUnion(args), sizeFor(16 + 8 * args.length));
}

typeType.binary = unionOr;
genericAliasType.binary = unionOr;
unionType.binary = unionOr;
unionType.repr = (interp, self) => (self as PyUnion).args.map((v) => argRepr(interp, v)).join(" | ");
unionType.compare = (interp, op, self, other) => {
  if ((op !== "eq" && op !== "ne") || !(other instanceof PyUnion)) return NotImplemented;
  const a = (self as PyUnion).args;
  const same = a.length === other.args.length && a.every((v) => other.args.some((w) => pyEq(interp, v, w)));
  return op === "eq" ? same : !same;
};
unionType.hash = (interp, self) => {
  // Order-independent, like CPython's frozenset-based hash of the members.
  let h = 0;
  for (const v of (self as PyUnion).args) h ^= pyHash(interp, v);
  return h;
};
unionType.traverse = (self, visit) => {
  for (const v of (self as PyUnion).args) visit(v);
};
defineGetSet(unionType, "__args__", (interp, self) => newTuple(interp, (self as PyUnion).args.slice()));
