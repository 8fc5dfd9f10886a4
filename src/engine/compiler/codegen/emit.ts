// Python function bodies -> JavaScript source (the body of one `(f) => PyValue`).
//
// The emitted text is made only of fixed tokens, numbers and generated identifiers:
// locals are `L[slot]`, values in flight are `tN`, constants `K[i]`, attribute sites
// `S[i]`, global sites `G[i]`, constructor sites `C[i]`, and every node this emitter
// does not translate itself is compiled by the closure compiler and called through
// `E[i]` (expressions, stores) or `Q[i]` (statements, returning a completion code). No name, string or number of
// the program is ever written into the source (index.ts checks the character set).
//
// Every statement keeps the closure compiler's contract exactly: `f.line`, one step
// and the limit check, and `temps` cleared at its start; loops count one step per
// iteration; values held across code that may allocate are pushed onto `temps` at
// the same points as compiler/expr.ts, arith.ts and calls.ts do.

import type { Expr, Stmt } from "../../parser/ast.js";
import type { Compiler } from "../context.js";
import { PySyntaxError } from "../../parser/errors.js";
import { BREAK, CONTINUE, RETURN, hiddenSlot, resolveName } from "../context.js";
import { isSimple } from "../expr.js";
import { compileStmt } from "../stmt.js";
import { compileStore } from "../targets.js";
import { BIN_INDEX, ExprEmitter } from "./expr-emit.js";

interface Loop {
  /** Label of the block holding the loop and its `else` (Python `break` leaves it). */
  brk: string;
  /** Label of the loop itself (Python `continue`). */
  cont: string;
}

/** Nodes opening a scope of their own: nothing in them can unbind this function's locals. */
const NESTED_SCOPES = new Set(["FunctionDef", "ClassDef", "Lambda", "ListComp", "SetComp", "DictComp", "GeneratorExp"]);

/** Every name a `del` or an `except ... as` in this scope may unbind (any target of that name: conservative). */
function namesUnbound(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const x of node) namesUnbound(x, out);
  } else if (typeof node === "object" && node !== null) {
    const n = node as { kind?: string; targets?: Expr[]; name?: unknown; type?: unknown; body?: unknown };
    if (n.kind !== undefined && NESTED_SCOPES.has(n.kind)) return out;
    if (n.kind === "Delete") {
      const walk = (t: Expr): void => {
        if (t.kind === "Name") out.add(t.id);
        else if (t.kind === "Tuple" || t.kind === "List") t.elts.forEach(walk);
      };
      n.targets!.forEach(walk);
    }
    // An except handler: has a body, a type and a name (string or null), no kind.
    if (n.kind === undefined && typeof n.name === "string" && "type" in n && "body" in n) out.add(n.name);
    for (const v of Object.values(node)) if (typeof v === "object" && v !== null) namesUnbound(v, out);
  }
  return out;
}

export class FunctionEmitter extends ExprEmitter {
  private nlabel = 0;
  private loops: Loop[] = [];

  /** The source of the body function's statements for `body`. */
  emitBody(body: Stmt[]): string {
    const sc = this.c.unit.scope;
    if (sc.kind === "function") {
      // A parameter is bound on entry; only `del` and `except ... as` can unbind it.
      const unbinding = namesUnbound(body);
      for (const p of sc.params) {
        const slot = sc.slots.get(p);
        if (slot !== undefined && !unbinding.has(p)) this.alwaysBound.add(slot);
      }
    }
    this.out.push("const L = f.locals; const T = f.temps;");
    this.block(body);
    this.out.push("return None;");
    return this.out.join("\n");
  }

  /**
   * The body of a list/set/dict comprehension (functions.ts compileComprehension's
   * order): the result in its hidden slot, each level's iterator in its slot, one step and
   * temps cleared per item, the target stored, the conditions tested, the element added.
   */
  emitComprehension(e: Expr & { kind: "ListComp" | "SetComp" | "DictComp" }, slots: number[], resultSlot: number): string {
    this.out.push("const L = f.locals; const T = f.temps;");
    const out = this.tmp();
    const make = e.kind === "ListComp" ? "makeList(interp, [])" : e.kind === "SetComp" ? "makeSet(interp, [])" : "makeDict(interp)";
    this.emit(`const ${out} = ${make}; L[${resultSlot}] = ${out};`);
    this.comprehensionLevel(e, 0, slots, out);
    this.emit(`return ${out};`);
    return this.out.join("\n");
  }

