"""Pseudo-random numbers from the Mersenne Twister.

The generator core is the native `_random` module (MT19937, bit-for-bit CPython's);
this module builds the distributions on it with the same consumption of random bits
as CPython 3.11, so a program seeded with an int sees CPython's numbers.

heapscope differences: without seed() (or with seed(None)) the generator starts from
seed 0, so runs are reproducible; str and bytes seeds give other numbers than CPython.
No SystemRandom, randbytes, betavariate, gammavariate, vonmisesvariate,
paretovariate, weibullvariate or binomialvariate.
"""

import math as _m
from _random import Random as _Twister

__all__ = ["Random", "seed", "random", "uniform", "randint", "choice", "sample",
           "randrange", "shuffle", "normalvariate", "lognormvariate",
           "expovariate", "triangular", "gauss", "choices", "getrandbits",
           "getstate", "setstate"]

# Constants of the documented algorithms (also public names in CPython's module).
NV_MAGICCONST = 4 * _m.exp(-0.5) / _m.sqrt(2.0)   # Kinderman-Monahan ratio bound
TWOPI = 2.0 * _m.pi
LOG4 = _m.log(4.0)
SG_MAGICCONST = 1.0 + _m.log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

_SEEDABLE = (type(None), int, float, str, bytes, bytearray)
_PLAIN_SEQUENCES = (list, tuple, str, range, bytes, bytearray)


def _is_sequence(obj):
    if isinstance(obj, _PLAIN_SEQUENCES):
        return True
    from collections.abc import Sequence
    return isinstance(obj, Sequence)


def _whole(value, which):
    # An int argument of randrange; integral floats are still accepted (with the
    # deprecation warning CPython 3.11 gives), other floats are an error.
    try:
        return value.__index__()
    except AttributeError:
        pass
    as_int = int(value)
    import warnings
    if as_int != value:
        warnings.warn('randrange() will raise TypeError in the future', DeprecationWarning, 3)
        raise ValueError(f'non-integer {which} for randrange()')
    warnings.warn('non-integer arguments to randrange() have been deprecated since Python 3.10 '
                  'and will be removed in a subsequent version', DeprecationWarning, 3)
    return as_int


def _running_totals(values):
    out = []
    acc = None
    for v in values:
        acc = v if acc is None else acc + v
        out.append(acc)
    return out


