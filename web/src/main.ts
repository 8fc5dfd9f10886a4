// The playground page: wires the editor, the run controls, the five result views and the
// Grade tab (tests graded by the API).
import "./style.css";
import type { RunResult } from "../../src/engine/api.js";
import { byId, bytes, h } from "./dom.js";
import { createEditor } from "./editor.js";
import { EXAMPLES, EXAMPLE_TESTS } from "./examples.js";
import { GradeFailure, gradeOnServer, parseTests, type GradingResult } from "./grader.js";
import { renderGradeFailure, renderGrading } from "./grading-view.js";
import { runIn, RunFailure, type Mode } from "./runner.js";
import { readHash, shareHash } from "./share.js";
import { renderOutput } from "./output-view.js";
import { renderTimeline } from "./timeline-view.js";
import { EventsView } from "./events-view.js";
import { renderLifelines } from "./lifelines-view.js";
import { renderRetention } from "./retention-view.js";

const exampleSelect = byId<HTMLSelectElement>("example");
const modeSelect = byId<HTMLSelectElement>("mode");
const runButton = byId<HTMLButtonElement>("run");
const heapInput = byId<HTMLInputElement>("heap");
const timeoutInput = byId<HTMLInputElement>("timeout");
const stdinInput = byId<HTMLTextAreaElement>("stdin");
const finalizeInput = byId<HTMLInputElement>("finalize-at-exit");
const apiKeyInput = byId<HTMLInputElement>("api-key");
const summary = byId("summary");

const shared = readHash(location.hash);
const editor = createEditor(byId("editor"), shared?.code ?? EXAMPLES[0].source, () => void run());
if (shared?.heapKiB !== undefined) heapInput.value = String(shared.heapKiB);
if (shared?.timeoutMs !== undefined) timeoutInput.value = String(shared.timeoutMs);

exampleSelect.append(...(shared ? [h("option", { value: "" }, "(shared program)")] : []), ...EXAMPLES.map((ex) => h("option", { value: ex.id }, ex.title)));
exampleSelect.addEventListener("change", () => {
  const ex = EXAMPLES.find((e) => e.id === exampleSelect.value);
  if (!ex) return;
  editor.set(ex.source);
  heapInput.value = String(ex.heapKiB);
});
if (!shared) heapInput.value = String(EXAMPLES[0].heapKiB);

// ---------------------------------------------------------------- tabs (WAI-ARIA tabs pattern)
const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
function selectTab(tab: HTMLButtonElement, focus = false): void {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute("aria-selected", String(on));
    t.tabIndex = on ? 0 : -1;
    byId(t.getAttribute("aria-controls")!).hidden = !on;
  }
  if (focus) tab.focus();
  if (tab.id === "tab-timeline" && last) renderTimeline(last.result, goto);
}
tabs.forEach((t, i) => {
  t.addEventListener("click", () => selectTab(t));
  t.addEventListener("keydown", (e) => {
    const next = e.key === "ArrowRight" ? i + 1 : e.key === "ArrowLeft" ? i - 1 : e.key === "Home" ? 0 : e.key === "End" ? tabs.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    selectTab(tabs[(next + tabs.length) % tabs.length], true);
  });
});

// ---------------------------------------------------------------- running
const goto = Object.assign((line: number): void => editor.gotoLine(line), { lines: 0 });
const eventsView = new EventsView(goto);
const focusObject = (id: number): void => {
  eventsView.focusObject(id);
  selectTab(byId<HTMLButtonElement>("tab-events"), true);
};

let last: { result: RunResult; mode: Mode } | null = null;
let running = false;

function clampInt(input: HTMLInputElement, fallback: number): number {
  const v = Math.round(Number(input.value));
  const min = Number(input.min), max = Number(input.max);
  const n = Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;
  input.value = String(n);
  return n;
}

async function run(): Promise<void> {
  if (running) return;
  running = true;
  runButton.disabled = true;
  const mode = modeSelect.value as Mode;
  const where = mode === "api" ? "on the server" : "in this browser";
  summary.textContent = `Running ${where}…`;
  summary.className = "summary";
  const source = editor.get();
  try {
    const result = await runIn(mode, {
      source,
      stdin: stdinInput.value,
      heapBytes: clampInt(heapInput, 1024) * 1024,
      timeoutMs: clampInt(timeoutInput, 5000),
      finalizeAtExit: finalizeInput.checked,
      apiKey: apiKeyInput.value,
    });
    goto.lines = source.split("\n").length;
    show(result, mode);
  } catch (e) {
    summary.textContent = e instanceof RunFailure ? e.message : `Unexpected error: ${String(e)}`;
    summary.className = "summary bad";
  } finally {
    running = false;
    runButton.disabled = false;
  }
}

