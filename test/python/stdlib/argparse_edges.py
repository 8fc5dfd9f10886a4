import argparse
import io
import sys

def attempt(parser, argv, known=False):
    saved = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        print(parser.parse_known_args(argv) if known else parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code, buf.getvalue().splitlines()[-1])
    finally:
        sys.stderr = saved

p = argparse.ArgumentParser(prog="m")
grp = p.add_mutually_exclusive_group(required=True)
grp.add_argument("--a", action="store_true")
grp.add_argument("--b", type=int)
p.add_argument("--pair", nargs=2)
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--many", nargs="+")
p.add_argument("-x", action="store_true")
p.add_argument("-y", action="store_true")
p.add_argument("-z")
p.add_argument("first")
p.add_argument("rest", nargs="*")
print(p.format_usage(), end="")
for argv in (["f"], ["--a", "--b", "1", "f"], ["--a", "f"], ["--b=3", "f", "g", "h"],
             ["--a", "--pair=1", "f"], ["--a", "--pair", "1", "2", "f"], ["--a", "--opt", "f"],
             ["--a", "f", "--opt"], ["--a", "--opt=v", "f"], ["--a", "--many", "f"],
             ["--a", "--many", "1", "2", "--", "f"], ["--a", "-xy", "f"], ["--a", "-xyzVAL", "f"],
             ["--a", "-xq", "f"], ["--a", "-x=1", "f"], ["--a", "f", "-x", "g"],
             ["--a", "-zv", "f"], ["--a", "-z", "-x", "f"], ["--a", "--x", "f"]):
    attempt(p, argv)
attempt(p, ["--a", "f", "--unknown", "-k", "g"], known=True)

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--shared", default="s")
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("--own", type=float, default="1.5")
print(child.parse_args([]), child.parse_args(["--shared", "t", "--own", "2"]))
child.print_help()

quiet = argparse.ArgumentParser(prog="q", exit_on_error=False)
quiet.add_argument("--n", type=int)
try:
    quiet.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name, "|", e.message)

rem = argparse.ArgumentParser(prog="r")
rem.add_argument("cmd")
rem.add_argument("args", nargs=argparse.REMAINDER)
print(rem.parse_args(["run", "-v", "--x", "y"]))
neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("-1", dest="one", action="store_true")
neg.add_argument("n", nargs="?")
attempt(neg, ["-1"])
attempt(neg, ["-5"])
pos = argparse.ArgumentParser(prog="pos")
pos.add_argument("a", nargs=2)
pos.add_argument("b", choices=["u", "v"])
pos.print_help()
attempt(pos, ["1", "2", "w"])
attempt(pos, ["1", "2", "u"])
attempt(pos, ["1"])
