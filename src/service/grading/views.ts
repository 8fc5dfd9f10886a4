// What a grading looks like to each reader: the grader (everything), a student (hidden
// tests reduced to their verdict and score), and the results.json of Gradescope and
// PrairieLearn.
import type { components } from "../../generated/openapi.js";
import type { GradingRecord, GradingResult, TestResult } from "./types.js";

type GradescopeResults = components["schemas"]["GradescopeResults"];
type PrairieLearnResults = components["schemas"]["PrairieLearnResults"];

export type View = "grader" | "student";
export type Format = "heapscope" | "gradescope" | "prairielearn";

/** The grader view: the job and, once graded, every test with its input, output and events. */
export function graderView(rec: GradingRecord): GradingResult {
  const o = rec.outcome;
  const maxScore = o?.maxScore ?? rec.input.tests.reduce((s, t) => s + (t.points ?? 1), 0);
  return {
    id: rec.id,
    status: rec.status,
    gradable: o?.gradable ?? true,
    ...(o?.syntaxError ? { syntaxError: o.syntaxError } : {}),
    score: o?.score ?? 0,
    maxScore,
    ...(rec.suite !== undefined ? { suite: rec.suite } : {}),
    tests: o?.tests ?? [],
    createdAt: rec.createdAt,
    ...(rec.startedAt ? { startedAt: rec.startedAt } : {}),
    ...(rec.completedAt ? { completedAt: rec.completedAt } : {}),
  };
}

/** A hidden test as a student sees it: its verdict and score, nothing of its input or output. */
function hiddenTest(t: TestResult): TestResult {
  const message = t.status === "passed" ? "" : t.status === "skipped" ? t.message : `hidden test ${t.status}`;
  return { id: t.id, name: t.name, visibility: "hidden", status: t.status, score: t.score, maxScore: t.maxScore, message };
}

export function studentView(result: GradingResult): GradingResult {
  return { ...result, tests: result.tests.map((t) => (t.visibility === "hidden" ? hiddenTest(t) : t)) };
}

function testOutput(t: TestResult): string {
  const parts = [t.message];
  if (t.visibility === "visible" && t.stdout) parts.push(`--- stdout ---\n${t.stdout}`);
  if (t.visibility === "visible" && t.stderr) parts.push(`--- stderr ---\n${t.stderr}`);
  return parts.filter((p) => p !== "").join("\n");
}

function overallMessage(result: GradingResult): string {
  if (!result.gradable) return `The submission could not be graded: it has a syntax error.\n${result.syntaxError?.traceback ?? ""}`.trimEnd();
  const passed = result.tests.filter((t) => t.status === "passed").length;
  return `${passed} of ${result.tests.length} tests passed.`;
}

/** Gradescope's autograder results.json (hidden tests keep Gradescope's `hidden` visibility). */
export function gradescopeView(result: GradingResult): GradescopeResults {
  const time = result.tests.reduce((s, t) => s + (t.timeMs ?? 0), 0);
  return {
    score: result.score,
    max_score: result.maxScore,
    output: overallMessage(result),
    execution_time: Math.round(time) / 1000,
    tests: result.tests.map((t, i) => ({
      name: t.name,
      number: String(i + 1),
      score: t.score,
      max_score: t.maxScore,
      status: t.status === "passed" ? "passed" : "failed",
      output: testOutput(t),
      visibility: t.visibility,
    })),
  };
}

/** PrairieLearn's external grader results.json: `score` is the fraction of the points. */
export function prairieLearnView(result: GradingResult): PrairieLearnResults {
  return {
    gradable: result.gradable,
    score: result.maxScore > 0 ? Math.round((result.score / result.maxScore) * 1e6) / 1e6 : 0,
    message: overallMessage(result),
    output: result.syntaxError?.traceback ?? "",
    tests: result.tests.map((t) => ({
      name: t.name,
      description: t.id,
      points: t.score,
      max_points: t.maxScore,
      message: t.message,
      output: testOutput(t),
    })),
  };
}

/** The asked view, then the asked format (a platform export of the student view hides hidden tests' details). */
export function render(rec: GradingRecord, view: View, format: Format): unknown {
  let result = graderView(rec);
  if (view === "student") result = studentView(result);
  if (format === "gradescope") return gradescopeView(result);
  if (format === "prairielearn") return prairieLearnView(result);
  return result;
}
