from array import array
class A(array):
    def total(self): return sum(self)
a = A('i', [1, 2, 3]); print(a, a.total(), type(a[1:]), len(a)); a.x = 5; print(a.x)
import copy; print(copy.deepcopy(array('i', [1])), array('i', [1]).__class__.__name__)
import pickle; print(pickle.loads(pickle.dumps(array('d', [1.5, 2.5]))))
print(array('b', b'ab') == array('b', b'ab'), bytes(array('h', [1, 2])), bytearray(array('b', [3])), memoryview(array('h', [7])).cast('B').tolist())
print(sorted(array('i', [3, 1, 2])), max(array('d', [1.5, 0.5])), list(reversed(array('u', 'ab'))))