  private comprehensionLevel(e: Expr & { kind: "ListComp" | "SetComp" | "DictComp" }, level: number, slots: number[], out: string): void {
    const g = e.generators[level];
    const it = this.tmp();
    const nx = this.tmp();
    const v = this.tmp();
    const label = `C${this.nlabel++}`;
    if (level === 0) this.emit(`const ${it} = L[0];`);
    else this.emit(`const ${it} = getIter(interp, ${this.expr(g.iter)});`);
    this.emit(`L[${slots[level]}] = ${it}; const ${nx} = typeOf(${it}).next;`);
    this.emit(`${label}: for (;;) { const ${v} = ${nx}(interp, ${it}); if (${v} === undefined) break;`);
    this.emit("if (++interp.steps >= interp.stepCheckAt) checkLimits(interp); if (T.length !== 0) trimTemps(T, 0);");
    this.store(g.target, v);
    for (const cond of g.ifs) this.emit(`if (!${this.test(cond)}) continue ${label};`);
    if (level < e.generators.length - 1) {
      this.comprehensionLevel(e, level + 1, slots, out);
    } else if (e.kind === "DictComp") {
      const k = this.expr(e.key);
      this.emit(`T.push(${k});`);
      this.emit(`dictSet(interp, ${out}, ${k}, ${this.expr(e.value)});`);
    } else {
      this.emit(`${e.kind === "ListComp" ? "listAppend" : "setAdd"}(interp, ${out}, ${this.expr(e.elt)});`);
    }
    this.emit("}");
  }

  // ------------------------------------------------------------ statements

  private block(body: Stmt[]): void {
    for (const s of body) {
      this.emit(`f.line = ${s.line | 0}; if (++interp.steps >= interp.stepCheckAt) checkLimits(interp); if (T.length !== 0) trimTemps(T, 0);`);
      this.stmt(s);
    }
  }

  /** A statement the closure compiler runs: its completion code becomes break/continue/return. */
  private embedStmt(s: Stmt): void {
    const i = this.closure(compileStmt(this.c, s));
    const r = this.tmp();
    const loop = this.loops[this.loops.length - 1];
    let dispatch = `if (${r} === ${RETURN}) return f.retval;`;
    if (loop !== undefined) dispatch += ` if (${r} === ${BREAK}) break ${loop.brk}; if (${r} === ${CONTINUE}) continue ${loop.cont};`;
    this.emit(`const ${r} = Q[${i}](f); if (${r} !== 0) { ${dispatch} }`);
  }

  private stmt(s: Stmt): void {
    switch (s.kind) {
      case "Expr":
        this.expr(s.value);
        return;
      case "Pass":
      case "Global":
      case "Nonlocal":
        return;
      case "Return":
        if (this.c.unit.scope.kind !== "function" && this.c.unit.scope.kind !== "comprehension") {
          throw new PySyntaxError("SyntaxError", "'return' outside function", s.line, s.col + 1);
        }
        if (s.value === null) this.emit("return None;");
        else this.emit(`return ${this.expr(s.value)};`);
        return;
      case "Break":
        this.emit(`break ${this.loops[this.loops.length - 1].brk};`);
        return;
      case "Continue":
        this.emit(`continue ${this.loops[this.loops.length - 1].cont};`);
        return;
      case "If": {
        const t = this.test(s.test);
        this.emit(`if (${t}) {`);
        this.block(s.body);
        if (s.orelse.length > 0) {
          this.emit("} else {");
          this.block(s.orelse);
        }
        this.emit("}");
        return;
      }
      case "While": {
        const loop = this.newLoop();
        this.emit(`${loop.brk}: { ${loop.cont}: for (;;) {`);
        const t = this.test(s.test);
        this.emit(`if (!${t}) break; if (++interp.steps >= interp.stepCheckAt) checkLimits(interp);`);
        this.loops.push(loop);
        this.block(s.body);
        this.loops.pop();
        this.emit("}");
        this.block(s.orelse);
        this.emit("}");
        return;
      }
      case "For":
        if (s.isAsync) break;
        this.forStmt(s);
        return;
      case "Assign":
        if (this.assign(s.targets, s.value)) return;
        break;
      case "AugAssign":
        if (this.augAssign(s)) return;
        break;
      case "Try":
        if (this.tryExcept(s)) return;
        break;
      default:
        break;
    }
    this.embedStmt(s);
  }

