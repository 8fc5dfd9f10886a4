// stdout and stderr, with every `line N` of a traceback (and a SyntaxError's) a link
// that puts the editor's cursor on that line.
import type { RunResult } from "../../src/engine/api.js";
import { byId, lineLink, type GotoLine } from "./dom.js";

const LINE_REF = /(File "main\.py", )line (\d+)/g;

export function linkify(pre: HTMLElement, text: string, goto: GotoLine): void {
  pre.replaceChildren();
  let last = 0;
  for (const m of text.matchAll(LINE_REF)) {
    const at = m.index + m[1].length;
    pre.append(text.slice(last, at), lineLink(Number(m[2]), goto));
    last = at + m[0].length - m[1].length;
  }
  pre.append(text.slice(last));
}

export function renderOutput(r: RunResult, goto: GotoLine): void {
  byId("stdout").textContent = r.stdout;
  linkify(byId("stderr"), r.stderr, goto);
}
