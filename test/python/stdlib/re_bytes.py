# bytes patterns against bytes-like subjects: ASCII classes and case folding by
# default, bytes results (also for a bytearray subject), templates, errors.
import re

p = re.compile(rb"(?P<k>\w+)=(\d+)")
m = p.search(b"xx key=42 \xe9t=1")
print(m, m.group(), m.groups(), m.groupdict(), m.span(1), m.lastgroup, p)
print(p.findall(b"a=1 b=22 \xe9=3"), [x.group(2) for x in p.finditer(b"a=1 b=2")])
print(p.sub(rb"\2:\g<k>", b"a=1 b=22"), p.subn(b"", b"a=1 b=2"), p.sub(lambda m: m.group(1).upper(), b"a=1"))
print(re.split(rb"[,;]\s*", b"a, b;c"), re.split(rb"(,)", b"a,b"), re.escape(b"1+1=2 \xff"))
print(re.findall(rb"\w+", b"caf\xe9 na\xefve"), re.findall(rb"\d", b"1\xb2"), re.findall(rb"\s", b" \t\x85\xa0"))
print(re.findall(rb"(?i)caf\xc9", b"CAF\xc9 caf\xe9"), re.findall(rb"(?i)[a-z]+", b"Ab\xc0"), re.match(rb".", b"\n"))
print(re.match(rb"\bab\b", b"ab"), re.findall(rb"\x00|\xff", bytes([0, 1, 255])), re.findall(b"[\x80-\xff]+", b"a\x80\x90b"))
ba = bytearray(b"abc abc")
mb = re.search(rb"b(c)", ba)
print(mb, mb.group(1), type(mb.string).__name__, re.findall(rb"b", ba), re.sub(rb"b", b"B", ba), re.split(b" ", ba))
print(re.fullmatch(rb"(?L)\w+", b"abc"), re.compile(rb"a", re.L), re.compile(rb"(?a)a").flags, re.compile(b"a", re.I).flags)
print(re.match(rb"(a)(?P=x)" if False else rb"(?P<x>a)(?P=x)", b"aa").span(), re.compile(rb"(?x) a  b # c").match(b"ab"))
for bad, flags in [(rb"\u00e9", 0), (rb"(?u)a", 0), (b"a", re.U), (b"a", re.A | re.L), (rb"\N{DIGIT ONE}", 0), (b"(a", 0)]:
    try:
        re.compile(bad, flags)
    except (re.error, ValueError) as e:
        print(type(e).__name__, e)
for call in [lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.sub(b"a", "x", b"a"),
             lambda: re.sub("a", b"x", "a"), lambda: re.sub(b"a", lambda m: "x", b"a")]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
print(re.sub(b"a", "x", b"b"), re.sub("a", b"x", "b"))
try:
    re.compile(b"a\n(b")
except re.error as e:
    print(e.msg, e.pos, e.lineno, e.colno, e)
