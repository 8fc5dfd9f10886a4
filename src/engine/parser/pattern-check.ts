// The checks CPython's compiler makes on match patterns (compile.c), with its
// wording: irrefutable patterns that make later cases unreachable, repeated or
// inconsistent bindings, several starred names, duplicate literal mapping keys.
// Deviation: they run right after the match statement is parsed, so a syntax
// error later in the file is reported after (not before) one of these.
import type { Expr, Loc, Match, Pattern } from "./ast.js";
import { PySyntaxError } from "./errors.js";

function fail(msg: string, at: Loc): never {
  throw new PySyntaxError("SyntaxError", msg, at.line, at.col + 1);
}

export function checkMatch(m: Match): void {
  const last = m.cases.length - 1;
  m.cases.forEach((k, i) => walk(k.pattern, k.guard !== null || i === last, []));
}

/** The names a pattern binds, in binding order (the compiler's capture slots). */
export function patternNames(pat: Pattern, out: string[] = []): string[] {
  switch (pat.kind) {
    case "MatchValue": case "MatchSingleton":
      break;
    case "MatchAs":
      if (pat.pattern !== null) patternNames(pat.pattern, out);
      if (pat.name !== null) out.push(pat.name);
      break;
    case "MatchStar":
      if (pat.name !== null) out.push(pat.name);
      break;
    case "MatchSequence":
      for (const s of pat.patterns) patternNames(s, out);
      break;
    case "MatchMapping":
      for (const s of pat.patterns) patternNames(s, out);
      if (pat.rest !== null) out.push(pat.rest);
      break;
    case "MatchClass":
      for (const s of pat.patterns) patternNames(s, out);
      for (const s of pat.kwdPatterns) patternNames(s, out);
      break;
    case "MatchOr":
      patternNames(pat.patterns[0], out);
      break;
  }
  return out;
}

function store(name: string, names: string[], at: Loc): void {
  if (names.indexOf(name) >= 0) fail(`multiple assignments to name '${name}' in pattern`, at);
  names.push(name);
}

/**
 * Where CPython's compiler "is" after compiling a pattern (its errors without an
 * explicit node point there): the last sub-pattern compiled, depth first.
 */
function lastLoc(pat: Pattern): Loc {
  switch (pat.kind) {
    case "MatchAs": return pat.pattern === null ? pat : lastLoc(pat.pattern);
    case "MatchSequence": case "MatchOr": case "MatchMapping":
      return pat.patterns.length > 0 ? lastLoc(pat.patterns[pat.patterns.length - 1]) : pat;
    case "MatchClass":
      if (pat.kwdPatterns.length > 0) return lastLoc(pat.kwdPatterns[pat.kwdPatterns.length - 1]);
      return pat.patterns.length > 0 ? lastLoc(pat.patterns[pat.patterns.length - 1]) : pat;
    default: return pat;
  }
}

/** `allowIrrefutable`: a bare capture or wildcard here cannot shadow a later case. */
function walk(pat: Pattern, allowIrrefutable: boolean, names: string[]): void {
  switch (pat.kind) {
    case "MatchValue": case "MatchSingleton":
      return;
    case "MatchAs":
      if (pat.pattern === null) {
        if (!allowIrrefutable) {
          fail(pat.name === null ? "wildcard makes remaining patterns unreachable" : `name capture '${pat.name}' makes remaining patterns unreachable`, pat);
        }
      } else walk(pat.pattern, allowIrrefutable, names);
      if (pat.name !== null) store(pat.name, names, lastLoc(pat));
      return;
    case "MatchStar":
      if (pat.name !== null) store(pat.name, names, pat);
      return;
    case "MatchSequence": {
      let stars = 0;
      for (const s of pat.patterns) if (s.kind === "MatchStar") stars++;
      if (stars > 1) fail("multiple starred names in sequence pattern", pat);
      for (const s of pat.patterns) walk(s, true, names);
      return;
    }
    case "MatchMapping": {
      const seen = new Set<string>();
      for (const k of pat.keys) {
        const r = literalKeyRepr(k);
        if (r === null) continue;
        if (seen.has(r)) fail(`mapping pattern checks duplicate key (${r})`, pat);
        seen.add(r);
      }
      for (const s of pat.patterns) walk(s, true, names);
      if (pat.rest !== null) store(pat.rest, names, lastLoc(pat));
      return;
    }
    case "MatchClass":
      for (const s of pat.patterns) walk(s, true, names);
      for (const s of pat.kwdPatterns) walk(s, true, names);
      return;
    case "MatchOr": {
      const n = pat.patterns.length;
      let control: string[] | null = null;
      pat.patterns.forEach((alt, i) => {
        const altNames: string[] = [];
        walk(alt, i === n - 1 && allowIrrefutable, altNames);
        if (control === null) control = altNames;
        else if (altNames.length !== control.length || altNames.some((x) => control!.indexOf(x) < 0)) {
          fail("alternative patterns bind different names", lastLoc(alt));
        }
      });
      for (const name of control!) store(name, names, lastLoc(pat));
      return;
    }
  }
}

/** repr() of a literal key (str, int, None/True/False), null for others (checked at run time). */
function literalKeyRepr(k: Expr): string | null {
  if (k.kind === "UnaryOp" && k.op === "-" && k.operand.kind === "Constant" && k.operand.value.type === "int") {
    return (-k.operand.value.value).toString();
  }
  if (k.kind !== "Constant") return null;
  const v = k.value;
  switch (v.type) {
    case "int": return v.value.toString();
    case "bool": return v.value ? "True" : "False";
    case "None": return "None";
    case "str": return strRepr(v.value);
    default: return null;
  }
}

function strRepr(s: string): string {
  const q = s.indexOf("'") >= 0 && s.indexOf('"') < 0 ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + q;
}
