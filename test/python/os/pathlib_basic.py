# pathlib: pure paths, and Path over the run's own file system.
from pathlib import Path, PurePath, PurePosixPath

p = Path("data") / "sub" / "file.tar.gz"
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.parent.parent)
print(PurePath("/a/b/../c"), PurePosixPath("a//b/./c"), Path(), Path("/"), Path("/").parent, Path("/a").parts)
print(Path("a/b.txt").with_suffix(".py"), Path("a/b.txt").with_name("c"), Path("/x/y").relative_to("/x"), Path("a/b").with_stem("q"))
print(list(Path("/a/b/c").parents), Path("a/b").is_absolute(), Path("/a").is_absolute(), "x" / Path("y"))
d = Path("out")
d.mkdir()
(d / "n").mkdir(parents=True, exist_ok=True)
(d / "deep" / "er").mkdir(parents=True)
print((d / "a.txt").write_text("hi\nthere\n"), (d / "b.bin").write_bytes(b"\x00\x01"))
print((d / "a.txt").read_text(), (d / "b.bin").read_bytes())
print(sorted(d.iterdir()), sorted(d.glob("*.txt")), sorted(Path(".").glob("**/*.bin")), sorted(d.rglob("*")))
print(d.exists(), d.is_dir(), d.is_file(), (d / "a.txt").is_file(), Path("zz").exists(), (d / "a.txt").stat().st_size)
with (d / "a.txt").open() as f:
    print(f.readline().strip())
(d / "a.txt").unlink()
(d / "a.txt").unlink(missing_ok=True)
(d / "t").touch()
print(sorted(x.name for x in d.iterdir()))
for bad in [lambda: Path("nope.txt").read_text(), lambda: d.mkdir(), lambda: Path("nope").unlink(), lambda: Path("a/b").relative_to("c")]:
    try:
        bad()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
print(Path.cwd() == Path(".").absolute(), Path("x").match("*.py"), Path("a/b.py").match("*.py"), Path("a/b.py").match("a/*.py"))
print(p == Path("data/sub/file.tar.gz"), hash(p) == hash(Path("data/sub/file.tar.gz")), str(Path("a") / "/b"), Path("a") < Path("b"))
print(open(Path("out") / "t").read() == "", Path("out/t").resolve() == Path.cwd() / "out" / "t")
