"""Basic statistics for numeric data: averages, spread, and relations between two
variables.

Results for int, Fraction and float data are computed from exact sums of fractions,
so they carry the digits CPython gives. Decimal data and NormalDist are not provided.
"""

import math
from collections import Counter, namedtuple
from fractions import Fraction
from bisect import bisect_left, bisect_right

__all__ = ["StatisticsError", "correlation", "covariance", "fmean", "geometric_mean",
           "harmonic_mean", "linear_regression", "mean", "median", "median_grouped",
           "median_high", "median_low", "mode", "multimode", "pstdev", "pvariance",
           "quantiles", "stdev", "variance"]


class StatisticsError(ValueError):
    pass


# --- exact arithmetic -------------------------------------------------------------

def _as_pair(x):
    # x as an exact (numerator, denominator); an infinite or NaN float gives
    # (x, None), and such values are then added up as floats.
    if type(x) is float and not math.isfinite(x):
        return x, None
    split = getattr(x, 'as_integer_ratio', None)
    if split is not None:
        try:
            return split()
        except (OverflowError, ValueError):
            return x, None
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _combine_types(acc, new):
    # The type a result over values of types acc and new is given in.
    if acc is new or new is int or new is bool:
        return acc
    if acc is int:
        return new
    if issubclass(new, acc):
        return new
    if issubclass(acc, new):
        return acc
    if issubclass(acc, int):
        return new
    if issubclass(new, int):
        return acc
    if issubclass(acc, Fraction) and issubclass(new, float):
        return new
    if issubclass(new, Fraction) and issubclass(acc, float):
        return acc
    raise TypeError(f"don't know how to coerce {acc.__name__} and {new.__name__}")


def _result_type(seen):
    kind = int
    for t in seen:
        kind = _combine_types(kind, t)
    return kind


class _ExactSum:
    # Running exact sums of the values and (optionally) of their squares, kept as
    # integer numerators per denominator so that no rounding ever happens.

    def __init__(self):
        self.count = 0
        self.types = set()
        self.plain = {}
        self.squares = {}
        self.special = None       # the float sum of inf/nan values, if any

    def add(self, x, with_square=False):
        self.types.add(type(x))
        top, bottom = _as_pair(x)
        self.count += 1
        if bottom is None:
            self.special = top if self.special is None else self.special + top
            return
        self.plain[bottom] = self.plain.get(bottom, 0) + top
        if with_square:
            self.squares[bottom] = self.squares.get(bottom, 0) + top * top

    def total(self):
        if self.special is not None:
            return self.special
        acc = 0
        for bottom, top in self.plain.items():
            acc = acc + Fraction(top, bottom)
        return acc

    def total_of_squares(self):
        acc = 0
        for bottom, top in self.squares.items():
            acc = acc + Fraction(top, bottom * bottom)
        return acc


def _summed(values):
    acc = _ExactSum()
    for x in values:
        acc.add(x)
    return _result_type(acc.types), acc.total(), acc.count


def _squared_deviations(data, centre):
    # (result type, exact sum of squared deviations, number of values); the
    # deviations are taken from centre, or from the exact mean when it is None.
    if centre is not None:
        return _summed((x - centre) * (x - centre) for x in data)
    acc = _ExactSum()
    for x in data:
        acc.add(x, True)
    kind = _result_type(acc.types)
    n = acc.count
    if n == 0:
        return kind, Fraction(0), 0
    if acc.special is not None:
        return kind, acc.special, n
    s1 = acc.total()
    return kind, (n * acc.total_of_squares() - s1 * s1) / n, n


def _in_type(value, kind):
    # An exact result handed back in the data's type; int data whose result is
    # not whole gives a float.
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    return kind(value)


