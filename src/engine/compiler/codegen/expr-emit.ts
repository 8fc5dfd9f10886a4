// Expressions -> JavaScript (the half of the emitter that statements build on): each
// expression's evaluation is emitted as `const tN = ...;` lines and its value named by the
// returned JS expression (a temporary, a parenthesized small int, or a table entry).
// See emit.ts for the rules every emitted line follows.

import type { Expr } from "../../parser/ast.js";
import type { PyValue } from "../../objects/object.js";
import { AttrSite } from "../../vm/attrs.js";
import type { Compiler } from "../context.js";
import { resolveName } from "../context.js";
import { compileExpr, constantValue, isSimple } from "../expr.js";
import { CtorSite, GlobalSite } from "./helpers.js";
import { callSite } from "../../vm/caret.js";

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

const CMP_TEST: Partial<Record<string, string>> = { "<": "ltTest", "<=": "leTest", ">": "gtTest", ">=": "geTest", "==": "eqTest", "!=": "neTest" };
const BIN_KERNEL: Partial<Record<string, string>> = { "+": "addOp", "-": "subOp", "*": "mulOp", "/": "truedivOp", "//": "floordivOp", "%": "modOp" };
export const BIN_ORDER = ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"] as const;
export const CMP_ORDER = ["==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"] as const;
export const BIN_INDEX: Record<string, number> = Object.fromEntries(BIN_ORDER.map((op, i) => [op, i]));

export class ExprEmitter {
  protected readonly c: Compiler;
  protected out: string[] = [];
  private ntmp = 0;
  readonly tables: EmitTables = { consts: [], attrSites: [], globalSites: [], ctorSites: [], closures: [] };
  /** Slots that can never be unbound (parameters never deleted nor bound by `except ... as`): read without a check. */
  protected alwaysBound = new Set<number>();
  /** Names for error messages (UnboundLocalError), read as `NAMES[i]`. */
  readonly names: string[] = [];

  constructor(c: Compiler) {
    this.c = c;
  }

  // ------------------------------------------------------------ tables

  protected tmp(): string {
    return `t${this.ntmp++}`;
  }
  protected konst(v: PyValue): string {
    let i = this.tables.consts.indexOf(v);
    if (i < 0) i = this.tables.consts.push(v) - 1;
    return `K[${i}]`;
  }
  protected closure(fn: unknown): number {
    return this.tables.closures.push(fn) - 1;
  }
  protected emit(line: string): void {
    this.out.push(line);
  }
  /** `if (x is a heap object) push it onto temps`: keeps it alive across what follows. */
  protected root(x: string): void {
    if (!x.startsWith("t")) return; // literals and table constants are never heap objects
    this.emit(`if (typeof ${x} === ${this.typeofObject()} && ${x}.size !== 0) T.push(${x});`);
  }
  /** The string "object" without writing a quote: read from the constant table. */
  protected typeofObject(): string {
    return "OBJ";
  }

  protected attrSite(name: string): number {
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
      case "List":
      case "Tuple": {
        if (e.elts.length === 0 || e.elts.some((x) => x.kind === "Starred")) break;
        // compileItems: items rooted as they come unless all are names/constants (or just one).
        const rootItems = !(e.elts.every(isSimple) || e.elts.length === 1);
        const items = e.elts.map((x) => {
          const v = this.expr(x);
          if (rootItems) this.root(v);
          return v;
        });
        const r = this.tmp();
        this.emit(`const ${r} = ${e.kind === "List" ? "makeList" : "makeTuple"}(interp, [${items.join(", ")}]);`);
        return r;
      }
      case "BoolOp": {
        // The value of the first operand that decides, as compileBoolOp.
        const r = this.tmp();
        const and = e.op === "and";
        this.emit(`let ${r};`);
        let depth = 0;
        e.values.forEach((v, k) => {
          this.emit(`${r} = ${this.expr(v)};`);
          if (k < e.values.length - 1) {
            this.emit(`if (${and ? "" : "!"}(typeof ${r} === BOOL ? ${r} : isTruthy(interp, ${r}))) {`);
            depth++;
          }
        });
        this.emit("}".repeat(depth));
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

  protected loadLocal(slot: number, name: string): string {
    const r = this.tmp();
    if (this.alwaysBound.has(slot)) this.emit(`const ${r} = L[${slot}];`);
    else this.emit(`const ${r} = L[${slot}]; if (${r} === undefined) raiseUnboundLocal(interp, ${this.konstName(name)});`);
    return r;
  }

  /** A name for an error message: kept in the constant table as a JS string, never in the source. */
  protected konstName(name: string): string {
    return `NAMES[${this.nameIndex(name)}]`;
  }
  protected nameIndex(name: string): number {
    let i = this.names.indexOf(name);
    if (i < 0) i = this.names.push(name) - 1;
    return i;
  }

  protected loadName(name: string): string {
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
  protected call(e: Expr & { kind: "Call" }): string | null {
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
      this.emit(`f.site = ${callSite(e)};`); // which call of the line is running (vm/caret.ts)
      // A Python method found through the site's cache, not shadowed by the instance dict.
      this.emit(`const ${m} = ${o} instanceof PyInstance && ${o}.cls === ${s}.type && ${o}.cls.version === ${s}.version ? ${s}.descr : null; let ${r};`);
      this.emit(`if (${m} instanceof PyFunction && ${m}.code.simple && ${m}.code.argcount === ${n + 1} && (${o}.dict.size === 0 || !${o}.dict.has(${s}.name))) {`);
      this.emit(`const ${nl} = new Array(${m}.code.nlocals); ${nl}[0] = ${o}; ${args.map((a, k) => `${nl}[${k + 1}] = ${a};`).join(" ")} ${r} = callPrepared(interp, ${m}, ${nl});`);
      this.emit(`} else ${r} = callMethodAt(interp, ${s}, [${[o, ...args].join(", ")}]);`);
      return r;
    }
    const g = this.expr(e.func);
    if (root) this.root(g);
    const args = this.args(e.args, root);
    const r = this.tmp();
    const nl = this.tmp();
    this.emit(`f.site = ${callSite(e)};`); // which call of the line is running (vm/caret.ts)
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

  protected args(args: Expr[], root: boolean): string[] {
    return args.map((a) => {
      const x = this.expr(a);
      if (root) this.root(x);
      return x;
    });
  }
}