# A list or tuple subclass that overrides __iter__ is iterated through it everywhere.
class Evens(tuple):
    def __iter__(self):
        return (v for v in tuple.__iter__(self) if v % 2 == 0)

class Upper(list):
    def __iter__(self):
        for v in list.__iter__(self):
            yield v.upper()

class Plain(tuple):
    pass

e = Evens((1, 2, 3, 4))
u = Upper(["a", "b"])
print(list(e), tuple(e), [*e], (*e,), sorted(e, reverse=True), len(e), e[0])
print(list(u), tuple(u), [*u], "-".join(u), ",".join(Upper(["x"])), sum(Evens((2, 3, 10))))
acc = [0]
acc.extend(e)
acc += u
print(acc)
box = [None] * 3
box[1:2] = e
print(box)
first, second = Evens((5, 6, 7, 8))
print(first, second)
def show(*args):
    return args
print(show(*e), show(*u))
print(list(Plain((1, 2))), [*Plain((3,))], "".join(Plain(("p", "q"))))
q, r = Plain(("q", "r"))
print(q, r)