def _sqrt_to_float(top, bottom):
    # sqrt(top / bottom) rounded once, correctly: take the integer square root of
    # the ratio scaled by 4**shift (enough to keep 58+ bits), make its last bit
    # sticky when the root is inexact, then let the single int division round.
    spread = top.bit_length() - bottom.bit_length()
    shift = max(0, 60 - spread // 2)
    scaled = top << (2 * shift)
    root = math.isqrt(scaled // bottom)
    if root * root * bottom != scaled:
        root |= 1
    return root / (1 << shift)


# --- averages ---------------------------------------------------------------------

def mean(data):
    """Arithmetic mean ("average") of data, in the data's type where possible."""
    kind, total, n = _summed(data)
    if n == 0:
        raise StatisticsError('mean requires at least one data point')
    return _in_type(total / n, kind)


def fmean(data, weights=None):
    """Fast floating point arithmetic mean, optionally weighted."""
    if weights is None:
        if not hasattr(data, '__len__'):
            data = list(data)
        n = len(data)
        total = math.fsum(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    if not hasattr(data, '__len__'):
        data = list(data)
    if not hasattr(weights, '__len__'):
        weights = list(weights)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    weight_sum = math.fsum(weights)
    if not weight_sum:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(data, weights)) / weight_sum


def geometric_mean(data):
    """Geometric mean of positive data, as a float."""
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _no_negatives(values, message):
    for v in values:
        if v < 0:
            raise StatisticsError(message)
        yield v


def harmonic_mean(data, weights=None):
    """Harmonic mean of non-negative data, optionally weighted."""
    negative = 'harmonic mean does not support negative values'
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        only = data[0]
        if not isinstance(only, (int, float, Fraction)):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is None:
        weights = [1] * n
        weight_sum = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight_sum = _summed(_no_negatives(weights, negative))[1]
    try:
        kind, total, _ = _summed(w / x if w else 0
                                 for w, x in zip(weights, _no_negatives(data, negative)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _in_type(weight_sum / total, kind)


def _sorted_or_fail(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError('no median for empty data')
    return ordered


def median(data):
    """Middle value of data; the mean of the two middle values for an even count."""
    ordered = _sorted_or_fail(data)
    half, odd = divmod(len(ordered), 2)
    if odd:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """The smaller of the two middle values for an even count."""
    ordered = _sorted_or_fail(data)
    return ordered[(len(ordered) - 1) // 2]


def median_high(data):
    """The larger of the two middle values for an even count."""
    ordered = _sorted_or_fail(data)
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1.0):
    """Median of data grouped in bins of width interval centred on the values."""
    ordered = _sorted_or_fail(data)
    n = len(ordered)
    middle = ordered[n // 2]
    try:
        lower_edge = float(middle) - float(interval) / 2
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    first = bisect_left(ordered, middle)
    past = bisect_right(ordered, middle, lo=first)
    return lower_edge + interval * (n / 2 - first) / (past - first)


def mode(data):
    """Most common value of discrete or nominal data (the first one met on a tie)."""
    top = Counter(iter(data)).most_common(1)
    if not top:
        raise StatisticsError('no mode for empty data')
    return top[0][0]


def multimode(data):
    """All the most common values, in the order first met."""
    tally = Counter(iter(data))
    if not tally:
        return []
    best = max(tally.values())
    return [value for value, seen in tally.items() if seen == best]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        span = size - 1
        cuts = []
        for i in range(1, n):
            pos, frac = divmod(i * span, n)
            cuts.append((ordered[pos] * (n - frac) + ordered[pos + 1] * frac) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        cuts = []
        for i in range(1, n):
            pos = min(max(i * span // n, 1), size - 1)
            frac = i * span - pos * n
            cuts.append((ordered[pos - 1] * (n - frac) + ordered[pos] * frac) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# --- spread -----------------------------------------------------------------------

def _spread(data, centre, fewest, name):
    kind, squares, n = _squared_deviations(data, centre)
    if n < fewest:
        plural = 'one data point' if fewest == 1 else 'two data points'
        raise StatisticsError(f'{name} requires at least {plural}')
    return kind, squares / (n - 1 if fewest == 2 else n)


def variance(data, xbar=None):
    """Sample variance of data (at least two values)."""
    kind, value = _spread(data, xbar, 2, 'variance')
    return _in_type(value, kind)


def pvariance(data, mu=None):
    """Population variance of data (at least one value)."""
    kind, value = _spread(data, mu, 1, 'pvariance')
    return _in_type(value, kind)


def stdev(data, xbar=None):
    """Sample standard deviation: the square root of the sample variance."""
    value = _spread(data, xbar, 2, 'stdev')[1]
    return _sqrt_to_float(value.numerator, value.denominator)


def pstdev(data, mu=None):
    """Population standard deviation: the square root of the population variance."""
    value = _spread(data, mu, 1, 'pstdev')[1]
    return _sqrt_to_float(value.numerator, value.denominator)


# --- two variables ----------------------------------------------------------------

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def _centred_sums(x, y, n):
    # (mean of x, mean of y, sum of products of deviations, sum of squared x deviations)
    mx = math.fsum(x) / n
    my = math.fsum(y) / n
    cross = math.fsum((a - mx) * (b - my) for a, b in zip(x, y))
    xx = math.fsum((a - mx) * (a - mx) for a in x)
    return mx, my, cross, xx


def covariance(x, y, /):
    """Sample covariance of two inputs of the same length."""
    n = _paired(x, y, 'covariance')
    return _centred_sums(x, y, n)[2] / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs of the same length."""
    n = _paired(x, y, 'correlation')
    mx, my, cross, xx = _centred_sums(x, y, n)
    yy = math.fsum((b - my) * (b - my) for b in y)
    try:
        return cross / math.sqrt(xx * yy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))
LinearRegression.__module__ = 'statistics'


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the ordinary least squares line through (x, y);
    with proportional=True the line goes through the origin."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        cross = math.fsum(a * b for a, b in zip(x, y))
        xx = math.fsum(a * a for a in x)
    else:
        mx, my, cross, xx = _centred_sums(x, y, n)
    try:
        slope = cross / xx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    return LinearRegression(slope=slope, intercept=0.0 if proportional else my - slope * mx)
