import sys
from collections import Counter
import string

text = sys.stdin.read()
words = [w.strip(string.punctuation).lower() for w in text.split()]
words = [w for w in words if w]
counts = Counter(words)
print(f"Total words: {len(words)}, unique: {len(counts)}")
print(f"{'Word':<12}{'Count':>6}{'Pct':>8}")
print("=" * 26)
for word, n in counts.most_common(8):
    print(f"{word:<12}{n:>6}{n / len(words):>8.1%}")
longest = max(words, key=len)
print("Longest:", longest, len(longest))
lines = text.splitlines()
print("Lines:", len(lines), "non-empty:", sum(1 for l in lines if l.strip()))
for i, line in enumerate(lines, 1):
    if line.strip():
        print(f"{i:3}: {line[:30]!r:34} ({len(line.split())} words)")
by_letter = {}
for w in sorted(set(words)):
    by_letter.setdefault(w[0], []).append(w)
for letter in sorted(by_letter)[:5]:
    print(letter, "->", ", ".join(by_letter[letter]))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
vowels = sum(text.lower().count(v) for v in "aeiou")
print("vowels:", vowels, "caps:", sum(c.isupper() for c in text))
print(text.title()[:40].center(50, "*"))
