class Queue:
    def __init__(self):
        self.items = []
    def dequeue(self):
        return self.items.pop(0)
q = Queue()
q.dequeue()
