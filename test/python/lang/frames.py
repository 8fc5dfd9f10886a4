import sys, inspect
def f(a, b=2):
    c = a + b
    raise ValueError(c)
def g():
    x = "local of g"
    f(1)
try:
    g()
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb is not None:
        fr = tb.tb_frame
        co = fr.f_code
        print(tb.tb_lineno, fr.f_lineno, co.co_name, co.co_firstlineno, co.co_qualname, co.co_varnames, co.co_argcount)
        tb = tb.tb_next
    t = sys.exc_info()[2]
    print(t.tb_frame.f_globals is not None, t.tb_frame.f_globals['__name__'], 'e' in t.tb_frame.f_locals)
def h():
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_lineno, sorted(fr.f_locals), fr.f_back.f_code.co_name)
    print(sys._getframe(1).f_code.co_name, inspect.currentframe().f_code.co_name)
    print([fi.function for fi in inspect.stack()][:2], inspect.stack()[0].frame.f_code.co_name)
    return fr
fr = h()
print(fr.f_back is None or fr.f_back.f_code.co_name)
print(sys._getframe().f_back)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
def k():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[2].tb_frame.f_locals
print(sorted(k()))
e2 = ValueError("x")
try:
    raise ValueError("y")
except ValueError as e:
    e2 = e2.with_traceback(e.__traceback__)
print(e2.__traceback__.tb_lineno, e2.with_traceback(None).__traceback__)
