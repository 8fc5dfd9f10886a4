// `_fs`: the primitives that io.open, os, os.path and pathlib (Python, src/engine/stdlib/)
// build on. Paths are str (bytes paths are refused); errors are raised as the OSError
// subclass and "[Errno N] message: 'path'" CPython shows.

import type { PyValue } from "../objects/object.js";
import { None } from "../objects/builtin-types.js";
import { builtin, makeModule, type PyModule } from "../objects/module.js";
import { PyStr, internStr, newStr } from "../objects/str.js";
import { newList } from "../objects/list.js";
import { newTuple } from "../objects/tuple.js";
import { newFloat } from "../objects/float.js";
import { encodeUtf8 } from "../objects/bytes.js";
import { newByteArray } from "../objects/bytearray.js";
import { newOsError } from "../objects/oserror.js";
import { raiseTypeError } from "../vm/errors.js";
import type { Interpreter } from "../vm/interpreter.js";
import { EEXIST, EISDIR, ENOENT, ENOTDIR, FsError, RunFileSystem, type FileNode } from "./filesystem.js";
import { RUN_CWD } from "./paths.js";
import { typeOf } from "../vm/abstract.js";
import { importModule } from "../vm/imports.js";

/** The run's file system, created on first use with the request's files in the working directory. */
export function runFileSystem(interp: Interpreter): RunFileSystem {
  if (interp.fs !== null) return interp.fs;
  const fs = new RunFileSystem();
  interp.fs = fs;
  fs.mkdirs(RUN_CWD, 0);
  fs.mkdirs("/tmp", 0);
  // The program itself is a file of its folder too (open(__file__) reads it), as on disk.
  const main = interp.sources.get(interp.filename);
  const files: Record<string, string> = main === undefined ? {} : { [interp.filename]: main };
  Object.assign(files, interp.options.files ?? {});
  for (const name of Object.keys(files)) {
    const text = files[name];
    if (typeof text !== "string") continue;
    const abs = fs.abs(name);
    try {
      fs.mkdirs(abs.slice(0, abs.lastIndexOf("/")) || "/", 0);
      const { dir, name: base } = fs.parentOf(abs);
      if (dir.entries.get(base)?.kind === "dir") continue;
      dir.entries.set(base, { kind: "file", data: newByteArray(interp, encodeUtf8(text)), mtime: 0 });
    } catch (e) {
      // A name that cannot be a file ("a" and "a/b" both given, or "/"): not loaded.
      if (!(e instanceof FsError)) throw e;
    }
  }
  return fs;
}

/** Seconds on the run's clock (st_mtime). */
function clockSeconds(interp: Interpreter): number {
  return (interp.limits.clock() - interp.limits.startedAt) / 1000;
}

function pathArg(interp: Interpreter, v: PyValue | undefined, fn: string): string {
  if (v instanceof PyStr) return v.v;
  return raiseTypeError(interp, `${fn}: path should be string, not ${v === undefined ? "nothing" : typeOf(v).name}`);
}

/** Runs `op`; an FsError becomes the Python exception naming `path` (and `path2`). */
function guarded<T>(interp: Interpreter, path: PyValue, op: () => T, path2?: PyValue): T {
  try {
    return op();
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    throw newOsError(interp, e.typeName, e.errno, e.message, path, path2);
  }
}

/** open_file(path, mode) with mode one of "r", "w", "a", "x": the file's bytearray. */
const openFile = builtin("open_file", (interp, args) => {
  const path = pathArg(interp, args[0], "open");
  const mode = (args[1] as PyStr).v;
  const fs = runFileSystem(interp);
  return guarded(interp, args[0], () => {
    const node = fs.lookup(path);
    if (node !== undefined && node.kind === "dir") throw EISDIR;
    if (mode === "r") {
      if (node === undefined) throw ENOENT;
      return node.data;
    }
    if (node !== undefined) {
      if (mode === "x") throw EEXIST;
      fs.written.add(fs.abs(path));
      node.mtime = clockSeconds(interp);
      if (mode === "w") node.data.bytes.length = 0;
      if (mode === "w" && node.data.size !== 0) interp.heap.resize(node.data, 16);
      return node.data;
    }
    if (path.endsWith("/")) throw EISDIR;
    const { dir, name } = fs.parentOf(path);
    const file: FileNode = { kind: "file", data: newByteArray(interp, []), mtime: clockSeconds(interp) };
    dir.entries.set(name, file);
    fs.written.add(fs.abs(path));
    return file.data;
  });
});

