// "Why is it still alive?": the engine's retention paths (run-end.retention), one chain
// per object from a named root (a global, a frame's local, a module, a finalizer's
// arguments...) through `.attr`, `[index]`, `[key]`, cells... to the object.
import type { RetentionPath, RunResult } from "../../src/engine/api.js";
import { byId, h } from "./dom.js";

const ROOT_TEXT: Record<string, string> = {
  global: "global",
  local: "local",
  module: "module",
  builtins: "builtins",
  finalizer: "the finalizer registry holds",
  interpreter: "interpreter root",
};

export function renderRetention(r: RunResult, focusObject: (id: number) => void): void {
  const host = byId("retention");
  const end = r.events[r.events.length - 1];
  const paths = end?.kind === "run-end" ? (end.retention ?? []) : [];
  if (paths.length === 0) {
    host.replaceChildren(h("p", { class: "muted" }, "Nothing to explain: no finalizer was pending at the end and no weakly referenced object was still alive."));
    return;
  }
  const obj = (id: number, type: string): HTMLElement => h("button", { type: "button", class: "obj-link", title: "Show this object's events", onclick: () => focusObject(id) }, `${type} #${id}`);
  host.replaceChildren(
    h("p", { class: "muted" }, "For each object still alive at the end: one shortest chain of strong references from a root, computed by the engine."),
    ...paths.map((p: RetentionPath) =>
      h("article", { class: "retention-path", "data-object": p.targetId },
        h("h3", {}, obj(p.targetId, p.targetType), " ", h("span", { class: "badge" }, p.why === "pending-finalizer" ? "finalizer pending" : "weakly referenced")),
        p.root === null
          ? h("p", { class: "chain" }, p.reachable === false ? "Not reachable: garbage that no collection has found yet (a gc.collect() would free it)." : "The search was cut short (very large heap).")
          : h("p", { class: "chain" },
              // A finalizer root is its own object ("finalize #8"): name it once.
              p.root.kind === "finalizer"
                ? h("span", { class: "root" }, `${ROOT_TEXT.finalizer} `, obj(p.root.id, p.root.type))
                : h("span", { class: "root" }, `${ROOT_TEXT[p.root.kind] ?? p.root.kind} `, h("code", {}, p.root.name), p.root.frame !== undefined ? ` in ${p.root.frame}()` : "", " → ", obj(p.root.id, p.root.type)),
              ...p.steps.flatMap((st, i) => [
                i === p.steps.length / 2 && p.stepsOmitted > 0 ? h("span", { class: "muted" }, ` … ${p.stepsOmitted} more … `) : null,
                " ",
                h("code", { class: "edge" }, st.edge),
                " → ",
                obj(st.id, st.type),
              ]),
            ),
      ),
    ),
  );
}