def _first_above(totals, x, hi):
    # The first index i < hi with x < totals[i] (hi when there is none).
    lo = 0
    while lo < hi:
        mid = (lo + hi) // 2
        if x < totals[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


class Random:
    """A random number generator with its own state (seedable, savable)."""

    VERSION = 3

    def __init__(self, x=None):
        self._core = _Twister(x)
        self.gauss_next = None

    # -- state ----------------------------------------------------------------------

    def seed(self, a=None, version=2):
        """Start the sequence again from seed a (an int, float, str or bytes)."""
        if not isinstance(a, _SEEDABLE):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        if isinstance(a, (bytes, bytearray)):
            a = a.decode('latin-1')     # hashed like text (see the module docstring)
        self._core.seed(a)
        self.gauss_next = None

    def getstate(self):
        """The generator's state, for setstate()."""
        return (self.VERSION, self._core.getstate(), self.gauss_next)

    def setstate(self, state):
        """Restore a state returned by getstate()."""
        version = state[0]
        if version == 3:
            _, words, self.gauss_next = state
        elif version == 2:
            _, words, self.gauss_next = state
            words = tuple(w % 4294967296 for w in words)
        else:
            raise ValueError(f'state with version {version} passed to '
                             f'Random.setstate() of version {self.VERSION}')
        self._core.setstate(words)

    # -- the two primitives ---------------------------------------------------------

    def random(self):
        """A float in [0.0, 1.0) with 53 random bits."""
        return self._core.random()

    def getrandbits(self, k):
        """An int with k random bits."""
        return self._core.getrandbits(k)

    def _randbelow(self, n):
        # A uniform int in [0, n): the native core draws n.bit_length() bits until
        # the value is below n (rejection sampling, as CPython).
        return self._core.randbelow(n)

    def _below_from_bits(self, n):
        # The same rejection sampling over a subclass's own getrandbits().
        width = n.bit_length()
        while True:
            r = self.getrandbits(width)
            if r < n:
                return r

    def _below_from_floats(self, n):
        # For a subclass that supplies only random(): reject the floats whose
        # 53-bit integer would make the modulo uneven.
        full = 1 << BPF
        if n >= full:
            import warnings
            warnings.warn('Underlying random() generator does not supply \n'
                          'enough bits to choose from a population range this large.\n'
                          'To remove the range limitation, add a getrandbits() method.')
            return _m.floor(self.random() * n)
        if n == 0:
            return 0
        cutoff = (full - full % n) / full
        while True:
            r = self.random()
            if r < cutoff:
                return _m.floor(r * full) % n

    def __init_subclass__(cls, /, **kwargs):
        # Like CPython, a subclass that overrides getrandbits() or only random()
        # gets its integers from the generator it overrides.
        super().__init_subclass__(**kwargs)
        for klass in cls.__mro__:
            if klass is Random or '_randbelow' in klass.__dict__:
                break
            if 'getrandbits' in klass.__dict__:
                cls._randbelow = Random._below_from_bits
                break
            if 'random' in klass.__dict__:
                cls._randbelow = Random._below_from_floats
                break

    # -- integers and sequences ------------------------------------------------------

    def randrange(self, start, stop=None, step=1):
        """A random member of range(start, stop, step)."""
        first = _whole(start, 'arg 1')
        if stop is None:
            if step != 1 or type(step) is not int:
                raise TypeError('Missing a non-None stop argument')
            if first > 0:
                return self._randbelow(first)
            raise ValueError('empty range for randrange()')
        last = _whole(stop, 'stop')
        span = last - first
        stride = _whole(step, 'step')
        if stride == 1:
            if span > 0:
                return first + self._randbelow(span)
            raise ValueError(f'empty range for randrange() ({first}, {last}, {span})')
        if stride == 0:
            raise ValueError('zero step for randrange()')
        if stride > 0:
            count = (span + stride - 1) // stride
        else:
            count = (span + stride + 1) // stride
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """A random element of the non-empty sequence seq."""
        size = len(seq)
        if size == 0:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffle the list x in place (Fisher-Yates, from the end)."""
        pick = self._randbelow
        i = len(x) - 1
        while i > 0:
            j = pick(i + 1)
            x[i], x[j] = x[j], x[i]
            i -= 1

    def sample(self, population, k, *, counts=None):
        """k distinct elements chosen from the sequence population (with counts=,
        each element repeated that many times)."""
        if not _is_sequence(population):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        size = len(population)
        if counts is not None:
            bounds = _running_totals(counts)
            if len(bounds) != size:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            return [population[_first_above(bounds, pos, len(bounds))]
                    for pos in self.sample(range(total), k=k)]
        if not 0 <= k <= size:
            raise ValueError('Sample larger than population or is negative')
        pick = self._randbelow
        # CPython's choice of method (which decides the bits drawn): a pool copy
        # when it is no bigger than the set of picked indexes would be.
        threshold = 21
        if k > 5:
            threshold += 4 ** _m.ceil(_m.log(k * 3, 4))
        chosen = []
        if size <= threshold:
            pool = list(population)
            for left in range(size, size - k, -1):
                at = pick(left)
                chosen.append(pool[at])
                pool[at] = pool[left - 1]
            return chosen
        taken = set()
        while len(chosen) < k:
            at = pick(size)
            if at not in taken:
                taken.add(at)
                chosen.append(population[at])
        return chosen

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements chosen with replacement, optionally weighted."""
        draw = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[_m.floor(draw() * scale)] for _ in range(k)]
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f'The number of choices must be a keyword argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _m.isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = size - 1
        return [population[_first_above(cum_weights, draw() * total, last)] for _ in range(k)]

    # -- real-valued distributions ----------------------------------------------------

    def uniform(self, a, b):
        """A float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (default: the middle)."""
        u = self.random()
        try:
            peak = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u <= peak:
            return low + (high - low) * _m.sqrt(u * peak)
        return high + (low - high) * _m.sqrt((1.0 - u) * (1.0 - peak))

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        draw = self.random
        while True:
            u1 = draw()
            u2 = 1.0 - draw()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_m.log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by the Box-Muller transform; values come in pairs,
        the second kept for the next call."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _m.sqrt(-2.0 * _m.log(1.0 - self.random()))
            z = _m.cos(angle) * radius
            self.gauss_next = _m.sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: exp of a normal variate."""
        return _m.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd."""
        return -_m.log(1.0 - self.random()) / lambd


_shared = Random()
seed = _shared.seed
random = _shared.random
uniform = _shared.uniform
triangular = _shared.triangular
randint = _shared.randint
choice = _shared.choice
randrange = _shared.randrange
sample = _shared.sample
shuffle = _shared.shuffle
choices = _shared.choices
normalvariate = _shared.normalvariate
lognormvariate = _shared.lognormvariate
expovariate = _shared.expovariate
gauss = _shared.gauss
getstate = _shared.getstate
setstate = _shared.setstate
getrandbits = _shared.getrandbits
