// The event table: every trace event, filterable by kind, object id (the event's own id
// or its target's) and type (the target's, also for events that carry only its id);
// each row's line is a link to the editor.
import type { RunResult, TraceEvent } from "../../src/engine/api.js";
import { byId, h, lineLink, type GotoLine } from "./dom.js";
import { eventDetails } from "./model.js";

const MAX_ROWS = 2000;

export class EventsView {
  private events: TraceEvent[] = [];
  private dropped = 0;
  private readonly kind = byId<HTMLSelectElement>("filter-kind");
  private readonly id = byId<HTMLInputElement>("filter-id");
  private readonly type = byId<HTMLInputElement>("filter-type");

  constructor(private readonly goto: GotoLine) {
    for (const el of [this.kind, this.id, this.type]) el.addEventListener("input", () => this.draw());
  }

  /** An object's type, from the events that name it (ref-cleared and callbacks do not). */
  private typeOf = new Map<number, string>();

  show(r: RunResult): void {
    this.events = r.events;
    this.typeOf = new Map();
    for (const e of r.events) {
      if (e.kind === "ref-created" || e.kind === "finalize-created") this.typeOf.set(e.targetId, e.targetType);
      else if (e.kind === "del-call") this.typeOf.set(e.id, e.targetType);
    }
    this.dropped = r.eventsDropped;
    const kinds = [...new Set(r.events.map((e) => e.kind))];
    const keep = this.kind.value;
    this.kind.replaceChildren(h("option", { value: "" }, "all"), ...kinds.map((k) => h("option", { value: k }, k)));
    this.kind.value = kinds.includes(keep as TraceEvent["kind"]) ? keep : "";
    this.draw();
  }

  /** Filter by an object id (used by the lifelines and retention views). */
  focusObject(id: number): void {
    this.kind.value = "";
    this.type.value = "";
    this.id.value = String(id);
    this.draw();
  }

  private draw(): void {
    const kind = this.kind.value;
    const idText = this.id.value.trim();
    const id = idText === "" ? null : Number(idText);
    const type = this.type.value.trim().toLowerCase();
    const typeOf = (e: TraceEvent): string => ("targetType" in e ? e.targetType : "targetId" in e ? (this.typeOf.get(e.targetId) ?? "") : "");
    const match = (e: TraceEvent): boolean => {
      if (kind !== "" && e.kind !== kind) return false;
      if (id !== null && !(("id" in e && e.id === id) || ("targetId" in e && e.targetId === id))) return false;
      if (type !== "" && !typeOf(e).toLowerCase().includes(type)) return false;
      return true;
    };
    const rows: HTMLTableRowElement[] = [];
    let matched = 0;
    this.events.forEach((e, i) => {
      if (!match(e)) return;
      matched++;
      if (rows.length >= MAX_ROWS) return;
      rows.push(
        h("tr", { class: `ev-${e.kind}` },
          h("td", {}, i + 1),
          h("td", {}, e.step),
          h("td", {}, lineLink(e.line, this.goto, String(e.line))),
          h("td", {}, h("code", {}, e.kind)),
          h("td", {}, "id" in e ? e.id : ""),
          h("td", {}, "targetId" in e ? e.targetId : ""),
          h("td", {}, typeOf(e)),
          h("td", { class: "details" }, eventDetails(e)),
        ),
      );
    });
    const tbody = byId("events").querySelector("tbody")!;
    tbody.replaceChildren(...rows);
    const notes: string[] = [];
    if (matched > rows.length) notes.push(`showing the first ${rows.length} of ${matched} matching events`);
    if (this.dropped > 0) notes.push(`${this.dropped} events were dropped by the run's maxEvents cap`);
    if (matched === 0) notes.push("no event matches");
    if (notes.length > 0) tbody.append(h("tr", {}, h("td", { colspan: 8, class: "muted" }, notes.join("; "))));
  }
}
