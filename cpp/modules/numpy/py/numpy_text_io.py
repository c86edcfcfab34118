# np.fromstring (text mode), np.fromfile and ndarray.tofile, on the session's files (the CLI's
# real files, the page's in-memory ones) through open().
# The text parser follows NumPy's array_from_text (numpy/_core/src/multiarray/ctors.c): items
# are read with C's strtol (integer and bool dtypes, base 10) or NumPy's strtod (floats:
# also nan/inf/infinity); between items the separator must match, where whitespace in `sep`
# matches zero or more whitespace characters and a separator without whitespace may be
# preceded by any. Reading stops at the end of the text (clean) or at the first item or
# separator that does not match: the items so far are returned with NumPy's
# DeprecationWarning. fromstring's binary mode (sep='') is NumPy 2.3's ValueError.
# Not here: complex and flexible dtypes in text mode. Loaded on first use.

_sl_WS = ' \t\n\r\v\f'
_sl_DIGITS = '0123456789'


def _sl_clean_sep(sep):
    # NumPy's swab_separator: every whitespace run becomes one wildcard ' ', and a separator
    # that does not start with whitespace gets one in front
    out = ''
    if sep and sep[0] not in _sl_WS:
        out = ' '
    prev_space = False
    for c in sep:
        if c in _sl_WS:
            if not prev_space:
                out += ' '
            prev_space = True
        else:
            out += c
            prev_space = False
    return out


def _sl_skip_sep(text, i, sep):
    # -> (new position, 0 matched / -1 end of text / -2 mismatch)
    start = i
    j = 0
    n = len(text)
    while True:
        if i >= n:
            return i, -1
        c = text[i]
        if j >= len(sep):
            return (i, 0) if i != start else (i, -2)
        if sep[j] == ' ':
            if c not in _sl_WS:
                j += 1
                continue
        elif sep[j] != c:
            return i, -2
        else:
            j += 1
        i += 1


def _sl_digits_end(text, i):
    n = len(text)
    while i < n and text[i] in _sl_DIGITS:
        i += 1
    return i


def _sl_parse_int(text, i):
    # C strtol(base 10): whitespace, sign, digits; (None, i) when nothing was read
    n = len(text)
    j = i
    while j < n and text[j] in _sl_WS:
        j += 1
    k = j
    if k < n and text[k] in '+-':
        k += 1
    e = _sl_digits_end(text, k)
    if e == k:
        return None, i
    return int(text[j:e]), e


def _sl_parse_float(text, i):
    # NumPyOS_ascii_strtod: whitespace, then nan/inf/infinity (any case) or a decimal float
    n = len(text)
    j = i
    while j < n and text[j] in _sl_WS:
        j += 1
    k = j
    if k < n and text[k] in '+-':
        k += 1
    low = text[k:k + 8].lower()
    if low.startswith('nan'):
        e = k + 3
        if e < n and text[e] == '(':
            close = text.find(')', e)
            if close >= 0 and all([c.isalnum() or c == '_' for c in text[e + 1:close]]):
                e = close + 1
        return float(text[j:k] + 'nan'), e
    if low.startswith('infinity'):
        return float(text[j:k] + 'inf'), k + 8
    if low.startswith('inf'):
        return float(text[j:k] + 'inf'), k + 3
    e = _sl_digits_end(text, k)
    mant = e - k
    if e < n and text[e] == '.':
        f = _sl_digits_end(text, e + 1)
        mant += f - e - 1
        if mant > 0:
            e = f
    if mant == 0:
        return None, i
    if e < n and text[e] in 'eE':
        x = e + 1
        if x < n and text[x] in '+-':
            x += 1
        y = _sl_digits_end(text, x)
        if y > x:
            e = y
    return float(text[j:e]), e


def _sl_from_text(text, dt, count, sep):
    dt = dtype(dt)
    if dt.kind in 'biu':
        parse = _sl_parse_int
    elif dt.kind == 'f':
        parse = _sl_parse_float
    else:
        raise ValueError("Unable to read character files of that array type")
    csep = _sl_clean_sep(sep)
    values = []
    i = 0
    stop = 0
    while count < 0 or len(values) < count:
        v, e = parse(text, i)
        if v is None:
            # nothing read: a clean end only exactly at the end of the text (C's '\0')
            stop = -1 if i >= len(text) else -2
            break
        values.append(v)
        i = e
        i, stop = _sl_skip_sep(text, i, csep)
        if stop < 0:
            break
    if stop == -2:
        import warnings
        warnings.warn('string or file could not be read to its end due to unmatched data; '
                      'this will raise a ValueError in the future.', DeprecationWarning, stacklevel=3)
    if dt.kind == 'b':
        return array([v != 0 for v in values], dtype=dt)
    if dt.kind in 'iu':
        # C's long -> the item type: wraps like NumPy's cast
        return array(values, dtype=int64).astype(dt)
    return array(values, dtype=float64).astype(dt)


def fromstring(string, dtype=float, count=-1, *, sep='', like=None):
    if sep == '':
        raise ValueError('The binary mode of fromstring is removed, use frombuffer instead')
    if isinstance(string, bytes):
        string = string.decode('latin-1')
    return _sl_from_text(string, dtype, count, sep)


def _sl_read_all(file, binary):
    if isinstance(file, str):
        with open(file, 'rb' if binary else 'r') as f:
            return f.read()
    data = file.read()
    if binary and isinstance(data, str):
        data = data.encode('latin-1')
    if not binary and isinstance(data, bytes):
        data = data.decode('latin-1')
    return data


def _sl_as_dtype(x):
    return dtype(x)  # the module's dtype: fromfile's parameter shadows it


def fromfile(file, dtype=float, count=-1, sep='', offset=0, *, like=None):
    if offset != 0 and sep != '':
        raise TypeError("'offset' argument only permitted for binary files")
    if sep != '':
        return _sl_from_text(_sl_read_all(file, False), dtype, count, sep)
    dt = _sl_as_dtype(dtype)
    data = _sl_read_all(file, True)
    if offset < 0 or offset > len(data):
        data = b''
    else:
        data = data[offset:]
    n = len(data) // dt.itemsize
    if count >= 0 and count < n:
        n = count
    return frombuffer(data, dtype=dt, count=n).copy()


def _sl_tofile(a, fid, sep='', format='%s'):
    if sep == '':
        data = a.tobytes()
        if isinstance(fid, str):
            with open(fid, 'wb') as f:
                f.write(data)
        else:
            fid.write(data)
        return None
    items = a.ravel().tolist()
    if format == '':
        text = sep.join([repr(x) for x in items])
    else:
        text = sep.join([format % x for x in items])
    if isinstance(fid, str):
        with open(fid, 'w') as f:
            f.write(text)
    else:
        fid.write(text)
    return None
