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
import { createDatetimeModule } from "./datetime.js";
import { stdlibModules } from "./pysource.js";
import { createTracebackNativeModule } from "./_traceback.js";
import { createTypesNativeModule } from "./_types.js";
import { createFsModule, createOsPathModule } from "../fs/module.js";

export type ModuleFactory = (interp: Interpreter) => PyModule;

export const moduleFactories: Map<string, ModuleFactory> = new Map<string, ModuleFactory>([
  ["builtins", createBuiltinsModule],
  ["math", createMathModule],
  ["cmath", createCmathModule],
  ["time", createTimeModule],
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
  ["datetime", createDatetimeModule],
  ["_traceback", createTracebackNativeModule],
  ["_types", createTypesNativeModule],
  ["_fs", createFsModule],
  ["os.path", createOsPathModule],
  // The standard library's .py files (src/engine/stdlib/, embedded by scripts/gen-stdlib.mjs).
  ...stdlibModules(),
]);

/** Register a module factory (alternative to editing the table above). */
export function registerModule(name: string, factory: ModuleFactory): void {
  moduleFactories.set(name, factory);
}
