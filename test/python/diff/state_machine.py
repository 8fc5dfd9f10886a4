def tokenizer(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < len(text) and text[i + 1].isdigit()):
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."): j += 1
            yield ("NUM", float(text[i:j]) if "." in text[i:j] else int(text[i:j])); i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum(): j += 1
            yield ("NAME", text[i:j]); i = j
        elif ch in "+-*/()^":
            yield ("OP", ch); i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
class Parser:
    def __init__(self, text, env):
        self.toks = list(tokenizer(text)) + [("END", None)]
        self.pos, self.env = 0, env
    def peek(self): return self.toks[self.pos]
    def take(self):
        t = self.toks[self.pos]; self.pos += 1; return t
    def expr(self):
        v = self.term()
        while self.peek() in (("OP", "+"), ("OP", "-")):
            op = self.take()[1]; r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek() in (("OP", "*"), ("OP", "/")):
            op = self.take()[1]; r = self.factor()
            v = v * r if op == "*" else v / r
        return v
    def factor(self):
        b = self.unary()
        if self.peek() == ("OP", "^"):
            self.take(); return b ** self.factor()
        return b
    def unary(self):
        if self.peek() == ("OP", "-"):
            self.take(); return -self.unary()
        kind, val = self.take()
        if kind == "NUM": return val
        if kind == "NAME":
            if val not in self.env: raise NameError(f"undefined variable {val!r}")
            return self.env[val]
        if (kind, val) == ("OP", "("):
            v = self.expr()
            if self.take() != ("OP", ")"): raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected token {val!r}")
env = {"x": 3, "pi": 3.14159}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "10 / 4 - x", "2 * pi * x", "7 - -2", "1 +", "y * 2", "3 $ 4", "((2)"]:
    try:
        print(f"{src:<12} = {Parser(src, env).expr()}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src:<12} ! {type(e).__name__}: {e}")
print(list(tokenizer("a1 + 2.5*(b-3)")))
