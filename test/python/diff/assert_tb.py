def mean(xs):
    assert len(xs) > 0, "mean of empty list"
    return sum(xs) / len(xs)
def check(v):
    assert isinstance(v, int)
print(mean([1, 2, 3]))
try:
    check("x")
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
print(mean([]))
