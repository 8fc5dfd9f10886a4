// RunResult.files: the files a run hands back (RunOptions.returnFiles). Text that is
// valid UTF-8 is returned as is, anything else as base64. The bytes returned share the
// output budget (RunOptions.maxOutputBytes) with stdout and stderr: once it is spent,
// further files are listed with `truncated: true` and empty content.

import type { ReturnedFile } from "../api.js";
import type { Interpreter } from "../vm/interpreter.js";
import { resolvePath, RUN_CWD } from "./paths.js";
import { encodeUtf8 } from "../objects/bytes.js";

/** The text of `bytes` when they are valid UTF-8 (no surrogates, shortest forms), else null. */
function utf8Text(bytes: number[]): string | null {
  const units: string[] = [];
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    let cp: number;
    let n: number;
    if (b < 0x80) { cp = b; n = 0; }
    else if (b >= 0xc2 && b < 0xe0) { cp = b & 0x1f; n = 1; }
    else if (b >= 0xe0 && b < 0xf0) { cp = b & 0x0f; n = 2; }
    else if (b >= 0xf0 && b < 0xf5) { cp = b & 0x07; n = 3; }
    else return null;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    if ((n === 2 && (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000))) || (n === 3 && (cp < 0x10000 || cp > 0x10ffff))) return null;
    units.push(String.fromCodePoint(cp));
    i += n + 1;
  }
  return units.join("");
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function base64(bytes: number[]): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += B64[a >> 2] + B64[((a & 3) << 4) | ((b ?? 0) >> 4)];
    out += b === undefined ? "=" : B64[((b & 15) << 2) | ((c ?? 0) >> 6)];
    out += c === undefined ? "=" : B64[c & 63];
  }
  return out;
}

/** The files to return, or undefined when the run was not asked for any. */
export function returnedFiles(interp: Interpreter): ReturnedFile[] | undefined {
  const ask = interp.options.returnFiles;
  if (ask === undefined || ask === false) return undefined;
  // The files at the end of the run; when the program never touched its file system,
  // those it started with (without creating it: nothing is allocated after the run).
  const all = new Map<string, number[]>();
  const fs = interp.fs;
  if (fs !== null) {
    for (const [p, node] of fs.files()) all.set(p, node.data.bytes);
  } else {
    const main = interp.sources.get(interp.filename);
    if (main !== undefined) all.set(resolvePath(RUN_CWD, interp.filename), encodeUtf8(main));
    const given = interp.options.files ?? {};
    for (const name of Object.keys(given)) if (typeof given[name] === "string") all.set(resolvePath(RUN_CWD, name), encodeUtf8(given[name]));
  }
  const paths = ask === true ? (fs === null ? [] : [...fs.written].sort()) : ask.map((p) => resolvePath(RUN_CWD, p));
  const picked: [string, number[]][] = [];
  for (const p of paths) {
    const bytes = all.get(p);
    if (bytes !== undefined && !picked.some(([q]) => q === p)) picked.push([p, bytes]);
  }
  const cap = interp.options.maxOutputBytes && interp.options.maxOutputBytes > 0 ? interp.options.maxOutputBytes : Infinity;
  let budget = cap - interp.output.bytes;
  const out: ReturnedFile[] = [];
  for (const [path, bytes] of picked) {
    if (bytes.length > budget) {
      out.push({ path, encoding: "utf-8", content: "", size: bytes.length, truncated: true });
      budget = 0;
      continue;
    }
    budget -= bytes.length;
    const text = utf8Text(bytes);
    if (text !== null) out.push({ path, encoding: "utf-8", content: text, size: bytes.length, truncated: false });
    else out.push({ path, encoding: "base64", content: base64(bytes), size: bytes.length, truncated: false });
  }
  return out;
}
