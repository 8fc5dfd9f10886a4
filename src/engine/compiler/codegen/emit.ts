// Python function bodies -> JavaScript source (the body of one `(f) => PyValue`).
//
// The emitted text is made only of fixed tokens, numbers and generated identifiers:
// locals are `L[slot]`, values in flight are `tN`, constants `K[i]`, attribute sites
// `S[i]`, global sites `G[i]`, constructor sites `C[i]`, and every node this emitter does not translate itself
// is compiled by the closure compiler and called through `E[i]` (expressions, stores)
// or `Q[i]` (statements, returning a completion code). No name, string or number of
// the program is ever written into the source (index.ts checks the character set).
//
// Every statement keeps the closure compiler's contract exactly: `f.line`, one step
// and the limit check, and `temps` cleared at its start; loops count one step per
// iteration; values held across code that may allocate are pushed onto `temps` at
// the same points as compiler/expr.ts, arith.ts and calls.ts do.

import type { Expr, Stmt } from "../../parser/ast.js";
import type { PyValue } from "../../objects/object.js";
import { AttrSite } from "../../vm/attrs.js";
import type { Compiler } from "../context.js";
import { BREAK, CONTINUE, RETURN, hiddenSlot, resolveName } from "../context.js";
import { compileExpr, compileTest, constantValue, isSimple } from "../expr.js";
import { compileStmt } from "../stmt.js";
import { compileStore } from "../targets.js";
import { CtorSite, GlobalSite } from "./helpers.js";

const LIM = 2 ** 30;

/** What the emitted source is instantiated with (besides the runtime table). */
export interface EmitTables {
  consts: PyValue[];
  attrSites: AttrSite[];
  globalSites: GlobalSite[];
  ctorSites: CtorSite[];
  /** Closure-compiled pieces: expressions, stores and statements. */
  closures: unknown[];
}

interface Loop {
  /** Label of the block holding the loop and its `else` (Python `break` leaves it). */
  brk: string;
  /** Label of the loop itself (Python `continue`). */
  cont: string;
}

const CMP_TEST: Partial<Record<string, string>> = { "<": "ltTest", "<=": "leTest", ">": "gtTest", ">=": "geTest", "==": "eqTest", "!=": "neTest" };
const BIN_KERNEL: Partial<Record<string, string>> = { "+": "addOp", "-": "subOp", "*": "mulOp", "/": "truedivOp", "//": "floordivOp", "%": "modOp" };
const BIN_INDEX: Record<string, number> = { "+": 0, "-": 1, "*": 2, "/": 3, "//": 4, "%": 5, "**": 6, "@": 7, "<<": 8, ">>": 9, "&": 10, "|": 11, "^": 12 };
export const BIN_ORDER = ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"] as const;
export const CMP_ORDER = ["==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"] as const;

export class FunctionEmitter {
  private readonly c: Compiler;
  private out: string[] = [];
  private ntmp = 0;
  private nlabel = 0;
  private loops: Loop[] = [];
  readonly tables: EmitTables = { consts: [], attrSites: [], globalSites: [], ctorSites: [], closures: [] };

  constructor(c: Compiler) {
    this.c = c;
  }

  /** The source of the body function's statements for `body`. */
  emitBody(body: Stmt[]): string {
    this.out.push("const L = f.locals; const T = f.temps;");
    this.block(body);
    this.out.push("return None;");
    return this.out.join("\n");
  }

  // ------------------------------------------------------------ tables

