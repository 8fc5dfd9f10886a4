// The code generator's entry point: a plain function's body -> a JavaScript function
// made with `new Function` once per code object (the Code keeps it as its `body`).
//
// Safety: the emitted source is checked against a character set with no quote,
// backtick, backslash, slash or dollar sign, so no string literal, template, comment
// or regular expression can exist in it; the program's names, strings and numbers
// reach the generated function only through its tables (emit.ts).

import type { Expr, Stmt } from "../../parser/ast.js";
import type { PyValue } from "../../objects/object.js";
import type { Frame } from "../../vm/frame.js";
import type { Compiler } from "../context.js";
import { FunctionEmitter } from "./emit.js";
import { BIN_ORDER, CMP_ORDER, type EmitTables } from "./expr-emit.js";
import { runtimeTable } from "./helpers.js";
import { BIN_FNS, compareTestFn, compareValueFn, inplaceFn } from "../ops.js";

/** Every character the emitter may write. */
const SAFE_SOURCE = /^[A-Za-z0-9_ \n;:,.(){}[\]=!<>+\-*&|?]*$/;

/** The runtime names the emitted source reads (destructured from the table once per factory). */
const RUNTIME_NAMES = Object.keys(runtimeTable).join(", ");

export class UnsafeSourceError extends Error {}

type CompNode = Expr & { kind: "ListComp" | "SetComp" | "DictComp" };

/**
 * Whether code objects of this run are compiled to JavaScript: the engine option `codegen`
 * (default true), and a host that allows `new Function` at all (probed once per run; a CSP
 * without 'unsafe-eval' forbids it, and then the closure compiler is used for everything).
 */
export function codegenEnabled(interp: Compiler["interp"]): boolean {
  if (interp.options.codegen === false) return false;
  if (interp.codegenAllowed === undefined) {
    try {
      new Function("");
      interp.codegenAllowed = true;
    } catch {
      interp.codegenAllowed = false;
    }
  }
  return interp.codegenAllowed;
}

/** The body of a plain function, compiled to JavaScript. */
export function generateFunctionBody(c: Compiler, body: Stmt[]): (f: Frame) => PyValue {
  const emitter = new FunctionEmitter(c);
  return onFirstCall(c, emitter, emitter.emitBody(body));
}

/** The body of a list/set/dict comprehension (slots as compileComprehension lays them out). */
export function generateComprehensionBody(c: Compiler, e: CompNode, slots: number[], resultSlot: number): (f: Frame) => PyValue {
  const emitter = new FunctionEmitter(c);
  return onFirstCall(c, emitter, emitter.emitComprehension(e, slots, resultSlot));
}

/** Entries and source characters a host's code cache may hold before it is emptied (bounds on its memory). */
const CODE_CACHE_LIMIT = 4096;
const CODE_CACHE_CHARS = 8 << 20;

type Factory = (...tables: unknown[]) => (f: Frame) => PyValue;

// The kernels generated code reaches by operator index (immutable, shared like the builtin types).
const TYPE_NAMES = Object.freeze(["number", "boolean", "object"]);
const BIN_TABLE = Object.freeze(BIN_ORDER.map((op) => BIN_FNS[op]));
const INPLACE_TABLE = Object.freeze(BIN_ORDER.map((op) => inplaceFn(op)));
const CMPV_TABLE = Object.freeze(CMP_ORDER.map((op) => compareValueFn(op)));
const CMPT_TABLE = Object.freeze(CMP_ORDER.map((op) => compareTestFn(op)));

/**
 * The source is checked now (compile time), but made into a function on the code object's
 * first call: V8 compiles only what runs (an imported module's functions mostly never do).
 */
function onFirstCall(c: Compiler, emitter: FunctionEmitter, source: string): (f: Frame) => PyValue {
  // A source already in the host's code cache passed this check when it was first compiled.
  if (c.interp.options.codeCache?.has(source) !== true && !SAFE_SOURCE.test(source)) {
    throw new UnsafeSourceError("generated code contains a character outside its alphabet");
  }
  const code = c.unit.code;
  const interp = c.interp;
  const { tables, names } = emitter;
  return (f) => {
    const body = instantiate(interp, tables, names, source);
    code.body = body;
    return body(f);
  };
}

/** Make (or reuse, from the host's code cache) the source's factory and call it with this code object's tables. */
function instantiate(interp: Compiler["interp"], t: EmitTables, names: string[], source: string): (f: Frame) => PyValue {
  const cache = interp.options.codeCache;
  let factory = cache?.get(source) as Factory | undefined;
  if (factory === undefined) {
    const prelude = `const { ${RUNTIME_NAMES} } = R; const NUM = TYPES[0], BOOL = TYPES[1], OBJ = TYPES[2];\n`;
    factory = new Function("R", "TYPES", "K", "S", "G", "C", "E", "Q", "NAMES", "BIN", "INPLACE", "CMPV", "CMPT", "interp",
      `${prelude}return function body(f) {\n${source}\n};`) as Factory;
    if (cache !== undefined) {
      // The running total of cached source characters lives under the key "" (never a source).
      const chars = ((cache.get("") as number | undefined) ?? 0) + source.length;
      if (cache.size >= CODE_CACHE_LIMIT || chars > CODE_CACHE_CHARS) {
        cache.clear();
        cache.set("", source.length);
      } else {
        cache.set("", chars);
      }
      cache.set(source, factory);
    }
  }
  const closures = t.closures;
  return factory(
    runtimeTable, TYPE_NAMES, t.consts, t.attrSites, t.globalSites, t.ctorSites, closures, closures, names,
    BIN_TABLE, INPLACE_TABLE, CMPV_TABLE, CMPT_TABLE, interp,
  );
}
