"""Generate test/engine/regex-cases.json with the real CPython 3.11 (run once, commit the JSON).

Usage: /root/.pyenv/versions/3.11.7/bin/python3 test/engine/regex-cases.py
Each case is (pattern, flags, subject), hand-written or random (seeded); the JSON keeps for it what CPython's re finds:
search (regs and lastindex), match and fullmatch (regs), every match of finditer (span),
or the compile error (exception type, message, position).
"""
import json
import os
import re

I, M, S, X, A, L = re.I, re.M, re.S, re.X, re.A, re.L

CASES = [
    # literals, classes, escapes
    ("abc", 0, "xxabcxxabc"), ("a.c", 0, "abc a\nc"), ("a.c", S, "a\nc"), ("", 0, "abc"),
    (r"\d+", 0, "ab 123 ٣٤ x"), (r"\d+", A, "ab 123 ٣٤ x"), (r"\D+", 0, "12ab34"),
    (r"\w+", 0, "héllo wörld_1 ŝ"), (r"\w+", A, "héllo wörld_1"), (r"\W+", 0, "a, b;c"),
    (r"\s+", 0, "a \t\n\x0b\x0c\r b\u00a0c\u2003d\x1ce"), (r"\s+", A, "a \t\u00a0b"), (r"\S+", 0, " ab  c "),
    (r"[a-c]+", 0, "xxabcbaxx"), (r"[^a-c]+", 0, "abcxyzabc"), (r"[]a]+", 0, "x]a]x"), (r"[a\]]+", 0, "a]]x"),
    (r"[\d.-]+", 0, "v1.5-2 x"), (r"[\w\s]+", 0, "ab c!d"), (r"[^\W\d]+", 0, "ab12cd_3"), (r"[\b]", 0, "a\bb"),
    (r"[-a]+", 0, "--a-b"), (r"[a-]+", 0, "a--b"), (r"[\x41-\x43]+", 0, "xABCDx"), (r"\x41\u0042\U00000043", 0, "ABC"),
    (r"\101\0\07", 0, "A\x00\x07"), (r"[\101]", 0, "A"), (r"\n\t\r\f\v\a", 0, "\n\t\r\f\v\a"), (r"\.\*\+", 0, "a.*+"),
    (r"\N{LATIN SMALL LETTER A}+", 0, "baab"), (r"[\N{DIGIT ONE}-9]+", 0, "0123"), (r"[😀-😂]+", 0, "a😀😁😂😃"),
    (r"😀.", 0, "x😀😁y"), (r".", 0, "😀"), (r"[^a]", 0, "😀"),
    # anchors
    (r"^a", 0, "ab\na"), (r"^a", M, "ab\na"), (r"a$", 0, "a\na\n"), (r"a$", M, "a\na\n"), (r"$", 0, "ab\n"),
    (r"^$", M, "a\n\nb\n"), (r"\Aa", M, "ab\na"), (r"a\Z", 0, "a\na"), (r"a\Z", M, "a\na\n"), (r"\bab\b", 0, "ab cab ab_ ab"),
    (r"\Bb", 0, "ab b bb"), (r"\b", 0, ""), (r"\B", 0, ""), (r"\B", 0, "a"), (r"\b", 0, "é a"), (r"\b", A, "é a"),
    (r"^", M, "a\nb\n"), (r"$", M, "a\nb\n"), (r"(?m)^\w+$", 0, "one\ntwo\n\nthree"),
    # alternation and groups
    (r"a|ab", 0, "ab"), (r"ab|a", 0, "ab"), (r"(a|b)+", 0, "xabbay"), (r"(a)|(b)", 0, "b"), (r"(?:a|b)(c)?", 0, "ac b"),
    (r"((a)(b))", 0, "ab"), (r"(a)(b)?", 0, "ac"), (r"(a(b)?)+", 0, "aba"), (r"(?:(a)|b)*", 0, "ab"), (r"(?:(a)|(b))*", 0, "abab"),
    (r"(a|)*", 0, "b"), (r"(a*)*", 0, "b"), (r"(a*)+", 0, "b"), (r"(a*|b)*", 0, "ab"), (r"(?:a|())*", 0, "aa"),
    (r"(?P<first>\w+) (?P<last>\w+)", 0, "John Smith"), (r"(\w)(?P<x>\d)?", 0, "a1b"), (r"()", 0, "ab"),
    (r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", 0, "abcdefghijkk"), (r"(a)\1{2}", 0, "aaaa"),
    # quantifiers
    (r"a*", 0, "aaa"), (r"a+?", 0, "aaa"), (r"a*?b", 0, "aab"), (r"a??b", 0, "ab"), (r"a{2}", 0, "aaaaa"), (r"a{2,}", 0, "aaaaa"),
    (r"a{,2}", 0, "aaaaa"), (r"a{1,3}?", 0, "aaaaa"), (r"a{0}b", 0, "ab"), (r"a{,}", 0, "aa"), (r"x{}", 0, "x{}"), (r"a{3", 0, "a{3"),
    (r"a{1,2", 0, "a{1,2"), (r"{", 0, "a{"), (r"a{,3}?b", 0, "aaab"), (r"(ab){2,3}", 0, "abababab"), (r"(ab){2,3}?", 0, "abababab"),
    (r"(a|ab)(c|bcd)(d*)", 0, "abcd"), (r".*foo", 0, "xfooyfoo"), (r".*?foo", 0, "xfooyfoo"), (r"<.+?>", 0, "<a><b>"),
    (r"(a+)(a+)", 0, "aaaa"), (r"(a+?)(a+)", 0, "aaaa"), (r"(a+)+b", 0, "aaab"), (r"(\w+)\s+\1", 0, "hello hello world world"),
    (r"x*", 0, "axxb"), (r"x*?", 0, "axxb"), (r"(?:x|)*y", 0, "xxy"), (r"(?:a?)*?b", 0, "aab"), (r"(a?){3}", 0, "aa"),
    (r"(a?)+?b", 0, "aab"), (r"(?:(a)|b)+?c", 0, "abac"), (r"[a-z]{2,4}\d", 0, "abcde1 xy2"),
    # possessive and atomic (3.11)
    (r"a*+a", 0, "aaa"), (r"a++b", 0, "aab"), (r"a?+a", 0, "a"), (r"a{1,2}+a", 0, "aaa"), (r"(?>a*)b", 0, "aab"), (r"(?>a*)a", 0, "aaa"),
    (r"(?>a|ab)c", 0, "abc"), (r"(?>(a)|ab)c", 0, "ac"), (r"(?:ab)++c", 0, "ababc"), (r"(a|b)*+b", 0, "aab"), (r'"(?>[^"\\]+|\\.)*"', 0, r'x "a\"b" y'),
    (r"(?>(a+))b", 0, "aaab"), (r"(?>x(y)|x)z", 0, "xz"),
    # lookaround
    (r"(?<=\$)\d+", 0, "cost $30 and $45"), (r"\d+(?!px)", 0, "10px 20em"), (r"(?=(\w+))\w", 0, "ab"), (r"(?!a)\w", 0, "ab"),
    (r"(?<=a)b", 0, "ab cb"), (r"(?<!a)b", 0, "ab cb"), (r"(?<=ab|cd)x", 0, "abx cdx adx"), (r"(?<=(a))b", 0, "ab"),
    (r"(?<!(a))b", 0, "cb"), (r"(?<=^)a", 0, "aa"), (r"(?<=\b)a", 0, "ba a"), (r"(a)(?<=\1)", 0, "aa"), (r"(?<=a{2})b", 0, "aab ab"),
    (r"(?=a)*a", 0, "a"), (r"(?:(?=a))*a", 0, "a"), (r"(?<=(?<=a)b)c", 0, "abc bc"), (r"(?=.*(\d))", 0, "ab3"),
    (r"\w+(?=,)", 0, "a, bb, ccc"), (r"(?<![\w.])\d+", 0, "a1 2 .3 44"),
    # conditionals
    (r"(a)?(?(1)b|c)", 0, "ab c b"), (r"(?P<q>')?\w+(?(q)')", 0, "'ab' cd 'e"), (r"(a)?(?(1)b)", 0, "ab a c"), (r"(?:(a)|b)(?(1)x|y)", 0, "ax by ay bx"),
    # backreferences
    (r"(a)\1", 0, "aa ab"), (r"(?P<c>\w)(?P=c)", 0, "xxyzz"), (r"(a)|\1", 0, "b"), (r"(?:(a)|b)\1", 0, "aa ba bb"), (r"(a*)\1", 0, "aaaa"),
    (r"(?i)(a)\1", 0, "aA"), (r"(\w)\1", I, "Aa bB"), (r"(a)?\1", 0, "a"),
    # flags
    (r"hello", I, "Hello HELLO hello"), (r"(?i)straße", 0, "STRASSE strasse STRAßE"), (r"k", I, "k K \u212a"), (r"\u212a", I, "k K"),
    (r"s", I, "s S \u017f"), (r"[a-z]+", I, "ABC xyz \u212a"), (r"[^a-z]+", I, "ABC 12"), (r"é", I, "É"), (r"é", I | A, "É"),
    (r"[à-ÿ]+", I, "ÀÉÎ"), (r"ı", I, "i I ı İ"), (r"i", I, "i I ı İ"), (r"σ", I, "Σ ς σ"), (r"[σ]", I, "Σ ς"), (r"µ", I, "μ Μ µ"),
    (r"ǅ", I, "Ǆ ǅ ǆ"), (r"(?i:a)b", 0, "Ab AB"), (r"a(?i:b)", 0, "aB AB"), (r"(?i)a(?-i:b)", 0, "Ab AB"), (r"(?s:.)(.)", 0, "\n\n\na"),
    (r"(?m:^a)|^b", 0, "x\na\nb"), (r"(?x) a b # comment\n c", 0, "abc"), (r"(?x)a\ b[ ]c", 0, "a b c"), (r"(?x)a{ 2}", 0, "aa a{ 2}"),
    (r"a b # c", X, "ab"), (r"(?a)\w+", 0, "héllo"), (r"(?a:\w+)\w", 0, "héllo"), (r"(?u)\w+", 0, "héllo"), (r"(?i)[^k]", 0, "\u212a"),
    (r"(?x)[# ]", 0, "a #"), (r"(?i)[\w]", A, "\u212a"),
    # pos/endpos related anchors (search from 0 anyway)
    (r"\ba", 0, "a ba"), (r"a\B", 0, "ab a"),
    # errors
    (r"(a", 0, ""), (r"a)", 0, ""), (r"*a", 0, ""), (r"a**", 0, ""), (r"\q", 0, ""), (r"(?<x)", 0, ""), (r"[", 0, ""), (r"[a-", 0, ""),
    (r"[z-a]", 0, ""), (r"[\d-z]", 0, ""), (r"a{3,1}", 0, ""), (r"(?P<1a>x)", 0, ""), (r"(?P<n>a)(?P=m)", 0, ""), (r"\2(a)", 0, ""),
    (r"(?<=a+)b", 0, ""), (r"(?<=a|bc)", 0, ""), (r"(?<=(a)\1)b", 0, ""), (r"(a\1)", 0, ""), (r"(?i)a(?m)b", 0, ""), (r"a|(?i)b", 0, ""),
    (r"(?-a:b)", 0, ""), (r"(?au:b)", 0, ""), (r"(?L:b)", 0, ""), (r"(?u", 0, ""), (r"(?", 0, ""), (r"(?P", 0, ""), (r"(?P<", 0, ""),
    (r"(?P<a", 0, ""), (r"(?P=", 0, ""), (r"(?P=a", 0, ""), (r"(?#abc", 0, ""), (r"(?(1)a|b|c)", 0, ""), (r"(?(1a)a)", 0, ""),
    (r"(?(x)a)", 0, ""), (r"(?(0)a)", 0, ""), (r"(?(2)a)(b)", 0, ""), (r"\N{XYZ}", 0, ""), (r"\N", 0, ""), (r"\N{", 0, ""), (r"\8", 0, ""),
    (r"\400", 0, ""), (r"\x", 0, ""), (r"\u12", 0, ""), (r"\U00110000", 0, ""), (r"(?z)", 0, ""), (r"(?-z:a)", 0, ""), (r"(?i-:a)", 0, ""),
    (r"(?P<a>x)(?P<a>y)", 0, ""), (r"(?P>x)", 0, ""), (r"a|*", 0, ""), (r"^*", 0, ""), ("\\", 0, ""), (r"[]", 0, ""), (r"[\A]", 0, ""),
    (r"(a)\11", 0, ""), (r"(?P<a>(?P=a))", 0, ""), (r"a*?+", 0, ""), (r"a++*", 0, ""), (r"\b*", 0, ""), (r"x*{2}", 0, ""),
    (r"(?i-i:a)", 0, ""), (r"(?i-m)", 0, ""), (r"(?iz)", 0, ""), (r"(?--i:a)", 0, ""), ("(?x)a #c\n(?i)", 0, ""), (r"a{99999999999}", 0, ""),
    (r"a", L, ""), (r"(?a)(?u)", 0, ""), (r"[\8]", 0, ""), (r"[\q]", 0, ""), (r"[\777]", 0, ""), (r"(?<", 0, ""), (r"(?(", 0, ""),
    (r"(?(1", 0, ""), (r"(?<=(?(1)a|b))(a)", 0, ""), (r"(a)(?<=(?(1)a|bc))", 0, ""), (r"(?<!a*)", 0, ""), (r"(?<=a{1,2})", 0, ""),
    # bytes
    (b"a.c", 0, b"abc a\nc"), (rb"\w+", 0, b"ab \xe9t\xc3 _1"), (rb"\d+\s", 0, b"12 \xb2 "), (rb"(?i)\xe9", 0, b"\xc9\xe9"),
    (rb"(?i)a+", 0, b"aAb"), (rb"[\x00-\x7f]+", 0, b"ab\x80\xff"), (rb"\xff+", 0, b"\xfe\xff\xff"), (rb"\bb", 0, b"a b\xe9b"),
    (rb"(?L)\w+", 0, b"ab1"), (rb"(a)(?P<n>b)(?P=n)", 0, b"xabb"), (rb"\u00e9", 0, b""), (rb"(?u:a)", 0, b""), (b"a", re.U, b""),
    (rb"\N{DIGIT ONE}", 0, b""), (rb"(?a:\w)", 0, b"a"), (rb"^\d+$", M, b"12\n34\n"),
]


# Random patterns from two small grammars (seeded, so the file is reproducible): atoms,
# concatenation, alternation, groups, atomic groups and every quantifier form, over
# short subjects; only patterns CPython compiles are kept.
ATOMS_1 = ["a", "b", "c", ".", "[ab]", "[^a]", r"\w", r"\d", "x", r"\b", "^", "$", r"\1", "(?=a)", "(?!b)",
           "(?<=a)", "(?<!b)", "(?(1)a|b)"]
ATOMS_2 = ["a", "A", "é", "É", "k", "\u212a", "[a-c]", r"[^\W\d]", r"\s", r"\W", r"\B", r"\A", r"\Z", r"\2",
           r"(?<=\w)", "(?<!^)", r"(?(2)\1|c)", "(?i:a)", "(?-i:a)", "(?s:.)", "(?m:$)"]
QUANTIFIERS = ["*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{,2}?", "*+", "++", "?+", "{0,3}"]


def random_pattern(rnd, atoms, depth=0):
    r = rnd.random()
    if depth > 3 or r < 0.35:
        return rnd.choice(atoms)
    if r < 0.5:
        return random_pattern(rnd, atoms, depth + 1) + random_pattern(rnd, atoms, depth + 1)
    if r < 0.6:
        return random_pattern(rnd, atoms, depth + 1) + "|" + random_pattern(rnd, atoms, depth + 1)
    if r < 0.75:
        return "(" + random_pattern(rnd, atoms, depth + 1) + ")"
    if r < 0.8:
        return "(?:" + random_pattern(rnd, atoms, depth + 1) + ")"
    if r < 0.83:
        return "(?>" + random_pattern(rnd, atoms, depth + 1) + ")"
    body = random_pattern(rnd, atoms, depth + 1)
    return ("(" if rnd.random() < 0.5 else "(?:") + body + ")" + rnd.choice(QUANTIFIERS)


def random_cases(seed, atoms, alphabet, flag_choices, count):
    import random
    rnd = random.Random(seed)
    out = []
    while len(out) < count:
        pattern = random_pattern(rnd, atoms)
        flags = rnd.choice(flag_choices)
        try:
            re.compile(pattern, flags)
        except re.error:
            continue
        subject = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 8)))
        out.append((pattern, flags, subject))
    return out


