// The collector's root set (docs/architecture.md "Roots, safe points and the
// collector"): everything the program can still reach without going through a heap
// object. The weak registry's alive finalizers and the pending callbacks are added
// by the collector itself (heap/collector.ts); `ref` objects are NOT roots.

import type { PyValue } from "../objects/object.js";
import type { Interpreter } from "../vm/interpreter.js";
import { traverseFrame } from "../vm/frame.js";

export function visitRoots(interp: Interpreter, visit: (v: PyValue) => void): void {
  // The main module's globals and every module in sys.modules (builtin modules are
  // not heap objects, but their dicts are traversed through them).
  visit(interp.mainModule);
  for (const m of interp.modules.values()) visit(m);
  for (const v of interp.builtins.values()) visit(v);
  // Every frame on the stack: locals, cells, temps, the handled exception, the
  // return value in flight, class-body namespaces, the function being run.
  for (let f: typeof interp.frame | null = interp.frame; f !== null; f = f.back) traverseFrame(f, visit);
  // The run's file system: every file's content is a bytearray (fs/filesystem.ts).
  if (interp.fs !== null) for (const [, file] of interp.fs.files()) visit(file.data);
}
