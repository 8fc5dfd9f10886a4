// Scope analysis: decides, before any code is generated, where every name lives.
//
//   module scope        every name is a global (module dict)
//   function scope      assigned names (and parameters) are locals -> slot indices;
//                       names captured by nested functions become cells; names of
//                       enclosing functions used here are free variables (cells
//                       handed over in the closure); `global`/`nonlocal` override
//   class scope         assigned names live in the class namespace (a Map); names of
//                       enclosing functions are free variables; nested functions
//                       skip the class scope (Python's rule), except for the implicit
//                       `__class__` cell that zero-argument super() reads
//   comprehension       a function scope of its own (CPython 3.11), whose parameter
//                       ".0" is the iterator of the first `for`; walrus targets bind
//                       in the enclosing function/module instead
//
// Pass 1 collects assigned/used/declared names per scope; pass 2 resolves free
// variables top-down and assigns slots and cell indices.

import type { Arguments, Comprehension, Expr, Module, Pattern, Stmt } from "../parser/ast.js";
import { assertNever } from "../parser/ast.js";
import { PySyntaxError } from "../parser/errors.js";

export type ScopeKind = "module" | "function" | "class" | "comprehension";

export class Scope {
  kind: ScopeKind;
  name: string;
  qualname: string;
  parent: Scope | null;
  children: Scope[] = [];
  assigned = new Set<string>();
  used = new Set<string>();
  globals = new Set<string>();
  nonlocals = new Set<string>();
  /** Where each `nonlocal` (or `global`) name was first declared (line, 1-based column), for the resolution error. */
  nonlocalAt = new Map<string, [number, number]>();
  /** Parameter names in slot order (positional, keyword-only, *args, **kwargs). */
  params: string[] = [];
  isGenerator = false;
  /**
   * `async def` (with isGenerator: an async generator), or a comprehension that awaits
   * (`await`, `async for`, or an async comprehension inside it): a list/set/dict
   * comprehension is then a coroutine its creator awaits, a generator expression an
   * async generator.
   */
  isCoroutine = false;
  /** Where a comprehension starts (line, 1-based column), for the async SyntaxError. */
  at: [number, number] = [0, 0];
  /** The first `return value` (line, 1-based column): an error in an async generator. */
  returnAt: [number, number] | null = null;
  /** A function that reads `super` or `__class__` (needs the class cell). */
  usesClassCell = false;
  /** A class scope whose methods need the `__class__` cell. */
  hasClassCell = false;
  // ---- results of resolution
  locals = new Set<string>();
  cellVars: string[] = [];
  freeVars: string[] = [];
  /** Name -> slot index (function/comprehension scopes). */
  slots = new Map<string, number>();
  slotNames: string[] = [];
  constructor(kind: ScopeKind, name: string, parent: Scope | null) {
    this.kind = kind;
    this.name = name;
    this.parent = parent;
    if (parent !== null) parent.children.push(this);
    if (parent === null || parent.kind === "module") this.qualname = name;
    else if (parent.kind === "class" || parent.kind === "comprehension") this.qualname = `${parent.qualname}.${name}`; // 3.11: no <locals> after <listcomp>
    else this.qualname = `${parent.qualname}.<locals>.${name}`;
  }

  isFunctionLike(): boolean {
    return this.kind === "function" || this.kind === "comprehension";
  }

  /** Index into frame.cells of an own cell or free variable, or -1. */
  cellIndex(name: string): number {
    const i = this.cellVars.indexOf(name);
    if (i >= 0) return i;
    const j = this.freeVars.indexOf(name);
    return j >= 0 ? this.cellVars.length + j : -1;
  }
}

/** Scopes by the AST node that opens them (Module, FunctionDef, Lambda, ClassDef, comprehensions). */
export type ScopeMap = Map<object, Scope>;

export function analyzeModule(mod: Module): ScopeMap {
  const map: ScopeMap = new Map();
  const top = new Scope("module", "<module>", null);
  map.set(mod, top);
  const b = new Builder(map);
  for (const s of mod.body) b.stmt(s, top);
  for (const sc of map.values()) {
    if (sc.kind === "function" && sc.isCoroutine && sc.isGenerator && sc.returnAt !== null) {
      throw new PySyntaxError("SyntaxError", "'return' with value in async generator", sc.returnAt[0], sc.returnAt[1]);
    }
  }
  for (const sc of map.values()) computeLocals(sc);
  resolve(top);
  return map;
}

