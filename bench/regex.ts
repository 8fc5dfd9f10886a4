// `npx tsx bench/regex.ts`: `re` on the engine's own matcher (src/engine/regex/) against
// the previous `re` over JavaScript's RegExp (the engine at REGEX_BASE, default: the
// commit before the new engine) and against CPython 3.11, on typical patterns.
//
// Each program builds its input untimed, times its `re` work with time.perf_counter()
// and prints "RESULT ..." (must be equal in all three) and "TIME seconds". The engines
// run from tsc output in plain `node` children (no tsx loader; see bench/engine.ts for
// why), the median of RUNS runs; the old engine is extracted with `git archive` and
// compiled into a temporary directory.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PYTHON = process.env.PYTHON ?? (existsSync("/root/.pyenv/versions/3.11.7/bin/python3") ? "/root/.pyenv/versions/3.11.7/bin/python3" : "python3");

const PROGRAMS: Record<string, string> = {
  findall_words: String.raw`
import re, time
words = ["alpha", "beta", "gamma", "delta", "x1", "y_2", "zeta9"]
text = " ".join(words[i % 7] + ("," if i % 5 == 0 else "") for i in range(150000))
t0 = time.perf_counter()
n = len(re.findall(r"\w+", text))
t1 = time.perf_counter()
print("RESULT", len(text), n)
print("TIME", t1 - t0)
`,
  findall_sparse_1mb: String.raw`
import re, time
text = ("lorem ipsum dolor sit amet " * 40000)[:1000000] + " 3.14 "
t0 = time.perf_counter()
a = re.findall(r"\d+\.\d+", text)
b = re.findall(r"(?i)AMET\b", text)
t1 = time.perf_counter()
print("RESULT", len(text), a, len(b))
print("TIME", t1 - t0)
`,
  tokenizer: String.raw`
import re, time
spec = [("NUMBER", r"\d+(?:\.\d*)?"), ("ASSIGN", r":="), ("END", r";"), ("ID", r"[A-Za-z_]\w*"),
        ("OP", r"[+\-*/]"), ("NEWLINE", r"\n"), ("SKIP", r"[ \t]+"), ("MISMATCH", r".")]
tok = re.compile("|".join("(?P<%s>%s)" % p for p in spec))
code = "total := total + price * 1.5 ; count := count + 1 ;\n" * 4000
t0 = time.perf_counter()
counts = {}
for m in tok.finditer(code):
    kind = m.lastgroup
    counts[kind] = counts.get(kind, 0) + 1
t1 = time.perf_counter()
print("RESULT", len(code), sorted(counts.items()))
print("TIME", t1 - t0)
`,
  tokenizer_match_loop: String.raw`
import re, time
ws = re.compile(r"\s*")
num = re.compile(r"\d+")
name = re.compile(r"[a-z_]\w*")
op = re.compile(r"[-+*/=()]")
src = "x = (alpha + 42) * beta - 7 / gamma\n" * 3000
t0 = time.perf_counter()
pos = 0
n = 0
end = len(src)
while True:
    pos = ws.match(src, pos).end()
    if pos >= end:
        break
    m = num.match(src, pos) or name.match(src, pos) or op.match(src, pos)
    pos = m.end()
    n += 1
t1 = time.perf_counter()
print("RESULT", n)
print("TIME", t1 - t0)
`,
  sub_1mb: String.raw`
import re, time
text = "word  \t another\n\nline   of text " * 30000
t0 = time.perf_counter()
out = re.sub(r"\s+", " ", text)
out2 = re.sub(r"(\w+) (\w+)", r"\2 \1", out)
t1 = time.perf_counter()
print("RESULT", len(text), len(out), len(out2), out2[:40])
print("TIME", t1 - t0)
`,
  search_literal_1mb: String.raw`
import re, time
text = "abcdefgij" * 110000 + "needle"
p = re.compile(r"needle|haystack")
q = re.compile(r"ne+dle")
t0 = time.perf_counter()
r = 0
for _ in range(10):
    r += p.search(text).start() + q.search(text).start()
t1 = time.perf_counter()
print("RESULT", r)
print("TIME", t1 - t0)
`,
  match_short_strings: String.raw`
import re, time
emails = ["user%d@example%d.com" % (i, i % 10) if i % 3 else "not an email %d" % i for i in range(30000)]
p = re.compile(r"([\w.+-]+)@([\w-]+)\.(\w{2,})$")
t0 = time.perf_counter()
hits = 0
domains = set()
for e in emails:
    m = p.match(e)
    if m:
        hits += 1
        domains.add(m.group(2))
t1 = time.perf_counter()
print("RESULT", hits, len(domains))
print("TIME", t1 - t0)
`,
  split_1mb: String.raw`
import re, time
text = ",".join("%d.%d" % (i, i % 97) for i in range(100000))
t0 = time.perf_counter()
parts = re.split(r"\s*,\s*", text)
t1 = time.perf_counter()
print("RESULT", len(text), len(parts))
print("TIME", t1 - t0)
`,
};

