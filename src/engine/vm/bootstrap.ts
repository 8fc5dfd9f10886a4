// Interpreter wiring for execution: the builtins module, sys.modules and __main__.

import type { PyValue } from "../objects/object.js";
import { PyObject } from "../objects/object.js";
import { PyType } from "../objects/type.js";
import { objectType, typeType } from "../objects/builtin-types.js";
import { Code } from "../objects/function.js";
import { PyModule } from "../objects/module.js";
import { IndexError, StopIteration, PyException } from "../objects/exceptions.js";
import { internStr } from "../objects/str.js";
import { moduleFactories } from "../modules/index.js";
import { sizeFor } from "../heap/heap.js";
import type { Interpreter } from "./interpreter.js";
import { getItem } from "./abstract.js";
import { builtin } from "../objects/function.js";
import { compileBuiltin, evalBuiltin, execBuiltin } from "./exec.js";
import { sealBuiltinTypes } from "../objects/seal.js";
import { Namespace, namespaceFrom } from "./namespace.js";

/** The code of the frame at the bottom of every frame stack (allocations before the program starts). */
export const BOOTSTRAP_CODE = new Code("<bootstrap>", "<bootstrap>", "<bootstrap>", 0);

export function setupExecution(interp: Interpreter): void {
  // Every builtin type exists by now: seal them (once; a no-op for later runs).
  sealBuiltinTypes();
  const factory = moduleFactories.get("builtins");
  const builtinsModule = factory !== undefined ? factory(interp) : new PyModule("builtins");
  // Namespaces (vm/namespace.ts): compiled lookups of builtin names cache against their versions.
  if (!(builtinsModule.dict instanceof Namespace)) builtinsModule.dict = namespaceFrom(builtinsModule.dict);
  interp.builtins = builtinsModule.dict;
  // exec/eval run source through this interpreter's own pipeline (vm/exec.ts).
  builtinsModule.dict.set("exec", builtin("exec", execBuiltin));
  builtinsModule.dict.set("eval", builtin("eval", evalBuiltin));
  builtinsModule.dict.set("compile", builtin("compile", compileBuiltin));
  interp.modules.set("builtins", builtinsModule);
  const main = interp.mainModule;
  if (!(main.dict instanceof Namespace)) main.dict = namespaceFrom(main.dict);
  main.dict.set("__name__", internStr("__main__"));
  main.dict.set("__builtins__", builtinsModule);
  main.dict.set("__doc__", noneValue());
  interp.modules.set("__main__", main);
  interp.frame.globals = main.dict;
}

import { None } from "../objects/builtin-types.js";
function noneValue(): PyValue {
  return None;
}

// ---------------------------------------------------------------- the sequence iterator

/** Iterates obj[0], obj[1], ... until IndexError/StopIteration (CPython's iter() fallback). */
class PySeqIter extends PyObject {
  static override get name(): string {
    return "PySeqIter";
  }
  seq: PyValue | null;
  index = 0;
  constructor(seq: PyValue) {
    super(seqIterType);
    this.seq = seq;
  }
}

const seqIterType = new PyType(typeType, "iterator", [objectType], true);
seqIterType.mro = [seqIterType, objectType];
seqIterType.instancesHaveDict = false;
seqIterType.subclassable = false;
seqIterType.iter = (_interp, self) => self;
seqIterType.next = (interp, self) => {
  const it = self as PySeqIter;
  if (it.seq === null) return undefined;
  try {
    return getItem(interp, it.seq, it.index++);
  } catch (e) {
    if (e instanceof PyException && (e.cls.isSubtypeOf(IndexError) || e.cls.isSubtypeOf(StopIteration))) {
      it.seq = null;
      return undefined;
    }
    throw e;
  }
};
seqIterType.traverse = (self, visit) => {
  const s = (self as PySeqIter).seq;
  if (s !== null) visit(s);
};

export function sequenceIterator(interp: Interpreter, obj: PyValue): PyValue {
  return interp.heap.alloc(new PySeqIter(obj), sizeFor(16));
}
