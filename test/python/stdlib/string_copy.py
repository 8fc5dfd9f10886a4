import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.punctuation), repr(string.whitespace))
print(repr(string.printable), len(string.printable))
print(string.capwords("hello   wide world"), string.capwords("a-b-c", "-"))
print(sum(c in string.punctuation for c in "Hi, there! How's it going?"))
import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
t = (1, [2]); dt = copy.deepcopy(t)
print(dt, dt is t, copy.deepcopy((1, 2)) == (1, 2), copy.copy(t) is t)
s = {1, 2}; print(copy.copy(s), copy.deepcopy({'a': {1, 2}}))
class Node:
    def __init__(self, val):
        self.val = val
        self.children = []
root = Node(1); child = Node(2); root.children.append(child); child.parent = root
r2 = copy.deepcopy(root)
print(r2.val, r2.children[0].val, r2.children[0].parent is r2, r2 is root, r2.children[0] is child)
r3 = copy.copy(root)
print(r3.children is root.children, type(r3).__name__)
cyc = [1]; cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is cyc)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
class Custom:
    def __init__(self, x):
        self.x = x
    def __copy__(self):
        print("custom copy")
        return Custom(self.x)
    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return Custom(copy.deepcopy(self.x, memo))
print(copy.copy(Custom(1)).x, copy.deepcopy(Custom([1])).x)
from collections import defaultdict, Counter, OrderedDict, deque, namedtuple
dd = defaultdict(list); dd['a'].append(1)
d2 = copy.deepcopy(dd); d2['a'].append(2); d2['b']
print(dd, d2)
print(copy.deepcopy(Counter('aab')), copy.copy(OrderedDict(a=1)), copy.deepcopy(deque([[1]], maxlen=4)))
P = namedtuple('P', 'x y')
print(copy.deepcopy(P([1], 2)), copy.copy(P(1, 2)))
grid = [[0] * 3 for _ in range(2)]
g2 = copy.deepcopy(grid); g2[0][0] = 9
print(grid, g2)
