from dataclasses import dataclass, field, fields, Field, KW_ONLY, InitVar, MISSING, replace, asdict, astuple, is_dataclass
import dataclasses
from collections import namedtuple
from typing import ClassVar

@dataclass
class A:
    x: int
    _: KW_ONLY
    y: int = 3
    z: list = field(default_factory=list, metadata={"u": 1})
print(A(1), A(1, y=4), A.__match_args__)
f = fields(A)[2]
print(f.name, f.type is list, f.default is MISSING, f.metadata["u"], f.kw_only, f.init, f.repr, f.hash, f.compare)
print(repr(fields(A)[0]).startswith("Field(name='x',type=<class 'int'>,default=<dataclasses._MISSING_TYPE"))
try:
    A(1, 2)
except TypeError as e:
    print("TypeError", e)
print(InitVar[int], InitVar[list[int]], repr(dataclasses.InitVar("x")))
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class B:
        x = field(default=1)
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(order=True, eq=False)
    class C:
        x: int
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass(order=True)
    class D:
        x: int
        def __lt__(self, o): return True
except TypeError as e:
    print("TypeError", e)
@dataclass(frozen=True)
class F:
    x: int
try:
    @dataclass
    class G(F):
        y: int = 0
except TypeError as e:
    print("TypeError", e)
@dataclass
class NF:
    x: int
try:
    @dataclass(frozen=True)
    class H(NF):
        y: int = 0
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(unsafe_hash=True)
    class I:
        x: int
        def __hash__(self): return 1
except TypeError as e:
    print("TypeError", e)
try:
    asdict(5)
except TypeError as e:
    print("TypeError", e)
try:
    astuple(A)
except TypeError as e:
    print("TypeError", e)
try:
    replace(3, x=1)
except TypeError as e:
    print("TypeError", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError", e)
P = namedtuple("P", "a b")
@dataclass
class N:
    p: P
    d: dict
    t: tuple
print(asdict(N(P(1, [2]), {"k": NF(1)}, (NF(2), 3))), astuple(N(P(1, 2), {}, ())))
print(asdict(NF(4), dict_factory=lambda kv: list(kv)))
@dataclass
class IV:
    a: int
    b: InitVar[int]
    c: ClassVar[int] = 9
    def __post_init__(self, b):
        self.a += b
iv = IV(1, 2)
print(iv, [x.name for x in fields(iv)], IV.c, sorted(IV.__dataclass_fields__))
try:
    replace(iv, a=3)
except ValueError as e:
    print("ValueError", e)
print(replace(iv, a=3, b=1))
@dataclass(eq=False)
class NE:
    x: int
print(NE.__hash__ is object.__hash__, NE(1) == NE(1))
@dataclass
class EQ:
    x: int
print(EQ.__hash__)
@dataclass(frozen=True)
class FR:
    x: int
    y: int = field(default=0, hash=False)
print(hash(FR(1, 2)) == hash(FR(1, 3)), FR(1) == FR(1), FR(1).__eq__(5))
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty), Empty.__doc__)
@dataclass(init=False)
class NI:
    x: int = 1
print(NI(), NI.__init__ is object.__init__)
@dataclass
class R:
    x: int
    def __eq__(self, o): return "mine"
print(R(1) == R(2), R.__hash__)
print(NF.__repr__.__qualname__, NF.__eq__.__qualname__, FR.__setattr__.__qualname__, FR.__hash__.__qualname__)
print(NF.__init__.__name__, NF.__repr__.__name__)
@dataclass
class Outer:
    @dataclass
    class Inner:
        v: int
    i: "Outer.Inner"
print(Outer(Outer.Inner(1)))
print(sorted(x for x in dataclasses.__all__ if x != "make_dataclass"))
@dataclass(kw_only=True)
class K2:
    a: int
    b: int = field(default=1, kw_only=False)
print(K2(5, a=1), K2.__match_args__)
try:
    @dataclass
    class KK:
        a: int
        _: KW_ONLY
        b: int
        c: KW_ONLY
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class CF:
        a: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class MD:
        a: set = set()
except ValueError as e:
    print("ValueError", e)
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
    def __get__(self, obj, typ):
        return 42
@dataclass
class WD:
    d: int = field(default=Desc())
print(type(WD().d).__name__)
@dataclass
class NR:
    x: int
    y: int = field(default=2, init=False)
print(NR(1), NR.y)
try:
    replace(NR(1), y=3)
except ValueError as e:
    print("ValueError", e)
print(FR.__dataclass_params__)
@dataclass
class Rec:
    items: list = field(default_factory=list)
r = Rec(); r.items.append(r)
print(is_dataclass(Rec), is_dataclass(r), is_dataclass(int))
