// Call expressions -> closures. The common shapes get fast paths:
//   f(a, b)        a Python function taking exactly these positional parameters: the
//                  arguments are evaluated straight into the new frame's locals
//   obj.m(a, b)    a method found on the type (through the site's inline cache): no
//                  bound method, and for Python methods no argument array either
//   C(a, b)        a plain class (metaclass `type`) with a Python __init__: the site caches
//                  the __init__ per class version (vm/classes.ts plainInit), no argument array
//   f(a, k=v)      keywords, defaults, *args/**kwargs parameters: bound by a per-site
//                  plan cached on the callee's code (compiler/callbind.ts), no kwargs Map
//   super()        zero-argument super from the __class__ cell
// Everything else builds an argument array (and kwargs map) and calls generically.
//
// Rooting: when an argument is not a name or constant, values computed before it (the
// callee, the object, earlier arguments) are pushed onto the frame's temps, since the
// argument's evaluation may allocate and so collect.

import type { Call } from "../parser/ast.js";
import type { PyValue } from "../objects/object.js";
import { superType } from "../objects/builtin-types.js";
import { PyBuiltinFunction, PyFunction } from "../objects/function.js";
import { PyInstance } from "../objects/objecttype.js";
import { makeSuper } from "../objects/super.js";
import type { Frame } from "../vm/frame.js";
import { typeOf } from "../vm/abstract.js";
import { callFunction, callPrepared } from "../vm/call.js";
import { AttrSite, callAttr, siteLookup } from "../vm/attrs.js";
import type { Compiler, ExprFn } from "./context.js";
import { compileExpr, compileItems, compileLoadName, isSimple } from "./expr.js";
import { addKwargsFromMapping, callGeneric, duplicateKeyword } from "./runtime.js";
import { plannedCall } from "./callbind.js";
import { PyType } from "../objects/type.js";
import { None } from "../objects/builtin-types.js";
import { TypeError } from "../objects/exceptions.js";
import { newInstance } from "../objects/objecttype.js";
import { plainInit } from "../vm/classes.js";
import { typeName } from "../vm/abstract.js";
import { newException } from "../vm/errors.js";
import { internStr } from "../objects/str.js";
import { callSite } from "../vm/caret.js";

export function compileCall(c: Compiler, e: Call): ExprFn {
  const interp = c.interp;
  // Set on the frame once the arguments are evaluated, just before the call: the traceback
  // then knows which call of its line a frame was making (vm/caret.ts callSite).
  const site = callSite(e);
  const simpleArgs = e.keywords.length === 0 && !e.args.some((a) => a.kind === "Starred");
  // Zero-argument super(): the class from the __class__ cell and the first argument.
  if (e.func.kind === "Name" && e.func.id === "super" && e.args.length === 0 && e.keywords.length === 0) {
    const sc = c.unit.scope;
    const loadSuper = compileLoadName(c, "super");
    const ci = sc.cellIndex("__class__");
    if (sc.isFunctionLike() && ci >= 0 && sc.params.length > 0) {
      const first = compileLoadName(c, sc.params[0]);
      return (f) => {
        const s = loadSuper(f);
        if (s !== superType) return callGeneric(interp, s, [], null);
        return makeSuper(interp, f.cells![ci].value, first(f));
      };
    }
  }
  if (simpleArgs && e.func.kind === "Attribute") return compileMethodCall(c, e);
  const fn = compileExpr(c, e.func);
  if (simpleArgs) {
    const argFns = e.args.map((a) => compileExpr(c, a));
    const n = argFns.length;
    const root = !e.args.every(isSimple);
    const args = compileItems(c, e.args);
    const planned = plannedCall(interp, argFns, [], [], [], site);
    // Inline cache for `C(args)`: the class last called here, its version, its plain __init__.
    let ctorCls: PyType | null = null;
    let ctorVersion = -1;
    let ctorInit: PyFunction | null = null;
    return (f) => {
      const g = fn(f);
      if (g instanceof PyType) {
        if (g !== ctorCls || g.version !== ctorVersion) {
          ctorCls = g;
          ctorVersion = g.version;
          ctorInit = plainInit(g);
        }
        const init = ctorInit;
        if (init !== null && init.code.simple && init.code.argcount === n + 1) {
          // Arguments first, then the instance (the order constructInstance allocates in).
          const locals = new Array<PyValue | undefined>(init.code.nlocals);
          if (root) {
            const temps = f.temps;
            if (g.size !== 0) temps.push(g);
            for (let i = 0; i < n; i++) {
              const v = argFns[i](f);
              locals[i + 1] = v;
              if (typeof v === "object" && v.size !== 0) temps.push(v);
            }
          } else {
            for (let i = 0; i < n; i++) locals[i + 1] = argFns[i](f);
          }
          const obj = newInstance(interp, g);
          locals[0] = obj;
          f.site = site;
          const r = callPrepared(interp, init, locals);
          if (r !== None) throw newException(interp, TypeError, `__init__() should return None, not '${typeName(r)}'`);
          return obj;
        }
      } else if (g instanceof PyFunction) {
        const code = g.code;
        if (code.simple && code.argcount === n) {
          const locals = new Array<PyValue | undefined>(code.nlocals);
          if (root) {
            const temps = f.temps;
            if (g.size !== 0) temps.push(g);
            for (let i = 0; i < n; i++) {
              const v = argFns[i](f);
              locals[i] = v;
              if (typeof v === "object" && v.size !== 0) temps.push(v);
            }
          } else {
            for (let i = 0; i < n; i++) locals[i] = argFns[i](f);
          }
          f.site = site;
          return callPrepared(interp, g, locals);
        }
        if (g.size !== 0) f.temps.push(g);
        const r = planned(f, g);
        if (r !== undefined) return r;
        const a = args(f);
        f.site = site;
        return callFunction(interp, g, a, null);
      }
      // Builtin functions are not heap objects: nothing to root.
      if (g instanceof PyBuiltinFunction) {
        const a = args(f);
        f.site = site;
        return g.fn(interp, a, null);
      }
      if (root && typeof g === "object" && g.size !== 0) f.temps.push(g);
      const a = args(f);
      f.site = site;
      return callGeneric(interp, g, a, null);
    };
  }
  // Named keyword arguments only (no *args, no **mapping): planned binding for Python functions.
  if (!e.args.some((a) => a.kind === "Starred") && e.keywords.every((k) => k.arg !== null)) {
    const posFns = e.args.map((a) => compileExpr(c, a));
    const kwNames = e.keywords.map((k) => k.arg!);
    const kwFns = e.keywords.map((k) => compileExpr(c, k.value));
    const planned = plannedCall(interp, posFns, kwNames, kwNames.map(internStr), kwFns, site);
    const n = posFns.length;
    const nkw = kwFns.length;
    return (f) => {
      const g = fn(f);
      const temps = f.temps;
      if (typeof g === "object" && g.size !== 0) temps.push(g);
      if (g instanceof PyFunction) {
        const r = planned(f, g);
        if (r !== undefined) return r;
      }
      const a = new Array<PyValue>(n);
      for (let i = 0; i < n; i++) {
        const v = posFns[i](f);
        a[i] = v;
        if (typeof v === "object" && v.size !== 0) temps.push(v);
      }
      const kwargs = new Map<string, PyValue>();
      for (let j = 0; j < nkw; j++) {
        const v = kwFns[j](f);
        if (typeof v === "object" && v.size !== 0) temps.push(v);
        kwargs.set(kwNames[j], v);
      }
      f.site = site;
      return callGeneric(interp, g, a, kwargs);
    };
  }
  // General form: *args and keyword arguments / **kwargs.
  const args = compileItems(c, e.args);
  const kws = e.keywords.map((k) => ({ name: k.arg, fn: compileExpr(c, k.value) }));
  const nkw = kws.length;
  return (f) => {
    const g = fn(f);
    if (typeof g === "object" && g.size !== 0) f.temps.push(g);
    const a = args(f, g);
    const kwargs = new Map<string, PyValue>();
    for (let i = 0; i < nkw; i++) {
      const k = kws[i];
      const v = k.fn(f);
      if (typeof v === "object" && v.size !== 0) f.temps.push(v);
      if (k.name === null) addKwargsFromMapping(interp, g, kwargs, v);
      else if (kwargs.has(k.name)) duplicateKeyword(interp, g, k.name); // `**m, a=1` (plain duplicates are SyntaxErrors)
      else kwargs.set(k.name, v);
    }
    f.site = site;
    return callGeneric(interp, g, a, kwargs);
  };
}

