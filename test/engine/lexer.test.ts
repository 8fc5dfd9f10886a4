import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  DEDENT, ENDMARKER, INDENT, NAME, NEWLINE, NUMBER, OP, STRING, STR_BYTES, STR_FORMAT, STR_RAW,
  NUM_FLOAT, NUM_IMAG, NUM_INT, kindName, tokenize, type Token,
} from "../../src/engine/lexer.js";
import { PySyntaxError } from "../../src/engine/parser/errors.js";

/** Compact token rendering: kinds for structure, values for names/ops/numbers. */
function show(src: string): string[] {
  return tokenize(src).map((t) => (t.type === NAME || t.type === OP || t.type === NUMBER ? `${kindName(t.type)}:${t.value}` : kindName(t.type)));
}

function lexError(src: string): PySyntaxError {
  try {
    tokenize(src);
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  assert.fail(`no error for ${JSON.stringify(src)}`);
}

function body(src: string, t: Token): string {
  return src.slice(t.bodyStart, t.bodyEnd);
}

describe("tokenizer: lines and indentation", () => {
  it("emits NEWLINE and ENDMARKER for a simple line, adding a final NEWLINE", () => {
    assert.deepEqual(show("x = 1"), ["NAME:x", "OP:=", "NUMBER:1", "NEWLINE", "ENDMARKER"]);
    assert.deepEqual(show("x = 1\n"), ["NAME:x", "OP:=", "NUMBER:1", "NEWLINE", "ENDMARKER"]);
    assert.deepEqual(show(""), ["ENDMARKER"]);
  });

  it("produces INDENT/DEDENT from the indentation stack", () => {
    assert.deepEqual(show("if x:\n    y\n    if z:\n        w\nv\n"), [
      "NAME:if", "NAME:x", "OP::", "NEWLINE", "INDENT", "NAME:y", "NEWLINE", "NAME:if", "NAME:z", "OP::", "NEWLINE",
      "INDENT", "NAME:w", "NEWLINE", "DEDENT", "DEDENT", "NAME:v", "NEWLINE", "ENDMARKER",
    ]);
  });

  it("closes open blocks with DEDENTs at end of input", () => {
    assert.deepEqual(show("if x:\n  y"), ["NAME:if", "NAME:x", "OP::", "NEWLINE", "INDENT", "NAME:y", "NEWLINE", "DEDENT", "ENDMARKER"]);
  });

  it("ignores blank and comment-only lines, whatever their indentation", () => {
    assert.deepEqual(show("if x:\n\n      # comment\n  y  # trailing\n\n"), [
      "NAME:if", "NAME:x", "OP::", "NEWLINE", "INDENT", "NAME:y", "NEWLINE", "DEDENT", "ENDMARKER",
    ]);
  });

  it("treats a tab as advancing to the next multiple of 8, consistently", () => {
    assert.deepEqual(show("if x:\n\ty\n\tz\n"), ["NAME:if", "NAME:x", "OP::", "NEWLINE", "INDENT", "NAME:y", "NEWLINE", "NAME:z", "NEWLINE", "DEDENT", "ENDMARKER"]);
  });

  it("raises TabError for indentation that depends on the tab size", () => {
    const e = lexError("if x:\n\tpass\n        pass\n");
    assert.equal(e.pyType, "TabError");
    assert.equal(e.msg, "inconsistent use of tabs and spaces in indentation");
    assert.equal(e.line, 3);
  });

  it("rejects a dedent to a level that was never used", () => {
    const e = lexError("if x:\n  a\n else:\n  b\n");
    assert.equal(e.pyType, "IndentationError");
    assert.equal(e.msg, "unindent does not match any outer indentation level");
    assert.equal(e.line, 3);
  });

  it("emits no NEWLINE/INDENT inside brackets", () => {
    assert.deepEqual(show("f(1,\n      2)\n"), ["NAME:f", "OP:(", "NUMBER:1", "OP:,", "NUMBER:2", "OP:)", "NEWLINE", "ENDMARKER"]);
  });

  it("joins lines with a backslash continuation", () => {
    assert.deepEqual(show("x = 1 + \\\n    2\n"), ["NAME:x", "OP:=", "NUMBER:1", "OP:+", "NUMBER:2", "NEWLINE", "ENDMARKER"]);
    assert.equal(lexError("x = \\ y").msg, "unexpected character after line continuation character");
    assert.equal(lexError("x = 1 \\").msg, "unexpected EOF while parsing");
  });

  it("records 1-based lines and 0-based columns", () => {
    const toks = tokenize("a = (1,\n     b)\n");
    const b = toks.find((t) => t.value === "b")!;
    assert.deepEqual([b.line, b.col, b.endCol], [2, 5, 6]);
  });

  it("caps indentation depth", () => {
    let src = "";
    for (let i = 0; i < 101; i++) src += " ".repeat(i) + "if x:\n";
    src += " ".repeat(101) + "pass\n";
    assert.equal(lexError(src).msg, "too many levels of indentation");
  });
});

describe("tokenizer: operators, names, brackets", () => {
  it("matches the longest operator", () => {
    assert.deepEqual(
      show("a **= b //= c >>= d <<= e @= f := g -> ... != == <= >= ** // << >> ~").filter((s) => s.startsWith("OP")),
      ["OP:**=", "OP://=", "OP:>>=", "OP:<<=", "OP:@=", "OP::=", "OP:->", "OP:...", "OP:!=", "OP:==", "OP:<=", "OP:>=", "OP:**", "OP://", "OP:<<", "OP:>>", "OP:~"],
    );
  });

  it("reads unicode identifiers (NFKC-normalized)", () => {
    assert.deepEqual(show("π = ﬁ"), ["NAME:π", "OP:=", "NAME:fi", "NEWLINE", "ENDMARKER"]);
  });

  it("reports bracket errors like CPython", () => {
    let e = lexError("x = (1,");
    assert.deepEqual([e.msg, e.line, e.col], ["'(' was never closed", 1, 5]);
    e = lexError("x = )");
    assert.deepEqual([e.msg, e.col], ["unmatched ')'", 5]);
    e = lexError("x = (]");
    assert.equal(e.msg, "closing parenthesis ']' does not match opening parenthesis '('");
    e = lexError("x = (\n]");
    assert.deepEqual([e.msg, e.line], ["closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2]);
  });

  it("caps bracket nesting at 200", () => {
    assert.equal(lexError("x = " + "(".repeat(201) + ")".repeat(201)).msg, "too many nested parentheses");
    assert.doesNotThrow(() => tokenize("x = " + "(".repeat(150) + ")".repeat(150)));
  });

  it("rejects stray characters", () => {
    assert.equal(lexError("x = $").msg, "invalid syntax");
    assert.equal(lexError("x = a ? b").msg, "invalid syntax");
    assert.equal(lexError("x = €").msg, "invalid character '€' (U+20AC)");
  });
});

describe("tokenizer: numbers", () => {
  const kinds = (src: string) => tokenize(src).filter((t) => t.type === NUMBER).map((t) => [t.value, t.flags]);

  it("classifies ints, floats and imaginary literals", () => {
    assert.deepEqual(kinds("1 1_000 0x_1F 0o17 0B1010 00 0"), [
      ["1", NUM_INT], ["1_000", NUM_INT], ["0x_1F", NUM_INT], ["0o17", NUM_INT], ["0B1010", NUM_INT], ["00", NUM_INT], ["0", NUM_INT],
    ]);
    assert.deepEqual(kinds("1. .5 1e-3 1_000.5 1E+10 3j 1.5J 0j"), [
      ["1.", NUM_FLOAT], [".5", NUM_FLOAT], ["1e-3", NUM_FLOAT], ["1_000.5", NUM_FLOAT], ["1E+10", NUM_FLOAT],
      ["3j", NUM_IMAG], ["1.5J", NUM_IMAG], ["0j", NUM_IMAG],
    ]);
  });

  it("allows a keyword right after a number (1if x else 2)", () => {
    assert.deepEqual(show("1if x else 2"), ["NUMBER:1", "NAME:if", "NAME:x", "NAME:else", "NUMBER:2", "NEWLINE", "ENDMARKER"]);
  });

  it("rejects malformed numbers with CPython's messages", () => {
    const cases: [string, string][] = [
      ["1abc", "invalid decimal literal"],
      ["1_", "invalid decimal literal"],
      ["1__0", "invalid decimal literal"],
      ["1e", "invalid decimal literal"],
      ["1.e", "invalid decimal literal"],
      ["0x", "invalid hexadecimal literal"],
      ["0xg", "invalid hexadecimal literal"],
      ["0o8", "invalid digit '8' in octal literal"],
      ["0b2", "invalid digit '2' in binary literal"],
      ["01", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"],
      ["1jx", "invalid imaginary literal"],
    ];
    for (const [src, msg] of cases) assert.equal(lexError(`x = ${src}`).msg, msg, src);
  });
});

describe("tokenizer: strings", () => {
  it("recognizes every prefix, any case", () => {
    const src = "'a' \"b\" r'c' U'd' b'e' Br'f' rB'g' f'h' Rf'i' fR'j'";
    const flags = tokenize(src).filter((t) => t.type === STRING).map((t) => t.flags);
    assert.deepEqual(flags, [0, 0, STR_RAW, 0, STR_BYTES, STR_BYTES | STR_RAW, STR_BYTES | STR_RAW, STR_FORMAT, STR_FORMAT | STR_RAW, STR_FORMAT | STR_RAW]);
  });

  it("does not take an unknown prefix as part of a string", () => {
    assert.deepEqual(show("ub'x'").slice(0, 2), ["NAME:ub", "STRING"]);
  });

  it("finds the body of single, double and triple-quoted strings", () => {
    const src = `a = '''x\n'y'\n''' + "q\\"r" + 'it\\'s'`;
    const strs = tokenize(src).filter((t) => t.type === STRING);
    assert.deepEqual(strs.map((t) => body(src, t)), ["x\n'y'\n", 'q\\"r', "it\\'s"]);
    assert.deepEqual([strs[0].line, strs[0].endLine, strs[1].line], [1, 3, 3]);
  });

  it("tracks lines across a backslash-newline inside a string", () => {
    const toks = tokenize("s = 'a\\\nb'\nt = 1\n");
    assert.equal(toks.find((t) => t.value === "t")!.line, 3);
  });

  it("reports unterminated strings with the detection line", () => {
    let e = lexError("x = 'abc");
    assert.deepEqual([e.msg, e.line, e.col], ["unterminated string literal (detected at line 1)", 1, 5]);
    e = lexError("x = 1\ny = '''abc\n\n");
    assert.deepEqual([e.msg, e.line], ["unterminated triple-quoted string literal (detected at line 3)", 2]);
  });

  it("re-tokenizes a sub-range as if inside brackets (f-string fields)", () => {
    const src = "f'{a +\n b}'";
    const toks = tokenize(src, { start: 3, end: 9, line: 1, lineStart: 0, inBrackets: true });
    assert.deepEqual(toks.map((t) => t.type), [NAME, OP, NAME, ENDMARKER]);
    assert.deepEqual([toks[2].line, toks[2].col], [2, 1]);
    void [INDENT, DEDENT, NEWLINE];
  });
});
