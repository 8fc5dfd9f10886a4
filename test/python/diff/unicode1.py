s = "Hi 🎉 party 🐍 time 😀!"
print(len(s), s[3], s[-2], s[3:12], s[::-1], s[::2], list(s)[:6])
print(s.find("🐍"), s.index("time"), s.rfind("🎉"), s.find("t", 10), s.count("🎉"), s.count(""), s.find("🐍", 2, 13), s.find("🐍", 2, 12))
print(s.center(30, "*"), "|" + "🐍".ljust(4) + "|", "🐍".rjust(3, "-"), "🐍".zfill(3))
print(f"{'🐍':>5}|{'ab🐍':^7}|{'🎉🎉🎉':.2}|", "%-4s|%3s|" % ("🐍", "🎉"), "{:🐍^7}".format("x"))
for i, ch in enumerate("a😀b"):
    print(i, ch, ord(ch), hex(ord(ch)))
print(sorted("b😀a"), max("b😀a"), set("😀😀") == {"😀"}, "😀" * 3, len("😀" * 3), reversed("a😀") and list(reversed("a😀b")))
print("😀".encode("utf-8"), len("😀".encode()), chr(128512), "\U0001F600" == "😀", "\N{SNAKE}" if False else "", repr("😀"), ascii("😀"))
print(s.split(" "), s.upper(), s.replace("🎉", "🎊"), "🎉" in s, s.startswith("Hi 🎉"), s.endswith("😀!"), s.startswith("🎉", 3), s.endswith("🎉", 0, 4))
word = "naïve café 日本語"
print(len(word), word[::-1], word.upper(), word.title(), word.encode()[:8], len(word.encode()))
t = "x😀y"
print([t[i] for i in range(len(t))], t[1:], t[:2], t[-1], t[1:2] == "😀")
print("é" == "e\u0301", len("e\u0301"), "ß".upper(), "ﬁ".upper(), "ǅ".lower(), "Σ".lower())
