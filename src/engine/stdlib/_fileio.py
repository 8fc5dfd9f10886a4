# open() and the file objects of the run's own file system (_fs), plus io.BytesIO.
#
# A file's content is a bytearray owned by the file system (src/engine/fs/): an open
# file object keeps a reference to it and a position, and reads and writes go straight
# into it (no separate buffer, so flush() has nothing to do and two handles on one file
# see each other's writes at once). Text files decode/encode around that, translating
# newlines as CPython's universal newlines do. Deviation: a text file's tell() is the
# byte offset of the position (CPython returns an opaque cookie that equals it for
# files read without newline translation or multi-byte decoder state).

import _fs

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

_ENCODINGS = {"utf-8": "utf-8", "utf8": "utf-8", "u8": "utf-8", "latin-1": "latin-1",
              "latin1": "latin-1", "iso-8859-1": "latin-1", "iso8859-1": "latin-1",
              "l1": "latin-1", "ascii": "ascii", "us-ascii": "ascii"}
_SHOWN = {"utf-8": "UTF-8", "latin-1": "latin-1", "ascii": "ascii"}


def _unsupported(msg):
    import io
    raise io.UnsupportedOperation(msg)


class IOBase:
    __module__ = "_io"

    def _checkClosed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        self._checkClosed()
        out = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            out.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return out

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def flush(self):
        self._checkClosed()

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        _unsupported("fileno")


def _parse_mode(mode):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    chars = set(mode)
    if len(chars) != len(mode) or not chars <= set("rwaxbt+U"):
        raise ValueError("invalid mode: '%s'" % mode)
    kinds = [c for c in "rwax" if c in chars]
    if "U" in chars:
        raise ValueError("invalid mode: '%s'" % mode)
    if len(kinds) > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not kinds:
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if "b" in chars and "t" in chars:
        raise ValueError("can't have text and binary mode at once")
    return kinds[0], "+" in chars, "b" in chars


class FileIO(IOBase):
    """A binary file of the run's file system (open(name, 'rb'/'wb'/...))."""
    __heapscope_tp_name__ = "_io.FileIO"
    __module__ = "_io"

    def __init__(self, name, kind, plus, mode):
        self._data = _fs.open_file(name, kind)
        self.name = name
        self.mode = mode
        self._readable = kind == "r" or plus
        self._writable = kind != "r" or plus
        self._append = kind == "a"
        self._pos = len(self._data) if self._append else 0
        self.closed = False

    def __repr__(self):
        return "<_io.%s name=%r>" % (type(self).__name__, self.name)

    @property
    def raw(self):
        return self

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def seekable(self):
        self._checkClosed()
        return True

    def close(self):
        self.closed = True

    def _closedFor(self, what):
        if self.closed:
            raise ValueError(what)

    def read(self, size=-1):
        if not self._readable:
            _unsupported("read")
        self._closedFor("read of closed file")
        data = self._data
        pos = self._pos
        end = len(data) if size is None or size < 0 else min(len(data), pos + size)
        if pos >= end:
            return b""
        self._pos = end
        return bytes(data[pos:end])

    read1 = read

    def readall(self):
        return self.read()

    def readinto(self, buf):
        chunk = self.read(len(buf))
        buf[:len(chunk)] = chunk
        return len(chunk)

    def readline(self, size=-1):
        if not self._readable:
            _unsupported("read")
        self._closedFor("readline of closed file")
        data = self._data
        pos = self._pos
        if pos >= len(data):
            return b""
        end = data.find(b"\n", pos)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return bytes(data[pos:end])

    def write(self, b):
        if not self._writable:
            _unsupported("write")
        self._closedFor("write to closed file")
        if type(b) is not bytes:
            if isinstance(b, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            b = bytes(b)
        data = self._data
        if self._append:
            self._pos = len(data)
        pos = self._pos
        n = len(data)
        if pos == n:
            data.extend(b)
        elif pos > n:
            data.extend(bytes(pos - n))
            data.extend(b)
        else:
            data[pos:pos + len(b)] = b
        self._pos = pos + len(b)
        return len(b)

    def seek(self, pos, whence=0):
        self._closedFor("seek of closed file")
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise OSError(22, "Invalid argument")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._data) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._closedFor("I/O operation on closed file")
        return self._pos

    def truncate(self, size=None):
        self._closedFor("truncate of closed file")
        if not self._writable:
            _unsupported("truncate")
        if size is None:
            size = self._pos
        if size < 0:
            raise OSError(22, "Invalid argument")
        data = self._data
        if size < len(data):
            del data[size:]
        elif size > len(data):
            data.extend(bytes(size - len(data)))
        return size


