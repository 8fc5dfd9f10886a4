// `_decnum`: the integer <-> decimal-text primitives under stdlib/decimal.py. A Decimal's
// coefficient is a Python int that may have far more digits than int()/str() allow
// (sys.set_int_max_str_digits does not apply to decimal, as in CPython), and counting
// its digits must not cost a full conversion on every arithmetic operation.
//   digits(n)  -> number of decimal digits of |n| (1 for 0)
//   to_str(n)  -> the decimal digits of |n|, no digit limit
//   from_str(s)-> the int written by s (ASCII digits only, checked by the caller)
//   make(cls, sign, coef, exp, special) -> a new instance of the plain class cls with
//                those four attributes (what object.__new__ plus four setattrs give, in
//                one call: every arithmetic result is made this way)

import type { PyValue } from "../objects/object.js";
import { builtin, makeModule, type PyModule } from "../objects/module.js";
import { bitLength, intFromBigInt, intFromNumber, isInt, toBig, type PyInt } from "../objects/int.js";
import { newStr, PyStr } from "../objects/str.js";
import { reserveIntBits, reserveStr } from "../objects/reserve.js";
import { bigWork, fromDecimalCostMs, mulCostMs, toDecimalCostMs } from "../objects/int-cost.js";
import type { Interpreter } from "../vm/interpreter.js";
import { raiseTypeError, raiseValueError } from "../vm/errors.js";
import { PyType } from "../objects/type.js";
import { objectType } from "../objects/builtin-types.js";
import { INSTANCE_SIZE, PyInstance } from "../objects/objecttype.js";

/** Heap charge of an instance holding the four attributes (abstract.ts: 16 bytes each). */
const DECIMAL_SIZE = INSTANCE_SIZE + 4 * 16;

const LOG10_2 = Math.log10(2);

function intArg(interp: Interpreter, args: PyValue[], fn: string): number | boolean | PyInt {
  const v = args[0];
  if (args.length !== 1 || v === undefined || !isInt(v)) return raiseTypeError(interp, `${fn}() takes one int`);
  return v;
}

/** Decimal digits of |b|: from the bit length, checked against one power of ten. */
function digitCount(interp: Interpreter, b: bigint): number {
  if (b < 0n) b = -b;
  const bits = bitLength(b);
  if (bits <= 50) return String(Number(b)).length;
  // building the power of ten costs about a few multiplications of that size
  if (bits > 100000) bigWork(interp, 4 * mulCostMs(bits, bits));
  // 2**(bits-1) <= b < 2**bits, so the count is floor((bits-1)*log10 2)+1 or one more.
  const low = Math.floor((bits - 1) * LOG10_2) + 1;
  return b >= 10n ** BigInt(low) ? low + 1 : low;
}

/** A Python class whose instances are plain PyInstances (no builtin base but object). */
function plainClass(cls: PyType): boolean {
  for (const b of cls.mro) if (b.frozen && b !== objectType) return false;
  return true;
}

export function createDecnumModule(_interp: Interpreter): PyModule {
  return makeModule("_decnum", [
    ["digits", builtin("digits", (interp, args) => {
      const v = intArg(interp, args, "digits");
      if (typeof v === "number") return v < 0 ? String(-v).length : String(v).length;
      if (typeof v === "boolean") return 1;
      const n = v.n;
      if (n === n) return String(n < 0 ? -n : n).length;
      return intFromNumber(interp, digitCount(interp, v.v));
    })],
    ["to_str", builtin("to_str", (interp, args) => {
      const v = intArg(interp, args, "to_str");
      let b = toBig(v);
      if (b < 0n) b = -b;
      const bits = bitLength(b);
      if (bits > 2048) {
        reserveStr(interp, Math.ceil(bits * LOG10_2) + 1);
        bigWork(interp, toDecimalCostMs(bits));
      }
      return newStr(interp, b.toString());
    })],
    ["make", builtin("make", (interp, args) => {
      const cls = args[0];
      if (args.length !== 5 || !(cls instanceof PyType) || !cls.instancesHaveDict || !plainClass(cls))
        return raiseTypeError(interp, "make() takes a plain class and four values");
      const obj = new PyInstance(cls);
      const d = obj.dict;
      d.set("_sign", args[1]);
      d.set("_int", args[2]);
      d.set("_exp", args[3]);
      d.set("_special", args[4]);
      return interp.heap.alloc(obj, DECIMAL_SIZE);
    })],
    ["from_str", builtin("from_str", (interp, args) => {
      const s = args[0];
      if (args.length !== 1 || !(s instanceof PyStr)) return raiseTypeError(interp, "from_str() takes one str");
      const text = s.v;
      if (!/^[0-9]+$/.test(text)) return raiseValueError(interp, "from_str(): not decimal digits");
      if (text.length <= 15) return intFromNumber(interp, Number(text));
      if (text.length > 1000) {
        reserveIntBits(interp, text.length * 3.33);
        bigWork(interp, fromDecimalCostMs(text.length));
      }
      return intFromBigInt(interp, BigInt(text));
    })],
  ]);
}
