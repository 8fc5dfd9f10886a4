// The sys module: stdout/stderr objects (writing to the run's output buffers in
// vm/output.ts), argv, maxsize, exit, version info, recursion limit, modules.

import { frameObject, getFrame } from "../objects/frame-object.js";
import type { PyValue } from "../objects/object.js";
import { PyObject } from "../objects/object.js";
import { None, objectType, typeType } from "../objects/builtin-types.js";
import { PyType } from "../objects/type.js";
import type { Interpreter } from "../vm/interpreter.js";
import { builtin, makeModule, type PyModule } from "../objects/module.js";
import { defineMethods } from "../objects/function.js";
import { newException, raiseOverflow, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { RecursionError, SystemExit } from "../objects/exceptions.js";
import { callMethod, getAttr, pyStr, typeOf } from "../vm/abstract.js";
import { currentHandled } from "../compiler/stmt.js";
import { PyStr, internStr, newStr } from "../objects/str.js";
import { newTuple } from "../objects/tuple.js";
import { newList } from "../objects/list.js";
import { PyDict, newDict, dictSet } from "../objects/dict-core.js";
import { intFromBigInt, isInt } from "../objects/int.js";
import { indexValue } from "../objects/slice.js";
import type { StreamName } from "../vm/output.js";
import { parse } from "../parser/parser.js";
import { compileModule } from "../compiler/index.js";
import { Frame } from "../vm/frame.js";
import { runFrame } from "../vm/call.js";

/** Run a few lines of the engine's own Python in namespace `ns` (sys's helper classes). */
function execSource(interp: Interpreter, source: string, ns: Map<string, PyValue>): void {
  const code = compileModule(interp, parse(source), "<frozen sys>");
  runFrame(interp, new Frame(code, ns, new Array(code.nlocals), null, ns, null));
}

/** Write program output (print, sys.stdout.write) to the run's buffers. */
export function writeStream(interp: Interpreter, stream: StreamName, text: string): void {
  interp.output.write(stream, text);
}

/**
 * The object `sys.stdout`/`sys.stderr`/`sys.stdin` is bound to now, or null when it is
 * still the run's own stream (or `sys` was never imported, so nothing could rebind it).
 * print(), input() and the traceback module honour a replacement (`sys.stdout = StringIO()`).
 */
export function reboundStream(interp: Interpreter, name: "stdout" | "stderr" | "stdin"): PyValue | null {
  const sys = interp.modules.get("sys");
  if (sys === undefined) return null;
  const v = sys.dict.get(name);
  if (v === undefined || v instanceof PyStream || v instanceof PyStdin) return null;
  return v;
}

/** Write `text` to sys.stdout/sys.stderr as the program sees them (a replacement's write()). */
export function writeProgramStream(interp: Interpreter, stream: StreamName, text: string): void {
  const target = reboundStream(interp, stream);
  if (target === null) writeStream(interp, stream, text);
  else callMethod(interp, target, "write", [newStr(interp, text)]);
}

// ---------------------------------------------------------------- stream objects

export const textIOType = new PyType(typeType, "TextIOWrapper", [objectType], true);
textIOType.mro = [textIOType, objectType];
textIOType.instancesHaveDict = false;
textIOType.subclassable = false;

class PyStream extends PyObject {
  static override get name(): string {
    return "PyStream";
  }
  stream: StreamName;
  constructor(stream: StreamName) {
    super(textIOType);
    this.stream = stream;
  }
}
// The two stream objects carry no per-run state (the buffers are the interpreter's): shared.
const stdoutObj = new PyStream("stdout");
const stderrObj = new PyStream("stderr");

textIOType.repr = (_interp, self) => `<_io.TextIOWrapper name='<${(self as PyStream).stream}>' mode='w' encoding='utf-8'>`;
defineMethods(textIOType, {
  write(interp, args) {
    const s = args[1];
    if (!(s instanceof PyStr)) return raiseTypeError(interp, `write() argument must be str, not ${typeOf(s).name}`);
    writeStream(interp, (args[0] as PyStream).stream, s.v);
    return s.v.length;
  },
  flush() {
    return None;
  },
  isatty() {
    return false;
  },
  fileno(interp) {
    return raiseValueError(interp, "heapscope: streams have no file descriptor");
  },
});
textIOType.getattr = (_interp, self, name) => {
  if (name === "encoding") return internStr("utf-8");
  if (name === "name") return internStr(`<${(self as PyStream).stream}>`);
  return undefined;
};

// ---------------------------------------------------------------- stdin

/** Unread stdin lines, last line first (created on the first read). */
function stdinLines(interp: Interpreter): string[] {
  if (interp.stdinLines === null) {
    const text = interp.options.stdin ?? interp.options.readStdin?.() ?? "";
    interp.stdinLines = text === "" ? [] : text.split(/(?<=\n)/);
    interp.stdinLines.reverse();
  }
  return interp.stdinLines;
}

/** The next line of RunOptions.stdin (with its newline), or null at the end. */
export function readLine(interp: Interpreter): string | null {
  const line = stdinLines(interp).pop();
  return line === undefined ? null : line;
}

/** The rest of stdin as one string. */
function readAll(interp: Interpreter): string {
  const lines = stdinLines(interp);
  const text = lines.reverse().join("");
  lines.length = 0;
  return text;
}

export const stdinType = new PyType(typeType, "TextIOWrapper", [objectType], true);
stdinType.mro = [stdinType, objectType];
stdinType.instancesHaveDict = false;
stdinType.subclassable = false;
stdinType.module = "_io";
// Shared like stdout/stderr: the unread input is the interpreter's.
class PyStdin extends PyObject {}
const stdinObj = new PyStdin(stdinType);
stdinType.repr = () => "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>";
stdinType.iter = (_interp, self) => self;
stdinType.next = (interp) => {
  const line = readLine(interp);
  return line === null ? undefined : newStr(interp, line);
};

/** The optional size argument of read()/readline(): negative or None means "all". */
function sizeArg(interp: Interpreter, args: PyValue[], fname: string): number {
  if (args.length > 2) raiseTypeError(interp, `${fname} expected at most 1 argument, got ${args.length - 1}`);
  const v = args[1];
  if (v === undefined || v === None) return -1;
  if (!isInt(v)) return raiseTypeError(interp, `argument should be integer or None, not '${typeOf(v).name}'`);
  return indexValue(interp, v);
}

defineMethods(stdinType, {
  read(interp, args) {
    const n = sizeArg(interp, args, "read");
    const all = readAll(interp);
    if (n < 0 || n >= all.length) return newStr(interp, all);
    const rest = all.slice(n);
    if (rest !== "") {
      const lines = rest.split(/(?<=\n)/).reverse();
      stdinLines(interp).push(...lines);
    }
    return newStr(interp, all.slice(0, n));
  },
  readline(interp, args) {
    const n = sizeArg(interp, args, "readline");
    const line = readLine(interp);
    if (line === null) return newStr(interp, "");
    if (n >= 0 && n < line.length) {
      stdinLines(interp).push(line.slice(n));
      return newStr(interp, line.slice(0, n));
    }
    return newStr(interp, line);
  },
  readlines(interp) {
    const out: PyValue[] = [];
    for (let line = readLine(interp); line !== null; line = readLine(interp)) out.push(newStr(interp, line));
    return newList(interp, out);
  },
  readable() {
    return true;
  },
  isatty() {
    return false;
  },
  close() {
    return None;
  },
  fileno(interp) {
    return raiseValueError(interp, "heapscope: streams have no file descriptor");
  },
});
stdinType.getattr = (_interp, _self, name) => {
  if (name === "encoding") return internStr("utf-8");
  if (name === "name") return internStr("<stdin>");
  if (name === "closed") return false;
  return undefined;
};

// ---------------------------------------------------------------- functions

const exit = builtin("exit", (interp, args) => {
  throw newException(interp, SystemExit, args.length > 0 ? [args[0]] : []);
});
/**
 * The deepest recursion a program may ask for: deeper Python frames would overflow the
 * JS stack of a worker (the safety net in vm/call.ts would still turn that into
 * RecursionError). A larger setrecursionlimit is accepted and reported back by
 * getrecursionlimit, as in CPython, but the depth enforced stays at this cap.
 */
export const MAX_RECURSION_LIMIT = 8000;
const getrecursionlimit = builtin("getrecursionlimit", (interp) => interp.requestedRecursionLimit);
const setrecursionlimit = builtin("setrecursionlimit", (interp, args) => {
  if (args.length !== 1) raiseTypeError(interp, `setrecursionlimit() takes exactly one argument (${args.length} given)`);
  const v = args[0];
  if (!isInt(v)) raiseTypeError(interp, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  const n = indexValue(interp, v);
  if (n < 1) raiseValueError(interp, "recursion limit must be greater or equal than 1");
  if (n <= interp.depth) {
    throw newException(interp, RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${interp.depth}: the limit is too low`);
  }
  interp.requestedRecursionLimit = n;
  interp.recursionLimit = Math.min(n, MAX_RECURSION_LIMIT);
  return None;
});
const getsizeof = builtin("getsizeof", (_interp, args) => {
  const v = args[0];
  return typeof v === "object" && v.size !== 0 ? v.size : 16;
});
const intern = builtin("intern", (interp, args) => (args[0] instanceof PyStr ? args[0] : raiseTypeError(interp, "intern() argument must be str")));
const excInfo = builtin("exc_info", (interp) => {
  const e = currentHandled(interp);
  return e === null ? newTuple(interp, [None, None, None]) : newTuple(interp, [e.cls, e, getAttr(interp, e, "__traceback__")]);
});
const exception = builtin("exception", (interp) => currentHandled(interp) ?? None);
/** sys._getframe([depth]): a view of a running frame (objects/frame-object.ts). */
const getframe = builtin("_getframe", (interp, args) => {
  const depth = args.length > 0 ? args[0] : 0;
  if (typeof depth !== "number") return raiseTypeError(interp, "an integer is required");
  const f = getFrame(interp, depth);
  if (f === null) return raiseValueError(interp, "call stack is not deep enough");
  return frameObject(interp, f);
});
const getdefaultencoding = builtin("getdefaultencoding", () => internStr("utf-8"));

/** CPython's sys.int_info.str_digits_check_threshold: the smallest limit but 0. */
const INT_STR_DIGITS_THRESHOLD = 640;
const getIntMaxStrDigits = builtin("get_int_max_str_digits", (interp, args) => {
  if (args.length > 0) raiseTypeError(interp, `sys.get_int_max_str_digits() takes no arguments (${args.length} given)`);
  return interp.intMaxStrDigits;
});
const setIntMaxStrDigits = builtin("set_int_max_str_digits", (interp, args, kwargs) => {
  if (args.length > 1) raiseTypeError(interp, `set_int_max_str_digits() takes at most 1 argument (${args.length} given)`);
  const v = args.length === 1 ? args[0] : kwargs?.get("maxdigits");
  if (v === undefined) return raiseTypeError(interp, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
  if (!isInt(v)) return raiseTypeError(interp, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  const n = indexValue(interp, v);
  if (n > 2 ** 31 - 1 || n < -(2 ** 31)) raiseOverflow(interp, "Python int too large to convert to C int");
  if (n < 0 || (n > 0 && n < INT_STR_DIGITS_THRESHOLD)) raiseValueError(interp, `maxdigits must be 0 or larger than ${INT_STR_DIGITS_THRESHOLD}`);
  interp.intMaxStrDigits = n;
  return None;
});

export function createSysModule(interp: Interpreter): PyModule {
  // Live: the registry mirrors every later import into this dict (sys-modules.ts).
  const modules = interp.modules.sysModulesDict(interp);
  // version_info, float_info, int_info, hash_info, flags: named tuples made by Python source.
  const info = versionInfo(interp);
  const m = makeModule("sys", [
    ["stdout", stdoutObj],
    ["stderr", stderrObj],
    ["stdin", stdinObj],
    ["__stdin__", stdinObj],
    ["__stdout__", stdoutObj],
    ["__stderr__", stderrObj],
    ["argv", newList(interp, [internStr(interp.filename)])],
    ["maxsize", intFromBigInt(interp, (1n << 63n) - 1n)],
    ["byteorder", internStr("little")],
    ["exit", exit],
    ["version", internStr("3.11.7 (heapscope)")],
    ...STRUCT_SEQS.map((n): [string, PyValue] => [n, info.get(n)!]),
    ["maxunicode", 0x10ffff],
    ["float_repr_style", internStr("short")],
    ["api_version", 1013],
    ["dont_write_bytecode", false],
    ["hexversion", 0x030b07f0],
    ["platform", internStr("heapscope")],
    ["implementation", implementation(interp)],
    ["getrecursionlimit", getrecursionlimit],
    ["setrecursionlimit", setrecursionlimit],
    ["getsizeof", getsizeof],
    ["intern", intern],
    ["getdefaultencoding", getdefaultencoding],
    ["exc_info", excInfo],
    ["_getframe", getframe],
    ["get_int_max_str_digits", getIntMaxStrDigits],
    ["set_int_max_str_digits", setIntMaxStrDigits],
    ["exception", exception],
    ["modules", modules],
    ["path", newList(interp, [])],
    ["builtin_module_names", newTuple(interp, ["builtins", "sys", "math", "time", "gc", "weakref"].map((s) => internStr(s)))],
  ]);
  return m;
}

/**
 * sys.version_info: a named tuple like CPython's (a tuple subclass with the fields as
 * properties, repr `sys.version_info(major=3, ...)`), built by a few lines of Python.
 */
function versionInfo(interp: Interpreter): Map<string, PyValue> {
  const ns = new Map<string, PyValue>([["__name__", internStr("sys")], ["__builtins__", interp.modules.get("builtins")!]]);
  execSource(interp, VERSION_INFO_SOURCE, ns);
  return ns;
}

const STRUCT_SEQS = ["version_info", "float_info", "int_info", "hash_info", "flags"];

const VERSION_INFO_SOURCE = `
class version_info(tuple):
    __slots__ = ()
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0
    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])
    def __repr__(self):
        return "sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)" % tuple(self)
    def __reduce__(self):
        return (tuple, (tuple(self),))
version_info.__module__ = "sys"
version_info = version_info((3, 11, 7, "final", 0))

class _structseq(tuple):
    __slots__ = ()
    def __repr__(self):
        return "sys.%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % nv for nv in zip(self._fields, self)))
    def __reduce__(self):
        return (tuple, (tuple(self),))

def _structseq_of(name, pairs):
    fields = tuple(n for n, _ in pairs)
    ns = {"__slots__": (), "__module__": "sys", "_fields": fields, "n_fields": len(fields),
          "n_sequence_fields": len(fields), "n_unnamed_fields": 0}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return type(name, (_structseq,), ns)(v for _, v in pairs)

float_info = _structseq_of("float_info", [("max", 1.7976931348623157e+308), ("max_exp", 1024),
    ("max_10_exp", 308), ("min", 2.2250738585072014e-308), ("min_exp", -1021), ("min_10_exp", -307),
    ("dig", 15), ("mant_dig", 53), ("epsilon", 2.220446049250313e-16), ("radix", 2), ("rounds", 1)])
int_info = _structseq_of("int_info", [("bits_per_digit", 30), ("sizeof_digit", 4),
    ("default_max_str_digits", 4300), ("str_digits_check_threshold", 640)])
hash_info = _structseq_of("hash_info", [("width", 64), ("modulus", 2305843009213693951),
    ("inf", 314159), ("nan", 0), ("imag", 1000003), ("algorithm", "siphash13"), ("hash_bits", 64),
    ("seed_bits", 128), ("cutoff", 0)])
# As CPython run with PYTHONHASHSEED=0 (our str hashes use that key): no hash randomization.
flags = _structseq_of("flags", [("debug", 0), ("inspect", 0), ("interactive", 0), ("optimize", 0),
    ("dont_write_bytecode", 0), ("no_user_site", 0), ("no_site", 0), ("ignore_environment", 0),
    ("verbose", 0), ("bytes_warning", 0), ("quiet", 0), ("hash_randomization", 0), ("isolated", 0),
    ("dev_mode", False), ("utf8_mode", 0), ("warn_default_encoding", 0), ("safe_path", False),
    ("int_max_str_digits", -1)])
del _structseq_of
`;

/** sys.implementation: a simple namespace with name "heapscope". */
function implementation(interp: Interpreter): PyValue {
  const ns = newDict(interp);
  dictSet(interp, ns, internStr("name"), internStr("heapscope"));
  return makeModule("implementation", [["name", internStr("heapscope")], ["cache_tag", None]]);
}

void PyDict; void pyStr;
