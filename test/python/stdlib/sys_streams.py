"""My doc"""
import sys, io
print(__doc__)
print(sys.version_info, sys.version_info.major, sys.version_info >= (3, 8), sys.version_info[:2])
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
x = sys.stdout.getvalue()
sys.stdout = old
print(repr(x))
sys.stdin = io.StringIO("abc\ndef\n")
print(input("p> "), input())
try:
    input()
except EOFError as e:
    print("EOF", e)

