// Comprehensions: each is a code unit of its own (CPython 3.11) whose parameter `.0`
// is the iterator of the first `for`, evaluated in the enclosing scope. List, set and
// dict comprehensions run to completion (as generated JavaScript when codegen is on);
// a generator expression makes a generator. An async comprehension (`async for`, or an
// `await` inside) runs in a suspendable frame: a list/set/dict one is a coroutine its
// creator awaits (suspend.ts), an async generator expression an async generator. Each
// level of an async comprehension steps its iterator with `__anext__` where it says
// `async for`.

import type { Comprehension, Expr } from "../parser/ast.js";
import { PySyntaxError } from "../parser/errors.js";
import type { PyValue } from "../objects/object.js";
import { None } from "../objects/builtin-types.js";
import { PyCell } from "../objects/cell.js";
import { newGenerator } from "../objects/generator.js";
import { Frame, trimTemps } from "../vm/frame.js";
import { getIter, typeOf } from "../vm/abstract.js";
import { runFrame } from "../vm/call.js";
import { checkLimits } from "../vm/limits.js";
import type { Compiler, ExprFn, GenExprFn } from "./context.js";
import { compileExpr, compileTest } from "./expr.js";
import { compileStore } from "./targets.js";
import { dictSet, listAppend, makeDict, makeList, makeSet, setAdd } from "./runtime.js";
import { CELL_SIZE, closureIndices, inUnit, newCode } from "./functions.js";
import { codegenEnabled, generateComprehensionBody } from "./codegen/index.js";
import { aiterOf, anextOf, compileGenExpr, compileGenTest, compileStatementYield } from "./suspend.js";

export type CompNode = Expr & { kind: "ListComp" | "SetComp" | "DictComp" | "GeneratorExp" };

interface Level {
  slot: number;
  iter: ExprFn | null;
  store: (f: Frame, v: PyValue) => void;
  ifs: ((f: Frame) => boolean)[];
}

/** The comprehension as an expression of the scope it is in. */
export function compileComprehension(c: Compiler, e: CompNode): ExprFn {
  const firstIter = compileExpr(c, e.generators[0].iter);
  const make = compileComprehensionMaker(c, e);
  return (f) => make(f, firstIter(f));
}

/**
 * Compile the comprehension's code unit; returns what runs it given the value of its
 * first iterable: its result, a generator (generator expression), a coroutine (async
 * list/set/dict comprehension: the caller awaits it) or an async generator.
 */
export function compileComprehensionMaker(c: Compiler, e: CompNode): (f: Frame, iterable: PyValue) => PyValue {
  const interp = c.interp;
  const sc = c.scopes.get(e)!;
  const code = newCode(c, sc, sc.name, e.line);
  code.argcount = 1;
  code.paramNames = [".0"];
  code.simple = true;
  const indices = closureIndices(c, sc);
  const firstAsync = e.generators[0].isAsync;
  inUnit(c, sc, code, () => {
    if (sc.isCoroutine) {
      code.genBody = compileAsyncBody(c, e);
      return;
    }
    for (const g of e.generators) {
      if (g.isAsync) throw new PySyntaxError("SyntaxError", "asynchronous comprehension outside of an asynchronous function", e.line, e.col + 1);
    }
    if (e.kind !== "GeneratorExp" && codegenEnabled(interp)) {
      // Generated JavaScript (compiler/codegen/), with the slots laid out as below.
      const slots = e.generators.map((_, i) => (i === 0 ? 0 : c.unit.nextHidden++));
      code.body = generateComprehensionBody(c, e, slots, c.unit.nextHidden++);
      return;
    }
    const levels = compileLevels(c, e.generators);
    if (e.kind === "GeneratorExp") code.genBody = generatorBody(c, e.elt, levels);
    else code.body = collectingBody(c, e, levels);
  });
  return (f, iterable) => {
    const it = firstAsync ? aiterOf(interp, iterable) : getIter(interp, iterable);
    const locals = new Array<PyValue | undefined>(code.nlocals);
    locals[0] = it;
    let cells: PyCell[] | null = null;
    const ncells = code.ncells;
    if (ncells + indices.length > 0) {
      cells = new Array<PyCell>(ncells + indices.length);
      for (let i = 0; i < ncells; i++) cells[i] = interp.heap.alloc(new PyCell(undefined), CELL_SIZE);
      for (let i = 0; i < indices.length; i++) cells[ncells + i] = f.cells![indices[i]];
    }
    const frame = new Frame(code, f.globals, locals, cells, null, null);
    if (code.isGenerator) return newGenerator(interp, frame);
    return runFrame(interp, frame);
  };
}