RANDOM_CASES = (random_cases(1, ATOMS_1, "abcx\n1 A", [0, 0, I, M, S], 400)
                + random_cases(2, ATOMS_2, "aAbéÉkK\u212a\n1 ", [0, I, I | M, S, A | I], 400))

# Random strings of regex syntax (mostly invalid): CPython's compile errors, messages
# and positions, including its token-by-token reading (a lone backslash at the end).
SYNTAX_TOKENS = list("()[]{}?*+|^$.\\-:=!<>PaibxuN0129,#&~ ") + [
    "(?", "(?P<", "(?P=", "(?<=", "(?(", "\\x", "\\u", "\\N{", "{2,1}", "{1,}", "(?i", "(?-", "[^", "\\1", "\\g"]


def syntax_cases(seed, count):
    import random
    rnd = random.Random(seed)
    return [("".join(rnd.choice(SYNTAX_TOKENS) for _ in range(rnd.randint(1, 10))), rnd.choice([0, 0, X, I]), "")
            for _ in range(count)]


RANDOM_CASES += syntax_cases(3, 600)


def regs(m):
    return None if m is None else [list(m.regs), m.lastindex]


def run(pattern, flags, subject):
    try:
        p = re.compile(pattern, flags)
    except (re.error, OverflowError, ValueError) as e:
        return {"error": type(e).__name__, "msg": getattr(e, "msg", str(e)), "pos": getattr(e, "pos", None)}
    out = {"search": regs(p.search(subject)), "match": regs(p.match(subject)),
           "fullmatch": regs(p.fullmatch(subject)), "all": [list(m.span()) for m in p.finditer(subject)],
           "flags": p.flags, "groups": p.groups, "names": sorted(p.groupindex.items(), key=lambda kv: kv[1])}
    return out


def enc(v):
    if isinstance(v, bytes):
        return {"bytes": list(v)}
    return v


rows = []
for pattern, flags, subject in CASES:
    rows.append({"pattern": enc(pattern), "flags": flags, "subject": enc(subject), "expect": run(pattern, flags, subject)})
for pattern, flags, subject in RANDOM_CASES:
    rows.append({"pattern": pattern, "flags": flags, "subject": subject, "expect": run(pattern, flags, subject), "random": True})
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "regex-cases.json")
with open(path, "w") as f:
    f.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=True) for r in rows) + "\n]\n")
print(len(rows), "cases written to", path)
