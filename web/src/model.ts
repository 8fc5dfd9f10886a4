// Reading a trace: collections (gc-start paired with its gc-end) and object lifelines,
// derived from the events alone, so API results and worker results read the same way.
import type { TraceEvent } from "../../src/engine/api.js";

export interface Collection {
  /** 1-based, in the order collections started. */
  n: number;
  reason: string;
  step: number;
  line: number;
  before: number;
  after: number;
  freedBytes: number;
  freedObjects: number;
  startIndex: number;
  endIndex: number;
}

export function collectionsOf(events: TraceEvent[]): Collection[] {
  const out: Collection[] = [];
  const open: Collection[] = [];
  events.forEach((e, i) => {
    if (e.kind === "gc-start") {
      const c: Collection = { n: out.length + 1, reason: e.reason, step: e.step, line: e.line, before: e.heapBytes, after: e.heapBytes, freedBytes: 0, freedObjects: 0, startIndex: i, endIndex: -1 };
      out.push(c);
      open.push(c);
    } else if (e.kind === "gc-end") {
      const c = open.pop();
      if (c === undefined) return;
      c.after = e.heapBytes;
      c.freedBytes = e.freedBytes;
      c.freedObjects = e.freedObjects;
      c.endIndex = i;
    }
  });
  return out;
}

export interface LifelineMark {
  step: number;
  line: number;
  text: string;
  tone: "made" | "freed" | "ok" | "error" | "alive" | "info";
}

export interface Lifeline {
  id: number;
  type: string;
  firstStep: number;
  /** Step it was freed at, or null when it was alive at the end. */
  freedStep: number | null;
  marks: LifelineMark[];
}

/** One lifeline per object that was weakly referenced, had a finalizer, or ran a `__del__`. */
export function lifelinesOf(events: TraceEvent[], collections: Collection[]): Lifeline[] {
  const lines = new Map<number, Lifeline>();
  const finalizerTarget = new Map<number, number>();
  const get = (id: number, type: string, step: number): Lifeline => {
    let l = lines.get(id);
    if (l === undefined) {
      l = { id, type, firstStep: step, freedStep: null, marks: [] };
      lines.set(id, l);
    }
    return l;
  };
  const byEnd = (i: number): Collection | undefined => {
    // The collection that freed an object: the one open at a ref-cleared, else the last one
    // that ended before a callback (callbacks run right after their collection's gc-end).
    let found: Collection | undefined;
    for (const c of collections) {
      if (c.startIndex < i && (c.endIndex > i || c.endIndex < 0)) found = c;
      else if (c.endIndex >= 0 && c.endIndex < i && (found === undefined || c.endIndex > found.endIndex)) found = c;
    }
    return found;
  };
  const freed = (l: Lifeline, e: TraceEvent, i: number): void => {
    if (l.freedStep !== null) return;
    l.freedStep = e.step;
    const c = byEnd(i);
    l.marks.push({ step: e.step, line: e.line, tone: "freed", text: c ? `freed by collection #${c.n} (${c.reason})` : "freed" });
  };
  events.forEach((e, i) => {
    switch (e.kind) {
      case "ref-created":
        get(e.targetId, e.targetType, e.step).marks.push({ step: e.step, line: e.line, tone: "made", text: `weak ref #${e.id}${e.hasCallback ? " with callback" : ""}` });
        break;
      case "finalize-created":
        finalizerTarget.set(e.id, e.targetId);
        get(e.targetId, e.targetType, e.step).marks.push({ step: e.step, line: e.line, tone: "made", text: `finalizer #${e.id}` });
        break;
      case "ref-cleared": {
        const l = lines.get(e.targetId);
        if (l) freed(l, e, i);
        break;
      }
      case "ref-callback": {
        const l = lines.get(e.targetId);
        if (l) l.marks.push({ step: e.step, line: e.line, tone: e.outcome, text: `callback of ref #${e.id} ${e.outcome === "ok" ? "ran" : "failed: " + (e.error ?? "")}` });
        break;
      }
      case "finalize-call": {
        const l = lines.get(e.targetId);
        if (!l) break;
        if (e.trigger === "collection") freed(l, e, i);
        const how = e.trigger === "call" ? "called explicitly" : e.trigger === "exit" ? "run at exit" : "ran";
        l.marks.push({ step: e.step, line: e.line, tone: e.outcome, text: `finalizer #${e.id} ${how}${e.outcome === "error" ? ", failed: " + (e.error ?? "") : ""}` });
        break;
      }
      case "finalize-detached": {
        const l = lines.get(e.targetId);
        if (l) l.marks.push({ step: e.step, line: e.line, tone: "info", text: `finalizer #${e.id} detached` });
        break;
      }
      case "del-call": {
        const l = get(e.id, e.targetType, e.step);
        if (e.trigger === "collection") freed(l, e, i);
        l.marks.push({ step: e.step, line: e.line, tone: e.outcome, text: `__del__ ${e.trigger === "exit" ? "ran at exit" : "ran"}${e.outcome === "error" ? ", failed: " + (e.error ?? "") : ""}` });
        break;
      }
      case "run-end":
        for (const l of lines.values()) {
          if (l.freedStep !== null) continue;
          const pending = e.pendingFinalizers.filter((f) => finalizerTarget.get(f) === l.id);
          l.marks.push({ step: e.step, line: 0, tone: "alive", text: pending.length > 0 ? `alive at the end; finalizer${pending.length > 1 ? "s" : ""} #${pending.join(", #")} never ran` : "alive at the end (or garbage no collection found)" });
        }
        break;
      default:
        break;
    }
  });
  return [...lines.values()].sort((a, b) => a.firstStep - b.firstStep || a.id - b.id);
}

/** The fields of an event beyond kind/step/line/id/targetId, as "name=value" text. */
export function eventDetails(e: TraceEvent): string {
  const skip = new Set(["kind", "step", "line", "id", "targetId", "targetType", "retention"]);
  return Object.entries(e)
    .filter(([k]) => !skip.has(k))
    .map(([k, v]) => `${k}=${Array.isArray(v) ? `[${v.join(", ")}]` : String(v)}`)
    .join("  ");
}
