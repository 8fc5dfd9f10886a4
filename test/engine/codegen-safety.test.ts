// The code generator (engine option `codegen`, compiler/codegen/) never writes program
// text into generated JavaScript: identifiers, strings, f-strings, comments and numbers
// made of JavaScript syntax keep exactly their Python meaning, and every generated
// source stays inside the emitter's alphabet (no quotes, backticks, slashes, backslashes).
import { test } from "node:test";
import assert from "node:assert/strict";
import { runProgram } from "../../src/engine/run.js";

/** Run `src` with codegen on, recording every source handed to `new Function`. */
function runRecording(src: string): { out: string; sources: string[] } {
  const sources: string[] = [];
  const original = globalThis.Function;
  const recording = function (...args: string[]) {
    sources.push(args[args.length - 1]);
    return original(...args);
  } as unknown as FunctionConstructor;
  globalThis.Function = recording;
  try {
    const r = runProgram(src, { codegen: true });
    return { out: r.stdout + r.stderr, sources };
  } finally {
    globalThis.Function = original;
  }
}

function reference(src: string): string {
  const r = runProgram(src, { codegen: false });
  return r.stdout + r.stderr;
}

/** Generated body sources (after the fixed prelude) hold only the emitter's alphabet. */
function assertSafe(sources: string[], payloads: string[]): void {
  assert.ok(sources.length > 0, "codegen compiled nothing");
  for (const s of sources) {
    const body = s.slice(s.indexOf("return function body"));
    assert.match(body, /^[A-Za-z0-9_ \n;:,.(){}[\]=!<>+\-*&|?]*$/);
    for (const p of payloads) if (p.length >= 4) assert.ok(!s.includes(p), `generated source contains program text ${JSON.stringify(p)}`);
  }
}

test("JavaScript syntax in names, strings, f-strings, comments and numbers means what CPython says", () => {
  const src = [
    "# comment */ </script> ` ${x} \\u2028 \" '",
    "def L(T, K, S):",
    "    E = \"back`tick ${T} */ </script> \\\\ \\u2028 \\u2029 'q' \\\"dq\\\"\"",
    "    Q = f\"{T!r}`${{K}}`*/{S:>5}\\\\\"",
    "    t0 = 0x7fffffff + 1_000 - 10**20 + 1e308 * 10",
    "    B0 = -0.0",
    "    constructor = [E, Q, t0, B0]",
    "    __proto__ = {\"__proto__\": 1, \"constructor\": 2}",
    "    interp = len(E) + len(Q)",
    "    for f in range(3):",
    "        interp += f",
    "    return constructor, __proto__, interp, E[3:8], Q.upper()",
    "",
    "",
    "print(L(\"${`\", \"*/\", \"\\\\\"))",
    "print(L(1, 2, 3))",
    "# raw separators: \u2028 and \u2029 */",
    "def g(x):",
    "    s = \"\u2028`${x}`\u2029\"  # \u2028 */",
    "    return [len(s), s == \"\\u2028`${x}`\\u2029\", f\"{x}\u2028\"[-1] == \"\\u2028\"]",
    "",
    "",
    "print(g(7))",
    "",
  ].join("\n");
  // CPython 3.11's output for this program.
  const expected = [
    "(['back`tick ${T} */ </script> \\\\ \\u2028 \\u2029 \\'q\\' \"dq\"', \"'${`'`${K}`*/    \\\\\\\\\", inf, -0.0], {'__proto__': 1, 'constructor': 2}, 64, 'k`tic', \"'${`'`${K}`*/    \\\\\\\\\")",
    "(['back`tick ${T} */ </script> \\\\ \\u2028 \\u2029 \\'q\\' \"dq\"', '1`${K}`*/    3\\\\', inf, -0.0], {'__proto__': 1, 'constructor': 2}, 60, 'k`tic', '1`${K}`*/    3\\\\')",
    "[8, True, True]",
    "",
  ].join("\n");
  const { out, sources } = runRecording(src);
  assert.equal(out, expected);
  assert.equal(reference(src), expected);
  assertSafe(sources, ["back`tick", "</script>", "constructor", "__proto__", "${`", "7fffffff"]);
});

