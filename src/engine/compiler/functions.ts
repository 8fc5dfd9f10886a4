// Code units: `def`, `lambda` and `class` bodies (comprehensions: comprehensions.ts). Each becomes a Code
// (compiled once); the statement/expression that creates it builds the function
// object (defaults, closure cells) or runs the class body at run time.

import { compileAnnotation } from "./annotations.js";
import type { Arguments, ClassDef, Expr, FunctionDef, Lambda, Stmt } from "../parser/ast.js";
import { PySyntaxError } from "../parser/errors.js";
import type { PyValue } from "../objects/object.js";
import { None } from "../objects/builtin-types.js";
import { Code, PyFunction } from "../objects/function.js";
import { PyCell } from "../objects/cell.js";
import { PyStr, internStr } from "../objects/str.js";
import { sizeFor } from "../heap/heap.js";
import { Frame } from "../vm/frame.js";
import { runFrame } from "../vm/call.js";
import { makeClass } from "../vm/classes.js";
import { fillPrepared, prepareNamespace, preparedItems, resolveMroEntries } from "../vm/class-build.js";
import { checkLimits } from "../vm/limits.js";
import type { Compiler, ExprFn, StmtFn, Unit } from "./context.js";
import { RETURN } from "./context.js";
import type { Scope } from "./scope.js";
import { compileExpr } from "./expr.js";
import { compileStoreName } from "./targets.js";
import { addKwargsFromMapping, dictSet, makeDict } from "./runtime.js";
import { typeType } from "../objects/builtin-types.js";
import { compileBlock, compileGenBody } from "./stmt.js";
import { codegenEnabled, generateFunctionBody } from "./codegen/index.js";

const FUNCTION_SIZE = sizeFor(48);
export const CELL_SIZE = sizeFor(8);

export function newCode(c: Compiler, sc: Scope, name: string, line: number): Code {
  const code = new Code(name, sc.qualname, c.filename, line);
  code.ncells = sc.cellVars.length;
  code.cellNames = sc.cellVars.slice();
  code.freeNames = sc.freeVars.slice();
  code.localNames = sc.slotNames.slice();
  // Generators, coroutines and async generators all run a suspendable body (genBody).
  code.isGenerator = sc.isGenerator || sc.isCoroutine;
  code.isCoroutine = sc.isCoroutine;
  code.isAsyncGenerator = sc.isCoroutine && sc.isGenerator;
  return code;
}

function setParams(code: Code, sc: Scope, a: Arguments): void {
  code.posonlyCount = a.posonlyargs.length;
  code.argcount = a.posonlyargs.length + a.args.length;
  code.kwonlyCount = a.kwonlyargs.length;
  code.paramNames = [...a.posonlyargs, ...a.args, ...a.kwonlyargs].map((x) => x.arg);
  let next = code.argcount + code.kwonlyCount;
  if (a.vararg !== null) code.varargSlot = next++;
  if (a.kwarg !== null) code.kwargSlot = next++;
  for (let i = 0; i < sc.params.length; i++) {
    const ci = sc.cellVars.indexOf(sc.params[i]);
    if (ci >= 0) code.cellParams.push(i, ci);
  }
  code.simple = a.vararg === null && a.kwarg === null && a.kwonlyargs.length === 0 && code.cellParams.length === 0;
}

/** Compile `build` with `sc` as the current unit; returns the Code with its slot count final. */
export function inUnit<T>(c: Compiler, sc: Scope, code: Code, build: () => T): T {
  const saved = c.unit;
  const unit: Unit = { scope: sc, code, nextHidden: sc.slotNames.length };
  c.unit = unit;
  try {
    return build();
  } finally {
    code.nlocals = unit.nextHidden;
    c.unit = saved;
  }
}

/** The cells a nested code needs, read from the creating frame: closure[i] = f.cells[indices[i]]. */
export function closureIndices(c: Compiler, child: Scope): number[] {
  const here = c.unit.scope;
  return child.freeVars.map((name) => {
    const i = here.cellIndex(name);
    if (i < 0) throw new Error(`internal error: free variable '${name}' not found in enclosing scope`);
    return i;
  });
}

