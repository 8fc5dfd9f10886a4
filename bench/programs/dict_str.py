# Dictionaries and strings: word counting, string building and splitting, formatting,
# sorting by key, and dict/set comprehensions.
WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
         "omicron pi rho sigma tau upsilon phi chi psi omega").split()


def make_text(n):
    parts = []
    seed = 12345
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        parts.append(WORDS[seed % len(WORDS)])
        if seed % 7 == 0:
            parts.append(".")
    return " ".join(parts)


def word_counts(text):
    counts = {}
    for sentence in text.split("."):
        for w in sentence.split():
            counts[w] = counts.get(w, 0) + 1
    return counts


def pairs(text):
    words = text.replace(".", " ").split()
    seen = {}
    for a, b in zip(words, words[1:]):
        key = a + "-" + b
        if key in seen:
            seen[key] += 1
        else:
            seen[key] = 1
    return seen


def report(counts):
    lines = []
    for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
        lines.append(f"{w:>8}:{c:5d} {w.upper()[:3]}{len(w)}")
    return "|".join(lines)


text = make_text(120000)
counts = word_counts(text)
pc = pairs(text)
initials = {w[0]: sum(c for k, c in counts.items() if k[0] == w[0]) for w in counts}
vowels = {w for w in counts if w[0] in "aeiou"}
print(report(counts), len(pc), max(pc.values()), sorted(initials.items())[:4], sorted(vowels))
