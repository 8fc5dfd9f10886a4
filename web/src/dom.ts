// Tiny DOM builders: every view is plain DOM built from the RunResult (no framework).
// Text always goes through text nodes, never innerHTML, so program output cannot inject markup.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

function apply(el: Element, attrs: Attrs, children: Child[]): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === "function") el.addEventListener(k.replace(/^on/, ""), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "object" ? c : document.createTextNode(String(c)));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs, children);
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs, children);
  return el;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`#${id} missing from index.html`);
  return el as T;
}

/** "1.5 KiB": byte counts as people read them. */
export function bytes(n: number): string {
  if (Math.abs(n) < 1024) return `${n} B`;
  if (Math.abs(n) < 1024 * 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
}

/** Moves the editor's cursor to a line of the program that ran (`lines` long). */
export interface GotoLine {
  (line: number): void;
  lines: number;
}

/**
 * A button that moves the editor's cursor to `line` (a traceback's or an event's line).
 * Events carry no file name: an event raised inside a library module written in Python
 * (weakref's WeakValueDictionary, say) has a line of that module, so a line past the
 * program's end is shown as plain text.
 */
export function lineLink(line: number, goto: GotoLine, label = `line ${line}`): HTMLElement {
  if (line <= 0) return h("span", { class: "muted" }, line === 0 ? "end" : "—");
  if (line > goto.lines) return h("span", { class: "muted", title: "Not a line of this program: a line of a library module it called" }, label);
  return h("button", { type: "button", class: "line-link", "data-line": line, title: `Show line ${line} in the editor`, onclick: () => goto(line) }, label);
}
