// Grades one submission: parse it once (a SyntaxError answers gradable: false and runs
// nothing), then run every test in a fresh interpreter through the pool, pretests first,
// the others in parallel (in order, one at a time, with stopOnFirstFailure), and score them.
import type { RunResult } from "../../engine/api.js";
import { parse } from "../../engine/parser/parser.js";
import { PySyntaxError, formatSyntaxError } from "../../engine/parser/errors.js";
import type { RunLimitsConfig } from "../config.js";
import type { EngineOptions } from "../worker/protocol.js";
import { REGEX_PROGRAM, compareOutput, regexVerdict, type Comparison } from "./compare.js";
import { aliveTypesOf, evaluateMatchers } from "./matchers.js";
import { checkerDriver, newNonce, readCheckerAnswer, readReport, reportDriver } from "./drivers.js";
import { GradingCancelledError, type RunSlots } from "./slots.js";
import type { ApiLimits, GradingInput, GradingOutcome, GradingTest, SyntaxErrorLocation, TestResult, TestStatus } from "./types.js";

export interface GradeDeps {
  slots: RunSlots;
  limits: RunLimitsConfig;
  /** Aborted: tests not started yet are skipped, queued runs are withdrawn. */
  signal?: AbortSignal;
}

/** Rounds scores to a millionth, so 0.1 + 0.2 points show as 0.3. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

export async function grade(input: GradingInput, deps: GradeDeps): Promise<GradingOutcome> {
  const maxScore = round(input.tests.reduce((s, t) => s + (t.points ?? 1), 0));
  const syntaxError = findSyntaxError(input);
  if (syntaxError) {
    const tests = input.tests.map((t) => skipped(t, "not run: the submission has a syntax error"));
    return { gradable: false, syntaxError, score: 0, maxScore, tests };
  }
  const results = new Map<string, TestResult>();
  const pretestIds = new Set(input.policy?.pretests ?? []);
  const pretests = input.tests.filter((t) => pretestIds.has(t.id));
  const rest = input.tests.filter((t) => !pretestIds.has(t.id));
  const stopOnFailure = input.policy?.stopOnFirstFailure === true;
  let stopReason: string | null = null;

  const runOne = async (t: GradingTest): Promise<TestResult> => {
    if (deps.signal?.aborted) return skipped(t, "cancelled");
    try {
      return await runTest(input, t, deps);
    } catch (err) {
      if (err instanceof GradingCancelledError) return skipped(t, "cancelled");
      throw err;
    }
  };
  const runAll = async (tests: GradingTest[]): Promise<void> => {
    if (stopOnFailure) {
      for (const t of tests) {
        const r = stopReason !== null ? skipped(t, stopReason) : await runOne(t);
        results.set(t.id, r);
        if (r.status !== "passed" && r.status !== "skipped" && stopReason === null) stopReason = `skipped: test ${t.id} failed (stopOnFirstFailure)`;
      }
      return;
    }
    await Promise.all(
      tests.map(async (t) => {
        results.set(t.id, await runOne(t));
      }),
    );
  };

  await runAll(pretests);
  const failedPretest = pretests.find((t) => results.get(t.id)?.status !== "passed");
  if (failedPretest) stopReason = `skipped: pretest ${failedPretest.id} did not pass`;
  if (stopReason !== null) for (const t of rest) results.set(t.id, skipped(t, stopReason));
  else await runAll(rest);

  const tests = input.tests.map((t) => results.get(t.id)!);
  return { gradable: true, score: round(tests.reduce((s, r) => s + r.score, 0)), maxScore, tests };
}

/** The first SyntaxError of the submission or of one of its files, with its location. */
export function findSyntaxError(input: Pick<GradingInput, "source" | "filename" | "files">): SyntaxErrorLocation | undefined {
  // Only Python modules are parsed: other files beside the submission are data for open().
  const modules = Object.entries(input.files ?? {}).filter(([name]) => name.endsWith(".py"));
  const units: [string, string][] = [[input.filename, input.source], ...modules];
  for (const [filename, source] of units) {
    try {
      parse(source);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        const traceback = formatSyntaxError(e, filename, source) + "\n";
        return { type: e.pyType, message: e.msg, filename, line: e.line, column: e.col, traceback };
      }
      if (e instanceof RangeError) {
        const message = "too many nested parentheses";
        return { type: "SyntaxError", message, filename, line: null, column: null, traceback: `  File "${filename}"\nSyntaxError: ${message}\n` };
      }
      throw e;
    }
  }
  return undefined;
}

