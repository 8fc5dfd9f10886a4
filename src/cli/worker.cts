// The CLI's engine thread: runs one program and streams its output back in batches
// (in write order), then the result. A batch is flushed when it grows past
// FLUSH_BYTES or FLUSH_MS after its first chunk, so long programs stream.
//
// A CommonJS file (a worker starts a few ms sooner without the ES module loader). It
// loads the engine as fast as it can (engine-bundle.cts): the one-script bundle made by
// `npm run build` with its V8 code cache (its files read by the main thread meanwhile),
// else the ES modules of dist/engine/.

import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { loadEngine, type Engine, type EngineBundle } from "./engine-bundle.cjs";
import type { OutputChunk, WorkerMessage, WorkerRequest } from "./protocol.js";

const FLUSH_BYTES = 64 * 1024;
const FLUSH_MS = 50;

const port = parentPort;
if (port === null) throw new Error("cli/worker.cjs must run in a worker thread");

// The first message is the engine bundle's files (read by the main thread while this
// thread started; null without a fresh bundle), the second the run.
port.once("message", (bundle: EngineBundle | null) => {
  void loadEngine(bundle).then((engine) => port.once("message", (req: WorkerRequest) => serve(engine, req)));
});

function serve({ runProgram }: Engine, req: WorkerRequest): void {
  let chunks: OutputChunk[] = [];
  let size = 0;
  let since = 0;
  const flush = (): void => {
    if (chunks.length === 0) return;
    const msg: WorkerMessage = { type: "output", chunks };
    port!.postMessage(msg);
    chunks = [];
    size = 0;
  };
  const result = runProgram(req.source, {
    ...req.options,
    readStdin: req.programReadsStdin ? readOwnStdin : undefined,
    onOutput(stream, text) {
      const last = chunks.length > 0 ? chunks[chunks.length - 1] : null;
      if (last !== null && last[0] === stream) last[1] += text;
      else chunks.push([stream, text]);
      if (size === 0) since = Date.now();
      size += text.length;
      if (size >= FLUSH_BYTES || Date.now() - since >= FLUSH_MS) flush();
    },
  });
  flush();
  const done: WorkerMessage = { type: "done", result };
  port!.postMessage(done);
  port!.close();
}

/** All of the process's stdin (blocking this thread only); "" when there is none to read. */
function readOwnStdin(): string {
  try {
    return readFileSync(0, "utf8");
  } catch {
    return "";
  }
}
