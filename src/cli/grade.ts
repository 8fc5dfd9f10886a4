// `heapscope grade SUBMISSION.py --tests tests.json [--format text|heapscope|gradescope|prairielearn]
//  [--view grader|student] [--files DIR_OR_FILE...] [--threads N]`
//
// Grades a submission locally exactly as the service would: it builds the service in this
// process (in-memory store, its own interpreter pool) and sends it one POST /v1/gradings, so
// the tests file is validated by the same schema and graded by the same code. tests.json is
// either a list of tests or an object with `tests` and any of `policy`, `checker`, `limits`,
// `files`. Exit status: 0 all tests passed, 1 a test did not pass (or the submission does not
// parse), 2 usage error or invalid tests file.
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename } from "node:path";
import { parseArgs } from "node:util";

export const GRADE_USAGE = `usage: heapscope grade SUBMISSION.py --tests TESTS.json [--format FORMAT] [--view VIEW] [--file HELPER.py ...] [--threads N]

Grade a Python submission against a test suite (the same grading as POST /v1/gradings).

  --tests TESTS.json  a list of tests, or {"tests": [...], "policy", "checker", "limits", "files"}
  --format FORMAT     text (default: one line per test), heapscope (the JSON result),
                      gradescope or prairielearn (that platform's results.json)
  --view VIEW         grader (default) or student (hidden tests show only their verdict)
  --file HELPER.py    a module importable by the submission (repeatable)
  --threads N         interpreters running tests in parallel (default: the CPU count)
`;

const FORMATS = ["text", "heapscope", "gradescope", "prairielearn"] as const;

function usage(msg: string): never {
  process.stderr.write(`heapscope: ${msg}\n${GRADE_USAGE}`);
  process.exit(2);
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    usage(`can't open ${what} '${path}': ${err.code === "ENOENT" ? "No such file or directory" : err.message}`);
  }
}

interface TestRow {
  id: string;
  name: string;
  status: string;
  score: number;
  maxScore: number;
  message: string;
}

export async function gradeCommand(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        tests: { type: "string" },
        format: { type: "string", default: "text" },
        view: { type: "string", default: "grader" },
        file: { type: "string", multiple: true },
        threads: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(GRADE_USAGE);
    process.exit(0);
  }
  if (positionals.length !== 1) usage(positionals.length === 0 ? "missing SUBMISSION" : "too many arguments");
  if (values.tests === undefined) usage("missing --tests");
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) usage(`--format must be one of ${FORMATS.join(", ")}`);
  if (values.view !== "grader" && values.view !== "student") usage("--view must be grader or student");
  const threads = values.threads === undefined ? Math.min(availableParallelism(), 8) : Number(values.threads);
  if (!Number.isInteger(threads) || threads < 1 || threads > 256) usage("--threads expects an integer from 1 to 256");

  const submission = positionals[0]!;
  const source = readText(submission, "file");
  let suite: unknown;
  try {
    suite = JSON.parse(readText(values.tests, "tests file"));
  } catch (e) {
    usage(`${values.tests} is not JSON: ${(e as Error).message}`);
  }
  const body: Record<string, unknown> = Array.isArray(suite) ? { tests: suite } : { ...(suite as Record<string, unknown>) };
  body.source = source;
  body.filename = basename(submission);
  if (values.file && values.file.length > 0) {
    const files: Record<string, string> = { ...(body.files as Record<string, string> | undefined) };
    for (const f of values.file) files[basename(f)] = readText(f, "file");
    body.files = files;
  }

  // The service, in this process: nothing listens, nothing is written to disk.
  const { loadConfig } = await import("../service/config.js");
  const { buildApp } = await import("../service/app.js");
  const config = loadConfig({
    LOG_LEVEL: "silent",
    DATA_DIR: ":memory:",
    POOL_THREADS: String(threads),
    BODY_LIMIT_BYTES: String(64 * 1024 * 1024),
    RUN_TIMEOUT_MS_MAX: "600000",
  });
  const app = await buildApp(config);
  try {
    const query = `view=${values.view}${format === "text" ? "" : `&format=${format}`}`;
    const res = await app.inject({ method: "POST", url: `/v1/gradings?${query}`, headers: { "content-type": "application/json", prefer: "wait=60" }, payload: JSON.stringify(body) });
    let result = res.json() as Record<string, unknown>;
    if (res.statusCode === 202) {
      // Longer than a minute: keep waiting, then read it in the asked format.
      const url = `/v1/gradings/${String(result.id)}`;
      while ((await app.inject({ method: "GET", url })).json<{ status: string }>().status !== "completed") {
        await new Promise((r) => setTimeout(r, 200));
      }
      result = (await app.inject({ method: "GET", url: `${url}?${query}` })).json();
    }
    if (res.statusCode >= 400) {
      const errors = (result.errors as { field: string; message: string }[] | undefined) ?? [];
      process.stderr.write(`heapscope: invalid tests: ${String(result.detail)}\n`);
      for (const e of errors) process.stderr.write(`  ${e.field || "(top level)"}: ${e.message}\n`);
      process.exitCode = 2;
      return;
    }
    if (format === "text") process.stdout.write(textReport(result));
    else process.stdout.write(JSON.stringify(result, null, 2) + "\n");
    process.exitCode = allPassed(result, format) ? 0 : 1;
  } finally {
    await app.close();
  }
}

function allPassed(result: Record<string, unknown>, format: string): boolean {
  if (format === "gradescope") return (result.tests as { status: string }[]).every((t) => t.status === "passed");
  if (format === "prairielearn") return result.gradable === true && result.score === 1;
  return result.gradable === true && (result.tests as TestRow[]).every((t) => t.status === "passed");
}

function textReport(result: Record<string, unknown>): string {
  if (result.gradable === false) {
    const se = result.syntaxError as { traceback: string };
    return `not gradable: the submission does not parse\n${se.traceback}score 0/${String(result.maxScore)}\n`;
  }
  const tests = result.tests as TestRow[];
  const width = Math.max(...tests.map((t) => t.name.length), 4);
  const lines = tests.map((t) => {
    const first = t.message.split("\n").filter((l) => l !== "").pop() ?? "";
    return `${t.status.padEnd(12)} ${t.name.padEnd(width)} ${String(t.score).padStart(5)}/${t.maxScore}${first ? `  ${first}` : ""}`;
  });
  const passed = tests.filter((t) => t.status === "passed").length;
  return `${lines.join("\n")}\n${passed}/${tests.length} tests passed, score ${String(result.score)}/${String(result.maxScore)}\n`;
}
