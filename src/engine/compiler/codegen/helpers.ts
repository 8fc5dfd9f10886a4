// The runtime table generated code is instantiated with (`R` in the emitted source):
// the engine's own kernels and protocol functions, nothing else. Generated code reaches
// the engine only through this table, the constant table and the sites it is given.

import type { PyValue } from "../../objects/object.js";
import { None, listType, rangeType } from "../../objects/builtin-types.js";
import { PyList } from "../../objects/list.js";
import { PyFunction, PyBuiltinFunction } from "../../objects/function.js";
import { Namespace } from "../../vm/namespace.js";
import type { Frame } from "../../vm/frame.js";
import { trimTemps } from "../../vm/frame.js";
import type { Interpreter } from "../../vm/interpreter.js";
import { checkLimits } from "../../vm/limits.js";
import { getItem, setItem, getIter, isTruthy, typeOf } from "../../vm/abstract.js";
import { loadAttrAt, storeAttrAt, siteLookup, callAttr } from "../../vm/attrs.js";
import { callFunction, callPrepared } from "../../vm/call.js";
import { raiseNameError, raiseUnboundLocal } from "../../vm/errors.js";
import { PyInstance, newInstance } from "../../objects/objecttype.js";
import { PyType } from "../../objects/type.js";
import { TypeError } from "../../objects/exceptions.js";
import { plainInit } from "../../vm/classes.js";
import { newException } from "../../vm/errors.js";
import { typeName } from "../../vm/abstract.js";
import { callGeneric, dictSet, listAppend, makeDict, makeList, makeSet, makeTuple, setAdd } from "../runtime.js";
import { asPyException, exceptionMatches, setContext } from "../stmt.js";
import { addTraceback } from "../../vm/call.js";
import {
  addOp, subOp, mulOp, truedivOp, floordivOp, modOp, BIN_FNS, iaddOp, isubOp, imulOp, inplaceFn,
  ltTest, leTest, gtTest, geTest, eqTest, neTest, compareTestFn, compareValueFn, negOp,
} from "../ops.js";

/** A global name read at one site: a builtin it resolved to is cached like compileLoadName's. */
export class GlobalSite {
  readonly name: string;
  globals: Namespace | null = null;
  keys = -1;
  builtins = -1;
  value: PyValue = None;
  constructor(name: string) {
    this.name = name;
  }
}

export function loadGlobal(interp: Interpreter, f: Frame, site: GlobalSite): PyValue {
  const g = f.globals;
  const builtins = interp.builtins;
  if (g === site.globals && (g as Namespace).keysVersion === site.keys && (builtins as Namespace).valuesVersion === site.builtins) return site.value;
  const v = g.get(site.name);
  if (v !== undefined) return v;
  const b = builtins.get(site.name);
  if (b !== undefined) {
    if (g instanceof Namespace && builtins instanceof Namespace) {
      site.globals = g;
      site.keys = g.keysVersion;
      site.builtins = builtins.valuesVersion;
      site.value = b;
    }
    return b;
  }
  return raiseNameError(interp, site.name);
}

/**
 * `o.m(args)` with positional arguments: compileMethodCall's paths, the arguments already
 * evaluated into `withSelf` (`[o, ...args]`, a fresh array this call may keep).
 */
export function callMethodAt(interp: Interpreter, site: import("../../vm/attrs.js").AttrSite, withSelf: PyValue[]): PyValue {
  const o = withSelf[0];
  const t = typeOf(o);
  const name = site.name;
  const n = withSelf.length - 1;
  if (t.getattr === undefined) {
    const m = siteLookup(site, t);
    if (m instanceof PyFunction) {
      if (!(o instanceof PyInstance) || o.dict.size === 0 || !o.dict.has(name)) {
        const code = m.code;
        if (code.simple && code.argcount === n + 1) {
          const locals = new Array<PyValue | undefined>(code.nlocals);
          for (let i = 0; i <= n; i++) locals[i] = withSelf[i];
          return callPrepared(interp, m, locals);
        }
        return callFunction(interp, m, withSelf, null);
      }
    } else if (m instanceof PyBuiltinFunction && m.isMethod) {
      const d = t.instancesHaveDict ? (o as unknown as { dict: Map<string, PyValue> | null }).dict : null;
      if (d === null || d === undefined || !d.has(name)) return m.fn(interp, withSelf, null);
    }
  }
  return callAttr(interp, o, name, withSelf.slice(1));
}

/** `C(args)` at one site: the class last called there, its version and its plain `__init__` (calls.ts's cache). */
export class CtorSite {
  cls: PyType | null = null;
  version = -1;
  init: PyFunction | null = null;
}

export function ctorInit(site: CtorSite, cls: PyType): PyFunction | null {
  if (cls !== site.cls || cls.version !== site.version) {
    site.cls = cls;
    site.version = cls.version;
    site.init = plainInit(cls);
  }
  return site.init;
}

export function initReturned(interp: Interpreter, r: PyValue): never {
  throw newException(interp, TypeError, `__init__() should return None, not '${typeName(r)}'`);
}

export const runtimeTable = {
  asPyException, exceptionMatches, setContext, addTraceback, makeList, makeTuple, makeSet, makeDict, listAppend, setAdd, dictSet,
  PyInstance, PyType, newInstance, ctorInit, initReturned,
  None, listType, rangeType, PyList, PyFunction, PyBuiltinFunction,
  trimTemps, checkLimits, getItem, setItem, getIter, isTruthy, typeOf,
  loadAttrAt, storeAttrAt, callPrepared, callFunction, callGeneric, callMethodAt,
  raiseUnboundLocal, loadGlobal,
  addOp, subOp, mulOp, truedivOp, floordivOp, modOp, BIN_FNS, iaddOp, isubOp, imulOp, inplaceFn,
  ltTest, leTest, gtTest, geTest, eqTest, neTest, compareTestFn, compareValueFn, negOp,
};

export type RuntimeTable = typeof runtimeTable;
