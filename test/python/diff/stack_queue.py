from collections import deque

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x): self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self): return self._items[-1]
    def is_empty(self): return not self._items
    def __len__(self): return len(self._items)
    def __repr__(self): return f"Stack({self._items})"

class Queue:
    def __init__(self, maxsize=None):
        self._d = deque(maxlen=maxsize)
    def enqueue(self, x): self._d.append(x)
    def dequeue(self): return self._d.popleft()
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
    def __repr__(self): return f"Queue({list(self._d)})"

def balanced(expr):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in expr:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if s.is_empty() or s.pop() != pairs[ch]:
                return False
    return s.is_empty()

def eval_rpn(tokens):
    s = Stack()
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for t in tokens.split():
        if t in ops:
            b, a = s.pop(), s.pop()
            s.push(ops[t](a, b))
        else:
            s.push(int(t))
    return s.pop()

for e in ["(a[b]{c})", "(]", "((", "", "{[()()]}"]:
    print(f"{e!r:12} -> {balanced(e)}")
print(eval_rpn("3 4 + 2 *"), eval_rpn("5 1 2 + 4 * + 3 -"), eval_rpn("7 2 /"))
st = Stack()
for i in range(5): st.push(i * i)
print(st, len(st), st.peek())
try:
    while True:
        print(st.pop(), end=" ")
except IndexError as e:
    print("|", e)
q = Queue(3)
for i in "abcde":
    q.enqueue(i)
print(q, len(q), list(q))
print(q.dequeue(), q)
d = deque([1, 2, 3, 4, 5])
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.appendleft(0); d.extend([8, 9]); print(d, d[0], d[-1], len(d))
print(deque("abc", maxlen=2), deque(maxlen=0))
try:
    deque().popleft()
except IndexError as e:
    print(e)
try:
    deque().pop()
except IndexError as e:
    print(e)
