// Where a program runs: on the server (POST /v1/runs) or in this browser (a Web Worker
// running the same engine). Both get the same limits, so the same program gives the same
// events (only stats.wallMs differs).
import type { RunResult } from "../../src/engine/api.js";
import type { WorkerReply, WorkerRequest } from "./worker.js";

export type Mode = "worker" | "api";

export interface RunInput {
  source: string;
  stdin: string;
  heapBytes: number;
  timeoutMs: number;
  finalizeAtExit: boolean;
  apiKey: string;
}

/** The limits both modes use (the server's defaults for those the page does not expose). */
export const FIXED_LIMITS = { maxSteps: 100_000_000, maxOutputBytes: 1_048_576, maxEvents: 10_000 };

/** Extra time the page grants a worker beyond its timeout before terminating it. */
const WORKER_GRACE_MS = 2000;

export class RunFailure extends Error {}

export async function runIn(mode: Mode, input: RunInput): Promise<RunResult> {
  return mode === "api" ? runOnServer(input) : runInWorker(input);
}

async function runOnServer(input: RunInput): Promise<RunResult> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (input.apiKey !== "") headers.authorization = `Bearer ${input.apiKey}`;
  let res: Response;
  try {
    res = await fetch("/v1/runs", {
      method: "POST",
      headers,
      body: JSON.stringify({
        source: input.source,
        stdin: input.stdin,
        finalizeAtExit: input.finalizeAtExit,
        limits: { heapBytes: input.heapBytes, timeoutMs: input.timeoutMs, ...FIXED_LIMITS },
      }),
    });
  } catch (e) {
    throw new RunFailure(`The server could not be reached (${e instanceof Error ? e.message : String(e)}). Try running in the browser.`);
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const p = body as { title?: string; detail?: string } | null;
    throw new RunFailure(`The server answered ${res.status}: ${p?.detail ?? p?.title ?? res.statusText}`);
  }
  return body as RunResult;
}

function runInWorker(input: RunInput): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "heapscope-engine" });
    const done = (): void => {
      clearTimeout(timer);
      worker.terminate();
    };
    // The engine checks its deadline cooperatively; this only catches a run that cannot.
    const timer = setTimeout(() => {
      done();
      reject(new RunFailure(`The run did not stop within ${input.timeoutMs} ms (+${WORKER_GRACE_MS} ms grace); its worker was terminated.`));
    }, input.timeoutMs + WORKER_GRACE_MS);
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      done();
      if (e.data.ok) resolve(e.data.result);
      else reject(new RunFailure(`Engine error: ${e.data.message}`));
    };
    worker.onerror = (e) => {
      done();
      reject(new RunFailure(`The worker failed: ${e.message || "unknown error"}`));
    };
    const request: WorkerRequest = {
      source: input.source,
      options: {
        filename: "main.py",
        stdin: input.stdin,
        heapBytes: input.heapBytes,
        timeoutMs: input.timeoutMs,
        finalizeAtExit: input.finalizeAtExit,
        ...FIXED_LIMITS,
      },
    };
    worker.postMessage(request);
  });
}
