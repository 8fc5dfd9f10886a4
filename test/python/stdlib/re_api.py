# re's public API on the engine's own matcher: Pattern and Match objects, sub/subn
# templates and callables, split, escape, flags, caching, scanner, error objects.
import re

p = re.compile(r"(?P<key>\w+)=(?P<val>\d*)")
m = p.search("  a=1 bb=22 c= ")
print(m, m.re is p, m.string, m.pos, m.endpos, m.lastindex, m.lastgroup)
print(m.group(), m.group(1, 2), m.group("key"), m["val"], m.groups(), m.groupdict())
print(m.span(), m.span(2), m.start("val"), m.end(), m.regs)
print(m.expand(r"\g<val>:\g<key> \2\1 \g<0>"), m.expand(r"[\n\t\\]"))
for bad in [3, "nope", -1, 1.5]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
print([x.groupdict() for x in p.finditer("a=1 bb=22 c=")])
print(p.findall("a=1 bb=22 c="), p.sub(r"\g<val>\g<key>", "a=1 bb=22 c="), p.subn("", "a=1 b=2"))
print(p.search("xx a=1", 3), p.search("xx a=1", 0, 4), p.match("a=1", 1), p.fullmatch("a=1 ", 0, 3))
print(p.search("a=1", -10, 100).span(), p.search("a=1", 2, 1), p.findall("a=1 b=2", 2), p.findall("a=1 b=2", 0, 5))
print(p.pattern, p.groups, p.groupindex, p.flags == re.UNICODE, repr(p))
print(re.compile("x", re.I | re.M | re.S | re.X), re.compile("x", re.A), re.compile("(?i)x"), re.compile("(?s)x").flags)
print(re.compile("a") is re.compile("a"), re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I))
re.purge()
print(re.compile("a") == re.compile("a"), hash(re.compile("a")) == hash(re.compile("a")))
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError", e)
print(re.compile(p) is p, re.match(p, "k=5").group())

# lastindex / lastgroup
for pat, s in [(r"(a)(b)?", "a"), (r"((a)b)", "ab"), (r"(a)|(b)", "b"), (r"(?:(a)|b)+", "ab"), (r"(?P<x>a)(?P<y>b)", "ab"), (r"a", "a")]:
    mm = re.match(pat, s)
    print(pat, mm.lastindex, mm.lastgroup)

# sub / subn
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@x bob@y"), re.sub("a", r"\\n", "xax"), re.sub("a", "\\n", "xax"))
print(re.sub(r"\d", lambda m: str(int(m.group()) + 1), "a1b9"), re.sub(r"x*", "-", "abxd"), re.sub("", "-", "ab"))
print(re.subn(r"\s", "", " a b "), re.sub("a", "b", "aaa", count=2), re.sub("a", "b", "aaa", 0), re.sub("a", "b", "aaa", -1))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub(r"(?P<n>.)", r"\g<n>\g<n>", "ab"), re.sub("(a)", r"\g<1>0", "a"))
print(re.sub("a", lambda m: "", "banana"), re.sub("(b)(a)", lambda m: m.group(2) + m.group(1), "banana"))
for tmpl in [r"\g<2>", r"\g<x>", r"\g<", r"\g<1", r"\q", "\\", r"\g<1a>", r"\9"]:
    try:
        re.sub("(a)", tmpl, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub("a", lambda m: 5, "a")
except TypeError as e:
    print("TypeError", e)

# split
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1), re.split("x*", "axbc"), re.split("", "abc"), re.split("(a)|b", "xaybz"))
print(re.split(r"[a-f]+", "0a3B9", flags=re.IGNORECASE), re.split("x", "axb", maxsplit=-1), re.split(r"^$", "a\n\nb", flags=re.M))

# findall / finditer with groups and empty matches
print(re.findall(r"(\w)(\d)?", "a1 b c2"), re.findall(r"\b", "ab cd"), re.findall(r"(a)|b", "ab"))
print([mm.span() for mm in re.finditer(r"\b|x", "ax bx")], [mm.span() for mm in re.finditer(r"a|(?=b)", "ab")])
print(re.findall(r"(?=(\w\w))", "abcd"), re.findall(r"a*?", "baa"), re.findall(r"^", "a\nb", re.M))

# escape
print(re.escape("a.b*c?(d) e-f#g&h~i"), re.escape("\t\n"), re.escape("é_1"), re.escape(b"a.b\xff"))

# scanner
sc = re.compile(r"\d+|\s+").scanner("12 34x56")
print(sc.pattern.pattern, sc.match(), sc.match(), sc.match(), sc.match(), sc.match())
sc = re.compile(r"\d*").scanner("1a22")
print([x.span() for x in iter(sc.search, None)])

# flags
print(re.I, re.M | re.I, int(re.I), re.NOFLAG, re.VERBOSE, re.A | re.X, ~re.I & re.M, re.I | 1024)
print(re.findall("(?x) a b  # comment", "ab a b"), re.findall(r"a.b", "a\nb", re.S), re.findall("^b", "a\nb", re.M))

# error objects
for bad in ["(a", "a\n(b", r"(?P<x", "[a-"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(e.msg), e.pattern == bad, e.pos, e.lineno, e.colno, str(e))
for args in [("a", re.L), ("a", re.A | re.U), ("(?a)(?u)x", 0), ("a{99999999999}", 0)]:
    try:
        re.compile(*args)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for call in [lambda: re.match("a", 5), lambda: re.compile(5), lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.escape(5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

# copy, typing
import copy
print(copy.copy(p) is p, copy.deepcopy(m) is m, re.Pattern, re.Match, type(p) is re.Pattern, type(m) is re.Match)
