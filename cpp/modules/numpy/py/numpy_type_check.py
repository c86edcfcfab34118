# The type-checking helpers of numpy's main namespace (numpy/lib/_type_check_impl.py) for
# the real dtypes stridelab has: real/imag of a real array (the array itself / read-only
# zeros), iscomplex/isreal/iscomplexobj/isrealobj, real_if_close, mintypecode, typename,
# isfortran, and the constants euler_gamma and little_endian.
# Not here: complex inputs (complex dtypes are another part's).

euler_gamma = 0.5772156649015329
little_endian = True


def real(val):
    try:
        return val.real
    except AttributeError:
        return asanyarray(val).real


def imag(val):
    try:
        return val.imag
    except AttributeError:
        return asanyarray(val).imag


def iscomplexobj(x):
    try:
        dtype = x.dtype
        type_ = dtype.type
    except AttributeError:
        type_ = asarray(x).dtype.type
    return issubclass(type_, complexfloating)


def isrealobj(x):
    return not iscomplexobj(x)


def iscomplex(x):
    ax = asanyarray(x)
    if issubclass(ax.dtype.type, complexfloating):
        return ax.imag != 0
    res = zeros(ax.shape, bool)
    return res[()]  # convert to scalar if needed


def isreal(x):
    return imag(x) == 0


def real_if_close(a, tol=100):
    a = asanyarray(a)
    type_ = a.dtype.type
    if not issubclass(type_, complexfloating):
        return a
    if tol > 1:
        f = finfo(type_)
        tol = f.eps * tol
    if all(absolute(a.imag) < tol):
        a = a.real
    return a


_namefromtype = {'S1': 'character',
                 '?': 'bool',
                 'b': 'signed char',
                 'B': 'unsigned char',
                 'h': 'short',
                 'H': 'unsigned short',
                 'i': 'integer',
                 'I': 'unsigned integer',
                 'l': 'long integer',
                 'L': 'unsigned long integer',
                 'q': 'long long integer',
                 'Q': 'unsigned long long integer',
                 'f': 'single precision',
                 'd': 'double precision',
                 'g': 'long precision',
                 'F': 'complex single precision',
                 'D': 'complex double precision',
                 'G': 'complex long double precision',
                 'S': 'string',
                 'U': 'unicode',
                 'V': 'void',
                 'O': 'object'
                 }


def typename(char):
    return _namefromtype[char]


_typecodes_by_elsize = 'GDFgdfQqLlIiHhBb?'


def mintypecode(typechars, typeset='GDFgdf', default='d'):
    typecodes_ = ((isinstance(t, str) and t) or asarray(t).dtype.char
                  for t in typechars)
    intersection = set(t for t in typecodes_ if t in typeset)
    if not intersection:
        return default
    if 'F' in intersection and 'd' in intersection:
        return 'D'
    # the smallest by element size (builtins min would be numpy.min in this namespace)
    for t in _typecodes_by_elsize:
        if t in intersection:
            return t


def isfortran(a):
    # flags.fnc: Fortran-contiguous and not C-contiguous
    return a.flags.f_contiguous and not a.flags.c_contiguous
