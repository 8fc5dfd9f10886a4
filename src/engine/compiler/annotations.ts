// Annotations under `from __future__ import annotations` (PEP 563): they are not
// evaluated but kept as strings, the text CPython's `ast.unparse` would give. This file
// also checks the future statements themselves (CPython's future.c).

import type { Expr, Module, Stmt } from "../parser/ast.js";
import { assertNever } from "../parser/ast.js";
import { PySyntaxError } from "../parser/errors.js";
import { internStr } from "../objects/str.js";
import type { Compiler, ExprFn } from "./context.js";
import { compileExpr } from "./expr.js";

const FEATURES = new Set([
  "nested_scopes", "generators", "division", "absolute_import", "with_statement",
  "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
]);

/**
 * The features a module's future statements turn on. They must come first (after a
 * docstring); a later one, or an unknown feature, is a SyntaxError as in CPython.
 */
export function futureFeatures(mod: Module): Set<string> {
  const on = new Set<string>();
  let leading = true;
  mod.body.forEach((s: Stmt, i: number) => {
    const isDoc = i === 0 && s.kind === "Expr" && s.value.kind === "Constant" && s.value.value.type === "str";
    if (s.kind === "ImportFrom" && s.module === "__future__" && s.level === 0) {
      if (!leading) throw new PySyntaxError("SyntaxError", "from __future__ imports must occur at the beginning of the file", s.line, s.col + 1);
      for (const a of s.names) {
        if (a.name === "braces") throw new PySyntaxError("SyntaxError", "not a chance", s.line, s.col + 1);
        if (!FEATURES.has(a.name)) throw new PySyntaxError("SyntaxError", `future feature ${a.name} is not defined`, s.line, s.col + 1);
        on.add(a.name);
      }
    } else if (!isDoc) {
      leading = false;
    }
  });
  return on;
}

/** An annotation: evaluated, or under PEP 563 the constant string of its source form. */
export function compileAnnotation(c: Compiler, e: Expr): ExprFn {
  if (!c.stringAnnotations) return compileExpr(c, e);
  const text = internStr(unparse(e));
  return () => text;
}

const PREC: Record<string, number> = { "|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5, "*": 6, "/": 6, "//": 6, "%": 6, "@": 6, "**": 8 };

/** The source form of an annotation expression, as CPython's ast.unparse writes it. */
export function unparse(e: Expr): string {
  switch (e.kind) {
    case "Name":
      return e.id;
    case "Attribute":
      return `${unparse(e.value)}.${e.attr}`;
    case "Subscript": {
      const s = e.slice.kind === "Tuple" && e.slice.elts.length > 0 ? e.slice.elts.map(unparse).join(", ") : unparse(e.slice);
      return `${unparse(e.value)}[${s}]`;
    }
    case "Constant": {
      const v = e.value;
      switch (v.type) {
        case "str": return quote(v.value);
        case "int": return v.value.toString();
        case "float": return String(v.value);
        case "bool": return v.value ? "True" : "False";
        case "None": return "None";
        case "Ellipsis": return "...";
        case "complex": return `${v.imag}j`;
        case "bytes": return `b${quote(String.fromCharCode(...v.value))}`;
      }
      return assertNever(v);
    }
    case "BinOp": {
      const p = PREC[e.op];
      const side = (x: Expr) => (x.kind === "BinOp" && PREC[x.op] < p ? `(${unparse(x)})` : unparse(x));
      return `${side(e.left)} ${e.op} ${side(e.right)}`;
    }
    case "UnaryOp":
      return e.op === "not" ? `not ${unparse(e.operand)}` : `${e.op}${unparse(e.operand)}`;
    case "Tuple":
      return e.elts.length === 1 ? `(${unparse(e.elts[0])},)` : `(${e.elts.map(unparse).join(", ")})`;
    case "List":
      return `[${e.elts.map(unparse).join(", ")}]`;
    case "Call": {
      const args = [...e.args.map(unparse), ...e.keywords.map((k) => (k.arg === null ? `**${unparse(k.value)}` : `${k.arg}=${unparse(k.value)}`))];
      return `${unparse(e.func)}(${args.join(", ")})`;
    }
    case "Starred":
      return `*${unparse(e.value)}`;
    case "Slice":
      return `${e.lower ? unparse(e.lower) : ""}:${e.upper ? unparse(e.upper) : ""}${e.step ? `:${unparse(e.step)}` : ""}`;
    case "Set":
      return `{${e.elts.map(unparse).join(", ")}}`;
    case "Dict":
      return `{${e.keys.map((k, i) => (k === null ? `**${unparse(e.values[i])}` : `${unparse(k)}: ${unparse(e.values[i])}`)).join(", ")}}`;
    case "Compare":
      return [unparse(e.left), ...e.ops.flatMap((op, i) => [op, unparse(e.comparators[i])])].join(" ");
    case "BoolOp":
      return e.values.map(unparse).join(` ${e.op} `);
    case "IfExp":
      return `${unparse(e.body)} if ${unparse(e.test)} else ${unparse(e.orelse)}`;
    case "JoinedStr":
    case "FormattedValue":
    case "Lambda":
    case "NamedExpr":
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
    case "Yield":
    case "YieldFrom":
    case "Await":
      // Deviation: rare in annotations; CPython would reproduce them exactly.
      return "...";
    default:
      return assertNever(e);
  }
}

/** repr() of a str, with CPython's choice of quotes. */
function quote(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t").replace(/\r/g, "\\r");
  return q + (q === "'" ? body.replace(/'/g, "\\'") : body) + q;
}
