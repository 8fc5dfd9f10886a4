# UserString, UserList, UserDict and ChainMap: forwarding, rewrapping, keywords, errors.
import copy
from collections import ChainMap, UserDict, UserList, UserString, defaultdict


class S(UserString):
    pass


s = S("  Hello, World  ")
for name in ("strip", "lower", "upper", "title", "swapcase", "casefold", "capitalize"):
    r = getattr(s, name)()
    print(name, type(r).__name__, repr(r))
print(s.center(width=20, *()), s.ljust(18, "*"), s.rjust(18, "-"), s.zfill(20))
print(s.split(sep=","), s.rsplit(maxsplit=1), s.splitlines(keepends=True), s.partition(","))
print(s.find(S("o")), s.rfind("o"), s.count(UserString("l")), s.index("W"), s.rindex("o"))
print(s.startswith("  H"), s.endswith("  ", 0, 100), s.isalpha(), S("abc").isalpha(), S("12").isdigit())
print(s.replace(S("l"), UserString("L"), 2), s.removeprefix(S("  ")), s.removesuffix("  "))
print(S("a{}b").format(1), S("{x}").format_map({"x": 2}), S("-").join("abc"), S("a\tb").expandtabs(tabsize=4))
print(S("abc").translate(S.maketrans("a", "A")), S("x").encode(), S("x").encode(encoding="ascii"))
print(S("ab") + "c", "z" + S("ab"), S("ab") + S("c"), S("ab") * 2, 3 * S("a"), S("%s!") % "x", type(S("ab") + 5).__name__)
print(S("b") > "a", S("b") <= S("b"), S("a") == S("a"), "a" in S("abc"), S("b") in S("abc"), hash(S("q")) == hash("q"))
print(int(S("12")), float(S("1.5")), str(S("s")), S("abc")[1], type(S("abc")[::-1]).__name__, S(S("w")), S(42))
print(list(reversed(S("abc"))), S("aXa").count("a", 1), S("x").__getnewargs__())
try:
    S("abc").index("z")
except ValueError as e:
    print("ValueError", e)
try:
    S("a") < 3
except TypeError as e:
    print("TypeError", e)
try:
    S("a").center()
except TypeError as e:
    print("TypeError", type(e).__name__)


class L(UserList):
    pass


ul = L([3, 1, 2])
ul.sort(reverse=True)
print(ul, type(ul).__name__)
ul.append(0); ul.insert(0, 9); ul.extend(L([7])); ul.extend((8,))
print(ul, ul.pop(), ul.pop(0), ul.count(1), ul.index(1), ul.index(2, 0, 5))
ul.remove(3); ul.reverse()
print(ul, len(ul), 7 in ul, ul[0], ul[-1], type(ul[:2]).__name__, ul[:2])
print(ul + [1], [1] + ul, ul + (5,), (5,) + ul if False else None, ul * 2, 2 * ul, type(ul + [1]).__name__)
ul2 = L(ul); ul2 += (4,); ul2 *= 2
print(ul2, ul, ul < ul2, ul == list(ul), ul != [0], ul >= L([]), ul.copy(), type(ul.copy()).__name__)
ul3 = copy.copy(ul); ul3.append(100)
print(ul, ul3, UserList(), UserList("ab"))
ul.clear(); print(ul, bool(ul))
try:
    ul.pop()
except IndexError as e:
    print("IndexError", e)
try:
    L([1]) < 3
except TypeError as e:
    print("TypeError", e)
try:
    hash(L())
except TypeError as e:
    print("TypeError", e)
ul = UserList([1, 2]); ul[0] = 5; del ul[1]; print(ul)


class DD(UserDict):
    pass


d = DD({"a": 1}, b=2)
print(d, d | {"c": 3}, {"z": 0} | d, type(d | {"c": 3}).__name__, d | UserDict(q=1))
d |= UserDict(x=9); d |= {"y": 8}
print(d, d.get("a"), d.get("nope"), d.get("nope", 5), DD.fromkeys("ab", 0), len(d))
c = d.copy(); c["new"] = 1
print(type(c).__name__, c, d, copy.copy(d) == d, d.pop("x"), d.setdefault("k", 3), d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
del d["k"]; print(list(d), list(d.items()), UserDict(), UserDict(None), UserDict({}, a=1))

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm.pop("a"), cm, cm.pop("zz", "dflt"), cm.popitem() if cm.maps[0] else "empty")
for op in (lambda: cm.pop("b"), lambda: cm.popitem(), lambda: cm.__delitem__("b")):
    try:
        op()
    except KeyError as e:
        print("KeyError", e, type(e.__context__).__name__)
print(bool(ChainMap()), bool(ChainMap({}, {1: 2})), ChainMap.fromkeys("ab", 1), ChainMap.fromkeys("x"))
dd = defaultdict(int)
cm = ChainMap(dd, {"z": 5})
print(cm["nothere"], dict(dd), cm["z"])
cm2 = cm.new_child(); cm3 = cm.new_child({"m": 1}, n=2); cm4 = cm.new_child(k=1)
print(cm2.maps[0], cm3.maps[0], cm4.maps[0], cm3.parents, copy.copy(cm3).maps[0] is cm3.maps[0])
r = ChainMap({"x": 1}); r.maps.append(r); print(r)
print({"q": 1} | ChainMap({"a": 1}, {"b": 2}), ChainMap({"a": 1}) | {"a": 9})
cm = ChainMap({"a": 1}); cm |= {"b": 2}; cm.clear(); print(cm, len(cm), list(ChainMap({1: 1}, {2: 2, 1: 0})))
import inspect
for f in (UserString.center, UserString.count, UserString.removeprefix, UserString.format, UserList.sort, UserList.insert, UserString.encode):
    print(f.__qualname__, inspect.signature(f))
print(UserString.maketrans is str.maketrans, sorted(UserList.__abstractmethods__))
