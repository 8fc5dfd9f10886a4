class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._size = 0
        for x in iterable:
            self.append(x)
    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._size += 1
    def prepend(self, value):
        self.head = Node(value, self.head)
        self._size += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self._size
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
    def __str__(self):
        return " -> ".join(map(str, self)) or "(empty)"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __contains__(self, value):
        return any(v == value for v in self)
    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev: prev.next = cur.next
                else: self.head = cur.next
                self._size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), repr(ll))
ll.prepend(9)
ll.reverse()
print(ll, ll[0], ll[-1], 4 in ll, 7 in ll)
ll.remove(1)
print(list(ll), len(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(LinkedList("abc") == LinkedList(["a", "b", "c"]), LinkedList() == [])
print(str(LinkedList()), bool(LinkedList()), bool(ll))
print(sorted(ll), sum(ll), max(ll), list(reversed(list(ll))))
a, *rest = ll
print(a, rest)
print(list(zip(ll, "xyz")), dict(enumerate(ll, 1)))
