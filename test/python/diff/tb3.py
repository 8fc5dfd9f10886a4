class Node:
    def __init__(self, val):
        self.val = val
        self.next = None
n = Node(1)
print(n.next.val)
