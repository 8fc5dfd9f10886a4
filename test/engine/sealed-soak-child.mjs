// Child process of sealed-memory.test.ts (run with --expose-gc): many runs in one
// process, each probing attribute names no run used before on builtin types and
// instances, then prints the JS heap used after a warm-up and at the end, both after
// a full JS garbage collection, as JSON.
import { runProgram } from "../../dist/engine/run.js";

const runs = Number(process.argv[2] ?? 10000);
const warmup = Math.min(500, Math.floor(runs / 10));

function program(i) {
  return `
class C:
    pass
c = C()
base = "probe_${i}_"
n = 0
for k in range(4):
    name = base + str(k) + "q" * 1000
    n += hasattr(0, name) + hasattr("s", name) + hasattr([], name) + hasattr(int, name)
    n += hasattr(type, name) + hasattr(object(), name) + hasattr(c, name) + hasattr(C, name)
    try:
        getattr(2.5, name)
    except AttributeError:
        n += 1
print(n)
`;
}

function heapUsed() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

let before = 0;
for (let i = 0; i < runs; i++) {
  if (i === warmup) before = heapUsed();
  const r = runProgram(program(i));
  if (r.status !== "ok" || r.stdout !== "4\n") {
    console.log(JSON.stringify({ failed: i, status: r.status, stdout: r.stdout, stderr: r.stderr }));
    process.exit(1);
  }
}
const after = heapUsed();
console.log(JSON.stringify({ runs, warmup, before, after }));
