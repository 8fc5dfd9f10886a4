# A hidden slot (a `for`/`async for` iterator, a `with` manager, a `match` subject, an
# awaited object) keeps nothing alive once an exception leaves its statement, even when
# the exception is caught in the same frame. .exp from CPython 3.11 (make-exp.py): every
# report runs gc.collect() first, so refcounting and our collector agree.
import gc
import weakref


class Bag:
    def __init__(self, name, n):
        self.name = name
        self.items = list(range(n))

    def __iter__(self):
        # A generator: its suspended frame holds the bag.
        for x in self.items:
            yield x


class It:
    """An iterator of its own, so a weakref to the iterator itself works."""
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


freed = []


def gone(name):
    freed.append(name)


def report(where):
    # Printed after gc.collect(): CPython frees at once, heapscope at the collection.
    gc.collect()
    print(where, "->", sorted(freed))
    freed.clear()


def plain_raise():
    it = It(5)
    r = weakref.ref(it)
    weakref.finalize(it, gone, "plain iterator")
    try:
        for x in it:
            if x == 2:
                del it
                raise ValueError(x)
    except ValueError as e:
        print("caught", e)
    report("after except")
    print("ref:", r())
    return "end"


print("plain function")
print(plain_raise())


def nested_loops():
    a = It(3)
    weakref.finalize(a, gone, "outer iterator")
    try:
        for x in a:
            del a
            b = It(3)
            weakref.finalize(b, gone, "inner iterator")
            for y in b:
                del b
                raise KeyError(x + y)
    except KeyError as e:
        print("caught", e)
    report("after except")


print("nested loops")
nested_loops()


def iterable_raise():
    bag = Bag("bag", 4)
    weakref.finalize(bag, gone, "bag")
    try:
        for x in bag:
            del bag
            raise RuntimeError("stop")
    except RuntimeError:
        pass
    report("after except")


print("iterable held by its iterator")
iterable_raise()


def gen():
    it = It(4)
    weakref.finalize(it, gone, "generator's iterator")
    try:
        for x in it:
            del it
            yield x
            raise ValueError("in generator")
    except ValueError:
        pass
    report("after except")
    yield "after report"


print("generator")
for v in gen():
    print(" ", v)


def callee_raises(it):
    for x in it:
        raise IndexError(x)


def caller():
    it = It(3)
    weakref.finalize(it, gone, "callee's iterator")
    try:
        callee_raises(it)
    except IndexError:
        pass
    del it
    report("after callee")


print("exception from a callee's loop")
caller()


def break_and_return():
    it = It(3)
    weakref.finalize(it, gone, "break iterator")
    for x in it:
        del it
        break
    report("after break")


print("break")
break_and_return()


def in_with():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return True

    cm = CM()
    weakref.finalize(cm, gone, "context manager")
    it = It(3)
    weakref.finalize(it, gone, "with-body iterator")
    with cm:
        del cm
        for x in it:
            del it
            raise ValueError
    report("after with")


print("with suppressing the exception")
in_with()


def comprehension():
    it = It(3)
    weakref.finalize(it, gone, "comprehension iterator")
    try:
        [1 // (x - 2) for x in it]
    except ZeroDivisionError:
        pass
    del it
    report("after comprehension")


print("comprehension")
comprehension()


def finally_sees_it_gone():
    it = It(3)
    weakref.finalize(it, gone, "iterator before finally")
    try:
        try:
            for x in it:
                del it
                raise ValueError
        finally:
            report("in finally")
    except ValueError:
        pass


print("finally while the exception is pending")
finally_sees_it_gone()


def while_in_generator():
    n = 0
    while True:
        it = It(2)
        weakref.finalize(it, gone, "iterator %d" % n)
        try:
            for x in it:
                del it
                raise ValueError
        except ValueError:
            report("generator round %d" % n)
        yield n
        n += 1
        if n == 2:
            return


print("loop in a generator's while")
for n in while_in_generator():
    pass


class Failing:
    def __enter__(self):
        raise OSError("enter")

    def __exit__(self, *a):
        return False


def with_enter_raises():
    cm = Failing()
    weakref.finalize(cm, gone, "manager whose __enter__ raised")
    try:
        with cm:
            pass
    except OSError:
        del cm
    report("after failed with")


print("with whose __enter__ raises")
with_enter_raises()


def match_guard_raises():
    subject = It(1)
    weakref.finalize(subject, gone, "match subject")
    try:
        match subject:
            case It() if 1 // 0:
                pass
    except ZeroDivisionError:
        del subject
    report("after match")


print("match whose guard raises")
match_guard_raises()


class AIt:
    def __init__(self):
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        return self.i


async def fails():
    raise KeyError("awaited")


async def main():
    ait = AIt()
    weakref.finalize(ait, gone, "async iterator")
    try:
        async for x in ait:
            del ait
            raise ValueError
    except ValueError:
        pass
    report("after async for")
    coro = fails()
    weakref.finalize(coro, gone, "awaited coroutine")
    try:
        await coro
    except KeyError:
        del coro
    report("after await")


def run(coro):
    try:
        coro.send(None)
    except StopIteration:
        pass


print("coroutines")
run(main())


print("module level")
mit = It(3)
weakref.finalize(mit, gone, "module iterator")
try:
    for mx in mit:
        del mit
        raise ValueError
except ValueError:
    pass
report("after module loop")
