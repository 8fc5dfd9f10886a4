// The run's own file system: a tree of directories whose files are bytearray heap
// objects. Nothing here reaches the host; it starts with the request's files
// (RunOptions.files, in the working directory) and holds what the program writes.
//
// How file bytes count against the heap: a file's content IS a Python bytearray
// (objects/bytearray.ts: 16-byte header + 1 byte per byte, re-charged as it grows),
// reached by the collector from the interpreter's root set (heap/roots.ts) for as long
// as the file exists or an open file object holds it. Writing past the heap limit raises
// MemoryError like any allocation; removing a file frees its bytes at the next
// collection. Directories are charged nothing (their names are JS strings).

import type { PyByteArray } from "../objects/bytearray.js";
import { pathParts, resolvePath, RUN_CWD } from "./paths.js";

export interface FileNode {
  readonly kind: "file";
  data: PyByteArray;
  /** Seconds on the run's clock at the last write (os.stat().st_mtime). */
  mtime: number;
}

export interface DirNode {
  readonly kind: "dir";
  readonly entries: Map<string, FsNode>;
  mtime: number;
}

export type FsNode = FileNode | DirNode;

/** A failed operation, as the errno CPython would report (the module layer raises it). */
export class FsError {
  constructor(
    readonly errno: number,
    readonly typeName: string,
    readonly message: string,
  ) {}
}

export const ENOENT = new FsError(2, "FileNotFoundError", "No such file or directory");
export const EEXIST = new FsError(17, "FileExistsError", "File exists");
export const EISDIR = new FsError(21, "IsADirectoryError", "Is a directory");
export const ENOTDIR = new FsError(20, "NotADirectoryError", "Not a directory");
export const ENOTEMPTY = new FsError(39, "OSError", "Directory not empty");
export const EINVAL = new FsError(22, "OSError", "Invalid argument");
export const EBUSY = new FsError(16, "OSError", "Device or resource busy");

export class RunFileSystem {
  readonly root: DirNode = { kind: "dir", entries: new Map(), mtime: 0 };
  cwd = RUN_CWD;
  /** Absolute paths of the files the program created or wrote (RunResult.files). */
  readonly written = new Set<string>();

  abs(path: string): string {
    return resolvePath(this.cwd, path);
  }

  /** The node at `path`, or undefined. */
  lookup(path: string): FsNode | undefined {
    let node: FsNode = this.root;
    for (const part of pathParts(this.abs(path))) {
      if (node.kind !== "dir") return undefined;
      const next = node.entries.get(part);
      if (next === undefined) return undefined;
      node = next;
    }
    return node;
  }

  /** The directory that holds `path` and the last component; throws ENOENT/ENOTDIR. */
  parentOf(path: string): { dir: DirNode; name: string } {
    const parts = pathParts(this.abs(path));
    if (parts.length === 0) throw EBUSY;
    let node: FsNode = this.root;
    for (const part of parts.slice(0, -1)) {
      if (node.kind !== "dir") throw ENOTDIR;
      const next = node.entries.get(part);
      if (next === undefined) throw ENOENT;
      node = next;
    }
    if (node.kind !== "dir") throw ENOTDIR;
    return { dir: node, name: parts[parts.length - 1] };
  }

  mkdir(path: string, now: number): void {
    const { dir, name } = this.parentOf(path);
    if (dir.entries.has(name)) throw EEXIST;
    dir.entries.set(name, { kind: "dir", entries: new Map(), mtime: now });
  }

  /** mkdir -p of `abs` (an absolute path) without errors for existing directories. */
  mkdirs(abs: string, now: number): void {
    let node: DirNode = this.root;
    for (const part of pathParts(abs)) {
      let next = node.entries.get(part);
      if (next === undefined) {
        next = { kind: "dir", entries: new Map(), mtime: now };
        node.entries.set(part, next);
      }
      if (next.kind !== "dir") throw ENOTDIR;
      node = next;
    }
  }

  remove(path: string): void {
    const { dir, name } = this.parentOf(path);
    const node = dir.entries.get(name);
    if (node === undefined) throw ENOENT;
    if (node.kind === "dir") throw EISDIR;
    dir.entries.delete(name);
    this.written.delete(this.abs(path));
  }

  rmdir(path: string): void {
    const { dir, name } = this.parentOf(path);
    const node = dir.entries.get(name);
    if (node === undefined) throw ENOENT;
    if (node.kind !== "dir") throw ENOTDIR;
    if (node.entries.size > 0) throw ENOTEMPTY;
    dir.entries.delete(name);
  }

  rename(src: string, dst: string): void {
    const from = this.parentOf(src);
    const node = from.dir.entries.get(from.name);
    if (node === undefined) throw ENOENT;
    const to = this.parentOf(dst);
    const there = to.dir.entries.get(to.name);
    if (there !== undefined && there.kind === "dir" && node.kind !== "dir") throw EISDIR;
    if (there !== undefined && there.kind !== "dir" && node.kind === "dir") throw ENOTDIR;
    if (there !== undefined && there.kind === "dir" && there.entries.size > 0) throw ENOTEMPTY;
    if (node.kind === "dir" && (this.abs(dst) + "/").startsWith(this.abs(src) + "/")) throw EINVAL;
    from.dir.entries.delete(from.name);
    to.dir.entries.set(to.name, node);
    const a = this.abs(src);
    const b = this.abs(dst);
    for (const w of [...this.written]) {
      if (w === a || w.startsWith(a + "/")) {
        this.written.delete(w);
        this.written.add(b + w.slice(a.length));
      }
    }
  }

  /** Every file under the root with its absolute path, in name order (RunResult.files). */
  *files(dir: DirNode = this.root, prefix = ""): Generator<[string, FileNode]> {
    for (const name of [...dir.entries.keys()].sort()) {
      const node = dir.entries.get(name)!;
      if (node.kind === "file") yield [`${prefix}/${name}`, node];
      else yield* this.files(node, `${prefix}/${name}`);
    }
  }
}