  private tmp(): string {
    return `t${this.ntmp++}`;
  }
  private konst(v: PyValue): string {
    let i = this.tables.consts.indexOf(v);
    if (i < 0) i = this.tables.consts.push(v) - 1;
    return `K[${i}]`;
  }
  private closure(fn: unknown): number {
    return this.tables.closures.push(fn) - 1;
  }
  private emit(line: string): void {
    this.out.push(line);
  }
  /** `if (x is a heap object) push it onto temps`: keeps it alive across what follows. */
  private root(x: string): void {
    if (!x.startsWith("t")) return; // literals and table constants are never heap objects
    this.emit(`if (typeof ${x} === ${this.typeofObject()} && ${x}.size !== 0) T.push(${x});`);
  }
  /** The string "object" without writing a quote: read from the constant table. */
  private typeofObject(): string {
    return "OBJ";
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
      default:
        break;
    }
    this.embedStmt(s);
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
    this.emit(`${loop.brk}: { ${loop.cont}: for (;;) { let ${v};`);
    this.emit(`if (${it} === null) { if (${step} > 0 ? ${i} < ${stop} : ${i} > ${stop}) { ${v} = ${i}; ${i} += ${step}; } else break; }`);
    this.emit(`else { f.line = ${s.line | 0}; ${v} = ${nx}(interp, ${it}); if (${v} === undefined) break; }`);
    this.emit("if (++interp.steps >= interp.stepCheckAt) checkLimits(interp);");
    this.store(s.target, v);
    this.loops.push(loop);
    this.block(s.body);
    this.loops.pop();
    this.emit(`} L[${slot}] = undefined;`);
    this.block(s.orelse);
    this.emit(`} L[${slot}] = undefined;`);
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

  private attrSite(name: string): number {
    return this.tables.attrSites.push(new AttrSite(name)) - 1;
  }

  // ------------------------------------------------------------ expressions

  /** Emit the evaluation of `e`; returns a JS expression (a temporary or a literal) holding its value. */
  expr(e: Expr): string {
    switch (e.kind) {
      case "Constant": {
        const v = constantValue(e);
        // Parenthesized: the value may be used as a receiver (`(1).cls`).
        if (typeof v === "number" && Number.isInteger(v) && v < LIM && v > -LIM) return `(${v | 0})`;
        if (v === true) return "true";
        if (v === false) return "false";
        return this.konst(v);
      }
      case "Name":
        return this.loadName(e.id);
      case "BinOp": {
        const a = this.expr(e.left);
        if (!isSimple(e.right)) this.root(a);
        const b = this.expr(e.right);
        const r = this.tmp();
        const k = BIN_KERNEL[e.op];
        if (k !== undefined) this.emit(`const ${r} = ${k}(interp, ${a}, ${b});`);
        else this.emit(`const ${r} = BIN[${BIN_INDEX[e.op]}](interp, ${a}, ${b});`);
        return r;
      }
      case "UnaryOp": {
        if (e.op === "not") return `!${this.test(e.operand)}`;
        if (e.op === "-") {
          const x = this.expr(e.operand);
          const r = this.tmp();
          this.emit(`const ${r} = negOp(interp, ${x});`);
          return r;
        }
        break;
      }
      case "Compare": {
        if (e.ops.length !== 1) break;
        const a = this.expr(e.left);
        const b = this.expr(e.comparators[0]);
        const r = this.tmp();
        this.emit(`const ${r} = CMPV[${CMP_ORDER.indexOf(e.ops[0])}](interp, ${a}, ${b});`);
        return r;
      }
      case "Attribute": {
        // An instance attribute the class does not define: read from the instance dict
        // while the site's cached lookup (type, version, no class attribute) holds.
        const o = this.expr(e.value);
        const r = this.tmp();
        const s = `S[${this.attrSite(e.attr)}]`;
        this.emit(`let ${r} = ${o} instanceof PyInstance && ${o}.cls === ${s}.type && ${o}.cls.version === ${s}.version && ${s}.descr === null ? ${o}.dict.get(${s}.name) : undefined;`);
        this.emit(`if (${r} === undefined) ${r} = loadAttrAt(interp, ${o}, ${s});`);
        return r;
      }
      case "Subscript": {
        if (e.slice.kind === "Slice") break;
        const o = this.expr(e.value);
        if (!isSimple(e.slice)) this.emit(`T.push(${o});`);
        const k = this.expr(e.slice);
        const r = this.tmp();
        this.emit(`const ${r} = ${o}.cls === listType && typeof ${k} === NUM && ${k} >= 0 && ${k} < ${o}.items.length ? ${o}.items[${k}] : getItem(interp, ${o}, ${k});`);
        return r;
      }
      case "IfExp": {
        const r = this.tmp();
        this.emit(`let ${r};`);
        const t = this.test(e.test);
        this.emit(`if (${t}) {`);
        this.emit(`${r} = ${this.expr(e.body)};`);
        this.emit("} else {");
        this.emit(`${r} = ${this.expr(e.orelse)};`);
        this.emit("}");
        return r;
      }
      case "Call": {
        const r = this.call(e);
        if (r !== null) return r;
        break;
      }
      default:
        break;
    }
    const r = this.tmp();
    this.emit(`const ${r} = E[${this.closure(compileExpr(this.c, e))}](f);`);
    return r;
  }

