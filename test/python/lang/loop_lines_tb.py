def numbers():
    yield 1
    yield 1 / 0
def run(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        print(type(e).__name__, tb.tb_lineno)
def a():
    for n in numbers():
        print(n)
def b():
    for x, y in [(1, 2), (3,)]:
        print(x, y)
def c():
    total = 0
    for n in numbers():
        total += n
        yield total
run(a)
run(b)
run(lambda: list(c()))
def last():
    for n in numbers():
        print(n)
        pass
last()
