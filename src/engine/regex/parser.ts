// Python's regex syntax (3.11) to the node tree of ast.ts: alternation, sequences,
// groups and extensions `(?...)`, quantifiers, inline flags (global ones only at the
// start, scoped ones per group), VERBOSE whitespace and comments. Escapes and classes
// are in escapes.ts. Errors are RegexSyntaxError with CPython's messages and positions.

import {
  AssertKind, CaseMode, F_ASCII, F_DOTALL, F_IGNORECASE, F_LOCALE, F_MULTILINE, F_UNICODE, F_VERBOSE,
  MAXREPEAT, RepeatMode, widthOf, type Node, type ParsedPattern,
} from "./ast.js";
import { CharSet, type Category } from "./charset.js";
import { RegexSyntaxError, parseClass, parseEscape, pyRepr, type EscapeSource } from "./escapes.js";
import { FLAG_LETTERS, TYPE_FLAGS, checkFlags, readInlineFlags } from "./flags.js";


const ch = (c: number | undefined): string => (c === undefined ? "" : String.fromCodePoint(c));
const isVerboseSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

function isIdentifier(name: string): boolean {
  return /^[\p{L}\p{Nl}_\u1885\u1886\u2118\u212e\u309b\u309c][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u00b7\u0387\u1369-\u1371\u19da]*$/u.test(name);
}

class Parser implements EscapeSource {
  i = 0;
  reach = 0;
  groups = 0;
  readonly names = new Map<string, number>();
  readonly nameList: [string, number][] = [];
  readonly open = new Set<number>();
  readonly groupWidths: [number, number][] = [[0, 0]];
  /** Groups numbered at or above this are inside the lookbehind being parsed (0: none). */
  lookbehindFrom = 0;
  /** Conditionals naming a group number not seen yet: [group, position]. */
  readonly forwardRefs: [number, number][] = [];

  constructor(readonly src: readonly number[], readonly isBytes: boolean, public flags: number) {}

  text(a: number, b: number): string {
    let s = "";
    for (let k = a; k < b && k < this.src.length; k++) s += String.fromCodePoint(this.src[k]);
    return s;
  }

  /** The token at `k` as CPython's messages show it (a backslash with its character). */
  private token(k: number): string {
    this.reach = Math.max(this.reach, k + (this.src[k] === 0x5c ? 2 : 1));
    return this.src[k] === 0x5c ? this.text(k, k + 2) : ch(this.src[k]);
  }

  private caseMode(flags: number): CaseMode {
    if ((flags & F_IGNORECASE) === 0) return CaseMode.Exact;
    return (flags & (F_ASCII | F_LOCALE)) !== 0 || this.isBytes ? CaseMode.Ascii : CaseMode.Unicode;
  }

  private ascii(flags: number): boolean {
    return this.isBytes || (flags & (F_ASCII | F_LOCALE)) !== 0;
  }

  /** Alternatives up to ")" or the end. */
  parseAlt(flags: number, top: boolean): Node {
    const alts: Node[] = [this.parseSeq(flags, top)];
    // Global flags (only possible in the first branch) apply to the later ones too.
    const rest = top ? this.flags : flags;
    while (this.src[this.i] === 0x7c) {
      this.i++;
      alts.push(this.parseSeq(rest, false));
    }
    return alts.length === 1 ? alts[0] : { t: "alt", alts };
  }

  /** One branch: items up to "|", ")" or the end. `top`: global flags may still appear. */
  private parseSeq(flags0: number, top: boolean): Node {
    let flags = flags0;
    const items: Node[] = [];
    /** What the last item is, for "nothing to repeat" / "multiple repeat". */
    let last: "none" | "atom" | "assert" | "repeat" = "none";
    const src = this.src;
    for (;;) {
      const c = src[this.i];
      if (c === undefined || c === 0x7c || c === 0x29) break;
      if ((flags & F_VERBOSE) !== 0) {
        if (isVerboseSpace(c)) {
          this.i++;
          continue;
        }
        if (c === 0x23) {
          while (this.i < src.length && src[this.i] !== 0x0a) this.i++;
          continue;
        }
      }
      const start = this.i;
      if (c === 0x2a || c === 0x2b || c === 0x3f || c === 0x7b) {
        const q = this.parseQuantifier();
        if (q === null) {
          items.push(this.charNode(0x7b, flags));
          last = "atom";
          continue;
        }
        if (last === "none" || last === "assert") throw new RegexSyntaxError("nothing to repeat", start);
        if (last === "repeat") throw new RegexSyntaxError("multiple repeat", start);
        const body = items.pop()!;
        items.push({ t: "repeat", body, min: q.min, max: q.max, mode: q.mode });
        last = "repeat";
        continue;
      }
      if (c === 0x28) {
        const r = this.parseGroup(flags, top && items.length === 0 && last === "none");
        if (r === null) continue; // a comment
        if ("globalFlags" in r) {
          flags = r.globalFlags;
          continue;
        }
        items.push(r);
        last = "atom";
        continue;
      }
      const node = this.parseAtom(flags);
      items.push(node);
      last = node.t === "assert" ? "assert" : "atom";
    }
    return items.length === 0 ? { t: "empty" } : items.length === 1 ? items[0] : { t: "seq", items };
  }

