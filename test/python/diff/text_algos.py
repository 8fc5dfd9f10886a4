import string

def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]

def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)

def caesar2(text, shift):
    lc, uc = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lc + uc, lc[shift:] + lc[:shift] + uc[shift:] + uc[:shift])
    return text.translate(table)

def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            s = ord(key[k % len(key)].lower()) - 97
            if decrypt: s = -s
            base = 65 if ch.isupper() else 97
            out.append(chr((ord(ch) - base + s) % 26 + base)); k += 1
        else:
            out.append(ch)
    return "".join(out)

def rle(s):
    if not s: return ""
    out, prev, n = [], s[0], 1
    for c in s[1:]:
        if c == prev: n += 1
        else: out.append(f"{n}{prev}"); prev, n = c, 1
    out.append(f"{n}{prev}")
    return "".join(out)

def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return [g for g in groups.values() if len(g) > 1]

def longest_common_prefix(strs):
    if not strs: return ""
    prefix = min(strs); last = max(strs)
    i = 0
    while i < len(prefix) and prefix[i] == last[i]: i += 1
    return prefix[:i]

for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", ""]:
    print(f"{s!r:35} {is_palindrome(s)}")
msg = "Hello, World! xyz"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3), caesar2(msg, 3) == enc, caesar(msg, 29) == enc)
v = vigenere("Attack at dawn!", "LEMON"); print(v, vigenere(v, "LEMON", True))
print(rle("aaabccddddde"), rle("abc"), rle(""))
print(anagrams(["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "dog"]))
print(repr(longest_common_prefix(["flower", "flow", "flight"])), longest_common_prefix(["interview", "internet", "interval"]))
s = "The Quick Brown Fox"
print(s.swapcase(), s[::-1], " ".join(w[::-1] for w in s.split()), s.lower().count("o"))
print(s.replace(" ", "_").upper(), s.split(maxsplit=1), s.rsplit(" ", 1), s.find("Fox"), s.index("Q"))
print("-".join(sorted(set(s.lower()) - {" "})), s.startswith(("The", "A")), s.endswith("x"))
print("{:^21}|".format(s), "{0}{1}{0}".format("ab", "cd"), "%-8s|%5.1f|%03d" % ("x", 3.14159, 7))
print("tab\tsep".expandtabs(4), "a,b,,c".split(","), "  pad  ".strip(), "xxhixx".strip("x"))
print(ord("A"), chr(9731), "ß".upper(), "ǅ".lower(), "İ".lower().encode())
print("word " * 3, "abc".zfill(6), "-42".zfill(6), "3".rjust(3, "0"), "Title case me".title())
print(str.isdigit("123"), "12.5".isdecimal(), "abc123".isalnum(), "   ".isspace(), "Hello World".istitle())