/** stat(path): (is_dir, size, mtime), or FileNotFoundError. */
const stat = builtin("stat", (interp, args) => {
  const path = pathArg(interp, args[0], "stat");
  const fs = runFileSystem(interp);
  const node = guarded(interp, args[0], () => fs.lookup(path) ?? (() => { throw ENOENT; })());
  const size = node.kind === "file" ? node.data.bytes.length : 4096;
  return newTuple(interp, [node.kind === "dir", size, newFloat(interp, node.mtime)]);
});

/** kind(path): "file", "dir" or None (os.path.exists/isfile/isdir never raise). */
const kind = builtin("kind", (interp, args) => {
  if (!(args[0] instanceof PyStr)) return None;
  const node = runFileSystem(interp).lookup(args[0].v);
  return node === undefined ? None : internStr(node.kind);
});

const listdir = builtin("listdir", (interp, args) => {
  const path = pathArg(interp, args[0], "listdir");
  const fs = runFileSystem(interp);
  const node = guarded(interp, args[0], () => {
    const n = fs.lookup(path);
    if (n === undefined) throw ENOENT;
    if (n.kind !== "dir") throw ENOTDIR;
    return n;
  });
  return newList(interp, [...node.entries.keys()].sort().map((k) => newStr(interp, k)));
});

const mkdir = builtin("mkdir", (interp, args) => {
  const path = pathArg(interp, args[0], "mkdir");
  const fs = runFileSystem(interp);
  guarded(interp, args[0], () => fs.mkdir(path, clockSeconds(interp)));
  return None;
});

const remove = builtin("remove", (interp, args) => {
  const path = pathArg(interp, args[0], "remove");
  const fs = runFileSystem(interp);
  guarded(interp, args[0], () => fs.remove(path));
  return None;
});

const rmdir = builtin("rmdir", (interp, args) => {
  const path = pathArg(interp, args[0], "rmdir");
  const fs = runFileSystem(interp);
  guarded(interp, args[0], () => fs.rmdir(path));
  return None;
});

const rename = builtin("rename", (interp, args) => {
  const src = pathArg(interp, args[0], "rename");
  const dst = pathArg(interp, args[1], "rename");
  const fs = runFileSystem(interp);
  guarded(interp, args[0], () => fs.rename(src, dst), args[1]);
  return None;
});

const getcwd = builtin("getcwd", (interp) => newStr(interp, runFileSystem(interp).cwd));

const chdir = builtin("chdir", (interp, args) => {
  const path = pathArg(interp, args[0], "chdir");
  const fs = runFileSystem(interp);
  guarded(interp, args[0], () => {
    const n = fs.lookup(path);
    if (n === undefined) throw ENOENT;
    if (n.kind !== "dir") throw ENOTDIR;
    fs.cwd = fs.abs(path);
  });
  return None;
});

/** now(): seconds on the run's clock (mtime of new files). */
const now = builtin("now", (interp) => newFloat(interp, clockSeconds(interp)));

export function createFsModule(_interp: Interpreter): PyModule {
  return makeModule("_fs", [
    ["open_file", openFile],
    ["stat", stat],
    ["kind", kind],
    ["listdir", listdir],
    ["mkdir", mkdir],
    ["remove", remove],
    ["rmdir", rmdir],
    ["rename", rename],
    ["getcwd", getcwd],
    ["chdir", chdir],
    ["now", now],
    ["__name__", internStr("_fs")],
  ]);
}

/** `import os.path`: the posixpath module itself, as on every POSIX CPython. */
export function createOsPathModule(interp: Interpreter): PyModule {
  return importModule(interp, "posixpath");
}
