// The compiler's entry point: a parsed module -> the Code of its body.

import type { Module } from "../parser/ast.js";
import { None } from "../objects/builtin-types.js";
import { Code } from "../objects/function.js";
import type { Interpreter } from "../vm/interpreter.js";
import { analyzeModule, type ScopeMap } from "./scope.js";
import { manglePrivateNames } from "./mangle.js";
import type { Compiler } from "./context.js";
import { compileBlock } from "./stmt.js";
import { compileExpr } from "./expr.js";
import { PySyntaxError } from "../parser/errors.js";
import { hasAnnotations } from "./functions.js";
import { makeDict } from "./runtime.js";
import { futureFeatures } from "./annotations.js";

/**
 * What a host may pass to compile a module it compiles again and again (the embedded
 * standard library, modules/pysource.ts): `scopes` is `analyzeModule(mod)` made once (the
 * compiler only reads it), `lazyBodies` sets Compiler.lazyBodies.
 */
export interface ModuleCompileOptions {
  scopes?: ScopeMap;
  lazyBodies?: boolean;
}

export function compileModule(interp: Interpreter, mod: Module, filename: string, separateLocals = false, opts: ModuleCompileOptions = {}): Code {
  // A prepared module (opts.scopes) was mangled before its scopes were analysed.
  if (opts.scopes === undefined) manglePrivateNames(mod);
  const scopes = opts.scopes ?? analyzeModule(mod);
  const scope = scopes.get(mod)!;
  // exec() with a locals mapping distinct from its globals: top-level names are read
  // from the frame's namespace, then globals, then builtins, and stored in the
  // namespace: exactly a class body's rules (functions defined there skip it too).
  if (separateLocals) scope.kind = "class";
  const code = new Code("<module>", "<module>", filename, 1);
  const c: Compiler = { interp, filename, scopes, unit: { scope, code, nextHidden: 0 } };
  c.stringAnnotations = futureFeatures(mod).has("annotations");
  c.lazyBodies = opts.lazyBodies === true;
  const block = compileBlock(c, mod.body);
  const setupAnnotations = hasAnnotations(mod.body);
  code.body = (f) => {
    if (setupAnnotations) {
      // SETUP_ANNOTATIONS: the module's `__annotations__` dict, unless one exists already.
      const ns = f.ns ?? f.globals;
      if (!ns.has("__annotations__")) ns.set("__annotations__", makeDict(interp));
    }
    block(f);
    return None;
  };
  code.nlocals = c.unit.nextHidden;
  return code;
}

/** eval(): a module that is one expression statement -> a Code returning its value. */
export function compileEval(interp: Interpreter, mod: Module, filename: string, separateLocals: boolean): Code {
  const first = mod.body[0];
  if (mod.body.length !== 1 || first.kind !== "Expr") {
    const line = first === undefined ? 1 : first.line;
    throw new PySyntaxError("SyntaxError", "invalid syntax", line, first === undefined ? 1 : first.col + 1);
  }
  manglePrivateNames(mod);
  const scopes = analyzeModule(mod);
  const scope = scopes.get(mod)!;
  if (separateLocals) scope.kind = "class";
  const code = new Code("<module>", "<module>", filename, 1);
  const c: Compiler = { interp, filename, scopes, unit: { scope, code, nextHidden: 0 } };
  const value = compileExpr(c, first.value);
  code.body = (f) => {
    f.line = first.line;
    return value(f);
  };
  code.nlocals = c.unit.nextHidden;
  return code;
}
