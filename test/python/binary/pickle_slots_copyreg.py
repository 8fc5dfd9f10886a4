import pickle, copyreg
class S:
    __slots__ = ('a', '__b')
    def __init__(self): self.a = 1; self._S__b = 2
s = pickle.loads(pickle.dumps(S())); print(s.a, s._S__b, copyreg._slotnames(S))
try: pickle.dumps(S(), 1)
except TypeError as e: print(e)
class L(list): pass
print(pickle.loads(pickle.dumps(L([1]), 0)), type(pickle.loads(pickle.dumps(L([1]), 1))).__name__)
copyreg.add_extension('__main__', 'L', 240); print(pickle.dumps(L, 2)); print(pickle.loads(pickle.dumps(L, 2)) is L)
try: copyreg.add_extension('__main__', 'S', 240)
except ValueError as e: print(e)
copyreg.remove_extension('__main__', 'L', 240); print(pickle.dumps(L, 2))
print(pickle.loads(pickle.dumps(1+2j)), pickle.dumps(3j, 2))
