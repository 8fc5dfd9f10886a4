// The program's stdout and stderr: buffered per stream, streamed to `onOutput` in
// the order written, and capped by `maxOutputBytes` over both streams together
// (UTF-8 bytes). At the cap, the part of the write that still fits is kept (cut at a
// code point boundary, so at most the cap) and the run ends with RunAbort
// "output-limit", which no Python code can catch.

import { RunAbort } from "./limits.js";

export type StreamName = "stdout" | "stderr";

/** UTF-8 length of a JS string (lone surrogates count as U+FFFD, 3 bytes). */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // 4 bytes for 2 code units
      i++;
    } else n += 2;
  }
  return n;
}

/** Longest prefix of `s` (whole code points) whose UTF-8 length is at most `budget`. */
export function utf8Prefix(s: string, budget: number): string {
  let used = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    let bytes = 1;
    let units = 1;
    if (c >= 0x80) {
      if (c < 0x800) bytes = 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        bytes = 4;
        units = 2;
      } else bytes = 3;
    }
    if (used + bytes > budget) break;
    used += bytes;
    i += units;
  }
  return s.slice(0, i);
}

export class Output {
  private readonly out: string[] = [];
  private readonly err: string[] = [];
  /** UTF-8 bytes written so far (both streams); only counted when capped. */
  bytes = 0;
  /** True once the cap was hit (the run is ending with "output-limit"). */
  exceeded = false;
  private readonly cap: number;

  constructor(
    maxOutputBytes: number | undefined,
    private readonly onOutput: ((stream: StreamName, text: string) => void) | undefined,
    /** The running source line (recorded in the RunAbort when the cap is hit). */
    private readonly line: () => number = () => 0,
  ) {
    this.cap = maxOutputBytes && maxOutputBytes > 0 ? maxOutputBytes : Infinity;
  }

  /** Append `text` to a stream; throws RunAbort("output-limit") past the cap. */
  write(stream: StreamName, text: string): void {
    if (text.length === 0) return;
    if (this.exceeded) throw new RunAbort("output-limit", `output limit of ${this.cap} bytes exceeded`, this.line());
    if (this.cap !== Infinity) {
      const len = utf8Length(text);
      if (this.bytes + len > this.cap) {
        const kept = utf8Prefix(text, this.cap - this.bytes);
        this.bytes += utf8Length(kept);
        this.exceeded = true;
        this.append(stream, kept);
        throw new RunAbort("output-limit", `output limit of ${this.cap} bytes exceeded`, this.line());
      }
      this.bytes += len;
    }
    this.append(stream, text);
  }

  /**
   * Write without ever throwing (the final traceback of a failed run): past the cap
   * the text is cut like any other write, and the run's status stays what it was.
   */
  writeFinal(stream: StreamName, text: string): void {
    try {
      this.write(stream, text);
    } catch (e) {
      if (!(e instanceof RunAbort)) throw e;
    }
  }

  private append(stream: StreamName, text: string): void {
    if (text.length === 0) return;
    (stream === "stdout" ? this.out : this.err).push(text);
    if (this.onOutput) this.onOutput(stream, text);
  }

  stdout(): string {
    return this.out.join("");
  }

  stderr(): string {
    return this.err.join("");
  }
}