function makeClosure(f: Frame, indices: number[]): PyCell[] | null {
  if (indices.length === 0) return null;
  const out = new Array<PyCell>(indices.length);
  for (let i = 0; i < indices.length; i++) out[i] = f.cells![indices[i]];
  return out;
}

/** The body of a plain (non-generator) function. */
function functionBody(c: Compiler, body: Stmt[]): (f: Frame) => PyValue {
  const interp = c.interp;
  // Plain function bodies become generated JavaScript (compiler/codegen/) unless the
  // engine option `codegen` is false or the host forbids `new Function`; the closures below
  // are then the whole compiler.
  if (codegenEnabled(interp)) return generateFunctionBody(c, body);
  if (body.length === 1 && body[0].kind === "Return" && body[0].value !== null) {
    // A body that is one `return expr`: skip the block and completion machinery.
    const line = body[0].line;
    const v = compileExpr(c, body[0].value);
    return (f) => {
      f.line = line;
      if (++interp.steps >= interp.stepCheckAt) checkLimits(interp);
      return v(f);
    };
  }
  const block = compileBlock(c, body);
  return (f) => (block(f) === RETURN ? f.retval! : None);
}

function compileDefaults(c: Compiler, a: Arguments): { defaults: ExprFn[]; kwDefaults: [string, ExprFn][] } {
  return {
    defaults: a.defaults.map((d) => compileExpr(c, d)),
    kwDefaults: a.kwonlyargs.flatMap((arg, i) => {
      const d = a.kwDefaults[i];
      return d === null ? [] : [[arg.arg, compileExpr(c, d)] as [string, ExprFn]];
    }),
  };
}

/** `def f(a: A, *b: B, c: C, **d: D) -> R`: [name, annotation] in CPython's order. */
function compileAnnotations(c: Compiler, a: Arguments, returns: Expr | null): [PyValue, ExprFn][] {
  const out: [PyValue, ExprFn][] = [];
  const add = (x: { arg: string; annotation: Expr | null } | null) => {
    if (x !== null && x.annotation !== null) out.push([internStr(x.arg), compileAnnotation(c, x.annotation)]);
  };
  for (const x of a.posonlyargs) add(x);
  for (const x of a.args) add(x);
  add(a.vararg);
  for (const x of a.kwonlyargs) add(x);
  add(a.kwarg);
  if (returns !== null) out.push([internStr("return"), compileAnnotation(c, returns)]);
  return out;
}

function evalAnnotations(interp: Compiler["interp"], f: Frame, annotations: [PyValue, ExprFn][]): PyValue {
  const d = makeDict(interp);
  f.temps.push(d);
  for (const [k, e] of annotations) dictSet(interp, d, k, e(f));
  return d;
}

/** Does a class/module body annotate a name (CPython's SETUP_ANNOTATIONS test: not inside nested scopes)? */
export function hasAnnotations(body: Stmt[]): boolean {
  for (const s of body) {
    switch (s.kind) {
      case "AnnAssign": return true;
      case "If": case "For": case "While":
        if (hasAnnotations(s.body) || hasAnnotations(s.orelse)) return true;
        break;
      case "With":
        if (hasAnnotations(s.body)) return true;
        break;
      case "Try":
        if (hasAnnotations(s.body) || hasAnnotations(s.orelse) || hasAnnotations(s.finalbody) || s.handlers.some((h) => hasAnnotations(h.body))) return true;
        break;
    }
  }
  return false;
}

function docOf(body: Stmt[]): PyValue | null {
  const first = body[0];
  if (first !== undefined && first.kind === "Expr" && first.value.kind === "Constant" && first.value.value.type === "str") {
    return internStr(first.value.value.value);
  }
  return null;
}

