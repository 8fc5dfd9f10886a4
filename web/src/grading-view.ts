// The Grade tab's result: the total, then one row per test (verdict, score, message), a
// visible test's stdout/stderr folded under its message, and for a submission that does
// not parse (`gradable: false`) its SyntaxError with the line linked to the editor.
import { byId, h, lineLink, type GotoLine } from "./dom.js";
import type { GradingResult, TestResult } from "./grader.js";
import { linkify } from "./output-view.js";

/** A mark beside each verdict, so it does not rest on colour alone. */
const MARK: Record<string, string> = {
  passed: "✓",
  failed: "✗",
  error: "!",
  timeout: "⏱",
  "memory-limit": "!",
  "output-limit": "!",
  skipped: "–",
};

function points(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

function verdict(status: string): HTMLElement {
  return h("span", { class: `verdict verdict-${status}` }, h("span", { "aria-hidden": "true" }, MARK[status] ?? "?"), " ", status);
}

function outputs(t: TestResult, goto: GotoLine): HTMLElement | null {
  if (t.visibility !== "visible" || (t.stdout === undefined && t.stderr === undefined)) return null;
  const stderr = h("pre", { class: "out err" });
  linkify(stderr, t.stderr ?? "", goto);
  return h(
    "details",
    { class: "test-output" },
    h("summary", {}, "stdout / stderr"),
    t.stdin ? h("h2", {}, "stdin") : null,
    t.stdin ? h("pre", { class: "out" }, t.stdin) : null,
    t.expected !== undefined ? h("h2", {}, "expected") : null,
    t.expected !== undefined ? h("pre", { class: "out" }, t.expected) : null,
    h("h2", {}, "stdout"),
    h("pre", { class: "out test-stdout" }, t.stdout ?? ""),
    h("h2", {}, "stderr"),
    stderr,
  );
}

function row(t: TestResult, goto: GotoLine): HTMLElement {
  return h(
    "tr",
    { "data-test": t.id, class: `test-${t.status}` },
    h("td", { class: "test-name" }, t.name || t.id, t.name && t.name !== t.id ? h("div", { class: "muted" }, t.id) : null),
    h("td", {}, verdict(t.status)),
    h("td", { class: "num" }, `${points(t.score)}/${points(t.maxScore)}`),
    h("td", { class: "details" }, t.message ? h("pre", { class: "message" }, t.message) : h("span", { class: "muted" }, "—"), outputs(t, goto)),
  );
}

export function renderGrading(result: GradingResult, goto: GotoLine): void {
  const summary = byId("grade-summary");
  const allPassed = result.gradable && result.tests.every((t) => t.status === "passed");
  summary.className = `summary ${allPassed ? "good" : "bad"}`;
  const passed = result.tests.filter((t) => t.status === "passed").length;
  summary.replaceChildren(
    h("strong", { class: "grade-score" }, `Score ${points(result.score)} / ${points(result.maxScore)}`),
    ` — ${passed} of ${result.tests.length} test${result.tests.length === 1 ? "" : "s"} passed (graded on the server by POST /v1/gradings).`,
  );
  const parts: HTMLElement[] = [];
  if (!result.gradable) {
    const se = result.syntaxError;
    const inMain = !se?.filename || se.filename === "main.py";
    const tb = h("pre", { class: "out err" });
    linkify(tb, se?.traceback ?? "", goto);
    parts.push(
      h(
        "div",
        { class: "not-gradable", role: "alert" },
        h("strong", {}, "Not gradable: "),
        se ? `the program does not parse (${se.type}: ${se.message}${inMain ? "" : ` in ${se.filename}`}` : "the program does not parse",
        se?.line && inMain ? ", " : null,
        se?.line && inMain ? lineLink(se.line, goto) : null,
        se ? ")" : "",
        ". No test ran; fix the program and grade again.",
      ),
      tb,
    );
  }
  parts.push(
    h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        { id: "grade-table" },
        h("thead", {}, h("tr", {}, h("th", {}, "test"), h("th", {}, "verdict"), h("th", {}, "score"), h("th", {}, "message"))),
        h("tbody", {}, ...result.tests.map((t) => row(t, goto))),
      ),
    ),
  );
  byId("grade-results").replaceChildren(...parts);
}

/** A failure before or instead of a result: bad tests JSON, or the server's problem. */
export function renderGradeFailure(message: string): void {
  const summary = byId("grade-summary");
  summary.className = "summary bad";
  summary.textContent = message;
  byId("grade-results").replaceChildren();
}
