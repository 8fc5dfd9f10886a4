// exec() and eval(): source text compiled by our own pipeline (parser, compiler) and
// run in this interpreter, on this heap, under this run's limits. Nothing outside the
// run is reachable from them: they only see the namespaces they are given.
//
// Namespaces. The VM's frames keep globals and class/exec namespaces as JS Maps. With
// no mappings given, the caller's are used: at module level its globals, in a class
// body its namespace (live), in a function a snapshot of its locals (CPython 3.11:
// writes there do not reach the function's variables). A dict passed as globals or
// locals is mirrored by a Map (one per dict, kept for the run, so functions defined by
// exec'd code keep seeing the names later exec calls add); the dict is copied into
// the Map before running and the Map written back into the dict afterwards.
// Deviation: a change made to such a dict *while* the code runs (e.g. by a function it
// calls through another name) is not seen by the running code.

import type { PyValue } from "../objects/object.js";
import { None, typeType } from "../objects/builtin-types.js";
import type { Kwargs } from "../objects/type.js";
import { PyStr, internStr, newStr } from "../objects/str.js";
import { PyDict } from "../objects/dict.js";
import { dictSet } from "../objects/dict-core.js";
import { PyModule } from "../objects/module.js";
import { IndentationError, SyntaxError as SyntaxErrorType, TabError, TypeError, ValueError } from "../objects/exceptions.js";
import { newTuple } from "../objects/tuple.js";
import { parse } from "../parser/parser.js";
import { PySyntaxError } from "../parser/errors.js";
import { compileEval, compileModule } from "../compiler/index.js";
import type { Code } from "../objects/function.js";
import { PyCodeObject } from "../objects/code.js";
import { PyBytes } from "../objects/bytes.js";
import { sizeFor } from "../heap/heap.js";
import { Frame } from "./frame.js";
import type { Interpreter } from "./interpreter.js";
import { runFrame } from "./call.js";
import { newException } from "./errors.js";
import { callMethod, typeName } from "./abstract.js";
import { dictEntries } from "./attrs.js";

/** Globals/namespaces mirrored from a dict: their values are traversed through functions made there. */
export class ExecNamespace extends Map<string, PyValue> {
  static override get name(): string {
    return "ExecNamespace";
  }
}

interface Namespaces {
  globals: Map<string, PyValue>;
  locals: Map<string, PyValue>;
  /** Dicts to write back after the run, with their Maps. */
  writeBack: [PyDict, Map<string, PyValue>][];
}

function mirror(interp: Interpreter, d: PyDict, what: string): Map<string, PyValue> {
  let m = interp.execNamespaces.get(d);
  if (m === undefined) {
    m = new ExecNamespace();
    interp.execNamespaces.set(d, m);
  }
  m.clear();
  for (const [k, v] of dictEntries(interp, d)) {
    if (!(k instanceof PyStr)) throw newException(interp, TypeError, `${what} keys must be strings`);
    m.set(k.v, v);
  }
  return m;
}

function namespaces(interp: Interpreter, fname: string, g: PyValue | undefined, l: PyValue | undefined): Namespaces {
  const writeBack: [PyDict, Map<string, PyValue>][] = [];
  if (g === undefined || g === None) {
    const f = interp.frame;
    if (l !== undefined && l !== None) {
      if (!(l instanceof PyDict)) throw newException(interp, TypeError, `locals must be a mapping`);
      const lm = mirror(interp, l, "locals");
      writeBack.push([l, lm]);
      return { globals: f.globals, locals: lm, writeBack };
    }
    if (f.ns !== null) return { globals: f.globals, locals: f.ns, writeBack };
    // A function frame: a snapshot of its variables.
    const snap = new Map<string, PyValue>();
    const names = f.code.localNames;
    for (let i = 0; i < names.length; i++) {
      const v = f.locals[i];
      if (names[i] !== "" && v !== undefined) snap.set(names[i], v);
    }
    const cellNames = [...f.code.cellNames, ...f.code.freeNames];
    if (f.cells !== null) {
      for (let i = 0; i < cellNames.length && i < f.cells.length; i++) {
        const v = f.cells[i].value;
        if (v !== undefined) snap.set(cellNames[i], v);
      }
    }
    return { globals: f.globals, locals: snap, writeBack };
  }
  if (!(g instanceof PyDict)) throw newException(interp, TypeError, `${fname}() globals must be a dict, not ${typeName(g)}`);
  const gm = mirror(interp, g, "globals");
  if (!gm.has("__builtins__")) {
    const b = interp.modules.get("builtins");
    if (b !== undefined) {
      gm.set("__builtins__", b);
      dictSet(interp, g, internStr("__builtins__"), b as PyModule);
    }
  }
  writeBack.push([g, gm]);
  if (l === undefined || l === None || l === g) return { globals: gm, locals: gm, writeBack };
  if (!(l instanceof PyDict)) throw newException(interp, TypeError, `locals must be a mapping`);
  const lm = mirror(interp, l, "locals");
  writeBack.push([l, lm]);
  return { globals: gm, locals: lm, writeBack };
}

/**
 * What compile() returns: a code object that remembers its source, mode and file name.
 * The source was checked when compile() ran; exec()/eval() compile it again for the
 * namespaces they are given (our compiled code depends on whether locals are separate).
 */