  /** Emit the truth of `e`; returns a JS boolean expression. */
  test(e: Expr): string {
    if (e.kind === "Compare" && e.ops.length === 1) {
      const op = e.ops[0];
      const kernel = CMP_TEST[op];
      const a = this.expr(e.left);
      if (kernel !== undefined && !isSimple(e.comparators[0])) this.root(a);
      const b = this.expr(e.comparators[0]);
      const r = this.tmp();
      if (kernel !== undefined) this.emit(`const ${r} = ${kernel}(interp, ${a}, ${b});`);
      else if (op === "is") this.emit(`const ${r} = ${a} === ${b};`);
      else if (op === "is not") this.emit(`const ${r} = ${a} !== ${b};`);
      else this.emit(`const ${r} = CMPT[${CMP_ORDER.indexOf(op)}](interp, ${a}, ${b});`);
      return r;
    }
    if (e.kind === "UnaryOp" && e.op === "not") return `!${this.test(e.operand)}`;
    if (e.kind === "BoolOp") {
      // Short-circuit: each operand's code runs only when the ones before did not decide.
      const r = this.tmp();
      const and = e.op === "and";
      this.emit(`let ${r} = ${and ? "true" : "false"};`);
      let depth = 0;
      e.values.forEach((v, k) => {
        const t = this.test(v);
        this.emit(`${r} = ${t};`);
        if (k < e.values.length - 1) {
          this.emit(`if (${and ? "" : "!"}${r}) {`);
          depth++;
        }
      });
      this.emit("}".repeat(depth));
      return r;
    }
    if (e.kind === "Constant") {
      const v = e.value;
      if (v.type === "bool") return v.value ? "true" : "false";
      if (v.type === "int") return v.value !== 0n ? "true" : "false";
    }
    const x = this.expr(e);
    const r = this.tmp();
    this.emit(`const ${r} = typeof ${x} === BOOL ? ${x} : isTruthy(interp, ${x});`);
    return r;
  }

  private loadLocal(slot: number, name: string): string {
    const r = this.tmp();
    this.emit(`const ${r} = L[${slot}]; if (${r} === undefined) raiseUnboundLocal(interp, ${this.konstName(name)});`);
    return r;
  }

  /** A name for an error message: kept in the constant table as a JS string, never in the source. */
  private konstName(name: string): string {
    return `NAMES[${this.nameIndex(name)}]`;
  }
  readonly names: string[] = [];
  private nameIndex(name: string): number {
    let i = this.names.indexOf(name);
    if (i < 0) i = this.names.push(name) - 1;
    return i;
  }

  private loadName(name: string): string {
    const ref = resolveName(this.c, name);
    if (ref.kind === "local") return this.loadLocal(ref.slot, name);
    if (ref.kind === "global") {
      const r = this.tmp();
      const g = this.tables.globalSites.push(new GlobalSite(name)) - 1;
      this.emit(`const ${r} = loadGlobal(interp, f, G[${g}]);`);
      return r;
    }
    const r = this.tmp();
    this.emit(`const ${r} = E[${this.closure(compileExpr(this.c, { kind: "Name", id: name, ctx: "load", line: 0, col: 0 } as Expr))}](f);`);
    return r;
  }

