# Stdlib classes CPython implements in C print their dotted C name in error
# messages ('datetime.date'), while __name__ stays short; a Python subclass prints
# its own plain name.
import array
import collections
import datetime
import decimal
import functools


def show(label, f):
    try:
        f()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__, e)


class MyDate(datetime.date):
    pass


class MyDecimal(decimal.Decimal):
    pass


d = datetime.date(2020, 1, 2)
dt = datetime.datetime(2020, 1, 2, 3, 4)
td = datetime.timedelta(days=1)
x = decimal.Decimal("1.5")
mine = MyDate(2020, 1, 2)
mx = MyDecimal("2")

print(datetime.date.__name__, datetime.date.__qualname__, repr(datetime.date))
print(decimal.Decimal.__name__, decimal.Decimal.__qualname__, repr(decimal.Decimal))
print(MyDate.__name__, MyDate.__qualname__)
print("__heapscope_tp_name__" in datetime.date.__dict__, hasattr(d, "__heapscope_tp_name__"))

show("date + int", lambda: d + 1)
show("int - date", lambda: 1 - d)
show("datetime - int", lambda: dt - 1)
show("timedelta + str", lambda: td + "a")
show("timezone + str", lambda: datetime.timezone.utc + "a")
show("date < int", lambda: d < 1)
show("date attr", lambda: d.nope)
show("date call", lambda: d())
show("date len", lambda: len(d))
show("date iter", lambda: iter(d))
show("date index", lambda: d[0])
show("date store", lambda: d.__setitem__)
show("neg date", lambda: -d)
show("int(date)", lambda: int(d))
show("float(date)", lambda: float(d))
show("date class subscript", lambda: datetime.date[0])
show("star date", lambda: print(*d))

show("Decimal < str", lambda: x < "a")
show("str >= Decimal", lambda: "a" >= x)
show("Decimal + str", lambda: x + "a")
show("Decimal attr", lambda: x.nope)
show("Decimal call", lambda: x())
show("Decimal range", lambda: range(x))
show("Context attr", lambda: decimal.getcontext().nope)

show("subclass date + int", lambda: mine + 1)
show("subclass date < str", lambda: mine < "a")
show("subclass date attr", lambda: mine.nope)
show("subclass Decimal < str", lambda: mx < "a")
show("subclass Decimal attr", lambda: mx.nope)
show("subclass Decimal call", lambda: mx())

show("deque hash", lambda: hash(collections.deque()))
show("deque < int", lambda: collections.deque() < 1)
show("defaultdict - int", lambda: collections.defaultdict() - 1)
show("OrderedDict - int", lambda: collections.OrderedDict() - 1)
show("Counter + int", lambda: collections.Counter() + 1)
show("partial + int", lambda: functools.partial(print) + 1)
show("array < int", lambda: array.array("i") < 1)

show("list[date]", lambda: [1][d])
show("str[date]", lambda: "abc"[d])
show("range[date]", lambda: range(3)[d])
show("abs(date)", lambda: abs(d))
show("round(date)", lambda: round(d))
show("divmod(date, 1)", lambda: divmod(d, 1))
show("hex(date)", lambda: hex(d))
show("chr(date)", lambda: chr(d))
show("list[subclass date]", lambda: [1][mine])