export class PyCompiledSource extends PyCodeObject {
  static override get name(): string {
    return "PyCompiledSource";
  }
  source: string;
  mode: "exec" | "eval" | "single";
  constructor(code: Code, source: string, mode: "exec" | "eval" | "single") {
    super(code);
    this.source = source;
    this.mode = mode;
  }
}

function textArg(interp: Interpreter, fname: string, what: string, v: PyValue | undefined): string {
  if (v instanceof PyStr) return v.v;
  // Source given as bytes is UTF-8 (bytes.decode raises UnicodeDecodeError like CPython).
  if (v instanceof PyBytes) return (callMethod(interp, v, "decode", []) as PyStr).v;
  throw newException(interp, TypeError, `${fname}() ${what}`);
}

/** compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1). */
export function compileBuiltin(interp: Interpreter, args: PyValue[], kwargs: Kwargs): PyValue {
  const names = ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"];
  const a: (PyValue | undefined)[] = [...args];
  if (args.length > names.length) throw newException(interp, TypeError, `compile() takes at most 6 arguments (${args.length} given)`);
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = names.indexOf(k);
      if (i < 0) throw newException(interp, TypeError, `compile() got an unexpected keyword argument '${k}'`);
      if (a[i] !== undefined) throw newException(interp, TypeError, `argument for compile() given by name ('${k}') and position (${i + 1})`);
      a[i] = v;
    }
  }
  for (let i = 0; i < 3; i++) {
    if (a[i] === undefined) throw newException(interp, TypeError, `compile() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  const source = textArg(interp, "compile", "arg 1 must be a string, bytes or AST object", a[0]);
  if (!(a[1] instanceof PyStr)) throw newException(interp, TypeError, `compile() argument 'filename' must be str, not ${typeName(a[1]!)}`);
  if (!(a[2] instanceof PyStr)) throw newException(interp, TypeError, `compile() argument 'mode' must be str, not ${typeName(a[2]!)}`);
  const mode = a[2].v;
  if (mode !== "exec" && mode !== "eval" && mode !== "single") {
    throw newException(interp, ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  const isEval = mode === "eval";
  const text = isEval ? source.replace(/^[ \t]+/, "") : source;
  const code = compileSource(interp, text, isEval, false, a[1].v);
  return interp.heap.alloc(new PyCompiledSource(code, text, mode), sizeFor(text.length));
}

function sourceOf(interp: Interpreter, fname: string, v: PyValue | undefined, isEval: boolean): string {
  if (!(v instanceof PyStr)) {
    throw newException(interp, TypeError, `${fname}() arg 1 must be a string, bytes or code object`);
  }
  // eval() ignores leading spaces and tabs (and a trailing newline is harmless).
  return isEval ? v.v.replace(/^[ \t]+/, "") : v.v;
}

function compileSource(interp: Interpreter, source: string, isEval: boolean, separate: boolean, filename = "<string>"): Code {
  try {
    const mod = parse(source);
    return isEval ? compileEval(interp, mod, filename, separate) : compileModule(interp, mod, filename, separate);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      const type = e.pyType === "IndentationError" ? IndentationError : e.pyType === "TabError" ? TabError : SyntaxErrorType;
      const lines = source.split("\n");
      const text = e.line >= 1 && e.line <= lines.length ? newStr(interp, lines[e.line - 1] + "\n") : None;
      const details = newTuple(interp, [newStr(interp, filename), e.line, e.col, text, e.line, e.endCol ?? e.col]);
      const exc = newException(interp, type, [newStr(interp, e.msg), details]);
      throw exc;
    }
    throw e;
  }
}

function run(interp: Interpreter, fname: string, args: PyValue[], kwargs: Kwargs, isEval: boolean): PyValue {
  if (kwargs !== null && kwargs.size > 0) {
    for (const k of kwargs.keys()) if (k !== "globals" && k !== "locals") throw newException(interp, TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
  }
  if (args.length < 1) throw newException(interp, TypeError, `${fname}() takes at least 1 positional argument (0 given)`);
  if (args.length > 3) throw newException(interp, TypeError, `${fname} expected at most 3 arguments, got ${args.length}`);
  const g = args[1] ?? kwargs?.get("globals");
  const l = args[2] ?? kwargs?.get("locals");
  const given = args[0];
  const ns = namespaces(interp, fname, g, l);
  const separate = ns.locals !== ns.globals;
  let code: Code;
  if (given instanceof PyCompiledSource) {
    // eval() of an 'exec' code object runs it and gives None, as in CPython.
    code = compileSource(interp, given.source, given.mode === "eval", separate, given.code.filename);
  } else {
    code = compileSource(interp, sourceOf(interp, fname, given, isEval), isEval, separate);
  }
  const frame = new Frame(code, ns.globals, new Array(code.nlocals), null, ns.locals, null);
  try {
    return runFrame(interp, frame);
  } finally {
    for (const [d, m] of ns.writeBack) {
      for (const [k, v] of m) dictSet(interp, d, internStr(k), v);
    }
  }
}

export function execBuiltin(interp: Interpreter, args: PyValue[], kwargs: Kwargs): PyValue {
  run(interp, "exec", args, kwargs, false);
  return None;
}

export function evalBuiltin(interp: Interpreter, args: PyValue[], kwargs: Kwargs): PyValue {
  return run(interp, "eval", args, kwargs, true);
}

void typeType;
