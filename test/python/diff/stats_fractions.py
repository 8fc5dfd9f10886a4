import statistics as st
from fractions import Fraction
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.stdev(data), st.variance(data))
print(st.median([1, 3, 5]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.multimode("aabbc"))
print(st.mean([1.5, 2.5, 3.5]), st.fmean([1, 2, 3, 4]), st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.pvariance([1.0, 2.0, 3.0]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
grades = {"ann": [90, 85, 77], "bob": [60, 75, 88, 92], "cy": [100]}
for name, g in grades.items():
    sd = st.stdev(g) if len(g) > 1 else 0.0
    print(f"{name:<4} mean={st.mean(g):7.2f} median={st.median(g):6.1f} sd={sd:6.3f}")
f = Fraction(3, 4) + Fraction(1, 6)
print(f, f.numerator, f.denominator, float(f), Fraction("0.125"), Fraction(1.5), Fraction(7, -21))
print(sum(Fraction(1, n) for n in range(1, 8)), Fraction(1, 3) * 3 == 1, Fraction(2, 3) < 0.7, Fraction(22, 7).limit_denominator(5))
print(repr(Fraction(5, 10)), Fraction(3, 2) ** 2, -Fraction(1, 2), abs(Fraction(-3, 4)), round(Fraction(7, 2)), int(Fraction(-7, 2)))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.median([Fraction(1), Fraction(3)]))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.linear_regression([1, 2, 3], [2, 4, 6.5]))
