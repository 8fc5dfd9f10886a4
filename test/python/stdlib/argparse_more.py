import argparse
import io
import sys

def attempt(parser, argv):
    saved = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
        print(buf.getvalue(), end="")
    finally:
        sys.stderr = saved

p = argparse.ArgumentParser(prog="tool", description="A tool that does things. " * 4,
                            epilog="See the docs for more.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default %(default)s)")
p.add_argument("extra", nargs="*", help="extra words")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-q", "--quiet", action="store_false", dest="loud", help="less output")
p.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"), help="a key and a value")
p.add_argument("--level", type=int, choices=[1, 2, 3], help="level in %(choices)s")
p.add_argument("--flag", action="append_const", const="F", dest="flags")
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="use color")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
p.add_argument("--secret", help=argparse.SUPPRESS)
p.add_argument("--need", required=True, help="a required option")
g = p.add_argument_group("output", "Options that control output.")
g.add_argument("--format", default="text", metavar="FMT", help="output format")
x = p.add_mutually_exclusive_group()
x.add_argument("--fast", action="store_true")
x.add_argument("--slow", action="store_true")
p.print_help()
print(p.format_usage(), end="")
attempt(p, ["a", "--need", "n"])
attempt(p, ["a", "b", "c", "d", "-vvq", "--need=1", "--pair", "k", "v", "--level", "2", "--flag", "--flag", "--no-color", "--format", "json", "--fast"])
attempt(p, ["a", "--need", "n", "--level", "5"])
attempt(p, ["a", "--need", "n", "--level", "x"])
attempt(p, ["a"])
attempt(p, [])
attempt(p, ["a", "--need"])
attempt(p, ["a", "--need", "n", "--pair", "k"])
attempt(p, ["a", "--need", "n", "--ver"])
attempt(p, ["a", "--need", "n", "--f"])
attempt(p, ["a", "--need", "n", "--fo", "x", "--unknown"])
attempt(p, ["--need", "n", "--", "-a", "-b"])
print(p.get_default("dst"), p.get_default("verbose"), p.get_default("nothing"))
p.set_defaults(verbose=5, other="o")
print(p.get_default("verbose"))
print(p.parse_known_args(["a", "--need", "n", "--zzz", "rest"]))

n = argparse.ArgumentParser(prog="nums")
n.add_argument("x", type=float)
n.add_argument("-n", type=int, default="7")
attempt(n, ["-5"])
attempt(n, ["-n", "-3", "2.5"])
attempt(n, ["1", "-n3"])

d = argparse.ArgumentParser(prog="defaults", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument("--size", type=int, default=10, help="the size")
d.add_argument("--name", help="the name")
d.add_argument("items", nargs="*", default=[1], help="items")
d.print_help()

r = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="Line one\n    indented line\nLine three", add_help=False)
r.add_argument("--opt", help="an option")
r.print_help()

s = argparse.ArgumentParser(prog="git")
s.add_argument("--debug", action="store_true")
subs = s.add_subparsers(dest="command", title="commands", description="valid commands", help="sub-command help")
c1 = subs.add_parser("commit", help="record changes")
c1.add_argument("-m", "--message", required=True)
c2 = subs.add_parser("push", help="update remote", aliases=["p"])
c2.add_argument("remote", nargs="?", default="origin")
s.print_help()
c1.print_help()
print(s.parse_args(["--debug", "commit", "-m", "msg"]))
print(s.parse_args(["push"]), s.parse_args(["p", "up"]))
attempt(s, ["nope"])
attempt(s, ["commit"])
print(s.parse_args([]))

long = argparse.ArgumentParser(prog="a_program_with_a_rather_long_name")
for i in range(6):
    long.add_argument("--option-number-%d" % i, metavar="VALUE%d" % i)
long.add_argument("first_positional")
long.add_argument("second_positional", nargs="+")
print(long.format_usage(), end="")
ns = argparse.Namespace(a=1, b=[2])
print(ns, "a" in ns, ns == argparse.Namespace(a=1, b=[2]), vars(ns))
try:
    p.add_argument("--need")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    p.add_argument("bad", dest="other")
except ValueError as e:
    print("ValueError:", e)
try:
    p.add_argument("--x", action="bogus")
except ValueError as e:
    print("ValueError:", e)
