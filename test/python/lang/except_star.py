eg = ExceptionGroup("a", [ValueError(1), ValueError(2)])
print(eg.subgroup(ValueError) is eg, eg.subgroup(lambda x: True) is eg, eg.split(ValueError)[0] is eg)
eg.add_note("n")
s = eg.subgroup(lambda x: x.args[0] == 1)
print(s, s.__notes__, s.__notes__ is eg.__notes__)
print(eg.subgroup(KeyError), eg.split(KeyError))
try:
    eg.split(5)
except TypeError as x: print(x)
try:
    try:
        raise KeyError(5)
    except* KeyError:
        raise RuntimeError("x")
except BaseException as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise e
except BaseException as e:
    print(repr(e))
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except BaseException as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError(1)
    except* ValueError as e:
        import sys
        print(repr(sys.exception()), repr(e))
        raise ValueError(2)
except BaseException as e:
    print(repr(e))
def f():
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        pass
print(repr(ExceptionGroup("x", (ValueError(1),))), ExceptionGroup("x", (ValueError(1),)).args)
def handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        print("caught", repr(e))
    except* (TypeError, KeyError) as e:
        print("caught2", repr(e))
    except* OSError:
        print("os")
    else:
        print("not here")
    finally:
        print("finally")
    print("after", repr(e) if 'e' in dir() else "e unbound")
handled()
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        print("caught", repr(e))
    except* (TypeError, KeyError) as e:
        print("caught2", repr(e))
except ExceptionGroup as rest:
    print("rest", repr(rest))
try:
    raise KeyError(5)
except* KeyError as e:
    print("naked", repr(e))
try:
    try:
        raise KeyError(5)
    except* ValueError:
        pass
except KeyError as e:
    print("naked passes", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")
except ExceptionGroup as e:
    print("raised", repr(e), repr(e.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraise", repr(e))
try:
    pass
except* ValueError:
    pass
else:
    print("else runs")
for src in ["def f():\n  try:\n    pass\n  except* ValueError:\n    return 1\n",
            "for i in []:\n  try:\n    pass\n  except* ValueError:\n    break\n",
            "try:\n  pass\nexcept* ValueError:\n  for i in []: break\n",
            "try:\n  pass\nexcept ValueError:\n  pass\nexcept* TypeError:\n  pass\n",
            "try:\n  pass\nexcept*:\n  pass\n"]:
    try:
        exec(src)
        print("compiles")
    except SyntaxError as e:
        print(e.msg, e.lineno)
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    pass
