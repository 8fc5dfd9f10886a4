// The engine's public data types: what goes into a run and what comes out.
// Everything here is plain data (structured-clone safe), so a result can cross a
// worker boundary or be serialized to JSON unchanged. The OpenAPI document in
// openapi/openapi.yaml describes the same shapes for the HTTP API.

export type RunStatus = "ok" | "error" | "timeout" | "memory-limit" | "output-limit";

/**
 * What stopped a run, when a limit did: the step budget, the wall-clock deadline, the heap
 * (an uncaught MemoryError), the output cap, or (set by a host, never by the engine) a hard
 * stop that terminated the thread running the engine.
 */
export type RunLimit = "steps" | "deadline" | "heap" | "output" | "hard-stop";

/** A snapshot of a running program's counters (RunOptions.onProgress). */
export interface RunProgress {
  steps: number;
  /** The source line running. */
  line: number;
  collections: number;
  freedObjects: number;
  heapBytes: number;
  peakHeapBytes: number;
  eventsDropped: number;
}

/**
 * Options of a run. Every numeric limit must be a finite, non-negative integer (at most
 * Number.MAX_SAFE_INTEGER): runProgram throws a TypeError for a limit that is not a number and
 * a RangeError for NaN, Infinity, a negative or a fractional value (a caller's bug, not a
 * program outcome, so it is thrown rather than returned). "Unlimited" is spelled 0 where the
 * option says so, never Infinity.
 */
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
  /** Heap limit in bytes, at least 1 (there is no unlimited heap). Default 16 MiB. */
  heapBytes?: number;
  /** Step budget (one step per statement and loop iteration); 0 or absent: no budget. */
  maxSteps?: number;
  /** Wall-clock deadline in ms, checked cooperatively; 0 or absent: no deadline. */
  timeoutMs?: number;
  /** Cap on stdout + stderr bytes (UTF-8); 0 or absent: no cap. */
  maxOutputBytes?: number;
  /**
   * Cap on kept trace events, counting the final run-end (always kept: 0 and 1 keep only it);
   * further events are counted in eventsDropped. Default 10000.
   */
  maxEvents?: number;
  /** Python recursion limit, at least 1. Default 1000. */
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
  /**
   * Called with each trace event as it is kept (not for dropped ones), before the run ends:
   * lets a host keep the trace of a run it may have to stop from outside.
   */
  onEvent?: (event: TraceEvent) => void;
  /**
   * Called with the run's counters every CLOCK_EVERY (1000) steps (vm/limits.ts), so a host
   * that must stop a run from outside still knows how far it got.
   */
  onProgress?: (progress: RunProgress) => void;
  /**
   * Compile plain function bodies to JavaScript (compiler/codegen/). Default true; false
   * runs everything through the closure compiler (the reference, for A/B comparisons).
   */
  codegen?: boolean;
  /**
   * With `codegen`: a cache the host keeps across its runs (one per worker), from generated
   * source to its compiled factory, so a program run again reuses V8's optimized code. It
   * holds only generated text (no program text, no values) and is bounded by the engine
   * (emptied at 4096 entries or 8 Mi characters).
   */
  codeCache?: Map<string, unknown>;
  /** Monotonic clock in ms. Default: globalThis.performance.now. Injected for tests. */
  now?: () => number;
}

export interface RunError {
  /** Exception class name, e.g. "ValueError". */
  type: string;
  /**
   * str() of the exception, cut (with a trailing "…") to the run's output budget: at most
   * maxOutputBytes UTF-8 bytes when maxOutputBytes is set (see limitText).
   */
  message: string;
  /** Line of the innermost frame (for SyntaxError: the offending line). */
  line: number | null;
  /** SyntaxError only: 1-based column. */
  column?: number | null;
  /**
   * CPython-style traceback text as written to stderr; cut like `message` (so at most
   * maxOutputBytes UTF-8 bytes when that is set: what stderr could hold).
   */
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
  /**
   * The exit status a process would have: 0 when the program ran to its end or called
   * sys.exit() / sys.exit(0) / sys.exit(None); n for sys.exit(n) with an int n (not reduced
   * modulo 256); 1 for sys.exit(<anything else>) (printed to stderr), an uncaught exception
   * (MemoryError included, status "memory-limit") or a SyntaxError. null when the run was
   * stopped from outside the program: steps, deadline, output cap or hard stop (`limit`).
   */
  exitCode: number | null;
  /** What stopped the run: a limit (see RunLimit), else null. */
  limit: RunLimit | null;
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
  /**
   * Ids of finalize objects still alive (not run) at exit, in creation order; at most
   * MAX_PENDING_FINALIZERS of them (the rest are counted in pendingFinalizersDropped).
   */
  pendingFinalizers: number[];
  /** Present only when pendingFinalizers was cut: how many ids were left out. */
  pendingFinalizersDropped?: number;
  /**
   * Why objects are still alive at exit (heap/retention.ts): one shortest path from a
   * named root to each pending finalizer's target, then to live weakly referenced
   * objects; at most 20. Absent when there is nothing to explain.
   */
  retention?: RetentionPath[];
}

// ---------------------------------------------------------------- retention paths

/** Where a retention path starts: a slot the program (or the interpreter) names. */
export interface RetentionRoot {
  /**
   * global: a name in the main module; local: a frame's local, cell or in-flight value
   * (`frame` is the function's qualname); module: an imported module; builtins: a
   * builtins entry; finalizer: an alive weakref.finalize (the registry holds it and its
   * callback and arguments); interpreter: any other interpreter root.
   */
  kind: "global" | "local" | "module" | "builtins" | "finalizer" | "interpreter";
  name: string;
  frame?: string;
  /** The object held in that slot. */
  id: number;
  type: string;
}

/** One strong reference along the path: `edge` leads from the previous object to this one. */
export interface RetentionStep {
  /** `.attr`, `[0]`, `['key']`, `<key 'k'>`, `<set element>`, `<cell x>`, `.cell_contents`, `<finalizer args>[0]`, `<ref>`... */
  edge: string;
  id: number;
  type: string;
}

export interface RetentionPath {
  targetId: number;
  targetType: string;
  why: "pending-finalizer" | "weakly-referenced";
  /** false: no strong path (garbage no collection has found yet); null: the search was cut short. */
  reachable: boolean | null;
  /** null when not reachable. */
  root: RetentionRoot | null;
  /** From the root's object to the target (empty when the root holds the target itself). */
  steps: RetentionStep[];
  /** Steps left out of the middle of a long path (at most 32 are kept). */
  stepsOmitted: number;
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

// ---------------------------------------------------------------- the result budget
// A result must stay small whatever the program does (a class named with a megabyte string,
// a 30 MB exception message): every part of it is bounded by the run's limits.

/** Strings inside trace events (type names, "Type: message" errors): at most this many UTF-16 units. */
export const MAX_EVENT_STRING = 200;
/** run-end's pendingFinalizers lists at most this many ids. */
export const MAX_PENDING_FINALIZERS = 1000;
/** What marks a cut string. */
export const ELLIPSIS = "…";