  /**
   * `try`/`except`/`else` without `finally`, handlers binding nothing or a local
   * (stmt.ts compileTry's order: traceback entry, exception rooted, handlers matched in
   * order, `handled` set while one runs and restored after, `as` name cleared after).
   */
  private tryExcept(s: Stmt & { kind: "Try" }): boolean {
    if (s.finalbody.length > 0 || s.handlers.length === 0 || s.star === true) return false;
    const slots: number[] = [];
    for (const h of s.handlers) {
      if (h.name === null) slots.push(-1);
      else {
        const ref = resolveName(this.c, h.name);
        if (ref.kind !== "local") return false;
        slots.push(ref.slot);
      }
    }
    const done = `X${this.nlabel++}`;
    const e = this.tmp();
    const x = this.tmp();
    this.emit(`${done}: { try {`);
    this.block(s.body);
    this.emit(`} catch (${e}) {`);
    this.emit(`const ${x} = asPyException(interp, ${e}); addTraceback(${x}, f); T.push(${x});`);
    s.handlers.forEach((h, k) => {
      if (h.type !== null) {
        const ty = this.expr(h.type);
        this.emit(`if (exceptionMatches(interp, ${x}, ${ty})) {`);
      } else {
        this.emit("{");
      }
      const saved = this.tmp();
      const e2 = this.tmp();
      const clear = slots[k] >= 0 ? ` L[${slots[k]}] = undefined;` : "";
      this.emit(`const ${saved} = f.handled; f.handled = ${x};${slots[k] >= 0 ? ` L[${slots[k]}] = ${x};` : ""}`);
      this.emit("try {");
      this.block(h.body);
      this.emit(`} catch (${e2}) { setContext(${e2}, ${x}); throw ${e2}; } finally { f.handled = ${saved};${clear} }`);
      this.emit(`break ${done}; }`);
    });
    this.emit(`throw ${x}; }`);
    this.block(s.orelse);
    this.emit("}");
    return true;
  }

  private newLoop(): Loop {
    const n = this.nlabel++;
    return { brk: `B${n}`, cont: `C${n}` };
  }

  /** `for target in iter`: range(...) counts in JS, anything else through its iterator. */
  private forStmt(s: Stmt & { kind: "For" }): void {
    const slot = hiddenSlot(this.c);
    const it = this.tmp();
    const nx = this.tmp();
    const v = this.tmp();
    const iter = s.iter;
    const loop = this.newLoop();
    const isRange = iter.kind === "Call" && iter.func.kind === "Name" && iter.func.id === "range" && iter.keywords.length === 0 &&
      iter.args.length >= 1 && iter.args.length <= 3 && iter.args.every((a) => a.kind !== "Starred");
    const i = this.tmp();
    const stop = this.tmp();
    const step = this.tmp();
    this.emit(`let ${it} = null, ${nx} = null, ${i} = 0, ${stop} = 0, ${step} = 1;`);
    if (isRange) {
      const call = iter as Expr & { kind: "Call" };
      const r = this.loadName("range");
      const a = call.args.map((x) => this.expr(x));
      const a0 = a[0];
      const a1 = a.length > 1 ? a[1] : "0";
      const a2 = a.length > 2 ? a[2] : "1";
      this.emit(`if (${r} !== rangeType || typeof ${a0} !== NUM || typeof ${a1} !== NUM || typeof ${a2} !== NUM || ${a2} === 0) {`);
      this.emit(`${it} = getIter(interp, callGeneric(interp, ${r}, [${a.join(", ")}], null)); L[${slot}] = ${it}; ${nx} = typeOf(${it}).next;`);
      this.emit(`} else { ${i} = ${a.length === 1 ? "0" : a0}; ${stop} = ${a.length === 1 ? a0 : a1}; ${step} = ${a2}; }`);
    } else {
      const x = this.expr(iter);
      this.emit(`${it} = getIter(interp, ${x}); L[${slot}] = ${it}; ${nx} = typeOf(${it}).next;`);
    }
    // The slot is emptied however the loop is left, an exception included (one try per loop).
    this.emit(`${loop.brk}: { try { ${loop.cont}: for (;;) { let ${v};`);
    this.emit(`if (${it} === null) { if (${step} > 0 ? ${i} < ${stop} : ${i} > ${stop}) { ${v} = ${i}; ${i} += ${step}; } else break; }`);
    this.emit(`else { f.line = ${s.line | 0}; ${v} = ${nx}(interp, ${it}); if (${v} === undefined) break; }`);
    this.emit("if (++interp.steps >= interp.stepCheckAt) checkLimits(interp);");
    this.store(s.target, v);
    this.loops.push(loop);
    this.block(s.body);
    this.loops.pop();
    this.emit(`} } finally { L[${slot}] = undefined; }`);
    this.block(s.orelse);
    this.emit("}");
  }