  private charNode(c: number, flags: number): Node {
    return { t: "char", c, cm: this.caseMode(flags) };
  }

  private parseAtom(flags: number): Node {
    const src = this.src;
    const c = src[this.i];
    switch (c) {
      case 0x5b:
        return { t: "set", set: parseClass(this, { ignoreCase: (flags & F_IGNORECASE) !== 0, ascii: this.ascii(flags) }) };
      case 0x2e:
        this.i++;
        return { t: "any", dotall: (flags & F_DOTALL) !== 0 };
      case 0x5e:
        this.i++;
        return { t: "assert", kind: (flags & F_MULTILINE) !== 0 ? AssertKind.BeginLine : AssertKind.Begin };
      case 0x24:
        this.i++;
        return { t: "assert", kind: (flags & F_MULTILINE) !== 0 ? AssertKind.EndLine : AssertKind.EndOrFinalNewline };
      case 0x5c:
        return this.escapeNode(flags);
      default:
        this.i++;
        return this.charNode(c, flags);
    }
  }

  private escapeNode(flags: number): Node {
    const start = this.i;
    const e = parseEscape(this);
    switch (e.k) {
      case "char":
        return this.charNode(e.c, flags);
      case "cat":
        return { t: "set", set: this.categorySet(e.cat, flags) };
      case "assert": {
        const ascii = this.ascii(flags);
        const kind =
          e.ch === "A" ? AssertKind.Begin
          : e.ch === "Z" ? AssertKind.End
          : e.ch === "b" ? (ascii ? AssertKind.WordBoundaryAscii : AssertKind.WordBoundary)
          : ascii ? AssertKind.NotWordBoundaryAscii : AssertKind.NotWordBoundary;
        return { t: "assert", kind };
      }
      case "ref":
        return this.backref(e.group, start, start + 1, flags);
    }
  }

  private categorySet(cat: Category, flags: number): CharSet {
    return new CharSet([{ cat }], { negated: false, ignoreCase: false, ascii: this.ascii(flags) });
  }

  private backref(group: number, errPos: number, refPos: number, flags: number): Node {
    if (group > this.groups) throw new RegexSyntaxError(`invalid group reference ${group}`, refPos);
    if (this.open.has(group)) throw new RegexSyntaxError("cannot refer to an open group", errPos);
    if (this.lookbehindFrom > 0 && group >= this.lookbehindFrom) {
      throw new RegexSyntaxError("cannot refer to group defined in the same lookbehind subpattern", this.i);
    }
    return { t: "backref", group, cm: this.caseMode(flags) };
  }

  /** `*`, `+`, `?`, `{m,n}` and their lazy/possessive forms; null: "{" is a literal. */
  private parseQuantifier(): { min: number; max: number; mode: RepeatMode } | null {
    const src = this.src;
    const c = src[this.i];
    let min: number;
    let max: number;
    if (c === 0x7b) {
      const open = this.i;
      let j = this.i + 1;
      const digits = (): string => {
        const from = j;
        while (src[j] >= 0x30 && src[j] <= 0x39) j++;
        return this.text(from, j);
      };
      const lo = digits();
      let hi = lo;
      if (src[j] === 0x2c) {
        j++;
        hi = digits();
      }
      if (src[j] !== 0x7d || (lo === "" && src[open + 1] === 0x7d)) {
        this.i++;
        return null;
      }
      min = lo === "" ? 0 : Number(lo);
      max = hi === "" ? MAXREPEAT : Number(hi);
      if (min >= MAXREPEAT || (hi !== "" && max >= MAXREPEAT)) {
        throw new RegexSyntaxError("the repetition number is too large", null, "overflow");
      }
      this.reach = Math.max(this.reach, j + 1);
      if (max < min) throw new RegexSyntaxError("min repeat greater than max repeat", open + 1);
      this.i = j + 1;
    } else {
      this.i++;
      min = c === 0x2b ? 1 : 0;
      max = c === 0x3f ? 1 : MAXREPEAT;
    }
    let mode = RepeatMode.Greedy;
    if (src[this.i] === 0x3f) {
      mode = RepeatMode.Lazy;
      this.i++;
    } else if (src[this.i] === 0x2b) {
      mode = RepeatMode.Possessive;
      this.i++;
    }
    return { min, max, mode };
  }

