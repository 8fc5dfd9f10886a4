// The compiler's entry point: a parsed module -> the Code of its body.

import type { Module } from "../parser/ast.js";
import { None } from "../objects/builtin-types.js";
import { Code } from "../objects/function.js";
import type { Interpreter } from "../vm/interpreter.js";
import { analyzeModule } from "./scope.js";
import type { Compiler } from "./context.js";
import { compileBlock } from "./stmt.js";

export function compileModule(interp: Interpreter, mod: Module, filename: string): Code {
  const scopes = analyzeModule(mod);
  const scope = scopes.get(mod)!;
  const code = new Code("<module>", "<module>", filename, 1);
  const c: Compiler = { interp, filename, scopes, unit: { scope, code, nextHidden: 0 } };
  const block = compileBlock(c, mod.body);
  code.body = (f) => {
    block(f);
    return None;
  };
  code.nlocals = c.unit.nextHidden;
  return code;
}
