// The module registry: every module a program can import. `import x` looks `x` up
// here (after sys.modules); anything else is ModuleNotFoundError. Each factory builds
// a fresh module object for one interpreter (per-run state never crosses runs).
//
// LIBRARY and MEMORY add their modules below (one import + one entry each).

import type { PyModule } from "../objects/module.js";
import type { Interpreter } from "../vm/interpreter.js";
import { createGcModule } from "./gc.js";
import { createWeakrefModule } from "./weakref.js";
import { createWeakrefsetModule } from "./weakref-classes.js";
import { createBuiltinsModule } from "./builtins.js";
import { createMathModule } from "./math.js";
import { createCmathModule } from "./cmath.js";
import { createTimeModule } from "./time.js";
import { createHeapscopeClockModule } from "./_heapscope_clock.js";
import { createSysModule } from "./sys.js";
import { createCollectionsNativeModule } from "./_collections.js";
import { createOperatorModule } from "./operator.js";
import { createItertoolsModule } from "./itertools.js";
import { createHeapqModule } from "./heapq.js";
import { createRandomNativeModule } from "./_random.js";
import { createCopyModule } from "./copy.js";
import { createFutureModule } from "./future.js";
import { createReNativeModule } from "./_re.js";
import { createReModule } from "./re.js";
import { createJsonNativeModule } from "./_json.js";
import { createJsonModule } from "./json.js";
import { createIoModule } from "./io.js";
import { createDecnumModule } from "./_decnum.js";
import { stdlibModules } from "./pysource.js";
import { createTracebackNativeModule } from "./_traceback.js";
import { createTypesNativeModule } from "./_types.js";
import { createHashlibModule } from "./hashlib.js";
import { createFsModule, createOsPathModule } from "../fs/module.js";
import { createArrayModule } from "./array.js";
import { createStructModule } from "./struct.js";

export type ModuleFactory = (interp: Interpreter) => PyModule;

export const moduleFactories: Map<string, ModuleFactory> = new Map<string, ModuleFactory>([
  ["builtins", createBuiltinsModule],
  ["math", createMathModule],
  ["cmath", createCmathModule],
  ["time", createTimeModule],
  ["_heapscope_clock", createHeapscopeClockModule],
  ["sys", createSysModule],
  ["gc", createGcModule],
  ["weakref", createWeakrefModule],
  ["_weakrefset", createWeakrefsetModule],
  ["_collections", createCollectionsNativeModule],
  ["operator", createOperatorModule],
  ["itertools", createItertoolsModule],
  ["heapq", createHeapqModule],
  ["_random", createRandomNativeModule],
  ["copy", createCopyModule],
  ["__future__", createFutureModule],
  ["_re", createReNativeModule],
  ["re", createReModule],
  ["_json", createJsonNativeModule],
  ["json", createJsonModule],
  ["io", createIoModule],
  ["_decnum", createDecnumModule],
  ["_traceback", createTracebackNativeModule],
  ["_types", createTypesNativeModule],
  ["hashlib", createHashlibModule],
  ["_fs", createFsModule],
  ["os.path", createOsPathModule],
  ["array", createArrayModule],
  ["struct", createStructModule],
  // The standard library's .py files (src/engine/stdlib/, embedded by scripts/gen-stdlib.mjs).
  ...stdlibModules(),
]);

/** Register a module factory (alternative to editing the table above). */
export function registerModule(name: string, factory: ModuleFactory): void {
  moduleFactories.set(name, factory);
}