function show(result: RunResult, mode: Mode): void {
  last = { result, mode };
  const st = result.stats;
  const where = mode === "api" ? "Ran on the server (POST /v1/runs)" : "Ran in this browser (Web Worker)";
  summary.replaceChildren(
    h("strong", { class: `status status-${result.status}` }, result.status),
    ` — ${where}: ${st.steps} steps, ${st.collections} collection${st.collections === 1 ? "" : "s"} (${st.freedObjects} objects freed), peak heap ${bytes(st.peakHeapBytes)} of ${bytes(st.heapLimitBytes)}, ${result.events.length} events, ${st.wallMs.toFixed(1)} ms.`,
  );
  summary.dataset.mode = mode;
  summary.className = "summary";
  renderOutput(result, goto);
  eventsView.show(result);
  renderLifelines(result, goto, focusObject);
  renderRetention(result, focusObject);
  const selected = tabs.find((t) => t.getAttribute("aria-selected") === "true");
  if (selected?.id === "tab-timeline") renderTimeline(result, goto);
}

runButton.addEventListener("click", () => void run());
// Ctrl-Enter runs from anywhere on the page, not only inside the editor.
document.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) {
    e.preventDefault();
    void run();
  }
});
let resizeTimer = 0;
window.addEventListener("resize", () => {
  clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(() => {
    if (last && !byId("view-timeline").hidden) renderTimeline(last.result, goto);
  }, 150);
});

// ---------------------------------------------------------------- grading (API only)
const gradeButton = byId<HTMLButtonElement>("grade");
const testsInput = byId<HTMLTextAreaElement>("grade-tests");
testsInput.value = EXAMPLE_TESTS;
let lastGrading: GradingResult | null = null;

async function grade(): Promise<void> {
  if (gradeButton.disabled) return;
  let tests: unknown[];
  try {
    tests = parseTests(testsInput.value);
  } catch (e) {
    renderGradeFailure(e instanceof GradeFailure ? e.message : String(e));
    return;
  }
  gradeButton.disabled = true;
  lastGrading = null;
  const gradeSummary = byId("grade-summary");
  gradeSummary.className = "summary";
  gradeSummary.textContent = `Grading ${tests.length} test${tests.length === 1 ? "" : "s"} on the server…`;
  const source = editor.get();
  try {
    const result = await gradeOnServer({ source, tests, heapBytes: clampInt(heapInput, 1024) * 1024, timeoutMs: clampInt(timeoutInput, 5000), apiKey: apiKeyInput.value });
    goto.lines = source.split("\n").length;
    lastGrading = result;
    renderGrading(result, goto);
  } catch (e) {
    renderGradeFailure(e instanceof GradeFailure ? e.message : `Unexpected error: ${String(e)}`);
  } finally {
    gradeButton.disabled = false;
  }
}
gradeButton.addEventListener("click", () => void grade());
// Ctrl-Enter in the tests grades (instead of running the program).
testsInput.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    void grade();
  }
});

// ---------------------------------------------------------------- sharing
// A shared link opened in this tab (only the hash changes: no reload) loads its program.
window.addEventListener("hashchange", () => {
  const next = readHash(location.hash);
  if (next === null) return;
  editor.set(next.code);
  if (next.heapKiB !== undefined) heapInput.value = String(next.heapKiB);
  if (next.timeoutMs !== undefined) timeoutInput.value = String(next.timeoutMs);
});

const shareStatus = byId("share-status");
byId("share").addEventListener("click", async () => {
  const hash = shareHash({ code: editor.get(), heapKiB: clampInt(heapInput, 1024), timeoutMs: clampInt(timeoutInput, 5000) });
  history.replaceState(null, "", hash);
  try {
    await navigator.clipboard.writeText(location.href);
    shareStatus.textContent = "Link copied.";
  } catch {
    shareStatus.textContent = "The address bar now holds the link.";
  }
});

// For tests and the browser console: the last result and where it ran (read-only copies).
(window as unknown as { playground: object }).playground = {
  lastResult: (): RunResult | null => (last ? structuredClone(last.result) : null),
  lastMode: (): Mode | null => last?.mode ?? null,
  lastGrading: (): GradingResult | null => (lastGrading ? structuredClone(lastGrading) : null),
};
