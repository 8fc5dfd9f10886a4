def a():
    try:
        {}["x"]
    except KeyError:
        int("abc")
def b():
    a()
b()
