import math
# erf/erfc/lgamma to near double precision (compared rounded: the last digit is libm's)
for x in [-4.0, -1.2, -0.3, 0.0, 0.4, 1.49, 1.51, 2.5, 3.43, 6.0, 27.0]:
    print(x, f"{math.erf(x):.13g}", f"{math.erfc(x):.13g}")
for x in [0.3, 1.0, 2.0, 2.5, 10.3, 150.5, 200.0, 1e5, -2.5]:
    print(x, f"{math.lgamma(x):.12g}", f"{math.gamma(x):.12g}" if x < 171 else "")
