# os.path for POSIX paths: pure string functions, and the queries (exists, isfile,
# isdir, getsize...) answered by the run's own file system (_fs), never the host.

import _fs

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
           "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime",
           "islink", "exists", "lexists", "isdir", "isfile", "ismount", "expanduser",
           "expandvars", "normpath", "abspath", "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull",
           "realpath", "supports_unicode_filenames", "relpath", "commonpath"]


def _fspath(p, fn=None):
    if isinstance(p, (str, bytes)):
        return p
    if hasattr(p, "__fspath__"):
        return p.__fspath__()
    if fn is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(p).__name__)
    raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not '%s'"
                    % (fn, type(p).__name__))


def normcase(s):
    return _fspath(s)


def isabs(s):
    return _fspath(s).startswith("/")


def join(a, *p):
    a = _fspath(a, "join")
    path = a
    for b in p:
        b = _fspath(b, "join")
        if not isinstance(b, str):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _fspath(p)
    slash = p.rfind("/")
    dot = p.rfind(".")
    if dot > slash:
        i = slash + 1
        while i < dot:
            if p[i] != ".":
                return p[:dot], p[dot:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    path = _fspath(path)
    if path == "":
        return "."
    initial = 1 if path.startswith("/") else 0
    if initial and path.startswith("//") and not path.startswith("///"):
        initial = 2
    out = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not out) or (out and out[-1] == ".."):
            out.append(comp)
        elif out:
            out.pop()
    path = "/".join(out)
    if initial:
        path = "/" * initial + path
    return path or "."


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_fs.getcwd(), path)
    return normpath(path)


def realpath(path, *, strict=False):
    return abspath(path)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    start = _fs.getcwd() if start is None else _fspath(start)
    a = [x for x in abspath(start).split("/") if x]
    b = [x for x in abspath(path).split("/") if x]
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    rel = [".."] * (len(a) - n) + b[n:]
    return join(*rel) if rel else "."


def commonprefix(m):
    if not m:
        return ""
    m = [_fspath(x) for x in m]
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = [_fspath(p) for p in paths]
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    absolute = {p.startswith("/") for p in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split("/") if c and c != "."] for p in paths]
    lo = min(split_paths)
    hi = max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    prefix = "/" if absolute.pop() else ""
    return prefix + "/".join(common)


def expanduser(path):
    path = _fspath(path)
    if path == "~" or path.startswith("~/"):
        return "/root" + path[1:]
    return path


def expandvars(path):
    return _fspath(path)


def exists(path):
    try:
        return _fs.kind(_fspath(path)) is not None
    except TypeError:
        return False


lexists = exists


def isfile(path):
    try:
        return _fs.kind(_fspath(path)) == "file"
    except TypeError:
        return False


def isdir(s):
    try:
        return _fs.kind(_fspath(s)) == "dir"
    except TypeError:
        return False


def islink(path):
    return False


def ismount(path):
    return abspath(path) == "/"


def getsize(filename):
    return _fs.stat(_fspath(filename))[1]


def getmtime(filename):
    return _fs.stat(_fspath(filename))[2]


getatime = getmtime
getctime = getmtime


def samefile(f1, f2):
    _fs.stat(_fspath(f1))
    _fs.stat(_fspath(f2))
    return abspath(f1) == abspath(f2)
