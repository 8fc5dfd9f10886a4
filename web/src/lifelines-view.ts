// Object lifelines: for each weakly referenced / finalizable object, what happened to
// it in order (weak refs and finalizers made, freed by which collection, callbacks and
// finalizers run, or alive at the end), with a bar placing its life on the run's steps.
import type { RunResult } from "../../src/engine/api.js";
import { byId, h, lineLink, type GotoLine } from "./dom.js";
import { collectionsOf, lifelinesOf } from "./model.js";

export function renderLifelines(r: RunResult, goto: GotoLine, focusObject: (id: number) => void): void {
  const host = byId("lifelines");
  const lines = lifelinesOf(r.events, collectionsOf(r.events));
  if (lines.length === 0) {
    host.replaceChildren(h("p", { class: "muted" }, "No object was weakly referenced, given a finalizer or a __del__ in this run."));
    return;
  }
  const total = Math.max(1, r.stats.steps, ...r.events.map((e) => e.step));
  host.replaceChildren(
    ...lines.map((l) => {
      const start = (l.firstStep / total) * 100;
      const end = ((l.freedStep ?? total) / total) * 100;
      return h("article", { class: `lifeline ${l.freedStep === null ? "alive" : "freed"}`, "data-object": l.id },
        h("h3", {}, h("button", { type: "button", class: "obj-link", title: "Show this object's events", onclick: () => focusObject(l.id) }, `${l.type} #${l.id}`), l.freedStep === null ? h("span", { class: "badge alive" }, "alive at end") : h("span", { class: "badge freed" }, `freed at step ${l.freedStep}`)),
        h("div", { class: "lifebar", "aria-hidden": "true" }, h("span", { style: `left:${start.toFixed(2)}%;width:${Math.max(0.8, end - start).toFixed(2)}%` })),
        h("ol", { class: "marks" }, ...l.marks.map((m) => h("li", { class: `mark ${m.tone}` }, m.text, " ", h("span", { class: "muted" }, `step ${m.step}`), " ", m.line > 0 ? lineLink(m.line, goto) : null))),
      );
    }),
  );
}
