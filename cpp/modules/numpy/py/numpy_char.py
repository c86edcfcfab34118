# numpy.char / numpy.strings: the string functions tutorials use, element by element over
# 'U' and 'S' arrays (broadcast), with NumPy 2's result dtypes: case changes and strip keep
# the input dtype; add gives U(n1 + n2); multiply, center/ljust/rjust/zfill and replace
# size the result by the longest result string; str_len/find/rfind/count give int64 and the
# predicates bool. 'S' items are handled as latin-1 text with ASCII-only case rules (bytes
# semantics). Each function is an element loop in Python (tutorial sizes, not a kernel).
# Not here: split/rsplit/partition (object results), chararray, encode/decode, translate.
import numpy as _np

__all__ = ['add', 'multiply', 'upper', 'lower', 'capitalize', 'title', 'swapcase', 'strip',
           'lstrip', 'rstrip', 'str_len', 'find', 'rfind', 'index', 'rindex', 'count',
           'startswith', 'endswith', 'replace', 'join', 'center', 'ljust', 'rjust', 'zfill',
           'isdigit', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle',
           'isnumeric', 'isdecimal', 'equal', 'not_equal', 'less', 'less_equal', 'greater',
           'greater_equal', 'compare_chararrays']

_ASCII_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
_ASCII_LOWER = 'abcdefghijklmnopqrstuvwxyz'


def _arr(x):
    if isinstance(x, (str, bytes)):
        return _np.array(x)
    return _np.asarray(x)


def _as_strings(a, name):
    arr = _arr(a)
    if arr.dtype.kind not in 'US':
        raise TypeError("string operation on non-string array")
    return arr


def _texts(arr):
    # the items as Python str (an 'S' item as latin-1 text)
    flat = arr.ravel().tolist()
    if arr.dtype.kind == 'S':
        return [b.decode('latin-1') for b in flat]
    return flat


def _build(results, shape, kind, width=None):
    n = width
    if n is None:
        n = 0
        for r in results:
            if len(r) > n:
                n = len(r)
    if kind == 'S':
        out = _np.array([r.encode('latin-1') for r in results], dtype='S%d' % max(n, 1))
    else:
        out = _np.array(results, dtype='U%d' % max(n, 1))
    return out.reshape(shape)


def _scalar_or_array(out):
    return out[()] if out.ndim == 0 else out


def _map_same(a, name, f):
    # a result of a's own dtype (case changes, strip)
    arr = _as_strings(a, name)
    res = [f(t, arr.dtype.kind == 'S') for t in _texts(arr)]
    width = arr.dtype.itemsize // 4 if arr.dtype.kind == 'U' else arr.dtype.itemsize
    return _scalar_or_array(_build(res, arr.shape, arr.dtype.kind, width))


def _ascii_map(t, table_from, table_to):
    out = []
    for c in t:
        k = table_from.find(c)
        out.append(table_to[k] if k >= 0 else c)
    return ''.join(out)


def _upper(t, is_bytes):
    return _ascii_map(t, _ASCII_LOWER, _ASCII_UPPER) if is_bytes else t.upper()


def _lower(t, is_bytes):
    return _ascii_map(t, _ASCII_UPPER, _ASCII_LOWER) if is_bytes else t.lower()


def upper(a):
    return _map_same(a, 'upper', _upper)


def lower(a):
    return _map_same(a, 'lower', _lower)


def swapcase(a):
    def f(t, is_bytes):
        if not is_bytes:
            return t.swapcase()
        return ''.join(_upper(c, True) if c in _ASCII_LOWER else _lower(c, True) for c in t)
    return _map_same(a, 'swapcase', f)


def capitalize(a):
    def f(t, is_bytes):
        if not is_bytes:
            return t.capitalize()
        return _upper(t[:1], True) + _lower(t[1:], True)
    return _map_same(a, 'capitalize', f)


def title(a):
    def f(t, is_bytes):
        if not is_bytes:
            return t.title()
        out = []
        prev_cased = False
        for c in t:
            cased = c in _ASCII_UPPER or c in _ASCII_LOWER
            out.append(_lower(c, True) if prev_cased else _upper(c, True))
            prev_cased = cased
        return ''.join(out)
    return _map_same(a, 'title', f)


def _chars_text(chars):
    if chars is None:
        return None
    if isinstance(chars, bytes):
        return chars.decode('latin-1')
    return str(chars)


def strip(a, chars=None):
    c = _chars_text(chars)
    return _map_same(a, 'strip', lambda t, b: t.strip(c))


def lstrip(a, chars=None):
    c = _chars_text(chars)
    return _map_same(a, 'lstrip', lambda t, b: t.lstrip(c))


def rstrip(a, chars=None):
    c = _chars_text(chars)
    return _map_same(a, 'rstrip', lambda t, b: t.rstrip(c))


