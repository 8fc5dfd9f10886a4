// The engine's public data types: what goes into a run and what comes out.
// Everything here is plain data (structured-clone safe), so a result can cross a
// worker boundary or be serialized to JSON unchanged. The OpenAPI document in
// openapi/openapi.yaml describes the same shapes for the HTTP API.

export type RunStatus = "ok" | "error" | "timeout" | "memory-limit" | "output-limit";

export interface RunOptions {
  /** Name shown in tracebacks. Default "main.py". */
  filename?: string;
  /** Text returned by input() and sys.stdin. Default "". */
  stdin?: string;
  /**
   * When `stdin` is absent: called at most once, the first time the program reads its
   * stdin, to fetch all of it (the CLI reads its own stdin this way, so a program that
   * never reads input never waits on a pipe).
   */
  readStdin?: () => string;
  /** Heap limit in bytes. Default 16 MiB. */
  heapBytes?: number;
  /** Step budget (one step per statement and loop iteration); 0 or absent = unlimited. */
  maxSteps?: number;
  /** Wall-clock deadline in ms, checked cooperatively; 0 or absent = unlimited. */
  timeoutMs?: number;
  /** Cap on stdout + stderr bytes (UTF-8); 0 or absent = unlimited. */
  maxOutputBytes?: number;
  /** Cap on kept trace events; further events are counted in eventsDropped. Default 10000. */
  maxEvents?: number;
  /** Python recursion limit. Default 1000. */
  recursionLimit?: number;
  /**
   * Run finalizers still alive at exit, then the `__del__` methods not yet called (newest
   * object first), CPython-like, traced with trigger "exit". Default false.
   */
  finalizeAtExit?: boolean;
  /**
   * Modules beside the program, file name -> source: `import helpers` runs `helpers.py`
   * as its own module (own filename in tracebacks). Top-level `name.py` modules only.
   */
  files?: Record<string, string>;
  /**
   * Bodies run after the program, in its globals, each compiled under its own filename
   * (a grader's test code), only if the program itself ended normally.
   */
  followUps?: { source: string; filename: string }[];
  /** Type names whose reachable instances are counted at the end of the run (RunResult.alive). */
  countAlive?: string[];
  /**
   * Files to hand back in RunResult.files: true for every file the program created or
   * wrote that still exists at the end, or a list of paths (relative to the working
   * directory /work, or absolute) of the run's file system. Absent: none.
   */
  returnFiles?: boolean | string[];
  /** Called with each chunk as the program writes it (for streaming / interleaving). */
  onOutput?: (stream: "stdout" | "stderr", text: string) => void;
  /** Monotonic clock in ms. Default: globalThis.performance.now. Injected for tests. */
  now?: () => number;
}

export interface RunError {
  /** Exception class name, e.g. "ValueError". */
  type: string;
  /** str() of the exception. */
  message: string;
  /** Line of the innermost frame (for SyntaxError: the offending line). */
  line: number | null;
  /** SyntaxError only: 1-based column. */
  column?: number | null;
  /** CPython-style traceback text, exactly as written to stderr. */
  traceback: string;
}

export interface RunStats {
  steps: number;
  wallMs: number;
  collections: number;
  freedObjects: number;
  peakHeapBytes: number;
  heapLimitBytes: number;
}

export interface RunResult {
  status: RunStatus;
  stdout: string;
  stderr: string;
  error: RunError | null;
  events: TraceEvent[];
  eventsDropped: number;
  stats: RunStats;
  /** With RunOptions.countAlive: reachable instances per type name at the end of the run. */
  alive?: Record<string, number>;
  /** With RunOptions.returnFiles: the files asked for, in path order (fs/returned.ts). */
  files?: ReturnedFile[];
}

/** A file of the run's file system handed back in RunResult.files. */
export interface ReturnedFile {
  /** Absolute path in the run's file system, e.g. "/work/out.txt". */
  path: string;
  /** "utf-8": `content` is the text; "base64": the bytes were not valid UTF-8. */
  encoding: "utf-8" | "base64";
  content: string;
  /** Size of the file in bytes. */
  size: number;
  /** True when the output budget was spent: `content` is then empty. */
  truncated: boolean;
}

// ---------------------------------------------------------------- the trace

/** Fields every event has: when (interpreter step) and where (source line, 0 if none). */
export interface EventBase {
  step: number;
  line: number;
}

export type GcReason = "explicit" | "threshold" | "heap-full";
export type CallbackOutcome = "ok" | "error";
export type FinalizeTrigger = "collection" | "call" | "exit";
/** Why a `__del__` ran: its object was freed by a collection, or the run ended (finalizeAtExit). */
export type DelTrigger = "collection" | "exit";

export interface GcStartEvent extends EventBase {
  kind: "gc-start";
  reason: GcReason;
  heapBytes: number;
}

export interface GcEndEvent extends EventBase {
  kind: "gc-end";
  freedObjects: number;
  freedBytes: number;
  heapBytes: number;
}

export interface RefCreatedEvent extends EventBase {
  kind: "ref-created";
  id: number;
  targetId: number;
  targetType: string;
  hasCallback: boolean;
}

export interface FinalizeCreatedEvent extends EventBase {
  kind: "finalize-created";
  id: number;
  targetId: number;
  targetType: string;
}

export interface RefClearedEvent extends EventBase {
  kind: "ref-cleared";
  id: number;
  targetId: number;
}

export interface RefCallbackEvent extends EventBase {
  kind: "ref-callback";
  id: number;
  targetId: number;
  outcome: CallbackOutcome;
  /** "Type: message" when outcome is "error". */
  error?: string;
}

export interface FinalizeCallEvent extends EventBase {
  kind: "finalize-call";
  id: number;
  targetId: number;
  trigger: FinalizeTrigger;
  outcome: CallbackOutcome;
  error?: string;
}

export interface FinalizeDetachedEvent extends EventBase {
  kind: "finalize-detached";
  id: number;
  targetId: number;
}

/** A user `__del__` method ran (at most once per object). */
export interface DelCallEvent extends EventBase {
  kind: "del-call";
  /** The object's id. */
  id: number;
  /** Its class name. */
  targetType: string;
  trigger: DelTrigger;
  outcome: CallbackOutcome;
  /** "Type: message" when outcome is "error". */
  error?: string;
}

export interface MemoryErrorEvent extends EventBase {
  kind: "memory-error";
  requestedBytes: number;
  heapLimitBytes: number;
}

export interface RunEndEvent extends EventBase {
  kind: "run-end";
  status: RunStatus;
  liveBytes: number;
  /** Ids of finalize objects still alive (not run) at exit. */
  pendingFinalizers: number[];
}

export type TraceEvent =
  | GcStartEvent
  | GcEndEvent
  | RefCreatedEvent
  | FinalizeCreatedEvent
  | RefClearedEvent
  | RefCallbackEvent
  | FinalizeCallEvent
  | FinalizeDetachedEvent
  | DelCallEvent
  | MemoryErrorEvent
  | RunEndEvent;

export const DEFAULT_HEAP_BYTES = 16 * 1024 * 1024;
export const DEFAULT_RECURSION_LIMIT = 1000;
export const DEFAULT_MAX_EVENTS = 10000;
