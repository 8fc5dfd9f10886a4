import sys
def main(args):
    if len(args) < 2:
        print("usage: prog FILE", file=sys.stderr)
        sys.exit("error: missing argument")
    return 0
print("start")
main(["prog"])
print("unreachable")
