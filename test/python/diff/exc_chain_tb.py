class ConfigError(Exception):
    pass

def load(cfg, key):
    try:
        return int(cfg[key])
    except KeyError as e:
        raise ConfigError(f"missing key {key!r}") from e
    except ValueError:
        raise ConfigError(f"bad value for {key!r}")

cfg = {"port": "80x"}
try:
    load(cfg, "host")
except ConfigError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))
try:
    load(cfg, "port")
except ConfigError as e:
    print("caught:", e, "| context:", repr(e.__context__), e.__cause__)

def parse(s):
    try:
        return float(s)
    except ValueError:
        raise TypeError("not a number") from None

try:
    parse("abc")
except TypeError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)

def outer():
    try:
        load(cfg, "port")
    finally:
        print("outer finally")

outer()