/** A small deterministic generator (xorshift) so every run fuzzes the same programs. */
function rng(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const JS_NAMES = ["L", "T", "K", "S", "G", "E", "Q", "R", "f", "t0", "t1", "B0", "C0", "interp", "NAMES", "TYPES", "NUM", "BOOL", "OBJ",
  "constructor", "__proto__", "prototype", "eval", "Function", "arguments", "undefined", "NaN", "Infinity", "this_", "window", "process",
  "globalThis", "require", "body", "trimTemps", "checkLimits", "callGeneric", "zq_\u00e9t\u00e9"];
const JS_TEXT = ["'", "\"", "`", "${", "}", "*/", "/*", "//", "</script>", "\u2028", "\u2029", "\\", "\\\\", "\\n", "${1+1}", "`+`", "');", "\"+\"",
  "\\u0041", "\\x41", "\n", "\t", "{", "}}", "{{", "$", "<!--", "-->"];
const NUMBERS = ["0", "1", "-1", "1_000_000", "0x7fffffff", "2**62", "10**30", "-10**30", "0o777", "0b1011", "1e308", "1e-320", "-0.0",
  "3.14", "1073741823", "1073741824", "-1073741824", "9007199254740993"];

/** A Python string literal holding `text` (escaped as Python needs: backslash, quote, newline). */
function pyStr(text: string): string {
  return "\"" + text.replace(/\\/g, "\\\\").replace(/"/g, "\\\"").replace(/\n/g, "\\n").replace(/\r/g, "\\r") + "\"";
}

function fuzzProgram(rand: () => number): { src: string; payloads: string[] } {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const unique = new Set<string>();
  while (unique.size < 4) unique.add(pick(JS_NAMES));
  const names = [...unique];
  const payloads: string[] = [];
  const text = () => {
    const s = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(JS_TEXT)).join(pick(["", " ", "x"]));
    payloads.push(s);
    return s;
  };
  const lines = [`# ${text().replace(/[\n\r]/g, " ")}`, `def ${names[0]}(${names.slice(1, 3).join(", ")}):`];
  lines.push(`    ${names[names.length - 1]} = ${pick(NUMBERS)}  # ${text().replace(/[\n\r]/g, " ")}`);
  lines.push(`    s = ${pyStr(text())} + str(${names[1]}) + ${pyStr(text())}`);
  lines.push(`    fs = f"{${names[2]}!r}" + f"{s}{${names[1]}}" + f"{{}}"`);
  lines.push(`    n = ${pick(NUMBERS)} + ${pick(NUMBERS)} * (${names[names.length - 1]} if ${names[names.length - 1]} else 1)`);
  lines.push(`    out = []`);
  lines.push(`    for i in range(len(s)):`);
  lines.push(`        if s[i] in ${pyStr(text())}:`);
  lines.push(`            out.append(i)`);
  lines.push(`    return [s, fs, n, out, len(s) > 3, s[1:3]]`);
  lines.push("");
  lines.push(`print(${names[0]}(${pyStr(text())}, ${pick(NUMBERS)}))`);
  lines.push(`print(${names[0]}(${pick(NUMBERS)}, ${pyStr(text())}))`);
  return { src: lines.join("\n") + "\n", payloads };
}

test("fuzzed programs of JavaScript syntax mean the same with and without codegen", () => {
  const rand = rng(20261208);
  for (let k = 0; k < 60; k++) {
    const { src, payloads } = fuzzProgram(rand);
    const { out, sources } = runRecording(src);
    assert.equal(out, reference(src), `program ${k}:\n${src}`);
    assert.doesNotMatch(out, /SystemError|internal error/, `program ${k}:\n${src}`);
    assertSafe(sources, payloads.filter((p) => /[`'"\\$]|script/.test(p)));
  }
});

test("codegen keeps tracebacks, unbound locals and the step budget", () => {
  const src = "def f(n):\n    x = 1\n    if n > 2:\n        del x\n    return x + n\n\nprint(f(1))\nprint(f(3))\n";
  const on = runProgram(src, { codegen: true });
  const off = runProgram(src, { codegen: false });
  assert.equal(on.stdout + on.stderr, off.stdout + off.stderr);
  assert.match(on.stderr, /line 5, in f\n    return x \+ n\n           \^\nUnboundLocalError/);
  const loop = "def spin():\n    i = 0\n    while True:\n        i += 1\n\nspin()\n";
  const a = runProgram(loop, { codegen: true, maxSteps: 5000 });
  const b = runProgram(loop, { codegen: false, maxSteps: 5000 });
  assert.equal(a.status, "timeout");
  assert.equal(a.stats.steps, b.stats.steps);
  assert.deepEqual(a.events, b.events);
});

test("parameters unbound by del or except-as raise UnboundLocalError like CPython", () => {
  const src = "def f(a, b):\n    del a\n    try:\n        return a\n    except UnboundLocalError as e:\n        print(e)\n    try:\n        1 / 0\n    except ZeroDivisionError as b:\n        pass\n    return b\n\ntry:\n    f(1, 2)\nexcept UnboundLocalError as e:\n    print('outer', e)\n";
  const { out } = runRecording(src);
  assert.equal(out, "cannot access local variable 'a' where it is not associated with a value\nouter cannot access local variable 'b' where it is not associated with a value\n");
});

test("literals used as receivers, operands and loop bounds", () => {
  const src = "def f():\n    a = (1).real\n    b = (5).bit_length()\n    c = -3 .__abs__()\n    d = [10, 20][1] + (2).__add__(3)\n    for i in range(2, -4, -2):\n        d += i\n    return a, b, c, d, True.real, 'x'.upper(), 1 < 2 < 3\n\nprint(f())\n";
  const { out, sources } = runRecording(src);
  assert.equal(out, "(1, 3, -3, 25, 1, 'X', True)\n");
  assertSafe(sources, []);
});
