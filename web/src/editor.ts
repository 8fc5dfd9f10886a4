// The CodeMirror 6 editor: Python highlighting, Ctrl/Cmd-Enter runs, and a way for the
// other views to put the cursor on a line.
import { basicSetup } from "codemirror";
import { python } from "@codemirror/lang-python";
import { EditorView, keymap } from "@codemirror/view";
import { EditorSelection, Prec } from "@codemirror/state";

export interface Editor {
  get(): string;
  set(text: string): void;
  gotoLine(line: number): void;
  focus(): void;
}

export function createEditor(parent: HTMLElement, initial: string, onRun: () => void): Editor {
  const view = new EditorView({
    parent,
    doc: initial,
    extensions: [
      Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => (onRun(), true) }])),
      basicSetup,
      python(),
      EditorView.contentAttributes.of({ "aria-label": "Python program" }),
      EditorView.lineWrapping,
    ],
  });
  return {
    get: () => view.state.doc.toString(),
    set(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: EditorSelection.cursor(0) });
    },
    gotoLine(line) {
      const doc = view.state.doc;
      const l = doc.line(Math.min(Math.max(1, line), doc.lines));
      view.dispatch({ selection: EditorSelection.cursor(l.from), effects: EditorView.scrollIntoView(l.from, { y: "center" }) });
      view.focus();
    },
    focus: () => view.focus(),
  };
}
