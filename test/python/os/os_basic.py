# os: the working directory, directories and files, stat, walk, scandir, environ.
import os
import sys

print(os.name, repr(os.sep), repr(os.linesep), os.devnull, os.curdir, os.pardir, os.pathsep, os.extsep)
print(os.getcwd() == os.path.abspath("."), isinstance(os.cpu_count(), int), os.path is sys.modules["os.path"])
print(os.environ.get("HEAPSCOPE_NOT_SET"), os.getenv("HEAPSCOPE_NOT_SET", "dflt"))
os.environ["MY_VAR"] = "1"
print(os.environ["MY_VAR"], os.getenv("MY_VAR"), "MY_VAR" in os.environ)
del os.environ["MY_VAR"]

os.mkdir("top")
os.makedirs("top/a/b")
os.makedirs("top/a/b", exist_ok=True)
for name, text in [("top/x.txt", "xx"), ("top/a/y.txt", "yyy"), ("top/a/b/z.txt", "")]:
    with open(name, "w") as f:
        f.write(text)
print(sorted(os.listdir("top")), sorted(os.listdir("top/a")))
print(os.stat("top/x.txt").st_size, os.stat("top/a/y.txt").st_size, os.path.getsize("top/a/b/z.txt"))
print(os.path.exists("top"), os.path.isdir("top"), os.path.isfile("top"), os.path.isfile("top/x.txt"), os.path.exists("nope"))
for root, dirs, files in os.walk("top"):
    dirs.sort()
    print(root, dirs, sorted(files))
for root, dirs, files in os.walk("top", topdown=False):
    print(root, sorted(dirs), sorted(files))
with os.scandir("top") as it:
    entries = sorted(it, key=lambda e: e.name)
print([(e.name, e.path, e.is_dir(), e.is_file()) for e in entries])

os.chdir("top")
print(os.getcwd().endswith("/top"), sorted(os.listdir()), open("x.txt").read())
os.chdir("..")
os.rename("top/x.txt", "top/a/moved.txt")
print(sorted(os.listdir("top")), sorted(os.listdir("top/a")))
os.replace("top/a/moved.txt", "top/a/y.txt")
print(open("top/a/y.txt").read())
os.remove("top/a/y.txt")
os.unlink("top/a/b/z.txt")
os.rmdir("top/a/b")
print(sorted(os.listdir("top/a")))

errors = [
    lambda: os.listdir("nope"),
    lambda: os.mkdir("top"),
    lambda: os.makedirs("top/a"),
    lambda: os.remove("top"),
    lambda: os.remove("nope.txt"),
    lambda: os.rmdir("top"),
    lambda: os.rmdir("nope"),
    lambda: os.rename("nope", "other"),
    lambda: os.chdir("nope"),
    lambda: os.stat("nope"),
    lambda: os.mkdir("no/such/dir"),
    lambda: os.listdir(open("top/new.txt", "w").name),
    lambda: os.path.getsize("nope"),
]
for fn in errors:
    try:
        fn()
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.filename)
e = OSError(2, "No such file or directory", "f.txt")
print(type(e).__name__, e, e.args, e.strerror)
print(OSError("plain"), OSError(1, 2, 3, 4, 5), FileNotFoundError(), PermissionError(13, "Permission denied").errno)
