// Grading through the API only (POST /v1/gradings): the page never compares outputs itself,
// so what it shows is exactly what an autograder calling the service would get.
import type { components } from "../../src/generated/openapi.js";

export type GradingResult = components["schemas"]["GradingResult"];
export type TestResult = components["schemas"]["TestResult"];

/** A problem the person can fix: bad tests JSON, or the server's problem+json (title: detail). */
export class GradeFailure extends Error {}

/** How long one request asks the server to hold the answer (`Prefer: wait=N`, N <= 60). */
const WAIT_SECONDS = 30;
/** A grading still running after this many waits is reported instead of waited on forever. */
const MAX_WAITS = 4;

/**
 * The tests box holds what docs/grading.md shows: an array of tests or `{"tests": [...]}`.
 * Only the shape is checked here (so a typo never reaches the server); the server validates
 * each test and answers a 400 naming the field.
 */
export function parseTests(text: string): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new GradeFailure(`The tests are not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const tests = Array.isArray(value) ? value : value !== null && typeof value === "object" ? (value as { tests?: unknown }).tests : undefined;
  if (!Array.isArray(tests)) throw new GradeFailure('The tests must be a JSON array of tests or an object {"tests": [...]}.');
  if (tests.length === 0) throw new GradeFailure("There are no tests to grade: add at least one.");
  const bad = tests.findIndex((t) => t === null || typeof t !== "object" || Array.isArray(t));
  if (bad >= 0) throw new GradeFailure(`Test ${bad + 1} is not a JSON object.`);
  return tests;
}

export interface GradeInput {
  source: string;
  tests: unknown[];
  heapBytes: number;
  timeoutMs: number;
  apiKey: string;
}

async function call(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (e) {
    throw new GradeFailure(`The server could not be reached (${e instanceof Error ? e.message : String(e)}). Grading needs the server.`);
  }
}

async function problem(res: Response): Promise<GradeFailure> {
  const p = (await res.json().catch(() => null)) as { title?: string; detail?: string } | null;
  const title = p?.title ?? res.statusText;
  return new GradeFailure(`The server answered ${res.status}: ${p?.detail ? `${title}: ${p.detail}` : title}`);
}

export async function gradeOnServer(input: GradeInput): Promise<GradingResult> {
  const headers: Record<string, string> = { "content-type": "application/json", prefer: `wait=${WAIT_SECONDS}` };
  if (input.apiKey !== "") headers.authorization = `Bearer ${input.apiKey}`;
  let res = await call("/v1/gradings", {
    method: "POST",
    headers,
    body: JSON.stringify({
      source: input.source,
      filename: "main.py",
      tests: input.tests,
      limits: { heapBytes: input.heapBytes, timeoutMs: input.timeoutMs },
    }),
  });
  // 202: still running after the wait; ask again at its Location (the same wait applies).
  for (let waits = 1; res.status === 202 && waits < MAX_WAITS; waits++) {
    const location = res.headers.get("location");
    if (location === null) break;
    res = await call(location, { headers: { prefer: headers.prefer, ...(headers.authorization ? { authorization: headers.authorization } : {}) } });
  }
  if (!res.ok) throw await problem(res);
  if (res.status === 202) throw new GradeFailure(`The grading is still running after ${WAIT_SECONDS * MAX_WAITS} s; it is at ${res.headers.get("location") ?? "the server"}.`);
  return (await res.json()) as GradingResult;
}
