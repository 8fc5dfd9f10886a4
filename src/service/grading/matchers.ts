// `expectEvents` matchers: assertions over a test's run (its trace, its statistics, and the
// live-object census the engine takes at the end when a matcher asks for it). Each matcher
// answers pass/fail and, on failure, what was counted.
import type { RunResult, TraceEvent } from "../../engine/api.js";
import type { components } from "../../generated/openapi.js";

export type EventMatcher = components["schemas"]["EventMatcher"];

export interface MatcherVerdict {
  passed: boolean;
  message: string;
}

/** The type names the engine must count at the end of the run (RunOptions.countAlive). */
export function aliveTypesOf(matchers: readonly EventMatcher[]): string[] {
  const names = new Set<string>();
  for (const m of matchers) if (m.alive) names.add(m.alive.targetType);
  return [...names];
}

/** Exactly one of kind / peakHeapBytes / collections / alive; bounds in order. Null when valid. */
export function matcherProblem(m: EventMatcher): string | null {
  const forms = [m.kind, m.peakHeapBytes, m.collections, m.alive].filter((x) => x !== undefined).length;
  if (forms !== 1) return "needs exactly one of kind, peakHeapBytes, collections, alive";
  if (m.kind === undefined && (m.targetType !== undefined || m.trigger !== undefined || m.outcome !== undefined || m.min !== undefined || m.max !== undefined)) {
    return "targetType, trigger, outcome, min and max go with kind";
  }
  for (const b of [m, m.peakHeapBytes, m.collections, m.alive]) {
    if (b && b.min !== undefined && b.max !== undefined && b.min > b.max) return "min is greater than max";
  }
  return null;
}

/** What a matcher asserts, in words (for messages). */
export function describeMatcher(m: EventMatcher): string {
  if (m.peakHeapBytes) return `peakHeapBytes${bounds(m.peakHeapBytes)}`;
  if (m.collections) return `collections${bounds(m.collections)}`;
  if (m.alive) return `live ${m.alive.targetType} objects at exit${bounds(m.alive)}`;
  const filters = [m.targetType && `targetType ${m.targetType}`, m.trigger && `trigger ${m.trigger}`, m.outcome && `outcome ${m.outcome}`].filter(Boolean);
  return `${m.kind} events${filters.length > 0 ? ` (${filters.join(", ")})` : ""}${bounds(m)}`;
}

function bounds(b: { min?: number; max?: number }): string {
  if (b.min !== undefined && b.max !== undefined) return b.min === b.max ? ` = ${b.min}` : ` in ${b.min}..${b.max}`;
  if (b.min !== undefined) return ` >= ${b.min}`;
  if (b.max !== undefined) return ` <= ${b.max}`;
  return " >= 1";
}

function within(n: number, b: { min?: number; max?: number }): boolean {
  // A bare `kind` matcher asserts that the event happened at least once.
  if (b.min === undefined && b.max === undefined) return n >= 1;
  return (b.min === undefined || n >= b.min) && (b.max === undefined || n <= b.max);
}

/**
 * The type of the object an event is about. `del-call` names it; `ref-created` and
 * `finalize-created` name it, and the later events of the same ref or finalizer (cleared,
 * callback, finalize-call, detached) are joined to them by id.
 */
function targetTypes(events: readonly TraceEvent[]): (e: TraceEvent) => string | undefined {
  const byWeakId = new Map<number, string>();
  for (const e of events) if (e.kind === "ref-created" || e.kind === "finalize-created") byWeakId.set(e.id, e.targetType);
  return (e) => {
    switch (e.kind) {
      case "ref-created":
      case "finalize-created":
      case "del-call":
        return e.targetType;
      case "ref-cleared":
      case "ref-callback":
      case "finalize-call":
      case "finalize-detached":
        return byWeakId.get(e.id);
      default:
        return undefined;
    }
  };
}

function triggerOf(e: TraceEvent): string | undefined {
  if (e.kind === "finalize-call" || e.kind === "del-call") return e.trigger;
  if (e.kind === "gc-start") return e.reason;
  return undefined;
}

function outcomeOf(e: TraceEvent): string | undefined {
  return e.kind === "ref-callback" || e.kind === "finalize-call" || e.kind === "del-call" ? e.outcome : undefined;
}

export function evaluateMatchers(matchers: readonly EventMatcher[], run: RunResult): MatcherVerdict {
  const typeOf = targetTypes(run.events);
  for (const m of matchers) {
    let n: number;
    let b: { min?: number; max?: number } = m;
    if (m.peakHeapBytes) {
      n = run.stats.peakHeapBytes;
      b = m.peakHeapBytes;
    } else if (m.collections) {
      n = run.stats.collections;
      b = m.collections;
    } else if (m.alive) {
      n = run.alive?.[m.alive.targetType] ?? 0;
      b = m.alive;
    } else {
      n = 0;
      for (const e of run.events) {
        if (e.kind !== m.kind) continue;
        if (m.targetType !== undefined && typeOf(e) !== m.targetType) continue;
        if (m.trigger !== undefined && triggerOf(e) !== m.trigger) continue;
        if (m.outcome !== undefined && outcomeOf(e) !== m.outcome) continue;
        n++;
      }
    }
    const ok = m.peakHeapBytes || m.collections || m.alive ? withinExplicit(n, b) : within(n, b);
    if (!ok) {
      const dropped = run.eventsDropped > 0 && m.kind !== undefined ? ` (${run.eventsDropped} events were dropped: raise limits.maxEvents)` : "";
      return { passed: false, message: `expected ${describeMatcher(m)}, got ${n}${dropped}` };
    }
  }
  return { passed: true, message: "" };
}

function withinExplicit(n: number, b: { min?: number; max?: number }): boolean {
  return (b.min === undefined || n >= b.min) && (b.max === undefined || n <= b.max);
}
