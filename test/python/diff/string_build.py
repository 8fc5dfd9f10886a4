def wrap(text, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if len(cur) + len(w) + (1 if cur else 0) > width:
            lines.append(cur); cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur: lines.append(cur)
    return lines
text = "The quick brown fox jumps over the lazy dog and keeps running far away into the forest"
for line in wrap(text, 20):
    print(f"|{line:<20}|{line:>22}|{line.center(24, '.')}|")
def justify(line, width):
    words = line.split()
    if len(words) == 1: return words[0].ljust(width)
    gaps = len(words) - 1; spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (i < r)) for i, w in enumerate(words[:-1])) + words[-1]
for line in wrap(text, 25): print(repr(justify(line, 25)))
def box(lines):
    w = max(map(len, lines))
    top = "+" + "-" * (w + 2) + "+"
    return "\n".join([top] + [f"| {l:<{w}} |" for l in lines] + [top])
print(box(["Hello", "heapscope", "!"]))
def to_roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v: out += s; n -= v
    return out
def from_roman(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    return sum(-m[a] if m[a] < m[b] else m[a] for a, b in zip(s, s[1:] + "I"))
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n); print(n, r, from_roman(r))
def binary(n): return bin(n)[2:] if n >= 0 else "-" + bin(n)[3:]
def base_n(n, b):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0: return "0"
    out = []
    while n: n, r = divmod(n, b); out.append(digits[r])
    return "".join(reversed(out))
print([base_n(255, b) for b in (2, 8, 16, 36)], binary(10), binary(-10), int(base_n(12345, 36), 36))
print("".join(chr(ord("a") + (i * 7) % 26) for i in range(26)))
s = "Mississippi"
print({c: s.count(c) for c in sorted(set(s))}, s.lower().replace("ss", "SS"), s.partition("ss"), s.rpartition("ss"))
print("_".join(s), s.encode("utf-8"), s.casefold(), s.removeprefix("Miss"), s.removesuffix("pi"), s.find("ss", 3), s.rfind("ss"))
print("a\nb\r\nc\n".splitlines(), "a\nb\n".splitlines(keepends=True), "x".join(["1", "2"]), "   ".join("abc").split("  "))
pyramid = "\n".join(("*" * (2 * i + 1)).center(9) for i in range(5))
print(pyramid)
print("\n".join(" ".join(f"{i * j:3}" for j in range(1, 6)) for i in range(1, 6)))