/** `obj.name(args...)` with positional arguments only. */
function compileMethodCall(c: Compiler, e: Call): ExprFn {
  const interp = c.interp;
  const func = e.func as Call["func"] & { kind: "Attribute" };
  const obj = compileExpr(c, func.value);
  const name = func.attr;
  const site = new AttrSite(name);
  const argFns = e.args.map((a) => compileExpr(c, a));
  const n = argFns.length;
  const root = !e.args.every(isSimple);
  const args = compileItems(c, e.args);
  const callAt = callSite(e);
  /** [o, ...args], rooting as the arguments are evaluated (then the call site is recorded). */
  const withSelf = (f: Frame, o: PyValue, out: PyValue[]): PyValue[] => {
    out[0] = o;
    if (root) {
      const temps = f.temps;
      for (let i = 0; i < n; i++) {
        const v = argFns[i](f);
        out[i + 1] = v;
        if (typeof v === "object" && v.size !== 0) temps.push(v);
      }
    } else {
      for (let i = 0; i < n; i++) out[i + 1] = argFns[i](f);
    }
    f.site = callAt;
    return out;
  };
  return (f) => {
    const o = obj(f);
    if (typeof o === "object" && o.size !== 0) f.temps.push(o);
    const t = typeOf(o);
    if (t.getattr === undefined) {
      const m = siteLookup(site, t);
      if (m instanceof PyFunction) {
        if (!(o instanceof PyInstance) || o.dict.size === 0 || !o.dict.has(name)) {
          const code = m.code;
          if (code.simple && code.argcount === n + 1) {
            return callPrepared(interp, m, withSelf(f, o, new Array<PyValue | undefined>(code.nlocals) as PyValue[]));
          }
          return callFunction(interp, m, withSelf(f, o, new Array<PyValue>(n + 1)), null);
        }
      } else if (m instanceof PyBuiltinFunction && m.isMethod) {
        const d = t.instancesHaveDict ? (o as unknown as { dict: Map<string, PyValue> | null }).dict : null;
        if (d === null || d === undefined || !d.has(name)) return m.fn(interp, withSelf(f, o, new Array<PyValue>(n + 1)), null);
      }
    }
    const a = args(f);
    f.site = callAt;
    return callAttr(interp, o, name, a);
  };
}
