# numpy.polynomial.polynomial: the power-series functions (coefficients in increasing
# degree; the Polynomial class is in numpy_polynomial_class.py, run into the same module
# after this file). Written in Python, as NumPy's is: results come
# from the same numpy calls in the same order (convolve products, the division loop,
# column-scaled lstsq in polyfit), so they print the same digits.
# Roots come from numpy.linalg.eigvals of the companion matrix (real or complex).
# Not here: object coefficients, the other bases (Chebyshev, Legendre, ...).
import numpy as np

polydomain = np.array([-1., 1.])
polyzero = np.array([0])
polyone = np.array([1])
polyx = np.array([0, 1])

_INT_CHARS = '?bBhHiIlLqQpP'


def _trimseq(seq):
    if len(seq) == 0 or seq[-1] != 0:
        return seq
    for i in range(len(seq) - 1, -1, -1):
        if seq[i] != 0:
            break
    return seq[:i + 1]


def _as_series(alist, trim=True):
    arrays = [np.array(a, ndmin=1) for a in alist]
    for a in arrays:
        if a.size == 0:
            raise ValueError("Coefficient array is empty")
    if any(a.ndim != 1 for a in arrays):
        raise ValueError("Coefficient array is not 1-d")
    if trim:
        arrays = [_trimseq(a) for a in arrays]
    dtype = np.common_type(*arrays)
    return [np.array(a, copy=True, dtype=dtype) for a in arrays]


def _as_int(x, desc):
    try:
        return int(x.__index__())
    except (TypeError, AttributeError):
        raise TypeError(f"{desc} must be an integer, received {x}")


def polytrim(c, tol=0):
    if tol < 0:
        raise ValueError("tol must be non-negative")
    [c] = _as_series([c])
    [ind] = np.nonzero(np.abs(c) > tol)
    if len(ind) == 0:
        return c[:1] * 0
    return c[:ind[-1] + 1].copy()


def _mapparms(old, new):
    oldlen = old[1] - old[0]
    newlen = new[1] - new[0]
    off = (old[1] * new[0] - old[0] * new[1]) / oldlen
    scl = newlen / oldlen
    return off, scl


def _mapdomain(x, old, new):
    off, scl = _mapparms(old, new)
    if isinstance(x, Polynomial):
        # a series argument (convert/cast): its own arithmetic, in NumPy's order of terms
        return x.__rmul__(scl).__radd__(off)
    if type(x) not in (int, float) and not isinstance(x, np.generic):
        x = np.asanyarray(x)
    return off + scl * x


def polyline(off, scl):
    if scl != 0:
        return np.array([off, scl])
    return np.array([off])


def polyfromroots(roots):
    if len(roots) == 0:
        return np.ones(1)
    [roots] = _as_series([roots], trim=False)
    roots.sort()
    p = [polyline(-r, 1) for r in roots]
    n = len(p)
    while n > 1:
        m, r = divmod(n, 2)
        tmp = [polymul(p[i], p[i + m]) for i in range(m)]
        if r:
            tmp[0] = polymul(tmp[0], p[-1])
        p = tmp
        n = m
    return p[0]


def polyadd(c1, c2):
    [c1, c2] = _as_series([c1, c2])
    if len(c1) > len(c2):
        c1[:c2.size] += c2
        ret = c1
    else:
        c2[:c1.size] += c1
        ret = c2
    return _trimseq(ret)


def polysub(c1, c2):
    [c1, c2] = _as_series([c1, c2])
    if len(c1) > len(c2):
        c1[:c2.size] -= c2
        ret = c1
    else:
        c2 = -c2
        c2[:c1.size] += c1
        ret = c2
    return _trimseq(ret)


def polymulx(c):
    [c] = _as_series([c])
    if len(c) == 1 and c[0] == 0:
        return c
    prd = np.empty(len(c) + 1, dtype=c.dtype)
    prd[0] = c[0] * 0
    prd[1:] = c
    return prd


def polymul(c1, c2):
    [c1, c2] = _as_series([c1, c2])
    ret = np.convolve(c1, c2)
    return _trimseq(ret)


def polydiv(c1, c2):
    [c1, c2] = _as_series([c1, c2])
    if c2[-1] == 0:
        raise ZeroDivisionError()
    lc1 = len(c1)
    lc2 = len(c2)
    if lc1 < lc2:
        return c1[:1] * 0, c1
    elif lc2 == 1:
        return c1 / c2[-1], c1[:1] * 0
    dlen = lc1 - lc2
    scl = c2[-1]
    c2 = c2[:-1] / scl
    i = dlen
    j = lc1 - 1
    while i >= 0:
        c1[i:j] -= c2 * c1[j]
        i -= 1
        j -= 1
    return c1[j + 1:] / scl, _trimseq(c1[:j + 1])