class BufferedReader(FileIO):
    __heapscope_tp_name__ = "_io.BufferedReader"
    __module__ = "_io"


class BufferedWriter(FileIO):
    __heapscope_tp_name__ = "_io.BufferedWriter"
    __module__ = "_io"


class BufferedRandom(FileIO):
    __heapscope_tp_name__ = "_io.BufferedRandom"
    __module__ = "_io"


class TextIOWrapper(IOBase):
    """A text file: str in and out over a binary file, with universal newlines."""
    __heapscope_tp_name__ = "_io.TextIOWrapper"
    __module__ = "_io"

    def __init__(self, buffer, encoding, errors, newline, mode):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self.buffer = buffer
        self.name = buffer.name
        self.mode = mode
        self.encoding = _SHOWN[encoding]
        self._codec = encoding
        self.errors = errors
        self._newline = newline
        self._translate = newline not in (None, "", "\n")
        self.newlines = None
        # Decoded text not yet returned: (text, index into it, byte offset where it starts).
        self._text = ""
        self._at = 0
        self._base = 0

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def line_buffering(self):
        return False

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (self.name, self.mode, self.encoding)

    def __next__(self):
        # The common case first: a whole line already decoded, newline=None.
        text = self._text
        at = self._at
        if at < len(text) and self._newline is None and not self.buffer.closed:
            end = text.find("\n", at)
            if end >= 0:
                self._at = end + 1
                return text[at:end + 1]
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def close(self):
        self.buffer.close()

    def detach(self):
        b = self.buffer
        return b

    def _fill(self):
        # Decode everything from the buffer's position on (once per run of reads).
        if self._at < len(self._text):
            return
        buf = self.buffer
        self._base = buf.tell()
        raw = buf.read()
        self._text = raw.decode(self._codec, self.errors)
        self._at = 0
        if self._newline is None and "\r" in self._text:
            self._text = self._text.replace("\r\n", "\n").replace("\r", "\n")

    def _drop(self):
        # Forget decoded text so that the buffer's position is the true position again.
        if self._at < len(self._text):
            rest = self._text[self._at:]
            self.buffer.seek(self.buffer.tell() - len(rest.encode(self._codec, self.errors)))
        self._text = ""
        self._at = 0

    def read(self, size=-1):
        self._checkClosed()
        if not self.buffer.readable():
            _unsupported("not readable")
        if size is not None and not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        self._fill()
        text = self._text
        at = self._at
        if size is None or size < 0:
            self._at = len(text)
            return text[at:]
        end = min(len(text), at + size)
        self._at = end
        return text[at:end]

    def readline(self, size=-1):
        buf = self.buffer
        if buf.closed:
            raise ValueError("I/O operation on closed file.")
        if not buf._readable:
            _unsupported("not readable")
        text = self._text
        at = self._at
        if at >= len(text):
            self._fill()
            text = self._text
            at = self._at
        if at >= len(text):
            return ""
        nl = self._newline
        if nl is None or nl == "" or nl == "\n":
            end = text.find("\n", at)
            end = len(text) if end < 0 else end + 1
            if nl == "":
                cr = text.find("\r", at, end)
                if cr >= 0:
                    end = cr + 2 if text[cr + 1:cr + 2] == "\n" else cr + 1
        else:
            end = text.find(nl, at)
            end = len(text) if end < 0 else end + len(nl)
        if size is not None and size >= 0:
            end = min(end, at + size)
        self._at = end
        return text[at:end]

    def write(self, s):
        buf = self.buffer
        if buf.closed:
            raise ValueError("I/O operation on closed file.")
        if not buf._writable:
            _unsupported("not writable")
        if type(s) is not str and not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if self._text:
            self._drop()
        n = len(s)
        if self._translate and "\n" in s:
            s = s.replace("\n", self._newline)
        # Straight into the file's bytearray (FileIO.write's work without its checks).
        b = s.encode(self._codec, self.errors)
        data = buf._data
        if buf._append:
            buf._pos = len(data)
        pos = buf._pos
        if pos == len(data):
            data.extend(b)
            buf._pos = pos + len(b)
        else:
            buf.write(b)
        return n

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if whence == 1 and cookie != 0:
            _unsupported("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            _unsupported("can't do nonzero end-relative seeks")
        if whence == 0 and cookie < 0:
            raise ValueError("negative seek position %d" % cookie)
        if whence == 1:
            return self.tell()
        self._text = ""
        self._at = 0
        return self.buffer.seek(cookie, whence)

    def tell(self):
        self._checkClosed()
        if self._at < len(self._text):
            return self._base + len(self._text[:self._at].encode(self._codec, self.errors))
        return self.buffer.tell()

    def truncate(self, size=None):
        self._checkClosed()
        self._drop()
        return self.buffer.truncate(size)

    def fileno(self):
        _unsupported("fileno")


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if isinstance(file, int) and not isinstance(file, bool):
        raise OSError(9, "Bad file descriptor")
    if hasattr(file, "__fspath__"):
        file = file.__fspath__()
    if isinstance(file, bytes):
        file = file.decode()
    if not isinstance(file, str):
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(file).__name__)
    kind, plus, binary = _parse_mode(mode)
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if "\0" in file:
        raise ValueError("embedded null byte")
    codec = None
    if not binary:
        codec = _ENCODINGS.get((encoding or "utf-8").lower().replace("_", "-"))
        if codec is None:
            raise LookupError("unknown encoding: %s" % encoding)
    if binary:
        cls = BufferedRandom if plus else BufferedReader if kind == "r" else BufferedWriter
    else:
        cls = FileIO
    raw = cls(file, kind, plus, mode)
    if binary:
        return raw
    return TextIOWrapper(raw, codec, errors or "strict", newline, mode)