/** A closure creating the function object for a def/lambda. */
function functionMaker(c: Compiler, node: FunctionDef | Lambda, name: string, body: Stmt[] | null, expr: Expr | null): (f: Frame) => PyFunction {
  const interp = c.interp;
  const sc = c.scopes.get(node)!;
  const code = newCode(c, sc, name, node.line);
  setParams(code, sc, node.args);
  const { defaults, kwDefaults } = compileDefaults(c, node.args);
  const annotations = node.kind === "FunctionDef" ? compileAnnotations(c, node.args, node.returns) : [];
  const indices = closureIndices(c, sc);
  if (c.lazyBodies === true) {
    lazyFunctionBody(c, sc, code, node, body, expr);
  } else inUnit(c, sc, code, () => {
    if (code.isGenerator) {
      code.genBody = compileGenBody(c, body ?? [{ kind: "Return", value: expr, line: node.line, col: node.col }]);
    } else if (body !== null) {
      code.body = functionBody(c, body);
    } else {
      code.body = functionBody(c, [{ kind: "Return", value: expr!, line: node.line, col: node.col }]);
    }
  });
  const doc = body === null ? null : docOf(body);
  const nd = defaults.length;
  return (f) => {
    let dv: PyValue[] | null = null;
    if (nd > 0) {
      dv = new Array<PyValue>(nd);
      for (let i = 0; i < nd; i++) {
        const v = defaults[i](f);
        dv[i] = v;
        if (typeof v === "object" && v.size !== 0) f.temps.push(v);
      }
    }
    let kw: Map<string, PyValue> | null = null;
    if (kwDefaults.length > 0) {
      kw = new Map();
      for (const [k, e] of kwDefaults) {
        const v = e(f);
        kw.set(k, v);
        if (typeof v === "object" && v.size !== 0) f.temps.push(v);
      }
    }
    const ann = annotations.length === 0 ? null : evalAnnotations(interp, f, annotations);
    const fn = new PyFunction(code, f.globals, dv, kw, makeClosure(f, indices), moduleNameOf(f));
    fn.doc = doc;
    fn.annotations = ann;
    return interp.heap.alloc(fn, FUNCTION_SIZE);
  };
}

/**
 * `code.body` (`code.genBody` for a generator function) compiles the body on the first call
 * (Compiler.lazyBodies), in the unit it would have had at `def`. The caller made the frame's
 * locals before the hidden slots were known, so that first frame's array is extended to the
 * final count.
 */
function lazyFunctionBody(c: Compiler, sc: Scope, code: Code, node: FunctionDef | Lambda, body: Stmt[] | null, expr: Expr | null): void {
  const saved: Compiler = { ...c };
  const stmts = (): Stmt[] => body ?? [{ kind: "Return", value: expr!, line: node.line, col: node.col }];
  const enter = (f: Frame): void => {
    if (f.locals.length < code.nlocals) f.locals.length = code.nlocals;
  };
  code.nlocals = sc.slotNames.length;
  if (code.isGenerator) {
    const lazyGen = (f: Frame): Generator<PyValue, PyValue, PyValue> => {
      const later: Compiler = { ...saved };
      const compiled = inUnit(later, sc, code, () => compileGenBody(later, stmts()));
      if (code.genBody === lazyGen) code.genBody = compiled;
      enter(f);
      return code.genBody!(f);
    };
    code.genBody = lazyGen;
    return;
  }
  const lazy = (f: Frame): PyValue => {
    const later: Compiler = { ...saved };
    const compiled = inUnit(later, sc, code, () => functionBody(later, stmts()));
    if (code.body === lazy) code.body = compiled;
    enter(f);
    return code.body!(f);
  };
  code.body = lazy;
}

/** `__name__` of the defining module's globals (a function's/class's `__module__`). */
function moduleNameOf(f: Frame): string {
  const n = f.globals.get("__name__");
  return n instanceof PyStr ? n.v : "__main__";
}

function applyDecorators(c: Compiler, decorators: Expr[]): ((f: Frame, v: PyValue, decs: PyValue[]) => PyValue) | null {
  if (decorators.length === 0) return null;
  const interp = c.interp;
  return (f, v, decs) => {
    for (let i = decs.length - 1; i >= 0; i--) {
      f.temps.push(v);
      v = callAny(interp, decs[i], [v]);
    }
    return v;
  };
}

import { callGeneric } from "./runtime.js";
function callAny(interp: Compiler["interp"], fn: PyValue, args: PyValue[]): PyValue {
  return callGeneric(interp, fn, args, null);
}