function compileLevels(c: Compiler, gens: Comprehension[]): Level[] {
  return gens.map((g, i) => ({
    slot: i === 0 ? 0 : c.unit.nextHidden++,
    iter: i === 0 ? null : compileExpr(c, g.iter),
    store: compileStore(c, g.target),
    ifs: g.ifs.map((x) => compileTest(c, x)),
  }));
}

function generatorBody(c: Compiler, eltExpr: Expr, levels: Level[]): (f: Frame) => Generator<PyValue, PyValue, PyValue> {
  const interp = c.interp;
  const last = levels.length - 1;
  const elt = compileExpr(c, eltExpr);
  const run = function* (f: Frame, level: number): Generator<PyValue, void, PyValue> {
    const L = levels[level];
    const it = level === 0 ? f.locals[0]! : getIter(interp, L.iter!(f));
    f.locals[L.slot] = it;
    const next = typeOf(it).next!;
    for (;;) {
      const v = next(interp, it);
      if (v === undefined) break;
      if (++interp.steps >= interp.stepCheckAt) checkLimits(interp);
      if (f.temps.length !== 0) trimTemps(f.temps, 0);
      L.store(f, v);
      let ok = true;
      for (let i = 0; i < L.ifs.length; i++) if (!L.ifs[i](f)) { ok = false; break; }
      if (!ok) continue;
      if (level === last) {
        const x = elt(f);
        // As at a statement-level yield (suspend.ts, compileStatementYield): nothing else is
        // in flight, and the suspended frame must not keep the yielded value alive.
        if (f.temps.length !== 0) trimTemps(f.temps, 0);
        yield x;
      } else yield* run(f, level + 1);
    }
  };
  return function* (f) {
    yield* run(f, 0);
    return None;
  };
}

/** The element step of a list/set/dict comprehension: compute and add to `out`. */
function elementStep(c: Compiler, e: CompNode): { make: () => PyValue; emit: (f: Frame, out: PyValue) => void } {
  const interp = c.interp;
  if (e.kind === "ListComp") {
    const elt = compileExpr(c, e.elt);
    return { make: () => makeList(interp, []), emit: (f, out) => listAppend(interp, out, elt(f)) };
  }
  if (e.kind === "SetComp") {
    const elt = compileExpr(c, e.elt);
    return { make: () => makeSet(interp, []), emit: (f, out) => setAdd(interp, out, elt(f)) };
  }
  if (e.kind !== "DictComp") throw new Error("internal error: not a collecting comprehension");
  const k = compileExpr(c, e.key);
  const v = compileExpr(c, e.value);
  return {
    make: () => makeDict(interp),
    emit: (f, out) => {
      const kv = k(f);
      f.temps.push(kv);
      dictSet(interp, out, kv, v(f));
    },
  };
}