class BytesIO(IOBase):
    """An in-memory binary stream."""
    __heapscope_tp_name__ = "_io.BytesIO"
    __module__ = "_io"

    def __init__(self, initial_bytes=b""):
        self._data = bytearray(initial_bytes if initial_bytes is not None else b"")
        self._pos = 0
        self.closed = False

    def getvalue(self):
        self._checkClosed()
        return bytes(self._data)

    def getbuffer(self):
        self._checkClosed()
        return self._data

    def readable(self):
        self._checkClosed()
        return True

    writable = readable
    seekable = readable

    def close(self):
        self.closed = True

    def read(self, size=-1):
        self._checkClosed()
        data = self._data
        pos = self._pos
        end = len(data) if size is None or size < 0 else min(len(data), pos + size)
        if pos >= end:
            return b""
        self._pos = end
        return bytes(data[pos:end])

    read1 = read

    def readline(self, size=-1):
        self._checkClosed()
        data = self._data
        pos = self._pos
        if pos >= len(data):
            return b""
        end = data.find(b"\n", pos)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return bytes(data[pos:end])

    def readinto(self, buf):
        chunk = self.read(len(buf))
        buf[:len(chunk)] = chunk
        return len(chunk)

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        data = self._data
        pos = self._pos
        if pos == len(data):
            data.extend(b)
        elif pos > len(data):
            data.extend(bytes(pos - len(data)))
            data.extend(b)
        else:
            data[pos:pos + len(b)] = b
        self._pos = pos + len(b)
        return len(b)

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._data) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._data[size:]
        return size
