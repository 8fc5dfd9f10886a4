import statistics as st
from statistics import StatisticsError
from fractions import Fraction

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data))
print(st.mode(data), st.multimode("aabbbccc"), st.multimode([]), st.mode(["red", "blue", "red"]))
print(st.pvariance(data), st.pstdev(data), st.variance(data), st.stdev(data))
print(st.mean([1, 2, 3, 4]), st.mean([1.5, 2.5, 3.5]), st.mean([Fraction(1, 2), Fraction(1, 3)]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([3.5, 1.0]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), st.pvariance([1, 2, 3, 4, 5, 6]))
print(st.stdev([10, 12, 23, 23, 16, 23, 21, 16]), st.pstdev([1, 1, 1]), st.variance([2, 2]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 101), n=10))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=4, method="inclusive"))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.fmean([3.5, 4.0, 5.25]))
print(st.mean(x * 0.1 for x in range(10)), st.mean(iter([1, 2])), round(st.stdev(range(20)), 6))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.linear_regression(x, [2 * v + 1 for v in x]))
print(st.mean([True, False, True]), type(st.mean([1, 2])).__name__, type(st.mean([1, 3])).__name__)
for bad in [lambda: st.mean([]), lambda: st.median([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.mode([]), lambda: st.pvariance([])]:
    try:
        bad()
    except StatisticsError as e:
        print("StatisticsError:", e)
print(issubclass(StatisticsError, ValueError))
scores = {"ann": [88, 92, 79], "bob": [75, 80, 85, 90]}
for name, s in scores.items():
    print(f"{name}: mean={st.mean(s):.2f} median={st.median(s)} stdev={st.stdev(s):.3f}")
