// Buffer exports: a memoryview over a bytearray or an array locks its size, like
// CPython's export count ("BufferError: Existing exports of data: object cannot be
// re-sized"). CPython drops the lock when the last view dies by reference counting; our
// collector frees garbage only when it runs, so a view counts as gone once it is
// released, or once a collection that ran after its creation did not reach it (mark
// stamps of heap/collector.ts). A view that became garbage since the last collection
// still holds its lock: the one deliberate difference, documented in python-support.md.

import type { PyObject } from "./object.js";
import type { Interpreter } from "../vm/interpreter.js";
import { raise } from "../vm/errors.js";
import { BufferError } from "./exceptions.js";

export interface BufferView extends PyObject {
  released: boolean;
  /** The collector's epoch when the view was made. */
  born: number;
}

/** An object that can export its buffer: the views made over it (pruned as they die). */
export interface Exporter {
  views: BufferView[] | null;
}

function alive(interp: Interpreter, v: BufferView): boolean {
  if (v.released) return false;
  const epoch = interp.collector.epoch;
  return v.born >= epoch || v.mark === epoch || v.mark === -epoch;
}

/** Does the exporter still have a live view? (prunes the dead ones) */
export function hasExports(interp: Interpreter, ex: Exporter): boolean {
  const views = ex.views;
  if (views === null) return false;
  const kept = views.filter((v) => alive(interp, v));
  ex.views = kept.length === 0 ? null : kept;
  return kept.length !== 0;
}

export function addExport(interp: Interpreter, ex: Exporter, v: BufferView): void {
  v.born = interp.collector.epoch;
  if (ex.views === null) ex.views = [v];
  else {
    if (ex.views.length >= 16) hasExports(interp, ex);
    (ex.views ??= []).push(v);
  }
}

/** Raise CPython's BufferError when a live view exists (before a change of size). */
export function checkNoExports(interp: Interpreter, ex: Exporter, message: string): void {
  if (ex.views !== null && hasExports(interp, ex)) raise(interp, BufferError, message);
}

/** What memoryview and array.array provide to bytes(), bytearray(), struct...: their bytes, in order. */
interface BytesExporter {
  exportBytes(interp: Interpreter): number[];
}

/** The bytes of a memoryview or array (a copy), or null for anything else. */
export function exportedBytes(interp: Interpreter, v: unknown): number[] | null {
  if (typeof v !== "object" || v === null || typeof (v as Partial<BytesExporter>).exportBytes !== "function") return null;
  return (v as BytesExporter).exportBytes(interp);
}