def polypow(c, pow, maxpower=None):
    [c] = _as_series([c])
    power = int(pow)
    if power != pow or power < 0:
        raise ValueError("Power must be a non-negative integer.")
    elif maxpower is not None and power > maxpower:
        raise ValueError("Power is too large")
    elif power == 0:
        return np.array([1], dtype=c.dtype)
    elif power == 1:
        return c
    prd = c
    for i in range(2, power + 1):
        prd = np.convolve(prd, c)
    return prd


def polyder(c, m=1, scl=1, axis=0):
    c = np.array(c, ndmin=1, copy=True)
    if c.dtype.char in _INT_CHARS:
        c = c + 0.0
    cdt = c.dtype
    cnt = _as_int(m, "the order of derivation")
    iaxis = _as_int(axis, "the axis")
    if cnt < 0:
        raise ValueError("The order of derivation must be non-negative")
    if iaxis < -c.ndim or iaxis >= c.ndim:
        raise np.exceptions.AxisError(iaxis, c.ndim)
    iaxis = iaxis % c.ndim
    if cnt == 0:
        return c
    c = np.moveaxis(c, iaxis, 0)
    n = len(c)
    if cnt >= n:
        c = c[:1] * 0
    else:
        for i in range(cnt):
            n = n - 1
            c *= scl
            der = np.empty((n,) + c.shape[1:], dtype=cdt)
            for j in range(n, 0, -1):
                der[j - 1] = j * c[j]
            c = der
    c = np.moveaxis(c, 0, iaxis)
    return c


def polyint(c, m=1, k=[], lbnd=0, scl=1, axis=0):
    c = np.array(c, ndmin=1, copy=True)
    if c.dtype.char in _INT_CHARS:
        c = c + 0.0
    cdt = c.dtype
    if not np.iterable(k):
        k = [k]
    cnt = _as_int(m, "the order of integration")
    iaxis = _as_int(axis, "the axis")
    if cnt < 0:
        raise ValueError("The order of integration must be non-negative")
    if len(k) > cnt:
        raise ValueError("Too many integration constants")
    if np.ndim(lbnd) != 0:
        raise ValueError("lbnd must be a scalar.")
    if np.ndim(scl) != 0:
        raise ValueError("scl must be a scalar.")
    if iaxis < -c.ndim or iaxis >= c.ndim:
        raise np.exceptions.AxisError(iaxis, c.ndim)
    iaxis = iaxis % c.ndim
    if cnt == 0:
        return c
    k = list(k) + [0] * (cnt - len(k))
    c = np.moveaxis(c, iaxis, 0)
    for i in range(cnt):
        n = len(c)
        c *= scl
        if n == 1 and np.all(c[0] == 0):
            c[0] += k[i]
        else:
            tmp = np.empty((n + 1,) + c.shape[1:], dtype=cdt)
            tmp[0] = c[0] * 0
            tmp[1] = c[0]
            for j in range(1, n):
                tmp[j + 1] = c[j] / (j + 1)
            tmp[0] += k[i] - polyval(lbnd, tmp)
            c = tmp
    c = np.moveaxis(c, 0, iaxis)
    return c


def polyval(x, c, tensor=True):
    c = np.array(c, ndmin=1)
    if c.dtype.char in _INT_CHARS:
        c = c + 0.0
    if isinstance(x, Polynomial):
        # a series argument: Horner's steps through the series' own arithmetic
        c0 = x.__mul__(0).__radd__(c[-1])
        for i in range(2, len(c) + 1):
            c0 = c0.__mul__(x).__radd__(c[-i])
        return c0
    if isinstance(x, (tuple, list)):
        x = np.asarray(x)
    if isinstance(x, np.ndarray) and tensor:
        c = c.reshape(c.shape + (1,) * x.ndim)
    c0 = c[-1] + x * 0
    for i in range(2, len(c) + 1):
        c0 = c[-i] + c0 * x
    return c0


def polyvalfromroots(x, r, tensor=True):
    r = np.array(r, ndmin=1)
    if r.dtype.char in _INT_CHARS:
        r = r.astype(np.double)
    if isinstance(x, (tuple, list)):
        x = np.asarray(x)
    if isinstance(x, np.ndarray):
        if tensor:
            r = r.reshape(r.shape + (1,) * x.ndim)
        elif x.ndim >= r.ndim:
            raise ValueError("x.ndim must be < r.ndim when tensor == False")
    return np.prod(x - r, axis=0)


def _valnd(c, *args):
    args = [np.asanyarray(a) for a in args]
    shape0 = args[0].shape
    if not all(a.shape == shape0 for a in args[1:]):
        if len(args) == 3:
            raise ValueError('x, y, z are incompatible')
        raise ValueError('x, y are incompatible')
    c = polyval(args[0], c)
    for xi in args[1:]:
        c = polyval(xi, c, tensor=False)
    return c


