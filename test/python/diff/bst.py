class BST:
    class _Node:
        def __init__(self, key):
            self.key = key
            self.left = self.right = None

    def __init__(self, keys=()):
        self.root = None
        self.n = 0
        for k in keys:
            self.insert(k)

    def insert(self, key):
        def _ins(node):
            if node is None:
                self.n += 1
                return BST._Node(key)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            return node
        self.root = _ins(self.root)

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def __len__(self):
        return self.n

    def height(self, node=...):
        if node is ...:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def preorder(self):
        out = []
        def walk(n):
            if n:
                out.append(n.key); walk(n.left); walk(n.right)
        walk(self.root)
        return out

    def __repr__(self):
        return f"BST({list(self)})"

t = BST([50, 30, 70, 20, 40, 60, 80, 30, 65])
print(t, len(t), t.height())
print(t.preorder())
print(40 in t, 45 in t, [k for k in t if k % 20 == 0])
words = BST("the quick brown fox jumps over the lazy dog".split())
print(list(words), len(words), words.height())
print(min(t), max(t), sum(t), sorted(t, reverse=True)[:3])
it = iter(t)
print(next(it), next(it), next(it))
print(list(it))
print(next(it, "done"))
print(type(t._Node).__name__, BST._Node.__qualname__)
