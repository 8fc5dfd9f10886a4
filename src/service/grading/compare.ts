// Output comparison modes of a test's `expect` (docs/grading.md has an example of each).
// Every mode answers whether the output passes and, when it does not, a message naming the
// first difference (line and column, or token index), short enough to show a student.

export type CompareMode = "exact" | "rstrip" | "tokens" | "float" | "regex" | "lines-unordered";

export interface CompareOptions {
  absTol?: number;
  relTol?: number;
}

export interface Comparison {
  passed: boolean;
  message: string;
}

const DEFAULT_TOL = 1e-9;
/** Longest excerpt of a line or token quoted in a message. */
const EXCERPT = 80;

const PASS: Comparison = { passed: true, message: "" };

function quote(s: string | undefined): string {
  if (s === undefined) return "end of output";
  const cut = s.length > EXCERPT ? `${s.slice(0, EXCERPT)}...` : s;
  return JSON.stringify(cut);
}

function fail(message: string): Comparison {
  return { passed: false, message };
}

export function compareOutput(mode: CompareMode, expected: string, actual: string, opts: CompareOptions = {}): Comparison {
  switch (mode) {
    case "exact":
      return actual === expected ? PASS : firstDifferentLine(expected.split("\n"), actual.split("\n"), "exact");
    case "rstrip":
      return compareRstrip(expected, actual);
    case "tokens":
      return compareTokens(expected, actual, null);
    case "float":
      return compareTokens(expected, actual, { abs: opts.absTol ?? DEFAULT_TOL, rel: opts.relTol ?? DEFAULT_TOL });
    case "regex":
      throw new Error("regex comparisons run in the sandbox (REGEX_PROGRAM)");
    case "lines-unordered":
      return compareUnordered(expected, actual);
  }
}

/** Judge0's rule: trailing whitespace of each line, and trailing empty lines, do not count. */
export function rstripLines(text: string): string[] {
  const lines = text.split("\n").map((l) => l.replace(/\s+$/, ""));
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function compareRstrip(expected: string, actual: string): Comparison {
  const e = rstripLines(expected);
  const a = rstripLines(actual);
  if (e.length === a.length && e.every((l, i) => l === a[i])) return PASS;
  return firstDifferentLine(e, a, "rstrip");
}

function firstDifferentLine(e: string[], a: string[], mode: string): Comparison {
  const n = Math.max(e.length, a.length);
  for (let i = 0; i < n; i++) {
    if (e[i] === a[i]) continue;
    const el = e[i];
    const al = a[i];
    if (el !== undefined && al !== undefined) {
      let col = 0;
      while (col < el.length && col < al.length && el[col] === al[col]) col++;
      return fail(`line ${i + 1} differs at column ${col + 1}: expected ${quote(el)}, got ${quote(al)}`);
    }
    // In exact mode the last "line" is what follows the final newline: "" when there is one.
    if (mode === "exact" && i === n - 1 && (el ?? al) === "") return fail(el === undefined ? "output has an extra final newline" : "output lacks the final newline");
    return fail(el === undefined ? `output has extra lines from line ${i + 1}: ${quote(al)}` : `output ends before line ${i + 1}: expected ${quote(el)}`);
  }
  // Only line endings differ (exact mode: a missing or extra final newline).
  return fail(mode === "exact" ? "outputs differ only in their final newline" : "outputs differ");
}

const tokensOf = (s: string): string[] => s.split(/\s+/).filter((t) => t.length > 0);
const NUMBER = /^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|inf|infinity|nan)$/i;

function compareTokens(expected: string, actual: string, tol: { abs: number; rel: number } | null): Comparison {
  const e = tokensOf(expected);
  const a = tokensOf(actual);
  const n = Math.max(e.length, a.length);
  for (let i = 0; i < n; i++) {
    const et = e[i];
    const at = a[i];
    if (et === at) continue;
    if (et === undefined) return fail(`output has ${a.length} tokens, expected ${e.length}: extra token ${i + 1} ${quote(at)}`);
    if (at === undefined) return fail(`output has ${a.length} tokens, expected ${e.length}: missing token ${i + 1} ${quote(et)}`);
    if (tol !== null && NUMBER.test(et) && NUMBER.test(at)) {
      const x = Number(et.toLowerCase().replace("infinity", "Infinity").replace("inf", "Infinity"));
      const y = Number(at.toLowerCase().replace("infinity", "Infinity").replace("inf", "Infinity"));
      if (closeEnough(x, y, tol)) continue;
      return fail(`token ${i + 1}: expected ${et}, got ${at} (beyond absTol ${tol.abs}, relTol ${tol.rel})`);
    }
    return fail(`token ${i + 1} differs: expected ${quote(et)}, got ${quote(at)}`);
  }
  return PASS;
}

/** math.isclose's rule, plus an absolute tolerance that applies on its own. */
function closeEnough(x: number, y: number, tol: { abs: number; rel: number }): boolean {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y);
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const diff = Math.abs(x - y);
  return diff <= tol.abs || diff <= tol.rel * Math.max(Math.abs(x), Math.abs(y));
}

/**
 * `regex` runs in the sandbox, never on the service's thread: the pattern is the client's and
 * the output the student's, so a catastrophic pattern must hit a run's limits, not block the
 * event loop. And the pattern is Python's `re` syntax, matched by our own `re`, like the
 * grader would in Python. This is the program; its stdin is the JSON [pattern, output].
 */
export const REGEX_PROGRAM = [
  "import json, re, sys",
  "pattern, text = json.loads(sys.stdin.read())",
  "try:",
  "    m = re.fullmatch(pattern, text, re.DOTALL)",
  "    print('match' if m is not None else 'no-match')",
  "except re.error as e:",
  "    print('bad-pattern', e)",
  "",
].join("\n");

/** The verdict from REGEX_PROGRAM's output (its run status, its stdout). */
export function regexVerdict(pattern: string, status: string, stdout: string): Comparison {
  const shown = pattern.length > EXCERPT ? `${pattern.slice(0, EXCERPT)}...` : pattern;
  if (status !== "ok") return fail(`the regex /${shown}/ could not be matched within the limits (${status})`);
  if (stdout.startsWith("match")) return PASS;
  if (stdout.startsWith("bad-pattern")) return fail(`the test's regex does not compile: ${stdout.slice("bad-pattern ".length).trim()}`);
  return fail(`output does not match /${shown}/`);
}

function compareUnordered(expected: string, actual: string): Comparison {
  const e = rstripLines(expected);
  const a = rstripLines(actual);
  const counts = new Map<string, number>();
  for (const l of e) counts.set(l, (counts.get(l) ?? 0) + 1);
  const extra: string[] = [];
  for (const l of a) {
    const c = counts.get(l) ?? 0;
    if (c > 0) counts.set(l, c - 1);
    else extra.push(l);
  }
  const missing = [...counts].filter(([, c]) => c > 0).map(([l]) => l);
  if (extra.length === 0 && missing.length === 0) return PASS;
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`missing line ${quote(missing[0])}${missing.length > 1 ? ` (and ${missing.length - 1} more)` : ""}`);
  if (extra.length > 0) parts.push(`unexpected line ${quote(extra[0])}${extra.length > 1 ? ` (and ${extra.length - 1} more)` : ""}`);
  return fail(parts.join("; "));
}
