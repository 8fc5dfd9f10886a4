// UnicodeDecodeError(encoding, object, start, end, reason) and UnicodeEncodeError(encoding,
// object, start, end, reason), built by a program: the five fields become attributes and
// str() words them like CPython ("'utf-8' codec can't decode byte 0xff in position 0:
// invalid start byte"). Made with one message argument (as the engine's codecs raise
// them), they print that message, like any exception.

import "./exception-methods.js";
import type { PyValue } from "./object.js";
import { PyException, UnicodeDecodeError, UnicodeEncodeError } from "./exceptions.js";
import { PyStr } from "./str.js";
import { PyBytes } from "./bytes.js";
import { isInt, toSafeNumber } from "./int.js";
import { pyStr, typeName } from "../vm/abstract.js";
import { raiseTypeError } from "../vm/errors.js";

const FIELDS = ["encoding", "object", "start", "end", "reason"];

function fieldsOf(e: PyException): Map<string, PyValue> | null {
  return e.args.length === 5 && e.dict !== null && e.dict.has("reason") ? e.dict : null;
}

/** CPython's escape of one character in an encode error: \xNN, \uNNNN or \UNNNNNNNN. */
function charEscape(cp: number): string {
  if (cp <= 0xff) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp <= 0xffff) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

for (const [t, decoding] of [[UnicodeDecodeError, true], [UnicodeEncodeError, false]] as const) {
  const construct = t.construct!;
  const str = t.str!;
  t.construct = (interp, cls, args, kwargs) => {
    if (args.length !== 5) raiseTypeError(interp, `function takes exactly 5 arguments (${args.length} given)`);
    const [encoding, object, start, end, reason] = args;
    const mustBe = (i: number, what: string, v: PyValue): never => raiseTypeError(interp, `argument ${i} must be ${what}, not ${typeName(v)}`);
    if (!(encoding instanceof PyStr)) mustBe(1, "str", encoding);
    if (decoding && !(object instanceof PyBytes)) raiseTypeError(interp, `a bytes-like object is required, not '${typeName(object)}'`);
    if (!decoding && !(object instanceof PyStr)) mustBe(2, "str", object);
    if (!isInt(start)) raiseTypeError(interp, `'${typeName(start)}' object cannot be interpreted as an integer`);
    if (!isInt(end)) raiseTypeError(interp, `'${typeName(end)}' object cannot be interpreted as an integer`);
    if (!(reason instanceof PyStr)) mustBe(5, "str", reason);
    const e = construct(interp, cls, args, kwargs) as PyException;
    if (e.dict === null) e.dict = new Map();
    FIELDS.forEach((f, i) => e.dict!.set(f, args[i]));
    return e;
  };
  t.str = (interp, self) => {
    const e = self as PyException;
    const d = fieldsOf(e);
    if (d === null) return str(interp, self);
    const enc = pyStr(interp, d.get("encoding")!);
    const start = toSafeNumber(d.get("start") as number) ?? 0;
    const end = toSafeNumber(d.get("end") as number) ?? 0;
    const reason = pyStr(interp, d.get("reason")!);
    const obj = d.get("object")!;
    if (decoding) {
      const bytes = (obj as PyBytes).bytes;
      if (start >= 0 && start < bytes.length && end === start + 1) {
        return `'${enc}' codec can't decode byte 0x${bytes[start].toString(16).padStart(2, "0")} in position ${start}: ${reason}`;
      }
      return `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
    }
    const chars = Array.from((obj as PyStr).v);
    if (start >= 0 && start < chars.length && end === start + 1) {
      return `'${enc}' codec can't encode character '${charEscape(chars[start].codePointAt(0)!)}' in position ${start}: ${reason}`;
    }
    return `'${enc}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  };
}