  /** Calls with positional arguments only: f(a, b) and o.m(a, b). Null: not handled here. */
  private call(e: Expr & { kind: "Call" }): string | null {
    if (e.keywords.length !== 0 || e.args.some((a) => a.kind === "Starred")) return null;
    if (e.func.kind === "Name" && e.func.id === "super") return null;
    const root = !e.args.every(isSimple);
    const n = e.args.length;
    if (e.func.kind === "Attribute") {
      const o = this.expr(e.func.value);
      this.root(o);
      const args = this.args(e.args, root);
      const r = this.tmp();
      const m = this.tmp();
      const nl = this.tmp();
      const s = `S[${this.attrSite(e.func.attr)}]`;
      // A Python method found through the site's cache, not shadowed by the instance dict.
      this.emit(`const ${m} = ${o} instanceof PyInstance && ${o}.cls === ${s}.type && ${o}.cls.version === ${s}.version ? ${s}.descr : null; let ${r};`);
      this.emit(`if (${m} instanceof PyFunction && ${m}.code.simple && ${m}.code.argcount === ${n + 1} && (${o}.dict.size === 0 || !${o}.dict.has(${s}.name))) {`);
      this.emit(`const ${nl} = new Array(${m}.code.nlocals); ${nl}[0] = ${o}; ${args.map((a, k) => `${nl}[${k + 1}] = ${a};`).join(" ")} ${r} = callPrepared(interp, ${m}, ${nl});`);
      this.emit(`} else ${r} = callMethodAt(interp, ${o}, ${s}, [${args.join(", ")}]);`);
      return r;
    }
    const g = this.expr(e.func);
    if (root) this.root(g);
    const args = this.args(e.args, root);
    const r = this.tmp();
    const nl = this.tmp();
    // A Python function taking exactly these positional parameters: a fresh frame's locals, no argument array.
    const ci0 = this.tmp();
    this.emit(`let ${ci0} = null; let ${r}; if (${g} instanceof PyFunction && ${g}.code.simple && ${g}.code.argcount === ${n}) {`);
    this.emit(`const ${nl} = new Array(${g}.code.nlocals); ${args.map((a, k) => `${nl}[${k}] = ${a};`).join(" ")} ${r} = callPrepared(interp, ${g}, ${nl});`);
    this.emit(`} else if (${g} instanceof PyBuiltinFunction) ${r} = ${g}.fn(interp, [${args.join(", ")}], null);`);
    // A plain class with a Python __init__ taking these arguments: arguments, then the instance.
    const ci = ci0;
    const ob = this.tmp();
    const rv = this.tmp();
    this.emit(`else if (${g} instanceof PyType && (${ci} = ctorInit(C[${this.tables.ctorSites.push(new CtorSite()) - 1}], ${g})) !== null && ${ci}.code.simple && ${ci}.code.argcount === ${n + 1}) {`);
    this.emit(`const ${nl} = new Array(${ci}.code.nlocals); ${args.map((a, k) => `${nl}[${k + 1}] = ${a};`).join(" ")} const ${ob} = newInstance(interp, ${g}); ${nl}[0] = ${ob};`);
    this.emit(`const ${rv} = callPrepared(interp, ${ci}, ${nl}); if (${rv} !== None) initReturned(interp, ${rv}); ${r} = ${ob}; }`);
    this.emit(`else ${r} = callGeneric(interp, ${g}, [${args.join(", ")}], null);`);
    return r;
  }

  private args(args: Expr[], root: boolean): string[] {
    return args.map((a) => {
      const x = this.expr(a);
      if (root) this.root(x);
      return x;
    });
  }
}
