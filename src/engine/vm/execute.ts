// executeModule: parse, compile and run a program as `__main__`. A Python exception
// escapes as the PyException (run.ts formats it with formatTraceback); a syntax error
// escapes as PySyntaxError. Nothing is printed here.

import { parse } from "../parser/parser.js";
import { compileModule } from "../compiler/index.js";
import { Frame } from "./frame.js";
import type { Interpreter } from "./interpreter.js";
import { runFrame } from "./call.js";
import "./function-slots.js";
import "../objects/objecttype.js";
import "../objects/typetype.js";
import "../objects/property.js";
import "../objects/super.js";
import "../objects/generator.js";

export function executeModule(interp: Interpreter, source: string): void {
  const mod = parse(source);
  const code = compileModule(interp, mod, interp.filename);
  const globals = interp.mainModule.dict;
  const frame = new Frame(code, globals, new Array(code.nlocals), null, globals, null);
  runFrame(interp, frame);
}
