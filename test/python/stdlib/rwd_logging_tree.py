# logging: the logger tree, filters, adapters, format styles, basicConfig checks
import logging, io

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(name)s/%(levelname)s/%(message)s"))

# a child created before its parent is re-parented when the parent appears
deep = logging.getLogger("t1.a.b")
print(deep.parent is logging.getLogger(), deep.parent.name)
mid = logging.getLogger("t1.a")
print(deep.parent is mid, mid.parent.name)
top = logging.getLogger("t1")
print(mid.parent is top, deep.parent is mid, top.getChild("a.b") is deep)
print(type(logging.Logger.manager.loggerDict.get("t1")).__name__)

top.addHandler(h)
top.setLevel("INFO")
top.propagate = False
deep.info("hello %s and %s", "x", 3)
deep.debug("hidden")
print(deep.getEffectiveLevel(), deep.hasHandlers(), logging.getLogger("zz").hasHandlers())

# filters: a Filter by name, a plain callable, a callable that rewrites
h.addFilter(logging.Filter("t1.a"))
logging.getLogger("t1.other").warning("dropped by name filter")
logging.getLogger("t1.ab").warning("dropped: not a child")
mid.warning("kept")
def no_secrets(rec):
    return "secret" not in rec.getMessage()
h.addFilter(no_secrets)
h.addFilter(no_secrets)
print(len(h.filters))
deep.warning("a secret")
deep.warning("public")
h.removeFilter(no_secrets)
deep.warning("a secret again")
print(logging.Filter("").filter(logging.makeLogRecord({"name": "q"})))

# adapter and extra
ad = logging.LoggerAdapter(deep, {"user": "ann"})
h2 = logging.StreamHandler(out)
h2.setFormatter(logging.Formatter("[%(user)s] %(message)s"))
deep.addHandler(h2)
ad.warning("adapted %d", 7)
ad.info("also adapted")
ad.debug("not shown")
print(ad.isEnabledFor(logging.INFO), ad.getEffectiveLevel(), ad.hasHandlers())
deep.removeHandler(h2)
try:
    deep.warning("x", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
try:
    deep.warning("x", extra={"name": 1})
except KeyError as e:
    print("KeyError", e)

# styles
for style, fmt in (("{", "{levelname}-{name}-{message}"), ("$", "${levelname}+$name+${message}")):
    h.setFormatter(logging.Formatter(fmt, style=style))
    mid.error("styled %s", style)
h.setFormatter(logging.Formatter("%(message)s %(missing)s", defaults={"missing": "dflt"}))
mid.error("defaults")
try:
    logging.Formatter(style="x")
except ValueError as e:
    print("ValueError", e)
f = logging.Formatter("%(nope)s")
try:
    f.format(logging.makeLogRecord({"msg": "m"}))
except ValueError as e:
    print("ValueError", e)
print(f.usesTime(), logging.Formatter("%(asctime)s").usesTime(), logging.Formatter("{asctime}", style="{").usesTime(), logging.Formatter("$asctime", style="$").usesTime())

# exc_info forms
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
err = ValueError("bad")
mid.error("with exc", exc_info=err)
mid.log(logging.ERROR, "no exc", exc_info=False)
try:
    mid.log("ERROR", "str level")
except TypeError as e:
    print("TypeError", e)
print(out.getvalue())

# levels
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(26), logging.getLevelName("nope"))
print(sorted(logging.getLevelNamesMapping().items()))
for bad in ("LOUD", 2.5):
    try:
        logging.getLogger("t2").setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(h), repr(logging.NullHandler()), repr(logging.Handler(logging.ERROR)), repr(logging.getLogger("t2")))
rec = logging.LogRecord("n", 20, "/a/b/file.py", 3, "m %s", ("z",), None)
print(rec.filename, rec.module, rec.getMessage(), rec.levelname, repr(rec))

# basicConfig argument checks
for kw in ({"stream": out, "filename": "f"}, {"handlers": [h], "stream": out}, {"bogus": 1}, {"style": "?"}):
    try:
        logging.basicConfig(force=True, **kw)
    except ValueError as e:
        print("ValueError", e)
logging.root.handlers.clear()
buf = io.StringIO()
logging.basicConfig(stream=buf, style="{", level="DEBUG")
logging.debug("dbg %s", 1)
logging.basicConfig(stream=io.StringIO(), format="IGNORED")
logging.log(logging.INFO, "via log")
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("boom")
print(buf.getvalue().splitlines()[:3], buf.getvalue().splitlines()[-1])
