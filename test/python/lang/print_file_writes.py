# print(..., file=f) calls f.write once per piece: each argument, each separator, the end.
class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, text):
        self.calls.append(text)
        return len(text)
    def flush(self):
        self.calls.append("<flush>")

r = Recorder()
print("alpha", 2, [3], sep=", ", file=r)
print(file=r)
print("x", end="", file=r, flush=True)
print("y", "z", sep=None, end=None, file=r)
print(r.calls)

import io
buf = io.StringIO()
print(1, 2, 3, sep="|", file=buf)
print("done", file=buf)
print(repr(buf.getvalue()))

class NoWrite:
    pass
try:
    print("lost", file=NoWrite())
except AttributeError as e:
    print("AttributeError", e)
