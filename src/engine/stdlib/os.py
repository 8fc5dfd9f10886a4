# os: the run's own operating-system surface. Files and directories are the run's
# in-memory file system (_fs, src/engine/fs/); the working directory starts at /work;
# environ starts empty; there are no processes: system, popen, fork, exec*, spawn*,
# kill... raise PermissionError ("[Errno 1] Operation not permitted: 'system'").

import sys
import _fs
import posixpath as path

sys.modules["os.path"] = path

name = "posix"
sep = "/"
altsep = None
extsep = "."
curdir = "."
pardir = ".."
pathsep = ":"
defpath = "/bin:/usr/bin"
linesep = "\n"
devnull = "/dev/null"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

error = OSError


class PathLike:
    """The protocol of objects with __fspath__ (pathlib.PurePath...)."""

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, "__fspath__") or NotImplemented


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    if hasattr(type(p), "__fspath__"):
        r = p.__fspath__()
        if isinstance(r, (str, bytes)):
            return r
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(p).__name__, type(r).__name__))
    raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(p).__name__)


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode() if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode() if isinstance(filename, bytes) else filename


def _path(p, fn):
    if isinstance(p, str):
        return p
    if isinstance(p, bytes):
        return p.decode()
    if hasattr(type(p), "__fspath__"):
        return fspath(p)
    raise TypeError("%s: path should be string, bytes or os.PathLike, not %s" % (fn, type(p).__name__))


class _Environ(dict):
    """os.environ: empty at the start of every run (the host's environment is not visible)."""

    def __repr__(self):
        return "environ(%s)" % dict.__repr__(self)

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        dict.__setitem__(self, key, value)

    def copy(self):
        return dict(self)


environ = _Environ()


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    pass


def unsetenv(key):
    pass


def getcwd():
    return _fs.getcwd()


def getcwdb():
    return _fs.getcwd().encode()


def chdir(path):
    _fs.chdir(_path(path, "chdir"))


def listdir(path="."):
    return _fs.listdir(_path(path, "listdir"))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _fs.mkdir(_path(path, "mkdir"))


def makedirs(name, mode=0o777, exist_ok=False):
    name = _path(name, "makedirs")
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def remove(path, *, dir_fd=None):
    _fs.remove(_path(path, "remove"))


def unlink(path, *, dir_fd=None):
    _fs.remove(_path(path, "unlink"))


def rmdir(path, *, dir_fd=None):
    _fs.rmdir(_path(path, "rmdir"))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _fs.rename(_path(src, "rename"), _path(dst, "rename"))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _fs.rename(_path(src, "replace"), _path(dst, "replace"))


class stat_result:
    """os.stat()'s result: size, mode and times of the run's file system (ids are 0)."""
    __module__ = "os"
    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
               "st_atime", "st_mtime", "st_ctime")

    def __init__(self, values):
        self._values = tuple(values)
        for k, v in zip(self._fields, self._values):
            object.__setattr__(self, k, v)

    def __getitem__(self, i):
        return [int(v) for v in self._values][i]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter([int(v) for v in self._values])

    def __repr__(self):
        return "os.stat_result(%s)" % ", ".join(
            "%s=%d" % (k, v) for k, v in zip(self._fields, self._values))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    is_dir, size, mtime = _fs.stat(_path(path, "stat"))
    mode = 0o40755 if is_dir else 0o100644
    return stat_result((mode, 0, 0, 2 if is_dir else 1, 0, 0, size, mtime, mtime, mtime))


lstat = stat


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _fs.kind(_path(path, "access")) is not None


class DirEntry:
    """One entry of scandir()."""
    __module__ = "posix"

    def __init__(self, name, dirpath):
        self.name = name
        self.path = path.join(dirpath, name)

    def __repr__(self):
        return "<DirEntry %r>" % self.name

    def __fspath__(self):
        return self.path

    def is_dir(self, *, follow_symlinks=True):
        return _fs.kind(self.path) == "dir"

    def is_file(self, *, follow_symlinks=True):
        return _fs.kind(self.path) == "file"

    def is_symlink(self):
        return False

    def stat(self, *, follow_symlinks=True):
        return stat(self.path)

    def inode(self):
        return 0


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._it = iter(())


def scandir(path="."):
    p = _path(path, "scandir")
    return _ScandirIterator([DirEntry(n, p) for n in _fs.listdir(p)])


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = _fs.listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for n in names:
        if _fs.kind(path.join(top, n)) == "dir":
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs


def cpu_count():
    return 1


def getpid():
    return 1


def getppid():
    return 0


def getuid():
    return 0


getgid = geteuid = getegid = getuid


def get_terminal_size(fd=1):
    raise OSError(25, "Inappropriate ioctl for device")


def urandom(n):
    import random
    return bytes(random.getrandbits(8) for _ in range(n))


def _no_processes(fn):
    def refuse(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted", fn)
    refuse.__name__ = fn
    return refuse


system = _no_processes("system")
popen = _no_processes("popen")
fork = _no_processes("fork")
forkpty = _no_processes("forkpty")
execv = _no_processes("execv")
execve = _no_processes("execve")
execl = _no_processes("execl")
execle = _no_processes("execle")
execlp = _no_processes("execlp")
execlpe = _no_processes("execlpe")
execvp = _no_processes("execvp")
execvpe = _no_processes("execvpe")
spawnv = _no_processes("spawnv")
spawnve = _no_processes("spawnve")
spawnl = _no_processes("spawnl")
spawnle = _no_processes("spawnle")
kill = _no_processes("kill")
killpg = _no_processes("killpg")
abort = _no_processes("abort")
nice = _no_processes("nice")
setsid = _no_processes("setsid")
wait = _no_processes("wait")
waitpid = _no_processes("waitpid")
startfile = _no_processes("startfile")
symlink = _no_processes("symlink")
link = _no_processes("link")
chmod = _no_processes("chmod")
chown = _no_processes("chown")
open = _no_processes("open")
pipe = _no_processes("pipe")
dup = _no_processes("dup")
dup2 = _no_processes("dup2")


def _exit(n):
    raise SystemExit(n)
