// The Python the grader adds to a test's run, and how its report is read back.
//
// A `code` test runs the submission, then the test's code (its own filename, so tracebacks
// point into it), then the REPORT driver. The driver writes one line to stdout: a marker
// with a nonce drawn for this run, then JSON. The test's code "ran to the end" only if that
// line is there: a submission that calls sys.exit() or kills its output never reaches it,
// and cannot forge it beforehand since it never saw the nonce. When the code defined
// `unittest.TestCase` classes (and a `unittest` module exists), the driver runs each test
// method with its own result and reports it.
import { randomBytes } from "node:crypto";
import type { TestMethodResult } from "./types.js";

export const newNonce = (): string => randomBytes(12).toString("hex");

const marker = (nonce: string) => `\u001eheapscope:${nonce}:`;

export function reportDriver(nonce: string): string {
  return `def __heapscope_report(names):
    import sys
    ut = sys.modules.get('unittest')
    out = []
    if ut is not None:
        import json
        loader = ut.TestLoader()
        for name in names:
            case = globals().get(name)
            if not (isinstance(case, type) and issubclass(case, ut.TestCase)) or case is ut.TestCase:
                continue
            for test in loader.loadTestsFromTestCase(case):
                result = ut.TestResult()
                test.run(result)
                label = test.id()
                if label.startswith('__main__.'):
                    label = label[len('__main__.'):]
                status, message = 'passed', ''
                if result.failures:
                    status, message = 'failed', result.failures[0][1]
                elif result.errors:
                    status, message = 'error', result.errors[0][1]
                elif result.skipped:
                    status, message = 'skipped', str(result.skipped[0][1])
                out.append([label, status, message])
        sys.stdout.write(${JSON.stringify(marker(nonce))} + json.dumps(out) + '\\n')
    else:
        sys.stdout.write(${JSON.stringify(marker(nonce))} + '[]\\n')
__heapscope_report(list(globals()))
`;
}

export interface DriverReport {
  /** The driver's line was there: the test's code ran to the end. */
  completed: boolean;
  methods: TestMethodResult[];
  /** stdout without the driver's line. */
  stdout: string;
}

/** Finds the driver's line (the last one with this nonce) and takes it out of stdout. */
export function readReport(nonce: string, stdout: string): DriverReport {
  const m = marker(nonce);
  const at = stdout.lastIndexOf(m);
  if (at < 0) return { completed: false, methods: [], stdout };
  const end = stdout.indexOf("\n", at);
  const payload = stdout.slice(at + m.length, end < 0 ? undefined : end);
  const rest = stdout.slice(0, at) + (end < 0 ? "" : stdout.slice(end + 1));
  let methods: TestMethodResult[] = [];
  try {
    const rows = JSON.parse(payload) as unknown;
    if (Array.isArray(rows)) {
      methods = rows
        .filter((r): r is [string, string, string] => Array.isArray(r) && r.length === 3 && r.every((x) => typeof x === "string"))
        .map(([name, status, message]) => {
          const s = status === "passed" || status === "failed" || status === "error" || status === "skipped" ? status : "error";
          return message === "" ? { name, status: s } : { name, status: s, message };
        });
    }
  } catch {
    return { completed: false, methods: [], stdout };
  }
  return { completed: true, methods, stdout: rest };
}

/**
 * The checker's driver: `check(ctx)` with the context read from stdin (JSON), its answer
 * written back after the marker. Runs after the grader's checker source, in its globals.
 */
export function checkerDriver(nonce: string): string {
  return `def __heapscope_check():
    import json, sys
    ctx = json.loads(sys.stdin.read())
    answer = check(ctx)
    if not isinstance(answer, dict):
        answer = {'passed': bool(answer)}
    sys.stdout.write(${JSON.stringify(marker(nonce))} + json.dumps(answer) + '\\n')
__heapscope_check()
`;
}

export interface CheckerAnswer {
  passed: boolean;
  /** 0..1 of the test's points. */
  score: number;
  message: string;
}

export function readCheckerAnswer(nonce: string, stdout: string): CheckerAnswer | null {
  const m = marker(nonce);
  const at = stdout.lastIndexOf(m);
  if (at < 0) return null;
  const end = stdout.indexOf("\n", at);
  try {
    const a = JSON.parse(stdout.slice(at + m.length, end < 0 ? undefined : end)) as Record<string, unknown>;
    const passed = a.passed === true;
    const raw = typeof a.score === "number" && Number.isFinite(a.score) ? a.score : passed ? 1 : 0;
    return { passed, score: Math.min(1, Math.max(0, raw)), message: typeof a.message === "string" ? a.message : "" };
  } catch {
    return null;
  }
}
