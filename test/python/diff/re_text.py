import re
log = """2024-01-15 10:23:45 ERROR [db] Connection failed: timeout after 30s
2024-01-15 10:24:01 INFO [web] GET /index.html 200 0.023s
2024-01-15 10:24:05 WARNING [web] GET /missing 404 0.001s
2024-01-16 08:00:00 ERROR [auth] Invalid token for user=alice id=42
2024-01-16 08:00:10 INFO [web] POST /login 302 0.110s"""
pat = re.compile(r"^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) (\w+) \[(\w+)\] (.*)$", re.M)
for m in pat.finditer(log):
    date, time, level, comp, msg = m.groups()
    print(f"{date} {level:<8} {comp:>5}: {msg[:30]}")
print(re.findall(r"ERROR \[(\w+)\]", log))
print(re.findall(r"(GET|POST) (\S+) (\d{3})", log))
print(re.findall(r"\d+\.\d+s", log), re.findall(r"user=(\w+) id=(\d+)", log))
print(re.sub(r"\d{4}-(\d{2})-(\d{2})", r"\2/\1", log.splitlines()[0]))
print(re.sub(r"\s+", " ", "  lots   of\t\twhite \n space "), re.split(r"[,;]\s*", "a, b;c,d ;  e"))
email = re.compile(r"^[\w.+-]+@[\w-]+\.[\w.]+$")
for e in ["a.b@example.com", "bad@", "x+y@mail.co.uk", "no at.com"]:
    print(e, bool(email.match(e)))
m = re.search(r"(?P<key>\w+)=(?P<val>\d+)", "config: retries=5 timeout=30")
print(m.group("key"), m["val"], m.groupdict(), m.span(), m.start(2), m.group(0), m.groups())
print(re.sub(r"(\w+)@(\w+)", lambda m: m.group(2).upper() + "@" + m.group(1), "joe@home ann@work"))
print(re.match(r"\d+", "abc123"), re.search(r"\d+", "abc123").group(), re.fullmatch(r"[a-z]+", "abc") is not None)
print(re.findall(r"\b\w{5,}\b", "The quick brown foxes jumped over lazy dogs"), re.I, bool(re.search("HELLO", "hello", re.I)))
phone = re.compile(r"\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})")
for p in ["(555) 123-4567", "555.123.4567", "5551234567", "55-1234"]:
    mm = phone.search(p)
    print(p, "->", "-".join(mm.groups()) if mm else None)
print(re.escape("a.b*c?"), re.subn(r"a", "A", "banana"), re.split(r"(\d)", "a1b2c"))
words = re.findall(r"[a-z']+", "It's a dog's life, isn't it? Yes!".lower())
print(words)
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567890"))
print(re.compile(r"a+").pattern, re.findall(r"a*", "baaac"), re.sub("x*", "-", "abc"))
