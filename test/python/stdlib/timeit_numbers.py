# timeit with a fake clock (deterministic results) and the numbers ABCs.
import timeit
import numbers
import fractions


class FakeClock:
    def __init__(self, step):
        self.now = 0.0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now


log = []
t = timeit.Timer('log.append(x)', setup='x = len(log)', timer=FakeClock(0.125), globals={'log': log})
print(t.timeit(3), log)
print(t.repeat(2, 2), log)
clock = FakeClock(0.0)
calls = []


def tick():
    calls.append(1)
    clock.now += 0.01


print(timeit.Timer(tick, timer=clock).autorange(lambda n, s: print('autorange', n, round(s, 6))), len(calls))
print(timeit.Timer(tick, timer=clock).autorange()[0])
print(timeit.timeit('pass', number=5, timer=FakeClock(1.0)),
      timeit.repeat('y = 1', 'z = 2', timer=FakeClock(0.5), repeat=3, number=4))
print(timeit.Timer(setup=lambda: log.append('setup'), timer=FakeClock(1)).timeit(2), log[-1])
for bad in [dict(stmt=3), dict(setup=None)]:
    try:
        timeit.Timer(**bad)
    except ValueError as e:
        print('ValueError:', e)
print(timeit.default_timer is __import__('time').perf_counter, timeit.default_number, timeit.default_repeat)
print(isinstance(timeit.timeit('1 + 1', number=10), float))

for v in [1, True, 2.5, fractions.Fraction(1, 3), 'x', None]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                                numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number))


# The mixin methods, called on builtin values (a concrete subclass would have to define
# every abstract method first).
print(numbers.Real.__divmod__(7, 2), numbers.Real.__rdivmod__(7, 17), numbers.Real.conjugate(2.5))
print(numbers.Real.real.fget(4.5), numbers.Real.imag.fget(4.5), numbers.Complex.__bool__(0))
print(numbers.Rational.__float__(fractions.Fraction(1, 4)), numbers.Integral.__float__(3))
print(numbers.Integral.__index__(True), numbers.Integral.numerator.fget(6), numbers.Integral.denominator.fget(6))
print(numbers.Number.__hash__, hash(numbers.Integral) == hash(numbers.Integral), numbers.Number.__slots__)
import io


def boom():
    raise KeyError('timed')


buf = io.StringIO()
try:
    timeit.Timer(boom).timeit(1)
except KeyError:
    timeit.Timer().print_exc(file=buf)
print(repr(buf.getvalue().splitlines()[-1]))