function computeLocals(sc: Scope): void {
  if (!sc.isFunctionLike()) return;
  for (const p of sc.params) sc.locals.add(p);
  for (const n of sc.assigned) if (!sc.globals.has(n) && !sc.nonlocals.has(n)) sc.locals.add(n);
}

class Builder {
  constructor(private map: ScopeMap) {}
  /** Loops enclosing the statement being walked, within the current function or class body. */
  private loopDepth = 0;

  private inLoop(f: () => void): void {
    this.loopDepth++;
    f();
    this.loopDepth--;
  }

  private inNewUnit(f: () => void): void {
    const saved = this.loopDepth;
    this.loopDepth = 0;
    f();
    this.loopDepth = saved;
  }

  stmts(body: Stmt[], sc: Scope): void {
    for (const s of body) this.stmt(s, sc);
  }

  stmt(s: Stmt, sc: Scope): void {
    switch (s.kind) {
      case "FunctionDef": {
        for (const d of s.decorators) this.expr(d, sc);
        this.argDefaults(s.args, sc);
        this.argAnnotations(s.args, s.returns, sc);
        sc.assigned.add(s.name);
        const fs = new Scope("function", s.name, sc);
        fs.isCoroutine = s.isAsync;
        this.map.set(s, fs);
        this.params(s.args, fs);
        this.inNewUnit(() => this.stmts(s.body, fs));
        return;
      }
      case "ClassDef": {
        for (const d of s.decorators) this.expr(d, sc);
        for (const e of s.bases) this.expr(e, sc);
        for (const k of s.keywords) this.expr(k.value, sc);
        sc.assigned.add(s.name);
        const cs = new Scope("class", s.name, sc);
        this.map.set(s, cs);
        this.inNewUnit(() => this.stmts(s.body, cs));
        return;
      }
      case "Return":
        if (s.value && sc.returnAt === null) sc.returnAt = [s.line, s.col + 1];
        if (s.value) this.expr(s.value, sc);
        return;
      case "Delete":
        for (const t of s.targets) this.expr(t, sc);
        return;
      case "Assign":
        for (const t of s.targets) this.expr(t, sc);
        this.expr(s.value, sc);
        return;
      case "AugAssign":
        this.expr(s.target, sc);
        if (s.target.kind === "Name") sc.used.add(s.target.id);
        this.expr(s.value, sc);
        return;
      case "AnnAssign":
        this.expr(s.target, sc);
        if (s.value) this.expr(s.value, sc);
        // Evaluated only at module and class level (CPython 3.11 without `from __future__ import annotations`).
        if (sc.kind === "module" || sc.kind === "class") this.expr(s.annotation, sc);
        return;
      case "For":
        if (s.isAsync) asyncStatement(sc, "'async for'", s.line, s.col);
        this.expr(s.target, sc);
        this.expr(s.iter, sc);
        this.inLoop(() => this.stmts(s.body, sc));
        this.stmts(s.orelse, sc);
        return;
      case "While":
      case "If":
        this.expr(s.test, sc);
        this.inLoop(() => this.stmts(s.body, sc));
        this.stmts(s.orelse, sc);
        return;
      case "With":
        if (s.isAsync) asyncStatement(sc, "'async with'", s.line, s.col);
        for (const it of s.items) {
          this.expr(it.contextExpr, sc);
          if (it.optionalVars) this.expr(it.optionalVars, sc);
        }
        this.stmts(s.body, sc);
        return;
      case "Raise":
        if (s.exc) this.expr(s.exc, sc);
        if (s.cause) this.expr(s.cause, sc);
        return;
      case "Try":
        this.stmts(s.body, sc);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type, sc);
          if (h.name !== null) sc.assigned.add(h.name);
          this.stmts(h.body, sc);
        }
        this.stmts(s.orelse, sc);
        this.stmts(s.finalbody, sc);
        return;
      case "Assert":
        this.expr(s.test, sc);
        if (s.msg) this.expr(s.msg, sc);
        return;
      case "Import":
        for (const a of s.names) sc.assigned.add(a.asname ?? a.name.split(".")[0]);
        return;
      case "ImportFrom":
        for (const a of s.names) if (a.name !== "*") sc.assigned.add(a.asname ?? a.name);
        return;
      case "Global":
        for (const n of s.names) {
          if (sc.kind !== "module" && (sc.assigned.has(n) || sc.used.has(n))) {
            const used = sc.assigned.has(n) ? "assigned to before" : "used prior to";
            throw new PySyntaxError("SyntaxError", `name '${n}' is ${used} global declaration`, s.line, s.col + 1);
          }
          if (sc.nonlocals.has(n)) {
            const at = sc.nonlocalAt.get(n)!;
            throw new PySyntaxError("SyntaxError", `name '${n}' is nonlocal and global`, at[0], at[1]);
          }
          if (sc.params.includes(n)) throw new PySyntaxError("SyntaxError", `name '${n}' is parameter and global`, s.line, s.col + 1);
          sc.globals.add(n);
          if (!sc.nonlocalAt.has(n)) sc.nonlocalAt.set(n, [s.line, s.col + 1]);
        }
        return;
      case "Nonlocal":
        if (sc.kind === "module") throw new PySyntaxError("SyntaxError", "nonlocal declaration not allowed at module level", s.line, s.col + 1);
        for (const n of s.names) {
          if (sc.assigned.has(n) || sc.used.has(n)) {
            const used = sc.assigned.has(n) ? "assigned to before" : "used prior to";
            throw new PySyntaxError("SyntaxError", `name '${n}' is ${used} nonlocal declaration`, s.line, s.col + 1);
          }
          if (sc.globals.has(n)) {
            const at = sc.nonlocalAt.get(n)!;
            throw new PySyntaxError("SyntaxError", `name '${n}' is nonlocal and global`, at[0], at[1]);
          }
          if (sc.params.includes(n)) throw new PySyntaxError("SyntaxError", `name '${n}' is parameter and nonlocal`, s.line, s.col + 1);
          sc.nonlocals.add(n);
          if (!sc.nonlocalAt.has(n)) sc.nonlocalAt.set(n, [s.line, s.col + 1]);
        }
        return;
      case "Expr":
        this.expr(s.value, sc);
        return;
      case "Match":
        this.expr(s.subject, sc);
        for (const k of s.cases) {
          this.pattern(k.pattern, sc);
          if (k.guard) this.expr(k.guard, sc);
          this.stmts(k.body, sc);
        }
        return;
      case "Pass":
        return;
      case "Break":
        if (this.loopDepth === 0) throw new PySyntaxError("SyntaxError", "'break' outside loop", s.line, s.col + 1, s.col + 6);
        return;
      case "Continue":
        if (this.loopDepth === 0) throw new PySyntaxError("SyntaxError", "'continue' not properly in loop", s.line, s.col + 1, s.col + 9);
        return;
      default:
        assertNever(s);
    }
  }

  /** Pattern captures are assignments; value patterns, class names and mapping keys are loads. */
  pattern(p: Pattern, sc: Scope): void {
    switch (p.kind) {
      case "MatchValue": this.expr(p.value, sc); return;
      case "MatchSingleton": return;
      case "MatchSequence": case "MatchOr": for (const x of p.patterns) this.pattern(x, sc); return;
      case "MatchMapping":
        for (const k of p.keys) this.expr(k, sc);
        for (const x of p.patterns) this.pattern(x, sc);
        if (p.rest !== null) sc.assigned.add(p.rest);
        return;
      case "MatchClass":
        this.expr(p.cls, sc);
        for (const x of p.patterns) this.pattern(x, sc);
        for (const x of p.kwdPatterns) this.pattern(x, sc);
        return;
      case "MatchStar": if (p.name !== null) sc.assigned.add(p.name); return;
      case "MatchAs":
        if (p.pattern !== null) this.pattern(p.pattern, sc);
        if (p.name !== null) sc.assigned.add(p.name);
        return;
      default: assertNever(p);
    }
  }

  argDefaults(a: Arguments, sc: Scope): void {
    for (const d of a.defaults) this.expr(d, sc);
    for (const d of a.kwDefaults) if (d) this.expr(d, sc);
  }

  /** Parameter and return annotations: evaluated in the defining scope when the def runs. */
  argAnnotations(a: Arguments, returns: Expr | null, sc: Scope): void {
    for (const x of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) if (x.annotation) this.expr(x.annotation, sc);
    if (a.vararg?.annotation) this.expr(a.vararg.annotation, sc);
    if (a.kwarg?.annotation) this.expr(a.kwarg.annotation, sc);
    if (returns) this.expr(returns, sc);
  }

  params(a: Arguments, fs: Scope): void {
    const names = [...a.posonlyargs, ...a.args, ...a.kwonlyargs].map((x) => x.arg);
    if (a.vararg) names.push(a.vararg.arg);
    if (a.kwarg) names.push(a.kwarg.arg);
    const seen = new Set<string>();
    for (const n of names) {
      if (seen.has(n)) throw new PySyntaxError("SyntaxError", `duplicate argument '${n}' in function definition`, 0, 0);
      seen.add(n);
    }
    fs.params = names;
  }

  comprehension(node: Expr, gens: Comprehension[], sc: Scope, elts: Expr[]): void {
    this.expr(gens[0].iter, sc);
    const name = node.kind === "ListComp" ? "<listcomp>" : node.kind === "SetComp" ? "<setcomp>" : node.kind === "DictComp" ? "<dictcomp>" : "<genexpr>";
    const cs = new Scope("comprehension", name, sc);
    this.map.set(node, cs);
    cs.params = [".0"];
    if (node.kind === "GeneratorExp") cs.isGenerator = true;
    cs.at = [node.line, node.col + 1];
    if (gens.some((g) => g.isAsync)) asyncComprehension(cs);
    gens.forEach((g, i) => {
      if (i > 0) this.expr(g.iter, cs);
      this.expr(g.target, cs);
      for (const c of g.ifs) this.expr(c, cs);
    });
    for (const e of elts) this.expr(e, cs);
  }

  expr(e: Expr, sc: Scope): void {
    switch (e.kind) {
      case "Constant":
        return;
      case "Name":
        if (e.ctx === "load") {
          sc.used.add(e.id);
          if ((e.id === "super" || e.id === "__class__") && sc.isFunctionLike()) sc.usesClassCell = true;
        } else sc.assigned.add(e.id);
        return;
      case "JoinedStr":
        for (const v of e.values) this.expr(v, sc);
        return;
      case "FormattedValue":
        this.expr(e.value, sc);
        if (e.formatSpec) this.expr(e.formatSpec, sc);
        return;
      case "List":
      case "Tuple":
      case "Set":
        for (const x of e.elts) this.expr(x, sc);
        return;
      case "Dict":
        for (const k of e.keys) if (k) this.expr(k, sc);
        for (const v of e.values) this.expr(v, sc);
        return;
      case "Attribute":
        this.expr(e.value, sc);
        return;
      case "Subscript":
        this.expr(e.value, sc);
        this.expr(e.slice, sc);
        return;
      case "Slice":
        if (e.lower) this.expr(e.lower, sc);
        if (e.upper) this.expr(e.upper, sc);
        if (e.step) this.expr(e.step, sc);
        return;
      case "Starred":
        this.expr(e.value, sc);
        return;
      case "Call":
        this.expr(e.func, sc);
        for (const a of e.args) this.expr(a, sc);
        for (const k of e.keywords) this.expr(k.value, sc);
        return;
      case "BinOp":
        this.expr(e.left, sc);
        this.expr(e.right, sc);
        return;
      case "UnaryOp":
        this.expr(e.operand, sc);
        return;
      case "BoolOp":
        for (const v of e.values) this.expr(v, sc);
        return;
      case "Compare":
        this.expr(e.left, sc);
        for (const c of e.comparators) this.expr(c, sc);
        return;
      case "IfExp":
        this.expr(e.test, sc);
        this.expr(e.body, sc);
        this.expr(e.orelse, sc);
        return;
      case "Lambda": {
        this.argDefaults(e.args, sc);
        const ls = new Scope("function", "<lambda>", sc);
        this.map.set(e, ls);
        this.params(e.args, ls);
        this.expr(e.body, ls);
        return;
      }
      case "NamedExpr": {
        this.expr(e.value, sc);
        // The walrus binds in the nearest enclosing non-comprehension scope.
        let target = sc;
        while (target.kind === "comprehension" && target.parent !== null) target = target.parent;
        target.assigned.add(e.target.id);
        for (let s = sc; s !== target; s = s.parent!) {
          if (target.kind === "module") s.globals.add(e.target.id);
          else s.nonlocals.add(e.target.id);
        }
        return;
      }
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
        this.comprehension(e, e.generators, sc, [e.elt]);
        return;
      case "DictComp":
        this.comprehension(e, e.generators, sc, [e.key, e.value]);
        return;
      case "Yield":
        sc.isGenerator = true;
        if (e.value) this.expr(e.value, sc);
        return;
      case "YieldFrom":
        if (sc.kind === "function" && sc.isCoroutine) throw new PySyntaxError("SyntaxError", "'yield from' inside async function", e.line, e.col + 1);
        sc.isGenerator = true;
        this.expr(e.value, sc);
        return;
      case "Await":
        if (sc.kind === "comprehension") asyncComprehension(sc);
        else if (sc.kind === "function") {
          if (!sc.isCoroutine) throw new PySyntaxError("SyntaxError", "'await' outside async function", e.line, e.col + 1);
        } else throw new PySyntaxError("SyntaxError", "'await' outside function", e.line, e.col + 1);
        this.expr(e.value, sc);
        return;
      default:
        assertNever(e);
    }
  }
}