const DRIVER = `
import { runProgram } from "ENGINE";
const programs = JSON.parse(process.argv[2]);
const runs = Number(process.argv[3]);
const out = {};
for (const [name, source] of Object.entries(programs)) {
  const times = [];
  let result = "";
  for (let i = 0; i < runs; i++) {
    const r = runProgram(source, { heapBytes: 1 << 30 });
    const text = r.stdout + r.stderr;
    const t = /TIME ([0-9.e-]+)/.exec(text);
    result = (/RESULT .*/.exec(text) ?? [text.slice(0, 300)])[0];
    times.push(t ? Number(t[1]) * 1000 : NaN);
  }
  out[name] = { times, result };
}
console.log(JSON.stringify(out));
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function sh(cmd: string, args: string[], cwd = root): string {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

type Results = Record<string, { times: number[]; result: string }>;

function runEngine(distRoot: string, work: string): Results {
  const driver = join(work, `driver-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(driver, DRIVER.replace("ENGINE", join(distRoot, "engine", "run.js")));
  return JSON.parse(sh(process.execPath, [driver, JSON.stringify(PROGRAMS), String(RUNS)]).trim().split("\n").pop()!);
}

function runCPython(work: string): Results {
  const out: Results = {};
  for (const [name, source] of Object.entries(PROGRAMS)) {
    const file = join(work, `${name}.py`);
    writeFileSync(file, source);
    const times: number[] = [];
    let result = "";
    for (let i = 0; i < RUNS; i++) {
      const text = sh(PYTHON, [file]);
      times.push(Number(/TIME ([0-9.e-]+)/.exec(text)![1]) * 1000);
      result = /RESULT .*/.exec(text)![0];
    }
    out[name] = { times, result };
  }
  return out;
}

function baseRevision(): string {
  if (process.env.REGEX_BASE) return process.env.REGEX_BASE;
  const first = sh("git", ["log", "--format=%H", "--reverse", "--", "src/engine/regex"]).trim().split("\n")[0];
  return `${first}^`;
}

const work = mkdtempSync(join(tmpdir(), "regex-bench-"));
try {
  console.log("building the current engine (tsc -p tsconfig.build.json)...");
  sh("npx", ["tsc", "-p", "tsconfig.build.json"]);
  const base = baseRevision();
  console.log(`building the RegExp-based engine at ${base}...`);
  const oldRoot = join(work, "old");
  sh("sh", ["-c", `mkdir -p '${oldRoot}' && git archive '${base}' src tsconfig.json tsconfig.build.json package.json | tar -x -C '${oldRoot}'`]);
  symlinkSync(join(root, "node_modules"), join(oldRoot, "node_modules"));
  sh("npx", ["tsc", "-p", "tsconfig.build.json"], oldRoot);

  const now = runEngine(join(root, "dist"), work);
  const old = runEngine(join(oldRoot, "dist"), work);
  const py = runCPython(work);

  const pad = (s: string, n: number): string => s.padEnd(n);
  console.log(`\nmedian of ${RUNS} runs, ms of re work inside the program (input building excluded)\n`);
  console.log(`${pad("program", 22)}${pad("new", 10)}${pad("RegExp", 10)}${pad("CPython", 10)}${pad("new/RegExp", 12)}new/CPython`);
  let logOld = 0;
  let logPy = 0;
  const names = Object.keys(PROGRAMS);
  for (const name of names) {
    const a = median(now[name].times);
    const b = median(old[name].times);
    const c = median(py[name].times);
    const same = now[name].result === py[name].result && old[name].result === py[name].result;
    logOld += Math.log(a / b);
    logPy += Math.log(a / c);
    console.log(`${pad(name, 22)}${pad(a.toFixed(1), 10)}${pad(b.toFixed(1), 10)}${pad(c.toFixed(1), 10)}${pad((a / b).toFixed(2), 12)}${(a / c).toFixed(2)}${same ? "" : "   OUTPUT DIFFERS"}`);
    if (!same) console.log(`  new: ${now[name].result}\n  RegExp: ${old[name].result}\n  CPython: ${py[name].result}`);
  }
  console.log(`${pad("geometric mean", 52)}${pad(Math.exp(logOld / names.length).toFixed(2), 12)}${Math.exp(logPy / names.length).toFixed(2)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