def polyval2d(x, y, c):
    return _valnd(c, x, y)


def polyval3d(x, y, z, c):
    return _valnd(c, x, y, z)


def polygrid2d(x, y, c):
    for xi in (x, y):
        c = polyval(xi, c)
    return c


def polygrid3d(x, y, z, c):
    for xi in (x, y, z):
        c = polyval(xi, c)
    return c


def polyvander(x, deg):
    ideg = _as_int(deg, "deg")
    if ideg < 0:
        raise ValueError("deg must be non-negative")
    x = np.array(x, ndmin=1) + 0.0
    dims = (ideg + 1,) + x.shape
    v = np.empty(dims, dtype=x.dtype)
    v[0] = x * 0 + 1
    if ideg > 0:
        v[1] = x
        for i in range(2, ideg + 1):
            v[i] = v[i - 1] * x
    return np.moveaxis(v, 0, -1)


def _vander_nd_flat(points, degrees):
    n_dims = len(degrees)
    if n_dims != len(points):
        raise ValueError(f"Expected {n_dims} dimensions of sample points, got {len(points)}")
    points = tuple(np.asarray(tuple(points)) + 0.0)
    v = None
    for i in range(n_dims):
        sl = [np.newaxis] * n_dims
        sl[i] = slice(None)
        vi = polyvander(points[i], degrees[i])[(Ellipsis,) + tuple(sl)]
        v = vi if v is None else v * vi
    return v.reshape(v.shape[:-len(degrees)] + (-1,))


def polyvander2d(x, y, deg):
    return _vander_nd_flat((x, y), deg)


def polyvander3d(x, y, z, deg):
    return _vander_nd_flat((x, y, z), deg)


def polyfit(x, y, deg, rcond=None, full=False, w=None):
    x = np.asarray(x) + 0.0
    y = np.asarray(y) + 0.0
    deg = np.asarray(deg)
    if deg.ndim > 1 or deg.dtype.kind not in 'iu' or deg.size == 0:
        raise TypeError("deg must be an int or non-empty 1-D array of int")
    if deg.min() < 0:
        raise ValueError("expected deg >= 0")
    if x.ndim != 1:
        raise TypeError("expected 1D vector for x")
    if x.size == 0:
        raise TypeError("expected non-empty vector for x")
    if y.ndim < 1 or y.ndim > 2:
        raise TypeError("expected 1D or 2D array for y")
    if len(x) != len(y):
        raise TypeError("expected x and y to have same length")
    if deg.ndim == 0:
        lmax = int(deg)
        order = lmax + 1
        van = polyvander(x, lmax)
    else:
        deg = np.sort(deg)
        lmax = int(deg[-1])
        order = len(deg)
        van = polyvander(x, lmax)[:, deg]
    lhs = van.T
    rhs = y.T
    if w is not None:
        w = np.asarray(w) + 0.0
        if w.ndim != 1:
            raise TypeError("expected 1D vector for w")
        if len(x) != len(w):
            raise TypeError("expected x and w to have same length")
        lhs = lhs * w
        rhs = rhs * w
    if rcond is None:
        rcond = len(x) * np.finfo(x.dtype).eps
    scl = np.sqrt(np.square(lhs).sum(1))
    scl[scl == 0] = 1
    c, resids, rank, s = np.linalg.lstsq(lhs.T / scl, rhs.T, rcond)
    c = (c.T / scl).T
    if deg.ndim > 0:
        if c.ndim == 2:
            cc = np.zeros((lmax + 1, c.shape[1]), dtype=c.dtype)
        else:
            cc = np.zeros(lmax + 1, dtype=c.dtype)
        cc[deg] = c
        c = cc
    if rank != order and not full:
        np._rank_warning("The fit may be poorly conditioned")
    if full:
        return c, [resids, rank, s, rcond]
    return c


def polycompanion(c):
    [c] = _as_series([c])
    if len(c) < 2:
        raise ValueError('Series must have maximum degree of at least 1.')
    if len(c) == 2:
        return np.array([[-c[0] / c[1]]])
    n = len(c) - 1
    mat = np.zeros((n, n), dtype=c.dtype)
    bot = mat.reshape(-1)[n::n + 1]
    bot[...] = 1
    mat[:, -1] -= c[:-1] / c[-1]
    return mat


def polyroots(c):
    [c] = _as_series([c])
    if len(c) < 2:
        return np.array([], dtype=c.dtype)
    if len(c) == 2:
        return np.array([-c[0] / c[1]])
    # the eigenvalues of the rotated companion matrix, sorted
    m = polycompanion(c)[::-1, ::-1]
    r = np.linalg.eigvals(m)
    r.sort()
    return r
