// Bytes formatting (`b'%d %s' % args`, PEP 461) through str's printf-style engine
// (percent-format.ts) over a latin-1 view of the format: %s/%b take bytes-like objects
// or __bytes__, %r/%a give ascii(), %c an int in range(256) or one byte, mapping keys
// are bytes. Also bytes.maketrans/translate, shared with bytearray.

import type { PyValue } from "./object.js";
import { NotImplemented, None, bytearrayType, bytesType } from "./builtin-types.js";
import type { Interpreter } from "../vm/interpreter.js";
import { defineMethods } from "./function.js";
import { builtinStaticMethod } from "./classmethod-builtin.js";
import { callValue, typeOf } from "../vm/abstract.js";
import { raiseOverflow, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { PyBytes, newBytes } from "./bytes.js";
import { PyStr } from "./str.js";
import { PyFloat } from "./float.js";
import { PyTuple, newTuple } from "./tuple.js";
import { isInt, toBig } from "./int.js";
import { takeKwargs } from "./args.js";
import { asciiRepr } from "./str-methods.js";
import { charCodesToString } from "./text-builder.js";
import { exportedBytes } from "./buffer-exports.js";
import { percentFormat, type PercentHooks } from "./percent-format.js";
import { reserveItems } from "./reserve.js";

/** The bytes of a bytes-like object (bytes, bytearray, memoryview, array), or null. */
function bytesLike(interp: Interpreter, v: PyValue): number[] | null {
  if (v instanceof PyBytes) return v.bytes;
  return exportedBytes(interp, v);
}

function latin1(bytes: number[]): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 8192) s += charCodesToString(bytes.slice(i, i + 8192));
  return s;
}

function cut(s: string, prec: number): string {
  return prec >= 0 && s.length > prec ? s.slice(0, prec) : s;
}

function bytesHooks(interp: Interpreter): PercentHooks {
  return {
    what: "bytes",
    key: (text) => newBytes(interp, Array.from(text, (ch) => ch.charCodeAt(0))),
    isMapping: (args) => !(args instanceof PyTuple) && !(args instanceof PyBytes) && !(args instanceof PyStr) && typeof args === "object" && typeOf(args).getitem !== undefined,
    convert(c, v, prec) {
      switch (c) {
        case "s": case "b": {
          let b = bytesLike(interp, v);
          if (b === null) {
            const m = typeof v === "object" ? typeOf(v).lookup("__bytes__") : null;
            if (m === null || v instanceof PyStr) {
              return raiseTypeError(interp, `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).name}'`);
            }
            const r = callValue(interp, m, [v]);
            if (!(r instanceof PyBytes)) raiseTypeError(interp, `__bytes__ returned non-bytes (type ${typeOf(r).name})`);
            b = (r as PyBytes).bytes;
          }
          return latin1(prec >= 0 ? b.slice(0, prec) : b);
        }
        case "r": case "a":
          return cut(asciiRepr(interp, v), prec);
        case "c": {
          if (v instanceof PyBytes && v.bytes.length === 1) return String.fromCharCode(v.bytes[0]);
          if (isInt(v)) {
            const n = toBig(v);
            if (n < 0n || n > 255n) raiseOverflow(interp, "%c arg not in range(256)");
            return String.fromCharCode(Number(n));
          }
          return raiseTypeError(interp, "%c requires an integer in range(256) or a single byte");
        }
        case "e": case "E": case "f": case "F": case "g": case "G":
          if (!(v instanceof PyFloat) && !isInt(v) && !(typeof v === "object" && typeOf(v).lookup("__float__") !== null)) {
            raiseTypeError(interp, `float argument required, not ${typeOf(v).name}`);
          }
          return undefined;
        default:
          return undefined;
      }
    },
  };
}

/** fmt % args for bytes and bytearray (the result has fmt's type). */
export function bytesPercent(interp: Interpreter, fmt: PyBytes, args: PyValue): PyValue {
  const text = percentFormat(interp, latin1(fmt.bytes), args, bytesHooks(interp));
  reserveItems(interp, text.length, 1);
  const out = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  const r = newBytes(interp, out);
  return fmt.cls === bytesType ? r : callValue(interp, bytearrayType, [r]);
}

// bytes' slot is wrapped here; bytearray's own slot (bytearray.ts) calls bytesPercent.
const bytesBinary = bytesType.binary!;
bytesType.binary = (interp, op, self, other, reflected) => {
  if (op === "mod") return reflected ? NotImplemented : bytesPercent(interp, self as PyBytes, other);
  return bytesBinary(interp, op, self, other, reflected);
};
for (const t of [bytesType, bytearrayType]) {
  defineMethods(t, {
    __mod__: (interp, args) => bytesPercent(interp, args[0] as PyBytes, args[1]),
    __rmod__: () => NotImplemented,
  });
}

// ---------------------------------------------------------------- maketrans / translate

function maketrans(interp: Interpreter, args: PyValue[]): PyValue {
  if (args.length !== 2) raiseTypeError(interp, `maketrans expected 2 arguments, got ${args.length}`);
  const from = bytesLike(interp, args[0]);
  const to = bytesLike(interp, args[1]);
  if (from === null) return raiseTypeError(interp, `a bytes-like object is required, not '${typeOf(args[0]).name}'`);
  if (to === null) return raiseTypeError(interp, `a bytes-like object is required, not '${typeOf(args[1]).name}'`);
  if (from.length !== to.length) raiseValueError(interp, "maketrans arguments must have same length");
  const table = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0; i < from.length; i++) table[from[i]] = to[i];
  return newBytes(interp, table);
}
bytesType.dict.set("maketrans", builtinStaticMethod("maketrans", "bytes", (interp, args) => maketrans(interp, args)));
bytearrayType.dict.set("maketrans", builtinStaticMethod("maketrans", "bytearray", (interp, args) => maketrans(interp, args)));

defineMethods(bytesType, {
  translate(interp, args, kwargs) {
    const kw = takeKwargs(interp, "translate", kwargs, ["delete"]);
    if (args.length < 2 || args.length > 3) raiseTypeError(interp, `translate expected at least 1 argument, got ${args.length - 1}`);
    const self = args[0] as PyBytes;
    const tableArg = args[1];
    const delArg = args.length > 2 ? args[2] : kw.get("delete");
    let table: number[] | null = null;
    if (tableArg !== None) {
      table = bytesLike(interp, tableArg);
      if (table === null) return raiseTypeError(interp, `a bytes-like object is required, not '${typeOf(tableArg).name}'`);
      if (table.length !== 256) raiseValueError(interp, "translation table must be 256 characters long");
    }
    let drop: Set<number> | null = null;
    if (delArg !== undefined) {
      const d = bytesLike(interp, delArg);
      if (d === null) return raiseTypeError(interp, `a bytes-like object is required, not '${typeOf(delArg).name}'`);
      drop = new Set(d);
    }
    const out: number[] = [];
    for (const b of self.bytes) if (drop === null || !drop.has(b)) out.push(table === null ? b : table[b]);
    return newBytes(interp, out);
  },
  __getnewargs__(interp, args) {
    return newTuple(interp, [args[0]]);
  },
  __bytes__(interp, args) {
    const b = args[0];
    if (!(b instanceof PyBytes) || b.cls !== bytesType && !b.cls.isSubtypeOf(bytesType)) return raiseTypeError(interp, `descriptor '__bytes__' requires a 'bytes' object but received a '${typeOf(b).name}'`);
    return b.cls === bytesType ? b : newBytes(interp, b.bytes.slice());
  },
});

