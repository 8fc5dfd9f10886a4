import cmath
zs = [1+2j, -1-2j, 0.5-0.25j, 2j, -2j, -0.0-0j, 0.25+0.5j]
for name in ["sqrt", "exp", "sin", "cos", "tan", "atan", "tanh", "atanh"]:
    out = []
    for z in zs:
        try: out.append(repr(getattr(cmath, name)(z)))
        except (ValueError, OverflowError) as e: out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j), cmath.rect(2, cmath.pi / 4), cmath.log(1j), cmath.log10(1j))
print(cmath.isfinite(1j), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj), cmath.isclose(1+1j, 1+1.0000000001j), cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
for bad in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.exp(1000), lambda: cmath.sqrt("x")]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