def _pair(x1, x2):
    a = _arr(x1)
    b = _arr(x2)
    return _np.broadcast_arrays(a, b)


def add(x1, x2):
    a = _arr(x1)
    b = _arr(x2)
    if a.dtype.kind not in 'US' or b.dtype.kind not in 'US' or a.dtype.kind != b.dtype.kind:
        raise TypeError("ufunc 'add' did not contain a loop with signature matching types "
                        "(<class 'numpy.dtypes.%s'>, <class 'numpy.dtypes.%s'>) -> None"
                        % (_dtype_class(a.dtype), _dtype_class(b.dtype)))
    width = a.dtype.itemsize // (4 if a.dtype.kind == 'U' else 1) + b.dtype.itemsize // (4 if b.dtype.kind == 'U' else 1)
    a2, b2 = _np.broadcast_arrays(a, b)
    res = [s + t for s, t in zip(_texts(a2), _texts(b2))]
    return _scalar_or_array(_build(res, a2.shape, a.dtype.kind, width))


def _dtype_class(dt):
    names = {'U': 'StrDType', 'S': 'BytesDType', 'b': 'BoolDType', 'f': 'Float64DType', 'i': 'Int64DType'}
    return names.get(dt.kind, 'Float64DType')


def _ints(i, name):
    arr = _arr(i)
    if arr.dtype.kind not in 'iub':
        raise TypeError("unsupported operand type(s) for *: 'numpy.ndarray' and '%s'" % type(i).__name__)
    return arr


def multiply(a, i):
    arr = _as_strings(a, 'multiply')
    n = _ints(i, 'multiply')
    a2, n2 = _np.broadcast_arrays(arr, n)
    res = [t * max(int(k), 0) for t, k in zip(_texts(a2), n2.ravel().tolist())]
    return _scalar_or_array(_build(res, a2.shape, arr.dtype.kind))


def _pad(a, width, fillchar, name, f):
    arr = _as_strings(a, name)
    w = _arr(width)
    if w.dtype.kind not in 'iu':
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(width).__name__)
    fill = _chars_text(fillchar)
    if len(fill) != 1:
        raise TypeError("The fill character must be exactly one character long")
    a2, w2 = _np.broadcast_arrays(arr, w)
    res = [f(t, int(k), fill) for t, k in zip(_texts(a2), w2.ravel().tolist())]
    return _scalar_or_array(_build(res, a2.shape, arr.dtype.kind))


def center(a, width, fillchar=' '):
    return _pad(a, width, fillchar, 'center', lambda t, k, c: t.center(k, c))


def ljust(a, width, fillchar=' '):
    return _pad(a, width, fillchar, 'ljust', lambda t, k, c: t.ljust(k, c))


def rjust(a, width, fillchar=' '):
    return _pad(a, width, fillchar, 'rjust', lambda t, k, c: t.rjust(k, c))


def zfill(a, width):
    return _pad(a, width, '0', 'zfill', lambda t, k, c: t.zfill(k))


def _ints_result(values, shape):
    return _scalar_or_array(_np.array(values, dtype=_np.int64).reshape(shape))


def _bools_result(values, shape):
    return _scalar_or_array(_np.array(values, dtype=bool).reshape(shape))


def str_len(a):
    arr = _as_strings(a, 'str_len')
    return _ints_result([len(t) for t in _texts(arr)], arr.shape)


def _search(a, sub, start, end, name, f):
    arr = _as_strings(a, name)
    s = _arr(sub)
    if s.dtype.kind not in 'US' or s.dtype.kind != arr.dtype.kind:
        raise TypeError("string operation on non-string array")
    a2, s2 = _np.broadcast_arrays(arr, s)
    stop = end
    res = [f(t, u, start, stop) for t, u in zip(_texts(a2), _texts(s2))]
    return res, a2.shape


def find(a, sub, start=0, end=None):
    res, shape = _search(a, sub, start, end, 'find', lambda t, u, b, e: t.find(u, b, e if e is not None else len(t)))
    return _ints_result(res, shape)


def rfind(a, sub, start=0, end=None):
    res, shape = _search(a, sub, start, end, 'rfind', lambda t, u, b, e: t.rfind(u, b, e if e is not None else len(t)))
    return _ints_result(res, shape)


def index(a, sub, start=0, end=None):
    res, shape = _search(a, sub, start, end, 'index', lambda t, u, b, e: t.find(u, b, e if e is not None else len(t)))
    for r in res:
        if r < 0:
            raise ValueError('substring not found')
    return _ints_result(res, shape)


def rindex(a, sub, start=0, end=None):
    res, shape = _search(a, sub, start, end, 'rindex', lambda t, u, b, e: t.rfind(u, b, e if e is not None else len(t)))
    for r in res:
        if r < 0:
            raise ValueError('substring not found')
    return _ints_result(res, shape)


