// Assignment and deletion targets: names, attributes, subscripts, and unpacking
// (with one starred target).

import type { Expr } from "../parser/ast.js";
import { PySyntaxError } from "../parser/errors.js";
import type { PyValue } from "../objects/object.js";
import type { Frame } from "../vm/frame.js";
import { delAttr, delItem, setItem } from "../vm/abstract.js";
import { AttrSite, storeAttrAt } from "../vm/attrs.js";
import { raiseNameError, raiseUnboundLocal, raiseFreeVarError } from "../vm/errors.js";
import type { Compiler, StoreFn } from "./context.js";
import { resolveName } from "./context.js";
import { compileExpr, isSimple } from "./expr.js";
import { unpackExact, unpackStarred } from "./runtime.js";

export function compileStoreName(c: Compiler, name: string): StoreFn {
  const ref = resolveName(c, name);
  switch (ref.kind) {
    case "local": {
      const slot = ref.slot;
      return (f, v) => {
        f.locals[slot] = v;
      };
    }
    case "cell": {
      const idx = ref.index;
      return (f, v) => {
        f.cells![idx].value = v;
      };
    }
    case "global":
      return (f, v) => {
        f.globals.set(name, v);
      };
    case "classns":
      return (f, v) => {
        f.ns!.set(name, v);
      };
  }
}

export function compileStore(c: Compiler, t: Expr): StoreFn {
  const interp = c.interp;
  switch (t.kind) {
    case "Name":
      return compileStoreName(c, t.id);
    case "Attribute": {
      const obj = compileExpr(c, t.value);
      const site = new AttrSite(t.attr);
      return (f, v) => storeAttrAt(interp, obj(f), site, v);
    }
    case "Subscript": {
      const obj = compileExpr(c, t.value);
      const key = compileExpr(c, t.slice);
      const simple = isSimple(t.slice);
      return (f, v) => {
        const o = obj(f);
        if (!simple && typeof o === "object" && o.size !== 0) f.temps.push(o);
        setItem(interp, o, key(f), v);
      };
    }
    case "Tuple":
    case "List": {
      const elts = t.elts;
      const star = elts.findIndex((e) => e.kind === "Starred");
      const stores = elts.map((e) => compileStore(c, e.kind === "Starred" ? e.value : e));
      const n = elts.length;
      if (star < 0) {
        if (n === 2) {
          const s0 = stores[0];
          const s1 = stores[1];
          return (f, v) => {
            const items = unpackExact(interp, v, 2);
            const a = items[0];
            const b = items[1];
            s0(f, a);
            s1(f, b);
          };
        }
        return (f, v) => {
          const items = unpackExact(interp, v, n);
          for (let i = 0; i < n; i++) stores[i](f, items[i]);
        };
      }
      if (elts.slice(star + 1).some((e) => e.kind === "Starred")) {
        throw new PySyntaxError("SyntaxError", "multiple starred expressions in assignment", t.line, t.col + 1);
      }
      const after = n - star - 1;
      return (f, v) => {
        const items = unpackStarred(interp, v, star, after);
        for (let i = 0; i < n; i++) stores[i](f, items[i]);
      };
    }
    case "Starred":
      throw new PySyntaxError("SyntaxError", "starred assignment target must be in a list or tuple", t.line, t.col + 1);
    default:
      throw new PySyntaxError("SyntaxError", `cannot assign to ${describe(t)}`, t.line, t.col + 1);
  }
}

function describe(e: Expr): string {
  switch (e.kind) {
    case "Call": return "function call";
    case "Constant": return "literal";
    case "BinOp": case "UnaryOp": return "expression";
    default: return "expression";
  }
}

export function compileDelete(c: Compiler, t: Expr): (f: Frame) => void {
  const interp = c.interp;
  switch (t.kind) {
    case "Name": {
      const name = t.id;
      const ref = resolveName(c, name);
      switch (ref.kind) {
        case "local": {
          const slot = ref.slot;
          return (f) => {
            if (f.locals[slot] === undefined) raiseUnboundLocal(interp, name);
            f.locals[slot] = undefined;
          };
        }
        case "cell": {
          const idx = ref.index;
          const own = ref.own;
          return (f) => {
            const cell = f.cells![idx];
            if (cell.value === undefined) (own ? raiseUnboundLocal : raiseFreeVarError)(interp, name);
            cell.value = undefined;
          };
        }
        case "global":
          return (f) => {
            if (!f.globals.delete(name)) raiseNameError(interp, name);
          };
        case "classns":
          return (f) => {
            if (!f.ns!.delete(name)) raiseNameError(interp, name);
          };
      }
      break;
    }
    case "Attribute": {
      const obj = compileExpr(c, t.value);
      const name = t.attr;
      return (f) => delAttr(interp, obj(f), name);
    }
    case "Subscript": {
      const obj = compileExpr(c, t.value);
      const key = compileExpr(c, t.slice);
      return (f) => {
        const o = obj(f);
        f.temps.push(o);
        delItem(interp, o, key(f));
      };
    }
    case "Tuple":
    case "List": {
      const parts = t.elts.map((e) => compileDelete(c, e));
      return (f) => {
        for (const p of parts) p(f);
      };
    }
    default:
      break;
  }
  throw new PySyntaxError("SyntaxError", `cannot delete ${describe(t)}`, t.line, t.col + 1);
}

export type { PyValue };
