// The OSError family's own behaviour on top of the generic exception slots
// (exception-methods.ts): OSError(errno, strerror[, filename[, winerror[, filename2]]])
// keeps only (errno, strerror) as args, exposes errno/strerror/filename/filename2, prints
// as "[Errno 2] No such file or directory: 'x.txt'", and OSError(errno, ...) with a known
// errno makes the matching subclass (OSError(2, "x") is a FileNotFoundError), as CPython.

import "./exception-methods.js";
import type { PyValue } from "./object.js";
import type { PyType } from "./type.js";
import { None } from "./builtin-types.js";
import { PyException, exceptionTypes, OSError } from "./exceptions.js";
import { isInt, toSafeNumber } from "./int.js";
import { pyRepr, pyStr } from "../vm/abstract.js";
import { newStr } from "./str.js";
import type { Interpreter } from "../vm/interpreter.js";

/** errno -> the OSError subclass CPython raises for it (Linux numbering). */
const ERRNO_TYPES: [number, string][] = [
  [2, "FileNotFoundError"], [17, "FileExistsError"], [21, "IsADirectoryError"], [20, "NotADirectoryError"],
  [1, "PermissionError"], [13, "PermissionError"], [11, "BlockingIOError"], [10, "ChildProcessError"],
  [32, "BrokenPipeError"], [103, "ConnectionAbortedError"], [111, "ConnectionRefusedError"],
  [104, "ConnectionResetError"], [4, "InterruptedError"], [3, "ProcessLookupError"], [110, "TimeoutError"],
];

const FIELDS = ["errno", "strerror", "filename", "filename2"];

function osFields(e: PyException): Map<string, PyValue> {
  if (e.dict === null) e.dict = new Map();
  return e.dict;
}

for (const t of exceptionTypes.values()) {
  if (!t.isSubtypeOf(OSError)) continue;
  const construct = t.construct!;
  const getattr = t.getattr!;
  const str = t.str!;
  t.construct = (interp, cls, args, kwargs) => {
    let type: PyType = cls;
    if (cls === OSError && args.length >= 2 && isInt(args[0])) {
      const n = toSafeNumber(args[0]);
      const hit = ERRNO_TYPES.find(([no]) => no === n);
      if (hit !== undefined) type = exceptionTypes.get(hit[1])!;
    }
    const e = construct(interp, type, args.length >= 2 && args.length <= 5 ? args.slice(0, 2) : args, kwargs) as PyException;
    if (args.length >= 2 && args.length <= 5) {
      const d = osFields(e);
      d.set("errno", args[0]);
      d.set("strerror", args[1]);
      if (args.length >= 3) d.set("filename", args[2]);
      if (args.length >= 5) d.set("filename2", args[4]);
      if (e.size !== 0) interp.heap.resize(e, e.size + 16 * d.size);
    }
    return e;
  };
  t.getattr = (interp, self, name) => {
    const v = getattr(interp, self, name);
    if (v === undefined && FIELDS.includes(name)) return None;
    return v;
  };
  t.str = (interp, self) => {
    const e = self as PyException;
    const d = e.dict;
    const strerror = d?.get("strerror");
    if (d === null || strerror === undefined || e.args.length !== 2) return str(interp, self);
    let s = `[Errno ${pyStr(interp, d.get("errno") ?? None)}] ${pyStr(interp, strerror)}`;
    const filename = d.get("filename");
    if (filename !== undefined && filename !== None) s += `: ${pyRepr(interp, filename)}`;
    const filename2 = d.get("filename2");
    if (filename2 !== undefined && filename2 !== None) s += ` -> ${pyRepr(interp, filename2)}`;
    return s;
  };
}

/** Raise `type` (an OSError subclass name) as the OS would: errno, message, filename. */
export function newOsError(interp: Interpreter, typeName: string, errno: number, message: string, filename?: PyValue, filename2?: PyValue): PyException {
  const t = exceptionTypes.get(typeName) ?? OSError;
  const args: PyValue[] = [errno, newStr(interp, message)];
  if (filename !== undefined) args.push(filename);
  if (filename2 !== undefined) args.push(None, filename2);
  return t.construct!(interp, t, args, null) as PyException;
}
