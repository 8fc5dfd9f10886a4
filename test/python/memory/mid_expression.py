# Objects held only mid-expression are never freed by a collection that runs
# while the expression is being evaluated.
import gc
import weakref

log = []


class A:
    def __init__(self, n):
        self.n = n

    def method(self, x):
        return self.n


def watch(obj, label):
    weakref.finalize(obj, log.append, label)
    return obj


def f(a, b):
    return a.n


def make(n):
    return watch(A(n), "fresh from a call")


print(f(watch(A(1), "first argument"), gc.collect()))
print(log)
gc.collect()
print(log)

x = [watch(A(2), "list item")] + [gc.collect()]
print(len(x), x[0].n, log[1:])
x = None
gc.collect()
print(log[1:])

print(f(make(3), gc.collect()), log[2:])
gc.collect()
print(log[2:])

print(watch(A(4), "receiver").method(gc.collect()), log[3:])
gc.collect()
print(log[3:])

s = watch("".join(["le", "ft"]), "left operand") + str(gc.collect() * 0)
print(s, log[4:])
s = None
gc.collect()
print(log[4:])

d = {watch(A(5), "dict key").n: watch(A(6), "dict value"), "other": gc.collect()}
print(sorted(d.keys(), key=str), log[5:])
d = None
gc.collect()
print(sorted(log[5:]))

t = (watch(A(7), "tuple item"), [gc.collect() for i in range(3)])
print(t[0].n, log[7:])
t = None
gc.collect()
print(log[7:])
