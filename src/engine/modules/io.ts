// `io`: StringIO only (an in-memory text file: write/read/readline/readlines/
// getvalue/seek/tell/truncate/close, iteration, `with`), for programs that use
// json.dump/load, print(file=...) or csv-like text handling.
// newline= translates line endings as CPython's StringIO does on write (None: any ending
// to "\n"; "\r"/"\r\n": "\n" to that) and lines end where CPython's do ("": at any ending).

import { pythonModule } from "./pysource.js";

const SOURCE = String.raw`
__all__ = ["StringIO", "SEEK_SET", "SEEK_CUR", "SEEK_END", "UnsupportedOperation"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    __module__ = "io"


class StringIO:
    __heapscope_tp_name__ = "_io.StringIO"
    __module__ = "_io"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._newline = newline
        self._buf = self._translate(initial_value)
        self._pos = 0
        self.closed = False

    def _translate(self, s):
        # newline=None reads any line ending as "\n"; "\r" and "\r\n" write "\n" as that.
        nl = self._newline
        if nl is None:
            return s.replace("\r\n", "\n").replace("\r", "\n") if "\r" in s else s
        if nl == "\r" or nl == "\r\n":
            return s.replace("\n", nl)
        return s

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._translate(s)
        buf = self._buf
        pos = self._pos
        if pos == len(buf):
            self._buf = buf + s
        elif pos > len(buf):
            self._buf = buf + "\0" * (pos - len(buf)) + s
        else:
            self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        buf = self._buf
        pos = self._pos
        if size is None or size < 0:
            end = len(buf)
        else:
            end = min(len(buf), pos + size)
        if pos >= end:
            return ""
        self._pos = end
        return buf[pos:end]

    def readline(self, size=-1):
        self._check()
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return ""
        nl = self._newline
        if nl == "":
            # Universal newlines kept as they are: a line ends at "\r\n", "\r" or "\n".
            end = len(buf)
            i = pos
            while i < len(buf):
                c = buf[i]
                if c == "\n":
                    end = i + 1
                    break
                if c == "\r":
                    end = i + 2 if buf.startswith("\n", i + 1) else i + 1
                    break
                i += 1
        else:
            term = "\n" if nl is None else nl
            end = buf.find(term, pos)
            end = len(buf) if end < 0 else end + len(term)
        if size is not None and size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return buf[pos:end]

    def readlines(self, hint=-1):
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

    def getvalue(self):
        self._check()
        return self._buf

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._buf = self._buf[:size]
        return size

    def close(self):
        self.closed = True

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        return False

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


# Files of the run's own file system and BytesIO (stdlib/_fileio.py).
from _fileio import (open, IOBase, FileIO, BufferedReader, BufferedWriter, BufferedRandom,
                     TextIOWrapper, BytesIO, DEFAULT_BUFFER_SIZE)
import builtins as _builtins
open = _builtins.open  # io.open is open, as in CPython
del _builtins
__all__ += ["open", "IOBase", "FileIO", "BufferedReader", "BufferedWriter", "BufferedRandom",
            "TextIOWrapper", "BytesIO", "DEFAULT_BUFFER_SIZE"]
`;

export const createIoModule = pythonModule("io", () => SOURCE);