  /** A group starting at "("; null for a comment; `globalFlags` for `(?flags)`. */
  private parseGroup(flags: number, atStart: boolean): Node | { globalFlags: number } | null {
    const start = this.i;
    const src = this.src;
    this.i++;
    if (src[this.i] !== 0x3f) return this.capture(start, null, flags);
    this.i++;
    const c = src[this.i];
    if (c === undefined) throw new RegexSyntaxError("unexpected end of pattern", this.i);
    switch (ch(c)) {
      case ":":
        this.i++;
        return this.subpattern(start, flags, (body) => ({ t: "group", index: 0, body }));
      case ">":
        this.i++;
        return this.subpattern(start, flags, (body) => ({ t: "atomic", body }));
      case "=":
      case "!":
        this.i++;
        return this.subpattern(start, flags, (body) => ({ t: "look", behind: false, negative: c === 0x21, body, width: 0 }));
      case "#":
        while (this.i < src.length && src[this.i] !== 0x29) this.i++;
        if (this.i >= src.length) throw new RegexSyntaxError("missing ), unterminated comment", start);
        this.i++;
        return null;
      case "<": {
        this.i++;
        const d = src[this.i];
        if (d === undefined) throw new RegexSyntaxError("unexpected end of pattern", this.i);
        if (d !== 0x3d && d !== 0x21) throw new RegexSyntaxError(`unknown extension ?<${this.token(this.i)}`, start + 1);
        this.i++;
        return this.lookbehind(start, flags, d === 0x21);
      }
      case "P":
        return this.pExtension(start, flags);
      case "(":
        return this.conditional(start, flags);
    }
    if (FLAG_LETTERS[ch(c)] !== undefined || c === 0x2d) return this.inlineFlags(start, flags, atStart);
    throw new RegexSyntaxError(`unknown extension ?${this.token(this.i)}`, start + 1);
  }

  private pExtension(start: number, flags: number): Node {
    const src = this.src;
    this.i++;
    const c = src[this.i];
    if (c === undefined) throw new RegexSyntaxError("unexpected end of pattern", this.i);
    if (c === 0x3c) {
      this.i++;
      const name = this.readName(0x3e, "missing >, unterminated name");
      return this.capture(start, name, flags);
    }
    if (c === 0x3d) {
      this.i++;
      const nameStart = this.i;
      const name = this.readName(0x29, "missing ), unterminated name");
      const g = this.names.get(name.text);
      if (g === undefined) throw new RegexSyntaxError(`unknown group name ${pyRepr(name.text)}`, nameStart);
      return this.backref(g, nameStart, nameStart, flags);
    }
    throw new RegexSyntaxError(`unknown extension ?P${this.token(this.i)}`, start + 1);
  }

  /** A group name up to `close`, checked to be an identifier; p.i ends after `close`. */
  private readName(close: number, unterminated: string, allowNumber = false): { text: string; pos: number } {
    const src = this.src;
    const pos = this.i;
    let j = pos;
    // Token by token, like CPython: a backslash escapes the next character.
    while (j < src.length && src[j] !== close) j += src[j] === 0x5c ? 2 : 1;
    if (j > src.length) j = src.length;
    this.reach = Math.max(this.reach, j);
    if (j === pos) throw new RegexSyntaxError("missing group name", pos);
    if (j >= src.length) throw new RegexSyntaxError(unterminated, pos);
    const text = this.text(pos, j);
    if (!isIdentifier(text) && !(allowNumber && /^[0-9]+$/.test(text))) {
      throw new RegexSyntaxError(`bad character in group name ${pyRepr(text)}`, pos);
    }
    this.i = j + 1;
    return { text, pos };
  }

  private capture(start: number, name: { text: string; pos: number } | null, flags: number): Node {
    const index = ++this.groups;
    if (name !== null) {
      const was = this.names.get(name.text);
      if (was !== undefined) {
        throw new RegexSyntaxError(`redefinition of group name ${pyRepr(name.text)} as group ${index}; was group ${was}`, name.pos);
      }
      this.names.set(name.text, index);
      this.nameList.push([name.text, index]);
    }
    this.open.add(index);
    this.groupWidths[index] = [0, Infinity];
    const node = this.subpattern(start, flags, (body) => ({ t: "group", index, body }));
    this.open.delete(index);
    if (node.t === "group") this.groupWidths[index] = widthOf(node.body, this.groupWidthOf);
    return node;
  }

  private readonly groupWidthOf = (g: number): [number, number] => this.groupWidths[g] ?? [0, Infinity];

