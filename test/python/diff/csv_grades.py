import sys

def parse_row(line, lineno):
    parts = [p.strip() for p in line.split(",")]
    if len(parts) != 4:
        raise ValueError(f"line {lineno}: expected 4 fields, got {len(parts)}")
    name, *scores = parts
    try:
        scores = [float(s) for s in scores]
    except ValueError as e:
        raise ValueError(f"line {lineno}: {e}") from e
    return name, scores

def letter(avg):
    for cutoff, g in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return g
    return "F"

header = input()
print("columns:", header.split(","))
students, errors = [], []
lineno = 1
for line in sys.stdin:
    lineno += 1
    line = line.rstrip("\n")
    if not line.strip():
        continue
    try:
        students.append(parse_row(line, lineno))
    except ValueError as e:
        errors.append(str(e))
print(f"{'Name':<10} {'HW':>6} {'Mid':>6} {'Final':>6} {'Avg':>7} Grade")
for name, (hw, mid, fin) in sorted(students, key=lambda s: s[0].lower()):
    avg = 0.2 * hw + 0.3 * mid + 0.5 * fin
    print(f"{name:<10} {hw:>6.1f} {mid:>6.1f} {fin:>6.1f} {avg:>7.2f} {letter(avg):^5}")
avgs = [0.2 * s[1][0] + 0.3 * s[1][1] + 0.5 * s[1][2] for s in students]
print(f"class average: {sum(avgs) / len(avgs):.3f}; best: {max(avgs):.2f}; worst: {min(avgs):.2f}")
print("errors:")
for e in errors:
    print("  " + e)
dist = {}
for a in avgs:
    dist[letter(a)] = dist.get(letter(a), 0) + 1
print(" ".join(f"{g}:{'#' * dist.get(g, 0)}" for g in "ABCDF"))
