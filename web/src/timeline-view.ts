// The heap timeline: heap bytes over interpreter steps, drawn as SVG from the events
// that carry a heap size (gc-start: before, gc-end: after, run-end: live bytes). The
// heap limit is a dashed line (or a note when it is far above the curve), every
// collection a marker (colour = reason; title = bytes freed), a MemoryError a red
// triangle on the step axis. A marker is a button: click (or Enter) shows the events of that step.
import type { RunResult, TraceEvent } from "../../src/engine/api.js";
import { byId, bytes, h, lineLink, s, type GotoLine } from "./dom.js";
import { collectionsOf, eventDetails } from "./model.js";

const HEIGHT = 260;
const PAD = { left: 64, right: 16, top: 18, bottom: 34 };

export function renderTimeline(r: RunResult, goto: GotoLine): void {
  const host = byId("timeline");
  const detail = byId("timeline-detail");
  detail.replaceChildren();
  const width = Math.max(300, Math.floor(host.clientWidth || 600));
  const events = r.events;
  const limit = r.stats.heapLimitBytes;
  // The heap is empty when the run starts; after that its size is known only where an
  // event reports it, and the curve joins those points with straight lines.
  const points: { step: number; bytes: number }[] = [{ step: 0, bytes: 0 }];
  for (const e of events) {
    if (e.kind === "gc-start" || e.kind === "gc-end") points.push({ step: e.step, bytes: e.heapBytes });
    else if (e.kind === "run-end") points.push({ step: e.step, bytes: e.liveBytes });
  }
  const collections = collectionsOf(events);
  const errors = events.filter((e) => e.kind === "memory-error");
  const maxStep = Math.max(1, ...events.map((e) => e.step));
  const peak = Math.max(1, r.stats.peakHeapBytes, ...points.map((p) => p.bytes));
  // Show the limit line when the curve comes near it; else scale to the data.
  const showLimit = peak >= limit * 0.25 || errors.length > 0;
  const yMax = showLimit ? limit * 1.05 : peak * 1.2;
  const x = (step: number): number => PAD.left + (step / maxStep) * (width - PAD.left - PAD.right);
  const y = (b: number): number => PAD.top + (1 - b / yMax) * (HEIGHT - PAD.top - PAD.bottom);

  const svg = s("svg", { width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, role: "group", "aria-label": `Heap timeline: ${collections.length} collections, peak ${bytes(peak)}, limit ${bytes(limit)}` });
  // Axes and grid.
  for (const f of [0, 0.5, 1]) {
    const b = yMax * f;
    svg.append(s("line", { x1: PAD.left, x2: width - PAD.right, y1: y(b), y2: y(b), class: "grid" }), s("text", { x: PAD.left - 6, y: y(b) + 4, class: "axis", "text-anchor": "end" }, bytes(Math.round(b))));
  }
  svg.append(
    s("text", { x: PAD.left, y: HEIGHT - 8, class: "axis" }, "step 0"),
    s("text", { x: width - PAD.right, y: HEIGHT - 8, class: "axis", "text-anchor": "end" }, `step ${maxStep}`),
  );
  if (showLimit) {
    svg.append(s("line", { x1: PAD.left, x2: width - PAD.right, y1: y(limit), y2: y(limit), class: "limit" }), s("text", { x: width - PAD.right, y: y(limit) - 4, class: "axis limit-label", "text-anchor": "end" }, `limit ${bytes(limit)}`));
  } else {
    svg.append(s("text", { x: width - PAD.right, y: PAD.top - 4, class: "axis limit-label", "text-anchor": "end" }, `limit ${bytes(limit)} (far above)`));
  }
  const d = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.step).toFixed(1)},${y(p.bytes).toFixed(1)}`).join(" ");
  svg.append(s("path", { d, class: "heap-line" }));
  const show = (step: number, title: string): void => showStep(detail, events, step, title, goto);
  for (const c of collections) {
    const label = `collection #${c.n} (${c.reason}) at step ${c.step}: freed ${bytes(c.freedBytes)} (${c.freedObjects} objects), heap ${bytes(c.before)} → ${bytes(c.after)}`;
    svg.append(marker(s("circle", { cx: x(c.step), cy: y(c.after), r: 6, class: `gc gc-${c.reason}` }), label, () => show(c.step, label), "gc-marker"));
  }
  for (const e of errors) {
    if (e.kind !== "memory-error") continue;
    // On the step axis, below the curve: a heap-full collection at the same step sits
    // near the limit, and both must stay clickable.
    const cx = x(e.step);
    const cy = HEIGHT - PAD.bottom + 10;
    const label = `MemoryError at step ${e.step}, line ${e.line}: ${bytes(e.requestedBytes)} requested, limit ${bytes(e.heapLimitBytes)}`;
    svg.append(marker(s("path", { d: `M${cx},${cy - 8} L${cx + 7},${cy + 5} L${cx - 7},${cy + 5} Z`, class: "memerr" }), label, () => show(e.step, label), "memerr-marker"));
  }
  const legend = h("p", { class: "legend" },
    h("span", { class: "key gc-explicit" }), "explicit ", h("span", { class: "key gc-threshold" }), "threshold ", h("span", { class: "key gc-heap-full" }), "heap full ", h("span", { class: "key memerr-key" }), "MemoryError",
    ` — ${collections.length} collection${collections.length === 1 ? "" : "s"}, peak ${bytes(r.stats.peakHeapBytes)}. The heap size is known at collections and at the end (straight lines between). Click a marker for its events.`);
  host.replaceChildren(svg, legend);
}

function marker(shape: SVGElement, label: string, onActivate: () => void, cls: string): SVGGElement {
  const g = s("g", { class: `marker ${cls}`, tabindex: 0, role: "button", "aria-label": label }, s("title", {}, label), shape);
  g.addEventListener("click", onActivate);
  g.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onActivate();
    }
  });
  return g;
}

function showStep(detail: HTMLElement, events: TraceEvent[], step: number, title: string, goto: GotoLine): void {
  const rows = events.filter((e) => e.step === step);
  detail.replaceChildren(
    h("h3", {}, title),
    h("ul", { class: "step-events" }, ...rows.map((e) => h("li", {}, h("code", {}, e.kind), " ", "id" in e ? `#${e.id} ` : "", "targetId" in e ? `→ #${e.targetId} ` : "", eventDetails(e), " ", lineLink(e.line, goto)))),
  );
}