  /** The body of a group up to its ")". */
  private subpattern(start: number, flags: number, make: (body: Node) => Node): Node {
    const body = this.parseAlt(flags, false);
    if (this.src[this.i] !== 0x29) throw new RegexSyntaxError("missing ), unterminated subpattern", start);
    this.i++;
    return make(body);
  }

  private lookbehind(start: number, flags: number, negative: boolean): Node {
    const outer = this.lookbehindFrom;
    if (outer === 0) this.lookbehindFrom = this.groups + 1;
    const node = this.subpattern(start, flags, (body) => ({ t: "look", behind: true, negative, body, width: 0 }));
    this.lookbehindFrom = outer;
    if (node.t === "look") {
      const [lo, hi] = widthOf(node.body, this.groupWidthOf);
      if (lo !== hi) throw new RegexSyntaxError("look-behind requires fixed-width pattern", null);
      node.width = lo;
    }
    return node;
  }

  private conditional(start: number, flags: number): Node {
    this.i++;
    const nameStart = this.i;
    const name = this.readName(0x29, "missing ), unterminated name", true);
    let group: number;
    if (/^[0-9]+$/.test(name.text)) {
      group = Number(name.text);
      if (this.lookbehindFrom > 0 && group >= this.lookbehindFrom) {
        throw new RegexSyntaxError("cannot refer to an open group", this.i);
      }
      if (group === 0) throw new RegexSyntaxError("bad group number", nameStart);
    } else {
      const g = this.names.get(name.text);
      if (g === undefined) throw new RegexSyntaxError(`unknown group name ${pyRepr(name.text)}`, nameStart);
      group = g;
    }
    if (this.lookbehindFrom > 0 && group >= this.lookbehindFrom) {
      throw new RegexSyntaxError("cannot refer to group defined in the same lookbehind subpattern", nameStart);
    }
    const yes = this.parseSeq(flags, false);
    let no: Node = { t: "empty" };
    if (this.src[this.i] === 0x7c) {
      this.i++;
      no = this.parseSeq(flags, false);
      if (this.src[this.i] === 0x7c) throw new RegexSyntaxError("conditional backref with more than two branches", this.i);
    }
    if (this.src[this.i] !== 0x29) throw new RegexSyntaxError("missing ), unterminated subpattern", start);
    // A group number may refer forward: it is checked once the whole pattern is read.
    if (group > this.groups) this.forwardRefs.push([group, nameStart]);
    this.i++;
    return { t: "cond", group, yes, no };
  }

  /** `(?aiLmsux)`, `(?flags:...)`, `(?flags-flags:...)`; p.i at the first flag letter or "-". */
  private inlineFlags(start: number, flags: number, atStart: boolean): Node | { globalFlags: number } {
    const f = readInlineFlags(this, start, atStart);
    if (f.global) {
      // Incompatible type flags across two groups are a ValueError after parsing (checkFlags).
      this.flags |= f.on;
      return { globalFlags: flags | f.on };
    }
    let inner = (flags | f.on) & ~f.off;
    if ((f.on & TYPE_FLAGS) !== 0) inner = (inner & ~TYPE_FLAGS) | f.on;
    return this.subpattern(start, inner, (body) => ({ t: "group", index: 0, body }));
  }
}

/** Parse a pattern (code points of a str, or byte values of a bytes pattern). */
export function parsePattern(src: readonly number[], flags: number, isBytes: boolean): ParsedPattern {
  checkFlags(flags, isBytes);
  const p = new Parser(src, isBytes, flags);
  // CPython reads the pattern in tokens (a backslash and the next character are one),
  // one token ahead: a lone backslash at the very end is "bad escape (end of pattern)"
  // as soon as the token before it is consumed, even inside a name or a comment.
  let trailing = 0;
  while (trailing < src.length && src[src.length - 1 - trailing] === 0x5c) trailing++;
  const lone = trailing % 2 === 1;
  let root: Node;
  try {
    root = p.parseAlt(flags, true);
    if (p.i < src.length) {
      // Only ")" stops the top level early.
      throw new RegexSyntaxError("unbalanced parenthesis", p.i);
    }
  } catch (e) {
    if (lone && e instanceof RegexSyntaxError && e.kind === "error" && Math.max(p.i, p.reach) >= src.length - 1) {
      throw new RegexSyntaxError("bad escape (end of pattern)", src.length - 1);
    }
    throw e;
  }
  if (lone) throw new RegexSyntaxError("bad escape (end of pattern)", src.length - 1);
  for (const [group, pos] of p.forwardRefs) {
    if (group > p.groups) throw new RegexSyntaxError(`invalid group reference ${group}`, pos);
  }
  let final = p.flags;
  checkFlags(final, isBytes);
  if (!isBytes && (final & (F_ASCII | F_LOCALE)) === 0) final |= F_UNICODE;
  return { root, groups: p.groups, names: p.nameList, flags: final };
}
