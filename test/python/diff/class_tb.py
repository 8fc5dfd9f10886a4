class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)

class Calculator:
    def __init__(self):
        self.stack = Stack()
    def run(self, program):
        for tok in program.split():
            if tok.isdigit():
                self.stack.push(int(tok))
            else:
                b, a = self.stack.pop(), self.stack.pop()
                self.stack.push({"+": a + b, "-": a - b, "*": a * b}[tok])
        return self.stack.pop()

calc = Calculator()
print(calc.run("2 3 + 4 *"))
print(calc.run("1 +"))
