# warnings: each filter action, the filter fields, and the error messages of the API
import warnings, sys, io

def emit(text, cat=UserWarning):
    warnings.warn(text, cat)

def shown(action, **kw):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action, **kw)
        for i in range(2):
            emit("same")
            emit("same")
            warnings.warn("other line")
        warnings.warn("same")
    return [str(m.message) for m in log]

for action in ("always", "default", "module", "once", "ignore"):
    print(action, shown(action))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="KEEP", category=RuntimeWarning)
    warnings.warn("keep this", RuntimeWarning)
    warnings.warn("keep this", UserWarning)
    warnings.warn("drop", RuntimeWarning)
    warnings.filterwarnings("always", module="__main__", lineno=27)
    warnings.warn("by line")
    warnings.warn("by line, other")
    warnings.filterwarnings("always", module="nomatch")
    warnings.warn("module mismatch")
    warnings.simplefilter("error", DeprecationWarning, append=True)
    print(warnings.filters[-1][0], warnings.filters[-1][2].__name__)
    warnings.warn(UserWarning("instance given"))
print([(str(m.message), m.category.__name__, m.lineno) for m in log])
print(str(log[0]).replace(log[0].filename, "FILE"))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("as error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
    try:
        warnings.warn_explicit("explicit", UserWarning, "mod.py", 3)
    except UserWarning as e:
        print("raised", e)

buf = io.StringIO()
warnings.showwarning("shown msg", UserWarning, "f.py", 12, buf, "  source line  ")
warnings.showwarning("no line", UserWarning, "f.py", 12, buf, "")
print(repr(buf.getvalue()))
print(repr(warnings.formatwarning("fmt", DeprecationWarning, "g.py", 4, "x = 1")))

for call in (lambda: warnings.simplefilter("loud"),
             lambda: warnings.filterwarnings("ignore", message=3),
             lambda: warnings.filterwarnings("ignore", category=int),
             lambda: warnings.filterwarnings("ignore", module=None),
             lambda: warnings.filterwarnings("ignore", lineno=-1),
             lambda: warnings.warn("x", category=5)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)
with warnings.catch_warnings(record=True, action="always") as log:
    warnings.warn("w1"); warnings.warn("w1")
print(len(log))
wm = warnings.WarningMessage("m", UserWarning, "f", 1)
print(str(wm))