def count(a, sub, start=0, end=None):
    res, shape = _search(a, sub, start, end, 'count', lambda t, u, b, e: t.count(u, b, e if e is not None else len(t)))
    return _ints_result(res, shape)


def startswith(a, prefix, start=0, end=None):
    res, shape = _search(a, prefix, start, end, 'startswith', lambda t, u, b, e: t.startswith(u, b, e if e is not None else len(t)))
    return _bools_result(res, shape)


def endswith(a, suffix, start=0, end=None):
    res, shape = _search(a, suffix, start, end, 'endswith', lambda t, u, b, e: t.endswith(u, b, e if e is not None else len(t)))
    return _bools_result(res, shape)


def replace(a, old, new, count=-1):
    arr = _as_strings(a, 'replace')
    o = _arr(old)
    w = _arr(new)
    a2, o2, w2 = _np.broadcast_arrays(arr, o, w)
    res = [t.replace(x, y, count) for t, x, y in zip(_texts(a2), _texts(o2), _texts(w2))]
    return _scalar_or_array(_build(res, a2.shape, arr.dtype.kind))


def join(sep, seq):
    s = _as_strings(sep, 'join')
    q = _as_strings(seq, 'join')
    s2, q2 = _np.broadcast_arrays(s, q)
    res = [x.join(y) for x, y in zip(_texts(s2), _texts(q2))]
    return _scalar_or_array(_build(res, s2.shape, q.dtype.kind))


def _predicate(a, name, f_str, f_bytes):
    arr = _as_strings(a, name)
    is_bytes = arr.dtype.kind == 'S'
    return _bools_result([f_bytes(t) if is_bytes else f_str(t) for t in _texts(arr)], arr.shape)


def _all_in(t, chars):
    if len(t) == 0:
        return False
    for c in t:
        if c not in chars:
            return False
    return True


_DIGITS = '0123456789'
_SPACES = ' \t\n\r\x0b\x0c'


def isdigit(a):
    return _predicate(a, 'isdigit', lambda t: t.isdigit(), lambda t: _all_in(t, _DIGITS))


def isalpha(a):
    return _predicate(a, 'isalpha', lambda t: t.isalpha(), lambda t: _all_in(t, _ASCII_UPPER + _ASCII_LOWER))


def isalnum(a):
    return _predicate(a, 'isalnum', lambda t: t.isalnum(), lambda t: _all_in(t, _ASCII_UPPER + _ASCII_LOWER + _DIGITS))


def isspace(a):
    return _predicate(a, 'isspace', lambda t: t.isspace(), lambda t: _all_in(t, _SPACES))


def _bytes_cased(t, want_upper):
    cased = False
    for c in t:
        if c in _ASCII_UPPER:
            if not want_upper:
                return False
            cased = True
        elif c in _ASCII_LOWER:
            if want_upper:
                return False
            cased = True
    return cased


def isupper(a):
    return _predicate(a, 'isupper', lambda t: t.isupper(), lambda t: _bytes_cased(t, True))


def islower(a):
    return _predicate(a, 'islower', lambda t: t.islower(), lambda t: _bytes_cased(t, False))


def istitle(a):
    return _predicate(a, 'istitle', lambda t: t.istitle(), lambda t: t.istitle())


def isnumeric(a):
    arr = _as_strings(a, 'isnumeric')
    if arr.dtype.kind != 'U':
        raise TypeError("isnumeric is only available for Unicode strings and arrays")
    return _predicate(arr, 'isnumeric', lambda t: t.isnumeric(), None)


def isdecimal(a):
    arr = _as_strings(a, 'isdecimal')
    if arr.dtype.kind != 'U':
        raise TypeError("isdecimal is only available for Unicode strings and arrays")
    return _predicate(arr, 'isdecimal', lambda t: t.isdecimal(), None)


def equal(x1, x2):
    return _arr(x1) == _arr(x2)


def not_equal(x1, x2):
    return _arr(x1) != _arr(x2)


def less(x1, x2):
    return _arr(x1) < _arr(x2)


def less_equal(x1, x2):
    return _arr(x1) <= _arr(x2)


def greater(x1, x2):
    return _arr(x1) > _arr(x2)


def greater_equal(x1, x2):
    return _arr(x1) >= _arr(x2)


def compare_chararrays(a1, a2, cmp, rstrip):
    ops = {'==': equal, '!=': not_equal, '<': less, '<=': less_equal, '>': greater, '>=': greater_equal}
    if cmp not in ops:
        raise ValueError("comparison must be '==', '!=', '<', '>', '<=', '>='")
    x = _arr(a1)
    y = _arr(a2)
    if rstrip:
        x = rstrip_(x)
        y = rstrip_(y)
    return ops[cmp](x, y)


rstrip_ = rstrip
