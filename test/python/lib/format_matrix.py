values = [0, 1, -1, 7, -42, 255, 1234567, -9876543210, 2**70, True, 0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 3.14159265358979, -1234.5678,
          1e-7, 1.23e-5, 123456789.0, 1e16, 1e21, 1.5e300, 5e-324, 0.1, 2/3, float("inf"), float("-inf"), float("nan"), 100.0, 9.995, 0.0005]
specs = ["", "d", "5", "<8", ">8", "^9", "*^9", "=+8", "+", " ", "-", ",", "_", "08", "08,", "010_", "x", "#x", "X", "#X", "o", "#o", "b", "#b", "_b", "#010x", "c",
         "f", ".0f", ".1f", ".2f", ".3f", "10.2f", "+.2f", ",.2f", "e", ".0e", ".2e", "E", ".3E", "g", ".1g", ".2g", ".3g", ".10g", "G", "#g", "#.3g", "%", ".1%", ".0%",
         ".1", ".2", ".3", ".5", ".17", "z.1f", "+08.2f", "-^12.3e", "#.0f", "#.0e", "n", ".3n", "015,.2f"]
for v in values:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            row.append("!" + type(e).__name__)
    print(repr(v), "|".join(row))
strs = ["", "a", "hello", "héllo"]
for v in strs:
    row = []
    for s in ["", "5", "<5", ">5", "^6", "*^7", ".2", "8.3", "s", "=5", "+", "d", ","]:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append("!" + type(e).__name__ + ":" + str(e))
    print(repr(v), "|".join(row))
pct = ["%d", "%5d", "%-5d", "%05d", "%+d", "% d", "%x", "%#x", "%X", "%o", "%#o", "%e", "%.2e", "%E", "%f", "%.0f", "%.3f", "%10.3f", "%-10.2f|", "%g", "%.3g", "%G", "%#g", "%s", "%r", "%.2s", "%10s", "%-4s|", "%c", "%%", "%i", "%u", "%5.1f%%"]
for v in [0, 7, -42, 255, 2**70, 3.75, -0.5, 1e20, 1e-8, 65, True]:
    row = []
    for p in pct:
        try:
            row.append(p % v)
        except (ValueError, TypeError, OverflowError) as e:
            row.append("!" + type(e).__name__)
    print(repr(v), "|".join(row))
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1234.5, -2.5, 1e22, 123.456, 5e-5, 0.045]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), round(v, -2), "%.1f" % v, "%.2f" % v, "{:.1e}".format(v))