function skipped(t: GradingTest, message: string): TestResult {
  return { id: t.id, name: t.name ?? t.id, visibility: t.visibility ?? "visible", status: "skipped", score: 0, maxScore: t.points ?? 1, message };
}

/** A test's limits: its own, else the grading's, else the server's defaults. */
export function engineLimits(limits: RunLimitsConfig, ...given: (ApiLimits | undefined)[]): Pick<EngineOptions, "timeoutMs" | "heapBytes" | "maxSteps" | "maxOutputBytes" | "maxEvents"> {
  const pick = (k: keyof ApiLimits) => {
    for (const g of given) if (g?.[k] !== undefined) return g[k]!;
    return limits[k].default;
  };
  return { timeoutMs: pick("timeoutMs"), heapBytes: pick("heapBytes"), maxSteps: pick("maxSteps"), maxOutputBytes: pick("maxOutputBytes"), maxEvents: pick("maxEvents") };
}

/** Test code's filename in tracebacks. */
export const testFilename = (t: GradingTest) => `test_${t.id.replace(/[^A-Za-z0-9_]/g, "_")}.py`;

async function runTest(input: GradingInput, t: GradingTest, deps: GradeDeps): Promise<TestResult> {
  const nonce = t.code !== undefined ? newNonce() : "";
  const matchers = t.expectEvents ?? [];
  const alive = aliveTypesOf(matchers);
  const options: EngineOptions = {
    filename: input.filename,
    stdin: t.stdin ?? "",
    ...engineLimits(deps.limits, t.limits, input.limits),
    ...(input.files ? { files: input.files } : {}),
    ...(t.code !== undefined
      ? { followUps: [{ source: t.code, filename: testFilename(t) }, { source: reportDriver(nonce), filename: "<heapscope>" }] }
      : {}),
    ...(alive.length > 0 ? { countAlive: alive } : {}),
  };
  const run = await deps.slots.run(input.source, options, deps.signal);
  const points = t.points ?? 1;
  const base: TestResult = {
    id: t.id,
    name: t.name ?? t.id,
    visibility: t.visibility ?? "visible",
    status: "passed",
    score: 0,
    maxScore: points,
    message: "",
    timeMs: Math.round(run.stats.wallMs * 1000) / 1000,
    peakHeapBytes: run.stats.peakHeapBytes,
    collections: run.stats.collections,
    ...(t.stdin !== undefined ? { stdin: t.stdin } : {}),
    ...(t.expect ? { expected: t.expect.stdout } : {}),
    stdout: run.stdout,
    stderr: run.stderr,
    events: run.events,
    eventsDropped: run.eventsDropped,
    ...(run.alive ? { alive: run.alive } : {}),
  };
  const verdict = (status: TestStatus, message: string, score = 0): TestResult => ({ ...base, status, message, score: round(score) });

  const expectsMemoryError = matchers.some((m) => m.kind === "memory-error" && (m.min ?? 1) >= 1);
  if (run.status === "timeout") return verdict("timeout", `time limit exceeded (${options.timeoutMs} ms or ${options.maxSteps} steps)`);
  if (run.status === "output-limit") return verdict("output-limit", `output limit exceeded (${options.maxOutputBytes} bytes)`);
  if (run.status === "memory-limit" && !expectsMemoryError) return verdict("memory-limit", `heap limit exceeded (${options.heapBytes} bytes)\n${run.error?.traceback ?? ""}`.trimEnd());

  let methods: TestResult["methods"];
  if (t.code !== undefined) {
    const report = readReport(nonce, run.stdout);
    base.stdout = report.stdout;
    if (run.status === "error") {
      const inTest = run.error?.traceback.includes(`File "${testFilename(t)}"`) ?? false;
      const status = run.error?.type === "AssertionError" && inTest ? "failed" : "error";
      return verdict(status, run.error?.traceback.trimEnd() ?? "the test's code failed");
    }
    if (!report.completed) return verdict("failed", "the test's code did not run to its end (the submission exited or replaced its output)");
    if (report.methods.length > 0) {
      methods = report.methods;
      base.methods = methods;
    }
  } else if (run.status === "error") {
    return verdict("error", run.error?.traceback.trimEnd() ?? "the submission failed");
  }

  let score = points;
  const messages: string[] = [];
  let status: TestStatus = "passed";
  if (methods !== undefined) {
    const bad = methods.filter((m) => m.status === "failed" || m.status === "error");
    const counted = methods.filter((m) => m.status !== "skipped").length;
    if (bad.length > 0) {
      status = "failed";
      score = counted > 0 ? (points * (counted - bad.length)) / counted : 0;
      messages.push(`${bad.length} of ${counted} test methods failed: ${bad.map((m) => `${m.name}: ${(m.message ?? "").trimEnd().split("\n").pop()}`).join("; ")}`);
    }
  }
  if (t.expect) {
    const c = input.checker !== undefined ? await runChecker(input, t, run, options, deps) : await compare(t, run.stdout, deps);
    if (!c.passed) {
      status = "failed";
      messages.push(c.message);
    }
    score = Math.min(score, points * c.fraction);
  }
  if (matchers.length > 0) {
    const m = evaluateMatchers(matchers, run);
    if (!m.passed) {
      status = "failed";
      score = 0;
      messages.push(m.message);
    }
  }
  if (status === "passed") return verdict("passed", "", points);
  return verdict("failed", messages.join("\n"), score === points ? 0 : score);
}

