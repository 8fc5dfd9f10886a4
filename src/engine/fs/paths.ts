// POSIX path arithmetic for the run's file system: pure string functions, no host.

/** The working directory a run starts in (os.getcwd()); the request's files live here. */
export const RUN_CWD = "/work";

/** `path` made absolute against `cwd` and normalised (`.`, `..`, `//` removed); "/" for the root. */
export function resolvePath(cwd: string, path: string): string {
  const full = path.startsWith("/") ? path : `${cwd}/${path}`;
  const out: string[] = [];
  for (const part of full.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return "/" + out.join("/");
}

/** The components of an absolute normalised path ("/" has none). */
export function pathParts(abs: string): string[] {
  return abs === "/" ? [] : abs.slice(1).split("/");
}
