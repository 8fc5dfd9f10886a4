import sys
print("before")
sys.stdout.write("written\n")
print("to stderr", file=sys.stderr)
def gen():
    yield 1
    raise StopIteration
try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e)
sys.exit(3)
