// Float text and the format mini-language, checked against values CPython 3.11 prints.
import { test } from "node:test";
import assert from "node:assert/strict";
import { floatRepr, formatFixed, formatExp, formatGeneral } from "../../src/engine/objects/float-text.js";
import { cpythonSetOrder } from "../../src/engine/objects/set-order.js";
import { runProgram } from "../../src/engine/run.js";

test("float repr is CPython's shortest round-trip layout", () => {
  const cases: [number, string][] = [
    [0.1, "0.1"], [1e16, "1e+16"], [1e15, "1000000000000000.0"], [1e-5, "1e-05"], [1e-4, "0.0001"], [-0, "-0.0"],
    [1, "1.0"], [Infinity, "inf"], [-Infinity, "-inf"], [NaN, "nan"], [1.5e300, "1.5e+300"], [5e-324, "5e-324"],
    [123456789012345678, "1.2345678901234568e+17"], [0.30000000000000004, "0.30000000000000004"],
  ];
  for (const [x, s] of cases) assert.equal(floatRepr(x), s, String(x));
});

test("fixed/exponent formatting rounds exact ties half to even", () => {
  assert.equal(formatFixed(0.5, 0), "0");
  assert.equal(formatFixed(1.5, 0), "2");
  assert.equal(formatFixed(2.5, 0), "2");
  assert.equal(formatFixed(0.125, 2), "0.12");
  assert.equal(formatFixed(0.375, 2), "0.38");
  assert.equal(formatFixed(2.675, 2), "2.67");
  assert.equal(formatExp(2.5, 0), "2e+00");
  assert.equal(formatExp(12345.678, 2), "1.23e+04");
  assert.equal(formatGeneral(1234567, 6), "1.23457e+06");
  assert.equal(formatGeneral(0.0001, 6), "0.0001");
  assert.equal(formatGeneral(100, 3, false, false, true), "1e+02");
});

test("sets of small ints iterate in CPython's table order", () => {
  assert.deepEqual(cpythonSetOrder([10, 3, 8]), [8, 10, 3]);
  assert.deepEqual(cpythonSetOrder([5, 13]), [13, 5]);
  assert.equal(cpythonSetOrder([1, 2, 3]), null); // already in table order
  assert.deepEqual(cpythonSetOrder([0, 1, 4, 9, 16, 25, 36, 49, 64, 81]), [0, 1, 64, 4, 36, 9, 16, 49, 81, 25]);
  assert.deepEqual(cpythonSetOrder([-1, -2, 3]), [3, -1, -2]);
});

function run(src: string): string {
  const r = runProgram(src);
  return r.stdout + r.stderr;
}

test("format(), str.format, f-strings and % agree with CPython", () => {
  assert.equal(run('print(format(1234567.891, ",.2f"), "{:>8}|{:<4}|".format("r", 1), f"{255:#010x}", "%5.1f%%" % 99.44)\n'), "1,234,567.89        r|1   | 0x000000ff  99.4%\n");
  assert.equal(run('print(format(-1234, "010,"), format(1e16, ""), format(12.5, ".2"), "%r" % "it\'s")\n'), '-0,001,234 1e+16 1.2e+01 "it\'s"\n');
});

test("int arithmetic: Python signs, big ints, errors", () => {
  assert.equal(run("print(-7 // 2, -7 % 2, 2 ** 100, (2**64) // -3, divmod(-7, 2), 7 / 2, hash(-1), hash(2**61))\n"), "-4 1 1267650600228229401496703205376 -6148914691236517206 (-4, 1) 3.5 -2 1\n");
  assert.match(run("1 % 0\n"), /ZeroDivisionError: integer modulo by zero/);
  assert.match(run("2 ** (10 ** 10)\n"), /MemoryError/);
});
