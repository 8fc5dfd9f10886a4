// The regex engine (src/engine/regex/) against CPython 3.11: a differential table of
// (pattern, flags, subject) with what CPython's re found (hand-written cases, then 800
// seeded random ones), generated once by regex-cases.py and committed as regex-cases.json.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CompiledRegex, MatchMode, RegexSyntaxError, codePointsOf, compileRegex, type MatchBudget } from "../../src/engine/regex/index.js";

type Text = string | { bytes: number[] };
interface Expected {
  error?: string;
  msg?: string;
  pos?: number | null;
  search?: [number[][], number | null] | null;
  match?: [number[][], number | null] | null;
  fullmatch?: [number[][], number | null] | null;
  all?: number[][];
  flags?: number;
  groups?: number;
  names?: [string, number][];
}
interface Case {
  pattern: Text;
  flags: number;
  subject: Text;
  expect: Expected;
  random?: boolean;
}

const cases: Case[] = JSON.parse(readFileSync(fileURLToPath(new URL("./regex-cases.json", import.meta.url)), "utf8"));
const free: MatchBudget = { tick() {}, reserve() {} };

function units(t: Text): Int32Array {
  return typeof t === "string" ? codePointsOf(t) : Int32Array.from(t.bytes);
}

function regs(r: readonly number[] | null, groups: number): [number[][], number | null] | null {
  if (r === null) return null;
  const out: number[][] = [];
  for (let g = 0; g <= groups; g++) out.push([r[2 * g], r[2 * g + 1]]);
  const last = r[2 * (groups + 1)];
  return [out, last < 0 ? null : last];
}

/** Every match's span (CompiledRegex.scan: CPython's rule after an empty match). */
function scanAll(re: CompiledRegex, text: Int32Array): number[][] {
  const out: number[][] = [];
  re.scan(text, 0, text.length, 0, free, (r) => out.push([r[0], r[1]]));
  return out;
}

const KIND: Record<string, string> = { error: "error", overflow: "OverflowError", value: "ValueError" };

function label(c: Case): string {
  return `${JSON.stringify(c.pattern)} flags=${c.flags} on ${JSON.stringify(c.subject)}`;
}

function check(c: Case): void {
  const isBytes = typeof c.pattern !== "string";
  const pattern = Array.from(units(c.pattern));
  let re: CompiledRegex;
  try {
    re = compileRegex(pattern, c.flags, isBytes);
  } catch (e) {
    if (!(e instanceof RegexSyntaxError)) throw e;
    assert.deepEqual({ error: KIND[e.kind], msg: e.msg, pos: e.kind === "error" ? e.pos : null }, { error: c.expect.error, msg: c.expect.msg, pos: c.expect.error === "error" ? c.expect.pos : null });
    return;
  }
  assert.equal(c.expect.error, undefined, `CPython raised ${c.expect.error}: ${c.expect.msg}`);
  const text = units(c.subject);
  const g = re.groups;
  assert.equal(g, c.expect.groups);
  assert.equal(re.flags, c.expect.flags);
  assert.deepEqual(re.names, c.expect.names);
  assert.deepEqual(regs(re.exec(text, 0, text.length, MatchMode.Search, free), g), c.expect.search, "search");
  assert.deepEqual(regs(re.exec(text, 0, text.length, MatchMode.Match, free), g), c.expect.match, "match");
  assert.deepEqual(regs(re.exec(text, 0, text.length, MatchMode.FullMatch, free), g), c.expect.fullmatch, "fullmatch");
  assert.deepEqual(scanAll(re, text), c.expect.all, "finditer");
}

for (const c of cases.filter((c) => !c.random)) test(`regex ${label(c)}`, () => check(c));

// The random (seeded) cases, 100 to a test.
const random = cases.filter((c) => c.random);
for (let k = 0; k < random.length; k += 100) {
  test(`regex random cases ${k}..${Math.min(k + 100, random.length) - 1}`, () => {
    for (const c of random.slice(k, k + 100)) {
      try {
        check(c);
      } catch (e) {
        throw new Error(`${label(c)}: ${(e as Error).message}`);
      }
    }
  });
}