  private assign(targets: Expr[], value: Expr): boolean {
    if (targets.length !== 1) return false;
    const t = targets[0];
    if ((t.kind === "Tuple" || t.kind === "List") && value.kind === "Tuple" && t.elts.length === value.elts.length &&
      !t.elts.some((e) => e.kind === "Starred") && !value.elts.some((e) => e.kind === "Starred")) {
      // `a, b = x, y`: no tuple is built (stmt.ts's form).
      const vals = value.elts.map((e) => {
        const x = this.expr(e);
        this.root(x);
        return x;
      });
      t.elts.forEach((e, k) => this.store(e, vals[k]));
      return true;
    }
    if (t.kind === "Tuple" || t.kind === "List" || t.kind === "Starred") return false;
    const v = this.expr(value);
    this.store(t, v);
    return true;
  }

  private augAssign(s: Stmt & { kind: "AugAssign" }): boolean {
    if (s.target.kind !== "Name") return false;
    const ref = resolveName(this.c, s.target.id);
    if (ref.kind !== "local") return false;
    const kernel = s.op === "+" ? "iaddOp" : s.op === "-" ? "isubOp" : s.op === "*" ? "imulOp" : null;
    const a = this.loadLocal(ref.slot, s.target.id);
    const v = this.expr(s.value);
    if (kernel !== null) this.emit(`L[${ref.slot}] = ${kernel}(interp, ${a}, ${v});`);
    else this.emit(`L[${ref.slot}] = INPLACE[${BIN_INDEX[s.op]}](interp, ${a}, ${v});`);
    return true;
  }

  /** Store the value held in JS variable `v` into target `t`. */
  private store(t: Expr, v: string): void {
    if (t.kind === "Name") {
      const ref = resolveName(this.c, t.id);
      if (ref.kind === "local") {
        this.emit(`L[${ref.slot}] = ${v};`);
        return;
      }
      if (ref.kind === "global") {
        this.emit(`f.globals.set(${this.konstName(t.id)}, ${v});`);
        return;
      }
    } else if (t.kind === "Attribute") {
      const o = this.expr(t.value);
      const s = `S[${this.attrSite(t.attr)}]`;
      const d = this.tmp();
      const n = this.tmp();
      this.emit(`if (${o} instanceof PyInstance && ${o}.cls === ${s}.type && ${o}.cls.version === ${s}.version && ${s}.descr === null && ${o}.cls.setattr === undefined) {`);
      this.emit(`const ${d} = ${o}.dict; const ${n} = ${d}.size; ${d}.set(${s}.name, ${v}); if (${d}.size !== ${n}) interp.heap.resize(${o}, ${o}.size + 16);`);
      this.emit(`} else storeAttrAt(interp, ${o}, ${s}, ${v});`);
      return;
    } else if (t.kind === "Subscript" && t.slice.kind !== "Slice") {
      const o = this.expr(t.value);
      if (!isSimple(t.slice)) this.root(o);
      const k = this.expr(t.slice);
      this.emit(`if (${o}.cls === listType && typeof ${k} === NUM && ${k} >= 0 && ${k} < ${o}.items.length) ${o}.items[${k}] = ${v}; else setItem(interp, ${o}, ${k}, ${v});`);
      return;
    }
    this.emit(`E[${this.closure(compileStore(this.c, t))}](f, ${v});`);
  }

}