export function compileFunctionDef(c: Compiler, s: FunctionDef): StmtFn {
  const decs = s.decorators.map((d) => compileExpr(c, d));
  const make = functionMaker(c, s, s.name, s.body, null);
  const store = compileStoreName(c, s.name);
  const apply = applyDecorators(c, s.decorators);
  if (apply === null) {
    return (f) => {
      store(f, make(f));
      return 0;
    };
  }
  return (f) => {
    const dv = decs.map((d) => {
      const v = d(f);
      f.temps.push(v);
      return v;
    });
    store(f, apply(f, make(f), dv));
    return 0;
  };
}

export function compileLambda(c: Compiler, e: Lambda): ExprFn {
  return functionMaker(c, e, "<lambda>", null, e.body);
}

export function compileClassDef(c: Compiler, s: ClassDef): StmtFn {
  const interp = c.interp;
  const sc = c.scopes.get(s)!;
  const decs = s.decorators.map((d) => compileExpr(c, d));
  const apply = applyDecorators(c, s.decorators);
  const bases = s.bases.map((b) => (b.kind === "Starred" ? null : compileExpr(c, b)));
  if (bases.some((b) => b === null)) throw new PySyntaxError("SyntaxError", "starred class bases are not supported", s.line, s.col + 1);
  let metaclass: ExprFn | null = null;
  const classKw: { name: string | null; fn: ExprFn }[] = [];
  for (const k of s.keywords) {
    if (k.arg === "metaclass") metaclass = compileExpr(c, k.value);
    else classKw.push({ name: k.arg, fn: compileExpr(c, k.value) });
  }
  const code = newCode(c, sc, s.name, s.line);
  const indices = closureIndices(c, sc);
  inUnit(c, sc, code, () => {
    const block = compileBlock(c, s.body);
    code.body = (f) => {
      block(f);
      return None;
    };
  });
  const store = compileStoreName(c, s.name);
  const qualname = sc.qualname;
  const doc = docOf(s.body);
  const classCell = sc.cellVars.indexOf("__class__");
  const ncells = sc.cellVars.length;
  const setupAnnotations = hasAnnotations(s.body);
  return (f) => {
    const dv = decs.map((d) => {
      const v = d(f);
      f.temps.push(v);
      return v;
    });
    const written = bases.map((b) => {
      const v = b!(f);
      f.temps.push(v);
      return v;
    });
    const [bv, origBases] = resolveMroEntries(interp, written);
    const meta = metaclass === null ? null : metaclass(f);
    if (meta !== null && typeof meta === "object" && meta.size !== 0) f.temps.push(meta);
    let kwargs: Map<string, PyValue> | null = null;
    if (classKw.length > 0) {
      kwargs = new Map();
      for (const k of classKw) {
        const v = k.fn(f);
        if (typeof v === "object" && v.size !== 0) f.temps.push(v);
        if (k.name === null) addKwargsFromMapping(interp, typeType, kwargs, v);
        else kwargs.set(k.name, v);
      }
    }
    const prepared = prepareNamespace(interp, s.name, bv, meta, kwargs);
    const start = prepared === null ? [] : preparedItems(interp, prepared);
    const ns = new Map<string, PyValue>(start);
    const modName = f.globals.get("__name__");
    ns.set("__module__", modName instanceof PyStr ? modName : internStr("__main__"));
    ns.set("__qualname__", internStr(qualname));
    if (setupAnnotations) {
      const ann = makeDict(interp);
      f.temps.push(ann);
      ns.set("__annotations__", ann);
    }
    if (doc !== null) ns.set("__doc__", doc);
    let cells: PyCell[] | null = null;
    if (ncells + indices.length > 0) {
      cells = new Array<PyCell>(ncells + indices.length);
      for (let i = 0; i < ncells; i++) cells[i] = interp.heap.alloc(new PyCell(undefined), CELL_SIZE);
      for (let i = 0; i < indices.length; i++) cells[ncells + i] = f.cells![indices[i]];
    }
    const frame = new Frame(code, f.globals, new Array(code.nlocals), cells, ns, null);
    runFrame(interp, frame);
    if (origBases !== null) ns.set("__orig_bases__", origBases);
    if (prepared !== null) fillPrepared(interp, prepared, start, ns);
    let cls: PyValue = makeClass(interp, s.name, bv, ns, meta, kwargs, prepared);
    if (classCell >= 0) cells![classCell].value = cls;
    if (apply !== null) cls = apply(f, cls, dv);
    store(f, cls);
    return 0;
  };
}

