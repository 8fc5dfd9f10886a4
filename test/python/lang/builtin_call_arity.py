# Wrong argument counts to builtins raise TypeError with CPython's wording.
calls = ["round(1, 2, 3)", "round()", "pow(1)", "pow()", "sum()", "sum([], 0, 1)", "vars(1, 2)", "dir(1, 2)",
         "globals(1)", "locals(1, 2)", "str(1, 2, 3, 4)", "enumerate()", "zip([], x=2)",
         "reversed()", "reversed([], [])", "reversed(x=[])", "super(int, 1, 2)", "property(1, 2, 3, 4, 5)"]
for c in calls:
    try:
        eval(c)
        print(c, "-> no error")
    except TypeError as e:
        print(c, "->", e)
print(round(2.5, None), pow(2, 5), sum([1, 2], 3), list(reversed((1, 2))), property(None, None, None, "doc").__doc__)
