import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { parse, PySyntaxError, formatSyntaxError } from "../../src/engine/parser/parser.js";
import type { Expr, Stmt } from "../../src/engine/parser/ast.js";

/** Strips positions so shapes can be compared; bigint/bytes become JSON-friendly. */
function shape(x: unknown): unknown {
  return JSON.parse(JSON.stringify(x, (k, v) => {
    if (k === "line" || k === "col" || k === "endLine" || k === "endCol") return undefined;
    if (typeof v === "bigint") return `${v}n`;
    if (v instanceof Uint8Array) return Array.from(v);
    return v;
  }));
}
const stmt = (src: string): Stmt => parse(src).body[0];
const expr = (src: string): Expr => {
  const s = stmt(src);
  if (s.kind !== "Expr") throw new Error(`not an expression statement: ${s.kind}`);
  return s.value;
};
const name = (id: string, ctx = "load") => ({ kind: "Name", id, ctx });
const int = (n: number) => ({ kind: "Constant", value: { type: "int", value: `${n}n` } });
const str = (s: string) => ({ kind: "Constant", value: { type: "str", value: s } });

function err(src: string): PySyntaxError {
  try {
    parse(src);
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  assert.fail(`no SyntaxError for ${JSON.stringify(src)}`);
}

/** Renders an expression back to fully parenthesized text to check precedence. */
function paren(e: Expr): string {
  switch (e.kind) {
    case "Name": return e.id;
    case "Constant": return e.value.type === "int" ? String(e.value.value) : JSON.stringify(e.value);
    case "BinOp": return `(${paren(e.left)} ${e.op} ${paren(e.right)})`;
    case "UnaryOp": return `(${e.op === "not" ? "not " : e.op}${paren(e.operand)})`;
    case "BoolOp": return `(${e.values.map(paren).join(` ${e.op} `)})`;
    case "Compare": return `(${paren(e.left)}${e.ops.map((o, i) => ` ${o} ${paren(e.comparators[i])}`).join("")})`;
    case "IfExp": return `(${paren(e.body)} if ${paren(e.test)} else ${paren(e.orelse)})`;
    case "Lambda": return `(lambda: ${paren(e.body)})`;
    case "NamedExpr": return `(${e.target.id} := ${paren(e.value)})`;
    case "Await": return `(await ${paren(e.value)})`;
    case "Call": return `${paren(e.func)}(${e.args.map(paren).join(", ")})`;
    case "Attribute": return `${paren(e.value)}.${e.attr}`;
    case "Subscript": return `${paren(e.value)}[${paren(e.slice)}]`;
    case "Tuple": return `(${e.elts.map(paren).join(", ")},)`;
    default: return e.kind;
  }
}

describe("parser: precedence", () => {
  const cases: [string, string][] = [
    ["-2**2", "(-(2 ** 2))"],
    ["2**-1", "(2 ** (-1))"],
    ["a**b**c", "(a ** (b ** c))"],
    ["a - b - c", "((a - b) - c)"],
    ["a + b * c", "(a + (b * c))"],
    ["a * b // c % d @ e", "((((a * b) // c) % d) @ e)"],
    ["a | b ^ c & d << e + f", "(a | (b ^ (c & (d << (e + f)))))"],
    ["not a == b", "(not (a == b))"],
    ["a or b and not c", "(a or (b and (not c)))"],
    ["a or b or c", "(a or b or c)"],
    ["a < b <= c != d", "(a < b <= c != d)"],
    ["a not in b is not c in d is e", "(a not in b is not c in d is e)"],
    ["a if b else c if d else e", "(a if b else (c if d else e))"],
    ["lambda: a if b else c", "(lambda: (a if b else c))"],
    ["~a + -b", "((~a) + (-b))"],
    ["await a ** 2", "((await a) ** 2)"],
    ["a.b(c)[d].e", "a.b(c)[d].e"],
    ["-a.b", "(-a.b)"],
    ["(x := 1 + 2)", "(x := (1 + 2))"],
    ["a & b == c", "((a & b) == c)"],
  ];
  for (const [src, want] of cases) it(src, () => assert.equal(paren(expr(src)), want));
});

describe("parser: literals", () => {
  it("keeps ints as bigint and reads every base", () => {
    assert.deepEqual(shape(expr("123_456_789_012_345_678_901")), int(0).kind && { kind: "Constant", value: { type: "int", value: "123456789012345678901n" } });
    assert.deepEqual(shape(expr("0xff")), int(255));
    assert.deepEqual(shape(expr("0o17")), int(15));
    assert.deepEqual(shape(expr("0b101")), int(5));
  });

  it("reads floats and imaginary literals", () => {
    assert.deepEqual(shape(expr("1_000.5")), { kind: "Constant", value: { type: "float", value: 1000.5 } });
    assert.deepEqual(shape(expr(".5e1")), { kind: "Constant", value: { type: "float", value: 5 } });
    assert.deepEqual(shape(expr("3j")), { kind: "Constant", value: { type: "complex", imag: 3 } });
  });

  it("decodes escapes", () => {
    const v = (src: string) => (expr(src) as { value: { value: string } }).value.value;
    assert.equal(v(String.raw`'\n\t\\\'\"\a\b\f\v\r\0'`), "\n\t\\'\"\x07\b\f\v\r\0");
    assert.equal(v(String.raw`'\101\x41\u0041\U0001F40D\N{BULLET}\N{latin small letter a}'`), "AAA🐍•a");
    assert.equal(v(String.raw`'\q'`), "\\q");
    assert.equal(v("'a\\\nb'"), "ab");
    assert.equal(v(String.raw`r'\n\''`), "\\n\\'");
    assert.equal(v("'''a\nb'''"), "a\nb");
  });

  it("builds bytes as Uint8Array", () => {
    assert.deepEqual(shape(expr(String.raw`b'a\x00\xff' rb'\n'`)), { kind: "Constant", value: { type: "bytes", value: [97, 0, 255, 92, 110] } });
    assert.equal(err("b'é'").msg, "bytes can only contain ASCII literal characters");
  });

  it("concatenates adjacent literals and rejects mixing bytes with str", () => {
    assert.deepEqual(shape(expr("'a' \"b\" '''c'''")), str("abc"));
    assert.equal(err("x = 'a' b'b'").msg, "cannot mix bytes and nonbytes literals");
  });

  it("raises CPython's error for an unknown \\N name", () => {
    assert.match(err(String.raw`x = '\N{NO SUCH NAME}'`).msg, /unknown Unicode character name/);
  });

  it("reads None/True/False/...", () => {
    assert.deepEqual(shape(expr("[None, True, False, ...]")), {
      kind: "List", ctx: "load",
      elts: [{ type: "None" }, { type: "bool", value: true }, { type: "bool", value: false }, { type: "Ellipsis" }].map((value) => ({ kind: "Constant", value })),
    });
  });
});

describe("parser: f-strings", () => {
  const fv = (value: unknown, conversion = -1, formatSpec: unknown = null) => ({ kind: "FormattedValue", value, conversion, formatSpec });

  it("splits literal text and fields", () => {
    assert.deepEqual(shape(expr("f'a{b}c{{d}}'")), { kind: "JoinedStr", values: [str("a"), fv(name("b")), str("c{d}")] });
  });

  it("handles conversions and nested format specs", () => {
    assert.deepEqual(shape(expr("f'{x!r:>{w}.2f}'")), {
      kind: "JoinedStr",
      values: [fv(name("x"), 114, { kind: "JoinedStr", values: [str(">"), fv(name("w")), str(".2f")] })],
    });
  });

  it("expands self-documenting fields like CPython", () => {
    assert.deepEqual(shape(expr("f'{x = }'")), { kind: "JoinedStr", values: [str("x = "), fv(name("x"), 114)] });
    assert.deepEqual(shape(expr("f'{x=:>5}'")), { kind: "JoinedStr", values: [str("x="), fv(name("x"), -1, { kind: "JoinedStr", values: [str(">5")] })] });
  });

  it("parses brackets, comparisons, other quotes, dicts and lambdas inside fields", () => {
    const e = expr(`f"{a['k']!s} {d[1:2]} {x != y} {({'a': 1})['a']} {(lambda: 1)()}"`);
    assert.equal(e.kind, "JoinedStr");
    if (e.kind !== "JoinedStr") return;
    assert.deepEqual(e.values.filter((v) => v.kind === "FormattedValue").map((v) => v.kind === "FormattedValue" && v.value.kind), ["Subscript", "Subscript", "Compare", "Subscript", "Call"]);
  });

  it("merges adjacent plain and f-strings", () => {
    assert.deepEqual(shape(expr("'a' f'b{c}' 'd'")), { kind: "JoinedStr", values: [str("ab"), fv(name("c")), str("d")] });
  });

  it("gives field expressions real positions, even across lines", () => {
    const e = expr("f'''x\n{  y}'''");
    assert.ok(e.kind === "JoinedStr" && e.values[1].kind === "FormattedValue");
    if (e.kind === "JoinedStr" && e.values[1].kind === "FormattedValue") {
      assert.deepEqual([e.values[1].value.line, e.values[1].value.col], [2, 3]);
    }
  });

  it("reports f-string errors with CPython's wording", () => {
    assert.equal(err("f'{}'").msg, "f-string: empty expression not allowed");
    assert.equal(err("f'{a!x}'").msg, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    assert.equal(err("f'}'").msg, "f-string: single '}' is not allowed");
    assert.equal(err("f'{a'").msg, "f-string: expecting '}'");
    assert.equal(err("f'{a#}'").msg, "f-string expression part cannot include '#'");
    assert.equal(err("f'{a b}'").msg, "f-string: invalid syntax");
    assert.equal(err("f'{a:{b:{c}}}'").msg, "f-string: expressions nested too deeply");
  });
});

describe("parser: expressions", () => {
  it("parses calls with every argument form", () => {
    assert.deepEqual(shape(expr("f(a, *b, c=1, **d)")), {
      kind: "Call", func: name("f"),
      args: [name("a"), { kind: "Starred", value: name("b"), ctx: "load" }],
      keywords: [{ arg: "c", value: int(1) }, { arg: null, value: name("d") }],
    });
  });

  it("accepts a generator expression as the sole argument", () => {
    const e = expr("f(x for x in y)");
    assert.ok(e.kind === "Call" && e.args[0].kind === "GeneratorExp");
  });

  it("parses slices and tuples of slices", () => {
    assert.deepEqual(shape(expr("a[1:2, ::3]")), {
      kind: "Subscript", value: name("a"), ctx: "load",
      slice: {
        kind: "Tuple", ctx: "load",
        elts: [{ kind: "Slice", lower: int(1), upper: int(2), step: null }, { kind: "Slice", lower: null, upper: null, step: int(3) }],
      },
    });
  });

  it("distinguishes (), (x), (x,) and generator expressions", () => {
    assert.deepEqual(shape(expr("()")), { kind: "Tuple", elts: [], ctx: "load" });
    assert.deepEqual(shape(expr("(x)")), name("x"));
    assert.deepEqual(shape(expr("(x,)")), { kind: "Tuple", elts: [name("x")], ctx: "load" });
    assert.equal(expr("(x for x in y)").kind, "GeneratorExp");
  });

  it("parses displays with unpacking", () => {
    assert.deepEqual(shape(expr("{**a, 'b': 1}")), { kind: "Dict", keys: [null, str("b")], values: [name("a"), int(1)] });
    assert.deepEqual(shape(expr("{1, *a}")), { kind: "Set", elts: [int(1), { kind: "Starred", value: name("a"), ctx: "load" }] });
    assert.deepEqual(shape(expr("{}")), { kind: "Dict", keys: [], values: [] });
  });

  it("parses comprehensions with several clauses", () => {
    assert.deepEqual(shape(expr("[x for x in a if x if y for z in x]")), {
      kind: "ListComp", elt: name("x"),
      generators: [
        { target: name("x", "store"), iter: name("a"), ifs: [name("x"), name("y")], isAsync: false },
        { target: name("z", "store"), iter: name("x"), ifs: [], isAsync: false },
      ],
    });
    const d = expr("{k: v async for k, v in items}");
    assert.ok(d.kind === "DictComp" && d.generators[0].isAsync && d.generators[0].target.kind === "Tuple");
    assert.equal(expr("{x for x in y}").kind, "SetComp");
  });

  it("parses lambda parameters", () => {
    const e = expr("lambda a, b=1, *c, d, e=2, **f: 0");
    assert.ok(e.kind === "Lambda");
    if (e.kind !== "Lambda") return;
    assert.deepEqual(shape(e.args), {
      posonlyargs: [], args: [{ arg: "a", annotation: null }, { arg: "b", annotation: null }],
      vararg: { arg: "c", annotation: null }, kwonlyargs: [{ arg: "d", annotation: null }, { arg: "e", annotation: null }],
      kwDefaults: [null, int(2)], kwarg: { arg: "f", annotation: null }, defaults: [int(1)],
    });
  });

  it("parses yield and yield from", () => {
    const body = (stmt("def g():\n    x = yield 1, 2\n    yield from y\n    yield\n") as { body: Stmt[] }).body;
    assert.deepEqual(body.map((s) => (s.kind === "Assign" ? s.value.kind : s.kind === "Expr" ? s.value.kind : s.kind)), ["Yield", "YieldFrom", "Yield"]);
  });

  it("treats match as an ordinary name", () => {
    assert.deepEqual(shape(stmt("match = 1")), { kind: "Assign", targets: [name("match", "store")], value: int(1) });
  });
});

describe("parser: statements", () => {
  it("records positions of statements and nodes", () => {
    const m = parse("x = 1\nif a:\n    y = f(b)\n");
    const iff = m.body[1];
    assert.deepEqual([iff.line, iff.col], [2, 0]);
    assert.ok(iff.kind === "If");
    if (iff.kind !== "If") return;
    const a = iff.body[0];
    assert.deepEqual([a.line, a.col], [3, 4]);
    assert.ok(a.kind === "Assign" && a.value.kind === "Call");
    if (a.kind === "Assign" && a.value.kind === "Call") assert.deepEqual([a.value.args[0].line, a.value.args[0].col], [3, 10]);
  });

  it("parses assignment chains and unpacking targets", () => {
    assert.deepEqual(shape(stmt("a = b = c")), { kind: "Assign", targets: [name("a", "store"), name("b", "store")], value: name("c") });
    assert.deepEqual(shape(stmt("(a, b), *c = x")), {
      kind: "Assign",
      targets: [{ kind: "Tuple", ctx: "store", elts: [{ kind: "Tuple", ctx: "store", elts: [name("a", "store"), name("b", "store")] }, { kind: "Starred", ctx: "store", value: name("c", "store") }] }],
      value: name("x"),
    });
    const s = stmt("x[i], y.z = 1, 2");
    assert.ok(s.kind === "Assign" && s.targets[0].kind === "Tuple");
    if (s.kind === "Assign" && s.targets[0].kind === "Tuple") {
      assert.deepEqual(s.targets[0].elts.map((e) => (e.kind === "Subscript" || e.kind === "Attribute" ? e.ctx : "")), ["store", "store"]);
      assert.equal((s.targets[0].elts[0] as { value: { ctx: string } }).value.ctx, "load");
    }
  });

  it("parses augmented and annotated assignment", () => {
    assert.deepEqual(shape(stmt("x **= 2")), { kind: "AugAssign", target: name("x", "store"), op: "**", value: int(2) });
    assert.deepEqual(shape(stmt("x: int = 1")), { kind: "AnnAssign", target: name("x", "store"), annotation: name("int"), value: int(1), simple: true });
    assert.equal((stmt("(x): int") as { simple: boolean }).simple, false);
    assert.equal((stmt("a.b: int") as { simple: boolean }).simple, false);
  });

  it("parses del, pass, flow control, global, nonlocal, assert, raise", () => {
    const m = parse("del a, b[0]\npass\nwhile 1:\n    break\n    continue\nglobal g, h\nassert x, 'm'\nraise E from c\nraise\n");
    assert.deepEqual(m.body.map((s) => s.kind), ["Delete", "Pass", "While", "Global", "Assert", "Raise", "Raise"]);
    const d = m.body[0];
    assert.ok(d.kind === "Delete" && d.targets.every((t) => (t as { ctx: string }).ctx === "del"));
    assert.deepEqual(shape(m.body[5]), { kind: "Raise", exc: name("E"), cause: name("c") });
  });

  it("parses imports", () => {
    assert.deepEqual(shape(stmt("import a.b as c, d")), { kind: "Import", names: [{ name: "a.b", asname: "c" }, { name: "d", asname: null }] });
    assert.deepEqual(shape(stmt("from x import (a, b as c,)")), { kind: "ImportFrom", module: "x", level: 0, names: [{ name: "a", asname: null }, { name: "b", asname: "c" }] });
    assert.deepEqual(shape(stmt("from . import x")), { kind: "ImportFrom", module: null, level: 1, names: [{ name: "x", asname: null }] });
    assert.deepEqual(shape(stmt("from ...pkg.mod import *")), { kind: "ImportFrom", module: "pkg.mod", level: 3, names: [{ name: "*", asname: null }] });
  });

  it("turns elif into a nested If", () => {
    const s = stmt("if a:\n    x\nelif b:\n    y\nelse:\n    z\n");
    assert.ok(s.kind === "If" && s.orelse.length === 1 && s.orelse[0].kind === "If");
    if (s.kind === "If" && s.orelse[0].kind === "If") {
      assert.deepEqual([s.orelse[0].line, s.orelse[0].orelse.length], [3, 1]);
    }
  });

  it("parses for/else, while/else and try with every clause", () => {
    const m = parse(
      "for i, j in x:\n    pass\nelse:\n    pass\n" +
      "try:\n    a\nexcept (A, B) as e:\n    b\nexcept C:\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\n",
    );
    const t = m.body[1];
    assert.ok(t.kind === "Try");
    if (t.kind !== "Try") return;
    assert.deepEqual(t.handlers.map((h) => [h.type?.kind ?? null, h.name, h.line, h.col]), [["Tuple", "e", 7, 0], ["Name", null, 9, 0], [null, null, 11, 0]]);
    assert.deepEqual([t.orelse.length, t.finalbody.length], [1, 1]);
  });

  it("parses with-items, parenthesized or not", () => {
    const a = stmt("with a as b, c as (d, e):\n    pass\n");
    const b = stmt("with (\n    a as b,\n    c,\n):\n    pass\n");
    const c = stmt("with (a, b) as c:\n    pass\n");
    assert.ok(a.kind === "With" && b.kind === "With" && c.kind === "With");
    if (a.kind !== "With" || b.kind !== "With" || c.kind !== "With") return;
    assert.deepEqual(a.items.map((i) => i.optionalVars?.kind), ["Name", "Tuple"]);
    assert.deepEqual(b.items.map((i) => [i.contextExpr.kind, i.optionalVars?.kind ?? null]), [["Name", "Name"], ["Name", null]]);
    assert.deepEqual(c.items.map((i) => [i.contextExpr.kind, i.optionalVars?.kind]), [["Tuple", "Name"]]);
  });

  it("parses function definitions with every parameter kind", () => {
    const f = stmt("@dec\n@dec2(x)\nasync def f(a, b: int = 1, /, c=2, *args: str, d, e=3, **kw) -> R:\n    return a\n");
    assert.ok(f.kind === "FunctionDef");
    if (f.kind !== "FunctionDef") return;
    assert.deepEqual([f.name, f.isAsync, f.decorators.length, f.line, f.returns?.kind], ["f", true, 2, 3, "Name"]);
    assert.deepEqual(f.args.posonlyargs.map((a) => a.arg), ["a", "b"]);
    assert.deepEqual(f.args.args.map((a) => a.arg), ["c"]);
    assert.deepEqual(f.args.defaults.length, 2);
    assert.equal(f.args.vararg?.annotation?.kind, "Name");
    assert.deepEqual(f.args.kwonlyargs.map((a) => a.arg), ["d", "e"]);
    assert.deepEqual(shape(f.args.kwDefaults), [null, int(3)]);
    assert.equal(f.args.kwarg?.arg, "kw");
  });

  it("parses classes with bases, keywords and decorators", () => {
    const c = stmt("@d\nclass A(B, C, metaclass=M):\n    x = 1\n");
    assert.ok(c.kind === "ClassDef");
    if (c.kind !== "ClassDef") return;
    assert.deepEqual([c.bases.length, c.keywords[0].arg, c.decorators.length, c.body.length], [2, "metaclass", 1, 1]);
  });

  it("parses ;-separated statements and bodies on the header line", () => {
    const m = parse("a = 1; b = 2;\nif x: y = 1; z = 2\n");
    assert.equal(m.body.length, 3);
    const s = m.body[2];
    assert.ok(s.kind === "If" && s.body.length === 2);
  });

  it("accepts CRLF line endings", () => {
    assert.equal(parse("if x:\r\n    y\r\nz\r\n").body.length, 2);
  });
});

describe("parser: syntax errors match CPython 3.11", () => {
  // [source, type, message, line] — taken from python3.11's compile().
  const cases: [string, string, string, number][] = [
    ["f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1],
    ["1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1],
    ["a + b = c", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1],
    ["a, f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1],
    ["f() = x = 1", "SyntaxError", "cannot assign to function call", 1],
    ["(a, f()) = 1", "SyntaxError", "cannot assign to function call", 1],
    ["True = 1", "SyntaxError", "cannot assign to True", 1],
    ["del f()", "SyntaxError", "cannot delete function call", 1],
    ["del 1", "SyntaxError", "cannot delete literal", 1],
    ["for f() in x: pass", "SyntaxError", "cannot assign to function call", 1],
    ["with a as f(): pass", "SyntaxError", "cannot assign to function call", 1],
    ["f() += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1],
    ["a, b += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1],
    ["x = yield = 1", "SyntaxError", "assignment to yield expression not possible", 1],
    ["a, b: int", "SyntaxError", "only single target (not tuple) can be annotated", 1],
    ["if x\n  pass", "SyntaxError", "expected ':'", 1],
    ["def f()\n pass", "SyntaxError", "expected ':'", 1],
    ["if x y:\n pass", "SyntaxError", "invalid syntax", 1],
    ["x =", "SyntaxError", "invalid syntax", 1],
    ["if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2],
    ["x = 1\nwhile x:\n\nx", "IndentationError", "expected an indented block after 'while' statement on line 2", 4],
    ["def f():\nreturn", "IndentationError", "expected an indented block after function definition on line 1", 2],
    ["class A:\nx", "IndentationError", "expected an indented block after class definition on line 1", 2],
    ["try:\n a\nexcept E:\nb", "IndentationError", "expected an indented block after 'except' statement on line 3", 4],
    ["x\n  y", "IndentationError", "unexpected indent", 2],
    ["if True:\n    x = 1\n  y = 2", "IndentationError", "unindent does not match any outer indentation level", 3],
    ["x = (1,\ny = 2\n", "SyntaxError", "'(' was never closed", 1],
    ["x = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1],
    ["x = '''abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1],
    ["x = 1abc", "SyntaxError", "invalid decimal literal", 1],
    ["f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1],
    ["f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1],
    ["f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1],
    ["f(a=1, a=2)", "SyntaxError", "keyword argument repeated: a", 1],
    ["f(a.b=1)", "SyntaxError", 'expression cannot contain assignment, perhaps you meant "=="?', 1],
    ["def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1],
    ["def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1],
    ["def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1],
    ["def f(a, a): pass", "SyntaxError", "duplicate argument 'a' in function definition", 1],
    ["a = 1 if b", "SyntaxError", "expected 'else' after 'if' expression", 1],
    ["(a.b := 1)", "SyntaxError", "cannot use assignment expressions with attribute", 1],
    ["print 'x'", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1],
    ["[a b]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1],
    ["try:\n pass\nx=1", "SyntaxError", "expected 'except' or 'finally' block", 3],
    ["try:\n pass\nexcept A, B:\n pass", "SyntaxError", "multiple exception types must be parenthesized", 3],
    ["x = {**a: 1}", "SyntaxError", "invalid syntax", 1],
    ["from x import a,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1],
    ["x = 1\ny = = 2", "SyntaxError", "invalid syntax", 2],
  ];
  for (const [src, type, msg, line] of cases) {
    it(JSON.stringify(src), () => {
      const e = err(src);
      assert.deepEqual([e.pyType, e.msg, e.line], [type, msg, line]);
    });
  }

  it("formats errors like the CPython traceback", () => {
    const src = "x = 1\nif True:\n    y = (1,\n";
    assert.equal(formatSyntaxError(err(src), "main.py", src), [
      '  File "main.py", line 3',
      "    y = (1,",
      "        ^",
      "SyntaxError: '(' was never closed",
    ].join("\n"));
  });
});

describe("parser: match statements (PEP 634)", () => {
  it("parses every pattern kind into CPython's node shapes", () => {
    const s = stmt("match p:\n    case ([1, *rest] as q) | (Point(rest, y=0) as q) if q:\n        pass\n    case {'k': None, **kw}:\n        pass\n    case -1 | Color.RED | _:\n        pass\n");
    assert.equal(s.kind, "Match");
    if (s.kind !== "Match") return;
    assert.deepEqual(shape(s.cases.map((k) => k.pattern)), [
      { kind: "MatchOr", patterns: [
        { kind: "MatchAs", name: "q", pattern: { kind: "MatchSequence", patterns: [{ kind: "MatchValue", value: int(1) }, { kind: "MatchStar", name: "rest" }] } },
        { kind: "MatchAs", name: "q", pattern: { kind: "MatchClass", cls: name("Point"), patterns: [{ kind: "MatchAs", pattern: null, name: "rest" }], kwdAttrs: ["y"], kwdPatterns: [{ kind: "MatchValue", value: int(0) }] } },
      ] },
      { kind: "MatchMapping", keys: [str("k")], patterns: [{ kind: "MatchSingleton", value: null }], rest: "kw" },
      { kind: "MatchOr", patterns: [
        { kind: "MatchValue", value: { kind: "UnaryOp", op: "-", operand: int(1) } },
        { kind: "MatchValue", value: { kind: "Attribute", value: name("Color"), attr: "RED", ctx: "load" } },
        { kind: "MatchAs", pattern: null, name: null },
      ] },
    ]);
    assert.deepEqual(shape(s.cases[0].guard), name("q"));
  });

  it("keeps match and case usable as names (soft keywords)", () => {
    for (const src of ["match = 5", "match(x)", "match[x]: int = 1", "match.x = 1", "case = 1", "match, case = 1, 2", "print(match, case)", "match * 2", "match -x", "def match(case): pass", "class case: pass"]) {
      assert.notEqual(stmt(src).kind, "Match", src);
    }
    assert.equal(stmt("match (x):\n    case 1: pass").kind, "Match");
    assert.equal(stmt("match -x:\n    case 1: pass").kind, "Match");
    assert.equal(stmt("match *a, b:\n    case 1: pass").kind, "Match");
    assert.equal(stmt("match match:\n    case case: pass").kind, "Match");
  });

  // [source, type, message, line, offset] — taken from python3.11's compile().
  const cases: [string, string, string, number, number][] = [
    ["match x:\n    case _: pass\n    case 1: pass", "SyntaxError", "wildcard makes remaining patterns unreachable", 2, 10],
    ["match x:\n    case y: pass\n    case 1: pass", "SyntaxError", "name capture 'y' makes remaining patterns unreachable", 2, 10],
    ["match x:\n    case [*a, *b]: pass", "SyntaxError", "multiple starred names in sequence pattern", 2, 10],
    ["match x:\n    case a, *_, *c: pass", "SyntaxError", "multiple starred names in sequence pattern", 2, 10],
    ["match x:\n    case [a] | b: pass", "SyntaxError", "alternative patterns bind different names", 2, 16],
    ["match x:\n    case 1 | a: pass", "SyntaxError", "alternative patterns bind different names", 2, 14],
    ["match x:\n    case a | 1: pass", "SyntaxError", "name capture 'a' makes remaining patterns unreachable", 2, 10],
    ["match x:\n    case _ | 1: pass", "SyntaxError", "wildcard makes remaining patterns unreachable", 2, 10],
    ["match x:\n    case (x as y) | y: pass", "SyntaxError", "name capture 'x' makes remaining patterns unreachable", 2, 11],
    ["match x:\n    case [a, a]: pass", "SyntaxError", "multiple assignments to name 'a' in pattern", 2, 14],
    ["match x:\n    case {\"a\": 1, \"a\": 2}: pass", "SyntaxError", "mapping pattern checks duplicate key ('a')", 2, 10],
    ["match x:\n    case A(x=1, x=2): pass", "SyntaxError", "attribute name repeated in class pattern: x", 2, 19],
    ["match x:\n    case A(x=1, 2): pass", "SyntaxError", "positional patterns follow keyword patterns", 2, 17],
    ["match x:\n    case f\"x\": pass", "SyntaxError", "patterns may only match literals and attribute lookups", 2, 10],
    ["match x:\n    case 1 + 1: pass", "SyntaxError", "imaginary number required in complex literal", 2, 14],
    ["match x:\n    case 1j + 1: pass", "SyntaxError", "real number required in complex literal", 2, 10],
    ["match x:\n    case 1 as _: pass", "SyntaxError", "cannot use '_' as a target", 2, 15],
    ["match x:\n    case 1 as 2: pass", "SyntaxError", "invalid pattern target", 2, 15],
    ["match x:\n    case {**_}: pass", "SyntaxError", "invalid syntax", 2, 13],
    ["match x:\n    case {a: 1}: pass", "SyntaxError", "invalid syntax", 2, 12],
    ["match x:\n    case -a: pass", "SyntaxError", "invalid syntax", 2, 11],
    ["match x:\n    case *a: pass", "SyntaxError", "invalid syntax", 2, 12],
    ["match x:\n    pass", "SyntaxError", "invalid syntax", 2, 5],
    ["match x:\ncase 1: pass", "IndentationError", "expected an indented block after 'match' statement on line 1", 2, 1],
    ["match x:\n    case _:\n    pass", "IndentationError", "expected an indented block after 'case' statement on line 2", 3, 5],
    ["match x:\n    case 1: pass\n    y = 2", "SyntaxError", "invalid syntax", 3, 5],
    ["match x:\n    case {**a, \"b\": 1}: pass", "SyntaxError", "invalid syntax", 2, 16],
    ["match x:\n    case [a, {\"k\": a}]: pass", "SyntaxError", "multiple assignments to name 'a' in pattern", 2, 20],
    ["match x:\n    case A(a) | B(b): pass", "SyntaxError", "alternative patterns bind different names", 2, 19],
  ];
  for (const [src, type, msg, line, offset] of cases) {
    it(JSON.stringify(src), () => {
      const e = err(src);
      assert.deepEqual([e.pyType, e.msg, e.line, e.col], [type, msg, line, offset]);
    });
  }
});

describe("parser: limits", () => {
  it("rejects deep parentheses with a SyntaxError, not a RangeError", () => {
    assert.equal(err("x = " + "(".repeat(500) + ")".repeat(500)).msg, "too many nested parentheses");
  });

  it("rejects deep unary / not / conditional chains cleanly", () => {
    for (const src of ["x = " + "-".repeat(100000) + "1", "x = " + "not ".repeat(20000) + "1", "x = " + "a if b else ".repeat(20000) + "c", "x = " + "lambda: ".repeat(20000) + "1"]) {
      const e = err(src);
      assert.match(e.msg, /too many nested/);
    }
  });

  it("still parses moderately deep code", () => {
    assert.doesNotThrow(() => parse("x = " + "(".repeat(199) + "1" + ")".repeat(199)));
    assert.doesNotThrow(() => parse("x = " + "-".repeat(300) + "1"));
    assert.doesNotThrow(() => parse("x = " + "[".repeat(100) + "f(a.b[c] if d else -e ** 2)" + "]".repeat(100)));
  });

  it("parses long flat code iteratively", () => {
    assert.doesNotThrow(() => parse("x = " + Array(50000).fill("a").join(" + ")));
    assert.doesNotThrow(() => parse("x = [" + Array(50000).fill("1").join(", ") + "]"));
  });
});

// Differential check against CPython's own `ast`, when python3.11 is on the machine.
const py = spawnSync("python3", ["-c", "import sys; print(sys.version_info[:2] == (3, 11))"], { encoding: "utf8" });
const havePython = py.status === 0 && py.stdout.trim() === "True";

describe("parser: agrees with CPython's ast", { skip: !havePython && "python3.11 not available" }, () => {
  const corpus = `
import os, sys as system
from .pkg import (a, b as c)
x: list[int] = [1, 2, *rest]
a, *b = c = d[1:2, ...] = f(*args, k=1, **kw)
del a[0], b.c
@decorator(arg)
class K(Base, metaclass=Meta):
    """doc"""
    attr = {k: v for k, v in items if v}
    async def m(self, a, /, b=1, *c, d, e=2, **f) -> "R":
        async with lock as (l1, l2), other:
            async for i in aiter():
                await thing(i)
        return (yield x) if a else lambda q, *r: q
def gen():
    yield from range(3)
    nonlocal_thing = [i * j for i in range(3) for j in range(i) if i if j]
    s = f"{a!r:>{width}} {b=} {c:{d}.{e}f} {{lit}} {'q'} {x['k']}" 'tail' f'{y}'
    t = rb'\\d' b"\\x00"; u = u'\\N{BULLET}\\t' "\\u00e9" '''multi
line''' """x"""
    while not a and b or c is not d and e not in f:
        if a < b <= c: break
        elif -a ** -b // ~c @ d: continue
        else: pass
    else:
        z = 1 if y else 2 if w else 3
    try:
        pass
    except (A, B) as exc:
        raise C("x") from exc
    except:
        raise
    else:
        assert x, "msg"
    finally:
        global g
    with (open(a) as f1, open(b) as f2):
        print(f1, f2, sep="", end="\\n")
    for (i, j), *k in z: x[i] += j; y.z -= 1; w <<= 2; v //= 3; u **= 4; t @= 5
    return {**a, 'b': 2}, {1, 2}, (), (1,), [*a, *b], (x := 10), a[::2], a[1:], a[:-1], 0x_ff, 1_0.5e-3, 3j, 0o7, 0b1
print(*(i for i in x), sep=" ")
match command.split():
    case [action]:
        pass
    case [("go" | "move") as verb, direction, *_] if direction:
        pass
    case Point(x, y=-1.5) | Point3(x, y=2j, z=-3+4j):
        pass
    case {"k": None, 1: True, Color.RED: False, **rest}:
        pass
    case (a, b, *c) | [a, b, *c] | (a, b, c, ()):
        pass
    case str() | b"x" b"y" | "s" as text:
        pass
    case ((( x ))):
        pass
match a, *b:
    case _:
        match = case = 1
`;
  it("produces the same tree for a corpus of constructs", () => {
    const dumper = String.raw`
import ast, json, sys
OPS = {"Add":"+","Sub":"-","Mult":"*","Div":"/","FloorDiv":"//","Mod":"%","Pow":"**","MatMult":"@","LShift":"<<","RShift":">>","BitOr":"|","BitXor":"^","BitAnd":"&",
 "USub":"-","UAdd":"+","Invert":"~","Not":"not","And":"and","Or":"or","Eq":"==","NotEq":"!=","Lt":"<","LtE":"<=","Gt":">","GtE":">=","Is":"is","IsNot":"is not","In":"in","NotIn":"not in",
 "Load":"load","Store":"store","Del":"del"}
FIELD = {"format_spec":"formatSpec","is_async":"isAsync","kw_defaults":"kwDefaults","decorator_list":"decorators","context_expr":"contextExpr","optional_vars":"optionalVars","kwd_attrs":"kwdAttrs","kwd_patterns":"kwdPatterns"}
NOKIND = {"keyword","arg","alias","ExceptHandler","comprehension","withitem","arguments","match_case"}
def const(v):
    if v is None: return {"type":"None"}
    if v is Ellipsis: return {"type":"Ellipsis"}
    if isinstance(v,bool): return {"type":"bool","value":v}
    if isinstance(v,int): return {"type":"int","value":str(v)+"n"}
    if isinstance(v,float): return {"type":"float","value":v}
    if isinstance(v,complex): return {"type":"complex","imag":v.imag}
    if isinstance(v,str): return {"type":"str","value":v}
    return {"type":"bytes","value":list(v)}
def conv(n):
    if isinstance(n, list): return [conv(x) for x in n]
    if not isinstance(n, ast.AST): return n
    name = type(n).__name__
    if name in OPS: return OPS[name]
    isasync = None
    if name in ("AsyncFunctionDef","AsyncFor","AsyncWith"): name = name[5:]; isasync = True
    elif name in ("FunctionDef","For","With"): isasync = False
    d = {} if name in NOKIND else {"kind": name}
    if name == "Constant": d["value"] = const(n.value)
    else:
        for f in n._fields:
            if f in ("type_comment","kind","type_ignores"): continue
            v = getattr(n, f)
            d[FIELD.get(f,f)] = v if isinstance(v,(str,int)) and not isinstance(v, bool) or v is None and False else conv(v)
    if hasattr(n, "lineno"): d["line"] = n.lineno; d["col"] = n.col_offset
    if name == "AnnAssign": d["simple"] = bool(n.simple)
    if isasync is not None: d["isAsync"] = isasync
    if name == "comprehension": d["isAsync"] = bool(n.is_async)
    return d
print(json.dumps(conv(ast.parse(sys.stdin.read()))))
`;
    const r = spawnSync("python3", ["-c", dumper], { input: corpus, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    const want = JSON.parse(r.stdout);
    // End positions (read by the traceback markers) are not in the dump: left out here.
    const got = JSON.parse(JSON.stringify(parse(corpus), (k, v) => (k === "endLine" || k === "endCol" ? undefined : typeof v === "bigint" ? `${v}n` : v instanceof Uint8Array ? Array.from(v) : v)));
    assert.deepEqual(got, want);
  });
});
