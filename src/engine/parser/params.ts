// Parameter lists for `def` (annotations allowed) and `lambda` (none), with
// positional-only `/`, bare `*`, keyword-only defaults and `**kwargs`.
import type { Arg, Arguments, Expr } from "./ast.js";
import { Parser } from "./core.js";
import { expression } from "./expressions.js";

/** Parses parameters up to (not including) `closer` (")" for def, ":" for lambda). */
export function parameters(p: Parser, closer: string, annotations: boolean): Arguments {
  const a: Arguments = { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kwDefaults: [], kwarg: null, defaults: [] };
  const seen = new Set<string>();
  let star = false; // after `*` or `*args`
  let bareStar: Arg | null = null;
  let slash = false;
  const param = (starAnnotation = false): Arg => {
    const t = p.tok;
    const name = p.expectIdent();
    if (seen.has(name)) p.error(`duplicate argument '${name}' in function definition`, t);
    seen.add(name);
    let annotation: Expr | null = null;
    if (annotations && p.eatOp(":")) {
      const st = p.tok;
      // PEP 646 allows `*args: *Ts`.
      if (starAnnotation && p.eatOp("*")) annotation = { kind: "Starred", value: expression(p), ctx: "load", line: st.line, col: st.col };
      else annotation = expression(p);
    }
    return { arg: name, annotation, line: t.line, col: t.col };
  };
  while (!p.isOp(closer)) {
    const t = p.tok;
    if (a.kwarg) p.error("arguments cannot follow var-keyword argument", t);
    if (p.eatOp("/")) {
      if (slash) p.error("/ may appear only once", t);
      if (star) p.error("/ must be ahead of *", t);
      if (a.args.length === 0) p.error("at least one argument must precede /", t);
      slash = true;
      a.posonlyargs = a.args;
      a.args = [];
    } else if (p.eatOp("**")) {
      a.kwarg = param();
      if (p.isOp("=")) p.error("var-keyword argument cannot have default value");
    } else if (p.eatOp("*")) {
      if (star) p.error("* argument may appear only once", t);
      star = true;
      if (p.isOp(",") || p.isOp(closer)) {
        bareStar = { arg: "*", annotation: null, line: t.line, col: t.col };
      } else {
        a.vararg = param(true);
        if (p.isOp("=")) p.error("var-positional argument cannot have default value");
      }
    } else {
      const arg = param();
      let dflt: Expr | null = null;
      if (p.eatOp("=")) dflt = expression(p);
      if (star) {
        a.kwonlyargs.push(arg);
        a.kwDefaults.push(dflt);
      } else {
        if (dflt) a.defaults.push(dflt);
        else if (a.defaults.length > 0) p.error("non-default argument follows default argument", t);
        a.args.push(arg);
      }
    }
    if (!p.eatOp(",")) break;
  }
  if (!p.isOp(closer)) p.invalid();
  if (bareStar && a.kwonlyargs.length === 0) {
    throw p.errorAt("named arguments must follow bare *", bareStar);
  }
  return a;
}