async function compare(t: GradingTest, actual: string, deps: GradeDeps): Promise<Comparison & { fraction: number }> {
  const expect = t.expect!;
  const mode = expect.compare ?? "rstrip";
  let c: Comparison;
  if (mode === "regex") {
    const options: EngineOptions = { filename: "<regex>", stdin: JSON.stringify([expect.stdout, actual]), ...engineLimits(deps.limits, t.limits), maxEvents: 0 };
    const r = await deps.slots.run(REGEX_PROGRAM, options, deps.signal);
    c = regexVerdict(expect.stdout, r.status, r.stdout);
  } else {
    c = compareOutput(mode, expect.stdout, actual, expect);
  }
  return { ...c, fraction: c.passed ? 1 : 0 };
}

async function runChecker(input: GradingInput, t: GradingTest, run: RunResult, testOptions: EngineOptions, deps: GradeDeps): Promise<Comparison & { fraction: number }> {
  const nonce = newNonce();
  const ctx = {
    testId: t.id,
    stdin: t.stdin ?? "",
    expected: t.expect!.stdout,
    stdout: run.stdout,
    stderr: run.stderr,
    status: run.status,
    events: run.events,
    stats: run.stats,
  };
  const options: EngineOptions = {
    filename: "checker.py",
    stdin: JSON.stringify(ctx),
    ...engineLimits(deps.limits, t.limits, input.limits),
    heapBytes: Math.max(testOptions.heapBytes ?? 0, deps.limits.heapBytes.default),
    maxEvents: 0,
    followUps: [{ source: checkerDriver(nonce), filename: "<heapscope>" }],
  };
  const r = await deps.slots.run(input.checker!, options, deps.signal);
  const answer = r.status === "ok" ? readCheckerAnswer(nonce, r.stdout) : null;
  if (answer === null) {
    const why = r.error?.traceback.trimEnd() ?? `the checker ended with ${r.status}`;
    return { passed: false, fraction: 0, message: `checker failed: ${why}` };
  }
  return { passed: answer.passed, fraction: answer.passed ? answer.score : Math.min(answer.score, 1), message: answer.message || (answer.passed ? "" : "rejected by the checker") };
}
