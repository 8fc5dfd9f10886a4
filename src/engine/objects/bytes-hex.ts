// `hex(sep=..., bytes_per_sep=1)` of bytes, bytearray and memoryview: two hex digits per
// byte, a one-character separator every `bytes_per_sep` bytes counted from the right
// (from the left when negative), as CPython's.

import type { PyValue } from "./object.js";
import type { Kwargs } from "./type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { raiseTypeError, raiseValueError } from "../vm/errors.js";
import { typeOf } from "../vm/abstract.js";
import { PyStr, ensureStrRoom, newStr } from "./str.js";
import { PyBytes } from "./bytes.js";
import { indexValue } from "./slice.js";
import { takeKwargs } from "./args.js";
import { TextBuilder } from "./text-builder.js";

const HEX = "0123456789abcdef";

export function hexOf(interp: Interpreter, bytes: ArrayLike<number>, fname: string, args: PyValue[], kwargs: Kwargs): PyValue {
  const kw = takeKwargs(interp, fname, kwargs, ["sep", "bytes_per_sep"]);
  if (args.length > 2) raiseTypeError(interp, `${fname}() takes at most 2 arguments (${args.length} given)`);
  const sepArg = args.length > 0 ? args[0] : kw.get("sep");
  const perArg = args.length > 1 ? args[1] : kw.get("bytes_per_sep");
  let sep = "";
  if (sepArg !== undefined) {
    if (sepArg instanceof PyStr) sep = sepArg.v;
    else if (sepArg instanceof PyBytes) sep = String.fromCharCode(...sepArg.bytes);
    else raiseTypeError(interp, `sep must be str or bytes.`);
    if (sep.length !== 1) raiseValueError(interp, "sep must be length 1.");
    if (sep.charCodeAt(0) > 127) raiseValueError(interp, "sep must be ASCII.");
  }
  let per = perArg === undefined ? 1 : indexValue(interp, perArg, `'${typeOf(perArg).name}' object cannot be interpreted as an integer`);
  const n = bytes.length;
  ensureStrRoom(interp, 3 * n);
  const out = new TextBuilder();
  if (sep === "" || per === 0 || n === 0) {
    for (let i = 0; i < n; i++) out.add(HEX[bytes[i] >> 4] + HEX[bytes[i] & 15]);
    return newStr(interp, out.done());
  }
  const fromLeft = per < 0;
  per = Math.abs(per);
  for (let i = 0; i < n; i++) {
    // A separator goes before byte i when a group boundary falls there.
    if (i > 0 && (fromLeft ? i % per === 0 : (n - i) % per === 0)) out.add(sep);
    out.add(HEX[bytes[i] >> 4] + HEX[bytes[i] & 15]);
  }
  return newStr(interp, out.done());
}