/** `async for`/`async with` must be in an `async def` (comprehensions have their own rule). */
function asyncStatement(sc: Scope, what: string, line: number, col: number): void {
  if (sc.kind !== "function" || !sc.isCoroutine) throw new PySyntaxError("SyntaxError", `${what} outside async function`, line, col + 1);
}

/**
 * A comprehension that awaits is async, and so is each comprehension around it up to an
 * `async def` (each awaits the inner one), unless it is a generator expression (an async
 * generator, which may be created anywhere).
 */
function asyncComprehension(cs: Scope): void {
  for (let s: Scope = cs; ; s = s.parent!) {
    s.isCoroutine = true;
    if (s.isGenerator) return;
    const p = s.parent!;
    if (p.kind === "function" && p.isCoroutine) return;
    if (p.kind !== "comprehension") {
      throw new PySyntaxError("SyntaxError", "asynchronous comprehension outside of an asynchronous function", cs.at[0], cs.at[1]);
    }
  }
}

function addOnce(list: string[], name: string): void {
  if (list.indexOf(name) < 0) list.push(name);
}

/** Find the function scope binding `name` for `sc`; mark cells/free vars along the way. */
function bindFree(sc: Scope, name: string): boolean {
  const path: Scope[] = [sc];
  for (let p = sc.parent; p !== null; p = p.parent) {
    if (p.kind === "module") return false;
    if (p.kind === "class") {
      if (name === "__class__") {
        p.hasClassCell = true;
        addOnce(p.cellVars, "__class__");
        for (const s of path) addOnce(s.freeVars, name);
        return true;
      }
      path.push(p);
      continue;
    }
    if (p.globals.has(name)) return false;
    if (p.locals.has(name)) {
      addOnce(p.cellVars, name);
      for (const s of path) addOnce(s.freeVars, name);
      return true;
    }
    path.push(p);
  }
  return false;
}

function resolve(sc: Scope): void {
  if (sc.kind !== "module") {
    for (const n of sc.nonlocals) {
      if (!bindFree(sc, n)) {
        const at = sc.nonlocalAt.get(n) ?? [0, 0];
        throw new PySyntaxError("SyntaxError", `no binding for nonlocal '${n}' found`, at[0], at[1]);
      }
    }
    if (sc.usesClassCell) bindFree(sc, "__class__");
    for (const n of sc.used) {
      if (sc.globals.has(n) || sc.nonlocals.has(n)) continue;
      if (sc.isFunctionLike() && sc.locals.has(n)) continue;
      if (sc.kind === "class" && sc.assigned.has(n)) continue;
      bindFree(sc, n);
    }
  }
  for (const c of sc.children) resolve(c);
  if (sc.isFunctionLike()) {
    // Parameters first (in order), then other locals that are not cells.
    for (const p of sc.params) addSlot(sc, p);
    for (const n of sc.locals) if (!sc.slots.has(n) && sc.cellVars.indexOf(n) < 0) addSlot(sc, n);
  }
}

function addSlot(sc: Scope, name: string): void {
  sc.slots.set(name, sc.slotNames.length);
  sc.slotNames.push(name);
}