function collectingBody(c: Compiler, e: CompNode, levels: Level[]): (f: Frame) => PyValue {
  const interp = c.interp;
  const resultSlot = c.unit.nextHidden++;
  const last = levels.length - 1;
  const { make, emit } = elementStep(c, e);
  const run = (f: Frame, level: number, out: PyValue): void => {
    const L = levels[level];
    const it = level === 0 ? f.locals[0]! : getIter(interp, L.iter!(f));
    f.locals[L.slot] = it;
    const next = typeOf(it).next!;
    const ifs = L.ifs;
    const nifs = ifs.length;
    for (;;) {
      const v = next(interp, it);
      if (v === undefined) break;
      if (++interp.steps >= interp.stepCheckAt) checkLimits(interp);
      if (f.temps.length !== 0) trimTemps(f.temps, 0);
      L.store(f, v);
      let ok = true;
      for (let i = 0; i < nifs; i++) if (!ifs[i](f)) { ok = false; break; }
      if (!ok) continue;
      if (level === last) emit(f, out);
      else run(f, level + 1, out);
    }
  };
  return (f) => {
    const out = make();
    f.locals[resultSlot] = out;
    run(f, 0, out);
    return out;
  };
}

// ---------------------------------------------------------------- async comprehensions

/**
 * The body of an async comprehension: every part may await, and each `async for` level
 * steps with `__anext__`. A list/set/dict one returns its result (its creator awaits
 * the coroutine); an async generator expression yields its elements.
 */
function compileAsyncBody(c: Compiler, e: CompNode): (f: Frame) => Generator<PyValue, PyValue, PyValue> {
  const interp = c.interp;
  const levels = e.generators.map((g, i) => ({
    slot: i === 0 ? 0 : c.unit.nextHidden++,
    isAsync: g.isAsync,
    iter: i === 0 ? null : compileGenExpr(c, g.iter),
    store: compileStore(c, g.target),
    ifs: g.ifs.map((x) => compileGenTest(c, x)),
  }));
  const last = levels.length - 1;
  let emit: (f: Frame, out: PyValue) => Generator<PyValue, void, PyValue>;
  let make: () => PyValue;
  const resultSlot = c.unit.nextHidden++;
  if (e.kind === "GeneratorExp") {
    const y = compileStatementYield(c, { kind: "Yield", value: e.elt, line: e.line, col: e.col });
    make = () => None;
    emit = function* (f) {
      yield* y(f);
    };
  } else if (e.kind === "DictComp") {
    const k = compileGenExpr(c, e.key);
    const v = compileGenExpr(c, e.value);
    make = () => makeDict(interp);
    emit = function* (f, out) {
      const kv = yield* k(f);
      f.temps.push(kv);
      dictSet(interp, out, kv, yield* v(f));
    };
  } else {
    const elt: GenExprFn = compileGenExpr(c, e.elt);
    const isList = e.kind === "ListComp";
    make = () => (isList ? makeList(interp, []) : makeSet(interp, []));
    emit = function* (f, out) {
      const x = yield* elt(f);
      if (isList) listAppend(interp, out, x);
      else setAdd(interp, out, x);
    };
  }
  const run = function* (f: Frame, level: number, out: PyValue): Generator<PyValue, void, PyValue> {
    const L = levels[level];
    let it: PyValue;
    if (level === 0) it = f.locals[0]!;
    else {
      const iterable = yield* L.iter!(f);
      it = L.isAsync ? aiterOf(interp, iterable) : getIter(interp, iterable);
    }
    f.locals[L.slot] = it;
    const next = L.isAsync ? null : typeOf(it).next!;
    for (;;) {
      const v = next === null ? yield* anextOf(interp, it) : next(interp, it);
      if (v === undefined) break;
      if (++interp.steps >= interp.stepCheckAt) checkLimits(interp);
      if (f.temps.length !== 0) trimTemps(f.temps, 0);
      L.store(f, v);
      let ok = true;
      for (let i = 0; i < L.ifs.length; i++) if (!(yield* L.ifs[i](f))) { ok = false; break; }
      if (!ok) continue;
      if (level === last) yield* emit(f, out);
      else yield* run(f, level + 1, out);
    }
  };
  return function* (f) {
    const out = make();
    f.locals[resultSlot] = out;
    yield* run(f, 0, out);
    f.locals[resultSlot] = undefined;
    return out;
  };
}
