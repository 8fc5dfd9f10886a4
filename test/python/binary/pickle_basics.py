import pickle, copyreg, io
import builtins
def t(f, short=False):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__+":", str(e)[:30] if short else e)

class Point:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __eq__(self, o): return type(o) is Point and (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return 'Point(%r, %r)' % (self.x, self.y)

class WithState:
    def __init__(self): self.a = 1; self.cache = 'x'
    def __getstate__(self): return {'a': self.a}
    def __setstate__(self, st): self.__dict__.update(st); self.cache = None

class Reduced:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (Reduced, (self.v,))
    def __repr__(self): return 'Reduced(%r)' % self.v

class MyList(list): pass
class MyDict(dict): pass
class Empty: pass
class NewArgs(int):
    def __new__(cls, v): return int.__new__(cls, v)
    def __getnewargs__(self): return (int(self),)

def f(): pass
shared = [1, 2]
cyc = []; cyc.append(cyc)
objs = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31 - 1, 2**31, -2**31 - 1, 2**63, -2**64, 2**1000, 
        0.0, -1.5, 1e100, float('inf'), '', 'abc', 'é€😀', 'a\\b\nc', 'x' * 300, b'', b'ab\x00', b'z' * 300, bytearray(b'xy'), bytearray(),
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 'a'], {}, {'a': 1}, {'a': 1, 'b': [2]}, set(), {1, 2}, frozenset(), frozenset({3}),
        [shared, shared], (shared, shared), Point(1, 2), [Point(1, 2), Point(3, 4)], WithState(), Reduced(5), MyList([1, 2]), MyDict(a=1), Empty(),
        f, len, Point, int, range(1, 10, 2), 1+2j, NewArgs(7), type(None), ..., NotImplemented]
for proto in range(6):
    for o in objs:
        try:
            d = pickle.dumps(o, proto)
        except Exception as e:
            print(proto, 'ERR', type(e).__name__, e); continue
        back = pickle.loads(d)
        print(proto, d, type(back).__name__, back == o or repr(back) == repr(o))
c = pickle.loads(pickle.dumps(cyc)); print(c[0] is c, pickle.dumps(cyc))
s = pickle.loads(pickle.dumps([shared, shared])); print(s[0] is s[1])
w = pickle.loads(pickle.dumps(WithState())); print(w.__dict__)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.Pickler.__module__)
def g():
    def h(): pass
    return h
t(lambda: pickle.dumps(g())); t(lambda: pickle.dumps(lambda: 1)); t(lambda: pickle.dumps(1, 6))
t(lambda: pickle.loads(b'')); t(lambda: pickle.loads(b'\x80\x04K')); t(lambda: pickle.loads(b'zz')); t(lambda: pickle.loads(b'\x80\x07.')); t(lambda: pickle.loads('x'))
t(lambda: pickle.loads(b'\x80\x04h\x05.')); t(lambda: pickle.loads(b'\x80\x04\x8c\x03nop\x8c\x01x\x93.')); t(lambda: hasattr(builtins, 'nope') or pickle.loads(b'cbuiltins\nnope\n.'), short=True)
t(lambda: pickle.dumps((x for x in [])));
class Bad:
    def __reduce__(self): return 42
class Bad2:
    def __reduce__(self): return (1,)
t(lambda: pickle.dumps(Bad())); t(lambda: pickle.dumps(Bad2()))
b = io.BytesIO(); pickle.dump({'k': [1, 2]}, b); pickle.dump('second', b, 0); b.seek(0); print(pickle.load(b), pickle.load(b)); t(lambda: pickle.load(b))
def red_point(p): return (Point, (p.x * 10, p.y))
copyreg.pickle(Point, red_point); print(pickle.loads(pickle.dumps(Point(1, 2)))); del copyreg.dispatch_table[Point]
t(lambda: copyreg.pickle(Point, 3))
class P2(pickle.Pickler):
    def persistent_id(self, obj): return 'pid:' + obj if isinstance(obj, str) and obj.startswith('@') else None
class U2(pickle.Unpickler):
    def persistent_load(self, pid): return pid.upper()
b = io.BytesIO(); P2(b, 2).dump(['@ref', 'plain']); print(b.getvalue()); b.seek(0); print(U2(b).load())
b = io.BytesIO(); pickle.Pickler(b, 0).dump(['@a']); b.seek(0); print(pickle.Unpickler(b).load())
print(pickle.loads(b'(lp0\nI1\naF2.5\naS\'ab\\n\'\np1\naVx\\u20ac\np2\na.'))
print(pickle.loads(pickle.dumps({1: 2}, 0)), pickle.loads(b'\x80\x02c__builtin__\nset\nq\x00]q\x01K\x01a\x85q\x02Rq\x03.'))
d = {i: str(i) for i in range(1500)}; print(pickle.loads(pickle.dumps(d)) == d, len(pickle.dumps(d)), len(pickle.dumps(list(range(2500)), 2)))
print(len(pickle.dumps(b'q' * 70000)), pickle.dumps(b'q' * 70000)[:20], pickle.loads(pickle.dumps(b'q' * 70000)) == b'q' * 70000)
print(len(pickle.dumps(['w' * 40000, 'v' * 40000])), pickle.dumps(['w' * 40000, 'v' * 40000])[:30])
