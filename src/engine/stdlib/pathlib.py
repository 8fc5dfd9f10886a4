# pathlib: PurePath/PurePosixPath and Path/PosixPath over the run's own file system
# (os, _fs). Windows flavours are absent (the run is POSIX).

import os
import posixpath

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _match(name, pattern):
    # Shell-style match of one path component: * ? [seq] [!seq].
    i = 0
    n = len(pattern)
    rx = ""
    while i < n:
        c = pattern[i]
        i += 1
        if c == "*":
            rx += ".*"
        elif c == "?":
            rx += "."
        elif c == "[":
            j = pattern.find("]", i + 1 if i < n and pattern[i] == "!" else i)
            if j < 0:
                rx += "\\["
            else:
                body = pattern[i:j].replace("\\", "\\\\")
                if body.startswith("!"):
                    body = "^" + body[1:]
                rx += "[" + body + "]"
                i = j + 1
        else:
            rx += "\\" + c if c in ".^$+{}()|\\" else c
    import re
    return re.fullmatch(rx, name, re.S) is not None


def _compare_paths(left, right, relation):
    """A rich comparison between two pure paths; NotImplemented for anything else."""
    if isinstance(right, PurePath):
        return relation(left, right)
    return NotImplemented


class PurePath:
    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                a = str(a)
            else:
                a = os.fspath(a)
                if not isinstance(a, str):
                    raise TypeError("argument should be a str object or an os.PathLike object returning str, not %r" % (type(a),))
            parts.append(a)
        path = posixpath.join(*parts) if parts else ""
        self._init(path)
        return self

    def _init(self, path):
        root = ""
        if path.startswith("/"):
            root = "//" if path.startswith("//") and not path.startswith("///") else "/"
        comps = [c for c in path.split("/") if c and c != "."]
        object.__setattr__(self, "_root", root)
        object.__setattr__(self, "_comps", comps)

    def _from(self, root, comps):
        p = object.__new__(type(self))
        object.__setattr__(p, "_root", root)
        object.__setattr__(p, "_comps", list(comps))
        return p

    def __str__(self):
        s = self._root + "/".join(self._comps)
        return s or "."

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def __bytes__(self):
        return str(self).encode()

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + str(self)

    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        return _compare_paths(self, other, lambda a, b: str(a) == str(b))

    def __lt__(self, other):
        return _compare_paths(self, other, lambda a, b: a.parts < b.parts)

    def __le__(self, other):
        return _compare_paths(self, other, lambda a, b: a.parts <= b.parts)

    def __gt__(self, other):
        return _compare_paths(self, other, lambda a, b: a.parts > b.parts)

    def __ge__(self, other):
        return _compare_paths(self, other, lambda a, b: a.parts >= b.parts)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._comps)

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        return self._comps[-1] if self._comps else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        return name[i:] if 0 < i < len(name) - 1 else ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def parent(self):
        if not self._comps:
            return self
        return self._from(self._root, self._comps[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while p._comps:
            p = p.parent
            out.append(p)
        return tuple(out)

    def is_absolute(self):
        return bool(self._root)

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def relative_to(self, *other):
        base = type(self)(*other)
        n = len(base.parts)
        if self.parts[:n] != base.parts:
            raise ValueError("%r is not in the subpath of %r OR one path is relative and the other is absolute."
                             % (str(self), str(base)))
        return self._from("", self.parts[n:])

    def joinpath(self, *args):
        return type(self)(self, *args)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._from(self._root, self._comps[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or suffix and (not suffix.startswith(".") or suffix == "."):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        return self.with_name(self.stem + suffix)

    def match(self, pattern):
        pat = PurePosixPath(pattern)
        pparts = pat.parts
        if not pparts:
            raise ValueError("empty pattern")
        parts = self.parts
        if pat._root:
            if len(parts) != len(pparts):
                return False
        elif len(pparts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pparts)):
            if not _match(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    pass


class Path(PurePath):
    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return PurePath.__new__(cls, *args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.abspath(str(self)))

    def expanduser(self):
        return type(self)(os.path.expanduser(str(self)))

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self))

    def exists(self):
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_symlink(self):
        return False

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        import io
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        data = bytes(data)
        with self.open("wb") as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            return
        with self.open("a"):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        # With parents=True, create the missing ancestors first (outermost first), then
        # this folder; an existing folder is only an error without exist_ok.
        if parents:
            missing = []
            probe = self.parent
            while probe != probe.parent and not probe.exists():
                missing.append(probe)
                probe = probe.parent
            for folder in reversed(missing):
                try:
                    os.mkdir(str(folder))
                except FileExistsError:
                    pass
        try:
            os.mkdir(str(self))
        except FileExistsError:
            if exist_ok and self.is_dir():
                return
            raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), str(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), str(target))
        return type(self)(target)

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._from(self._root, self._comps + [name])

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: %r" % (pattern,))
        pparts = [p for p in pattern.split("/") if p and p != "."]
        if pattern.startswith("/"):
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self._glob(pparts)

    def rglob(self, pattern):
        yield from self.glob("**/" + pattern)

    def _glob(self, pparts):
        if not pparts:
            yield self
            return
        head, rest = pparts[0], pparts[1:]
        if head == "**":
            todo = [self]
            while todo:
                d = todo.pop(0)
                yield from d._glob(rest)
                todo[0:0] = [c for c in d.iterdir() if c.is_dir()]
            return
        if not self.is_dir():
            return
        for name in os.listdir(str(self)):
            if name.startswith(".") and not head.startswith("."):
                continue
            if _match(name, head):
                child = self._from(self._root, self._comps + [name])
                if rest and not child.is_dir():
                    continue
                yield from child._glob(rest)

    def samefile(self, other):
        return os.path.samefile(str(self), str(other))


class PosixPath(Path, PurePosixPath):
    pass
