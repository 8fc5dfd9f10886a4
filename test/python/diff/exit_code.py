import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("code", e.code, repr(e))
try:
    raise SystemExit
except SystemExit as e:
    print("code", e.code)
try:
    exit(0) if False else sys.exit()
except SystemExit as e:
    print("code", e.code)
print("bye")
raise SystemExit(0)
