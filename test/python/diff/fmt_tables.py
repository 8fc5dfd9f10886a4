rows = [("Widget", 4, 3.5), ("Gadget", 12, 12.25), ("Thingamajig", 1, 1999.999), ("Nut", 1000, 0.015)]
print(f"{'Item':<12}|{'Qty':^6}|{'Price':>10}|{'Total':>12}")
print(f"{'':-<12}+{'':-^6}+{'':->10}+{'':->12}")
for name, q, p in rows:
    print(f"{name:<12.10}|{q:^6d}|{p:>10.2f}|{q * p:>12,.2f}")
total = sum(q * p for _, q, p in rows)
print(f"{'TOTAL':>30}{total:>12,.3f}")
w = 8
for x in [0, 1, -1, 3.14159, -2.5e-7, 1e21, 123456789.123, float("inf"), float("nan")]:
    print(f"[{x:{w}.3g}] [{x:<{w}.2e}] [{x:+.1f}] [{x!r:>{w+6}}] [{x:%}]" if x == x and abs(x) != float("inf") else f"[{x:{w}}] [{x:+}] [{x!s:^{w}}]")
for n in [0, 7, -42, 255, 65535, 10**12]:
    print(f"{n:>+8d}|{n:<#10x}|{n:^#12o}|{n:08b}|{n:_d}|{n:,}|{n:=+9}|{n:c}" if 0 <= n < 1114112 else f"{n:>+8d}|{n:#x}|{n:,}")
print("{:>10}|{:<10}|{:^10}".format("r", "l", "c"))
print("{0:*^15}".format(" hi "), "{:.3s}".format("abcdef"), "{!r:>8}".format("x"))
print("{name}: {val:.1%}".format(name="rate", val=0.4567), "{0[1]} {1[k]}".format([1, 2], {"k": "v"}))
class P:
    x, y = 1, 2
print("{p.x},{p.y}".format(p=P()), format(3.0, "g"), format(3.5, ".0f"), format(2.5, ".0f"), format(-0.0, ".1f"))
print(f"{1234.5:010.2f}", f"{-1234.5:010,.1f}", f"{0.000123:.2e}", f"{123:e}", f"{1e-10:g}", f"{1e15:g}", f"{1e16:g}")
print(f"{True}", f"{True:d}", f"{None!r}", f"{'x'!a}", f"{'é'!a}", f"{3:5}", f"{'s':5}", f"{[1]}")
print("%5s|%-5s|%05.1f|%x|%X|%o|%e|%g|%%|%c|%r" % ("a", "b", 3.14159, 255, 255, 8, 12345.678, 0.00001234, 65, "q"))
print("%(a)s-%(b)03d" % {"a": "x", "b": 7}, "%.2f%%" % 12.345, "%+d %+d" % (5, -5), "%10.4s|" % "abcdefg")
print(f"{12.0:.0f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.675:.2f}", f"{1.005:.2f}", f"{100:.2f}", round(0.125, 2))
print(str(0.1 + 0.2), repr(1 / 3), 1e22, 1e-5, 0.0001, 123456789012345678.0, -0.0, 5e-324, 1.7976931348623157e308)
print(f"{3.14159:.{2}f}", f"{'nested':{'>'}{10}}", f"{{literal}}", f"{7 // 2 = }", f"{'a' + 'b' = !r}")
print(format(1e100, ".3"), format(0.1, ".20f"), format(2/3, ".15g"), format(1/7, ".17g"))
