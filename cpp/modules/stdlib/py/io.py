# io — in-memory text and binary streams (StringIO, BytesIO) as tutorials use them: write,
# read, readline(s), iteration, seek/tell, getvalue, truncate, close and `with`. Run into the
# `io` module by io_module.cpp. Files on disk are open()'s (a builtin), not this module's.
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError):
    pass


class _MemoryIO:
    _empty = ''

    def __init__(self, initial_value=None):
        if initial_value is None:
            initial_value = self._empty
        self._check_type(initial_value, 'initial_value')
        self._buf = initial_value
        self._pos = 0
        self.closed = False

    def _check_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if self._empty == b'' else 'I/O operation on closed file')

    def getvalue(self):
        self._check_closed()
        return self._buf

    def write(self, s):
        self._check_closed()
        self._check_type(s, None)
        if self._pos > len(self._buf):
            self._buf = self._buf + self._pad(self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            size = len(self._buf)
        r = self._buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._check_closed()
        nl = '\n' if self._empty == '' else b'\n'
        end = self._buf.find(nl, self._pos)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return r

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size

    def close(self):
        self.closed = True

    def flush(self):
        self._check_closed()

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_MemoryIO):
    _empty = ''

    def _check_type(self, s, what):
        if not isinstance(s, str):
            if what:
                raise TypeError(f'{what} must be str or None, not {type(s).__name__}')
            raise TypeError(f'string argument expected, got \'{type(s).__name__}\'')

    def _pad(self, n):
        return '\0' * n


class BytesIO(_MemoryIO):
    _empty = b''

    def _check_type(self, s, what):
        if not isinstance(s, bytes):
            raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")

    def _pad(self, n):
        return b'\0' * n
