# os.path / posixpath: the pure path functions.
import os.path
import posixpath

print(os.path is posixpath)
for p in ["", "/", "a", "a/", "/a/b", "a/b/", "//a", "///a//b", "a/b.c.d", ".bashrc", "a/.b", "a..", "a/b/../c", "./a"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)),
          os.path.isabs(p), repr(os.path.normpath(p)))
print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"), os.path.join("", "x"), os.path.join("a", ""))
print(os.path.normpath("a/./b/../../c"), os.path.normpath("../a/../.."), os.path.normpath("/../a"), os.path.normpath("//x/../y"))
print(os.path.relpath("a/b/c", "a"), os.path.relpath("a", "a/b/c"), os.path.relpath("/x/y", "/x/z/w"), os.path.relpath("q"))
print(os.path.abspath("a/../b") == os.path.join(os.getcwd(), "b"), os.path.abspath("/x/./y"))
print(os.path.commonprefix(["abcd", "abce", "ab"]), os.path.commonpath(["/a/b/c", "/a/b/d", "/a/bx"]))
print(os.path.splitdrive("/a/b"), os.path.normcase("A/B"), os.path.expandvars("x"), os.path.islink("x"))
for bad in [lambda: os.path.join("a", 1), lambda: os.path.commonpath([]), lambda: os.path.relpath("")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
