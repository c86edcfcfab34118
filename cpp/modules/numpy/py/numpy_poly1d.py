# The classic polynomial API of numpy's main namespace: poly1d and polyval, polyfit,
# polyadd, polysub, polymul, polydiv, polyder, polyint, poly. Written in Python because
# NumPy's versions are Python: the results come from the same sequence of numpy calls
# (Horner steps in polyval, convolve in polymul, scaled lstsq in polyfit, the long
# division loop of polydiv), so they print the same digits.
# roots() and poly() of a matrix use numpy.linalg.eigvals of the companion matrix, as
# NumPy does (DGEEV for real coefficients, ZGEEV for complex ones).


def _pcoeffs(a):
    # the coefficient array of a poly1d or of anything array-like
    if isinstance(a, poly1d):
        return a.coeffs
    return asarray(a)


def _float_type(dt):
    # mintypecode(dt.char): float32, complex64 and complex128 stay, everything else float64
    return dt if dt in (float32, complex64, complex128) else float64


def poly(seq_of_zeros):
    seq_of_zeros = atleast_1d(_pcoeffs(seq_of_zeros))
    sh = seq_of_zeros.shape
    if len(sh) == 2 and sh[0] == sh[1] and sh[0] != 0:
        from numpy.linalg import eigvals
        seq_of_zeros = eigvals(seq_of_zeros)
    elif len(sh) == 1:
        seq_of_zeros = seq_of_zeros.astype(_float_type(seq_of_zeros.dtype))
    else:
        raise ValueError("input must be 1d or non-empty square 2d array.")
    if len(seq_of_zeros) == 0:
        return 1.0
    dt = seq_of_zeros.dtype
    a = ones((1,), dtype=dt)
    cplx = issubclass(dt.type, complexfloating)
    for zero in seq_of_zeros:
        if cplx:
            # convolve(a, [1, -zero]) term by term: a[k] + a[k-1] * -zero, as NumPy's
            # two-term correlation sums it
            shifted = concatenate((zeros(1, dt), a)) * -zero
            a = concatenate((a, zeros(1, dt))) + shifted
        else:
            a = convolve(a, array([1, -zero], dtype=dt), mode='full')
    if cplx:
        # if the complex roots are all complex conjugates, the roots are real
        r = asarray(seq_of_zeros, complex)
        if all(sort(r) == sort(r.conjugate())):
            a = a.real.copy()
    return a


def roots(p):
    from numpy.linalg import eigvals
    p = atleast_1d(_pcoeffs(p))
    if p.ndim != 1:
        raise ValueError("Input must be a rank-1 array.")
    non_zero = nonzero(ravel(p) != 0)[0]  # (!= 0: also for complex coefficients)
    if len(non_zero) == 0:
        return array([])
    # trailing zeros are roots at 0
    trailing_zeros = len(p) - non_zero[-1] - 1
    p = p[int(non_zero[0]):int(non_zero[-1]) + 1]
    if not issubclass(p.dtype.type, (floating, complexfloating)):
        p = p.astype(float)
    N = len(p)
    if N > 1:
        # the eigenvalues of the companion matrix
        A = diag(ones((N - 2,), p.dtype), -1)
        A[0, :] = -p[1:] / p[0]
        r = eigvals(A)
    else:
        r = array([])
    return hstack((r, zeros(trailing_zeros, r.dtype)))


def polyint(p, m=1, k=None):
    m = int(m)
    if m < 0:
        raise ValueError("Order of integral must be positive (see polyder)")
    if k is None:
        k = zeros(m, float)
    k = atleast_1d(k)
    if len(k) == 1 and m > 1:
        k = k[0] * ones(m, float)
    if len(k) < m:
        raise ValueError(
            "k must be a scalar or a rank-1 array of length 1 or >m.")
    truepoly = isinstance(p, poly1d)
    p = _pcoeffs(p)
    if m == 0:
        if truepoly:
            return poly1d(p)
        return p
    y = concatenate((p / arange(len(p), 0, -1), [k[0]]))
    val = polyint(y, m - 1, k=k[1:])
    if truepoly:
        return poly1d(val)
    return val


def polyder(p, m=1):
    m = int(m)
    if m < 0:
        raise ValueError("Order of derivative must be positive (see polyint)")
    truepoly = isinstance(p, poly1d)
    p = _pcoeffs(p)
    n = len(p) - 1
    y = p[:-1] * arange(n, 0, -1)
    if m == 0:
        val = p
    else:
        val = polyder(y, m - 1)
    if truepoly:
        val = poly1d(val)
    return val


def polyfit(x, y, deg, rcond=None, full=False, w=None, cov=False):
    from numpy.linalg import lstsq, inv
    order = int(deg) + 1
    x = asarray(x) + 0.0
    y = asarray(y) + 0.0
    if deg < 0:
        raise ValueError("expected deg >= 0")
    if x.ndim != 1:
        raise TypeError("expected 1D vector for x")
    if x.size == 0:
        raise TypeError("expected non-empty vector for x")
    if y.ndim < 1 or y.ndim > 2:
        raise TypeError("expected 1D or 2D array for y")
    if x.shape[0] != y.shape[0]:
        raise TypeError("expected x and y to have same length")
    if rcond is None:
        rcond = len(x) * finfo(x.dtype).eps
    lhs = vander(x, order)
    rhs = y
    if w is not None:
        w = asarray(w) + 0.0
        if w.ndim != 1:
            raise TypeError("expected a 1-d array for weights")
        if w.shape[0] != y.shape[0]:
            raise TypeError("expected w and y to have the same length")
        lhs *= w[:, newaxis]
        if rhs.ndim == 2:
            rhs *= w[:, newaxis]
        else:
            rhs *= w
    # columns scaled to unit norm to improve the condition number
    scale = sqrt((lhs * lhs).sum(axis=0))
    lhs /= scale
    c, resids, rank, s = lstsq(lhs, rhs, rcond)
    c = (c.T / scale).T
    if rank != order and not full:
        _rank_warning("Polyfit may be poorly conditioned")
    if full:
        return c, resids, rank, s, rcond
    elif cov:
        Vbase = inv(dot(lhs.T, lhs))
        Vbase /= outer(scale, scale)
        if cov == "unscaled":
            fac = 1
        else:
            if len(x) <= order:
                raise ValueError("the number of data points must exceed order "
                                 "to scale the covariance matrix")
            fac = resids / (len(x) - order)
        if y.ndim == 1:
            return c, Vbase * fac
        return c, Vbase[:, :, newaxis] * fac
    return c


def polyval(p, x):
    p = _pcoeffs(p)
    if isinstance(x, poly1d):
        y = 0
    else:
        x = asanyarray(x)
        y = zeros_like(x)
    for pv in p:
        y = y * x + pv
    return y


def _padded(a1, a2):
    a1 = atleast_1d(_pcoeffs(a1))
    a2 = atleast_1d(_pcoeffs(a2))
    diff = len(a2) - len(a1)
    if diff > 0:
        a1 = concatenate((zeros(diff, a1.dtype), a1))
    elif diff < 0:
        a2 = concatenate((zeros(-diff, a2.dtype), a2))
    return a1, a2


def polyadd(a1, a2):
    truepoly = isinstance(a1, poly1d) or isinstance(a2, poly1d)
    x1, x2 = _padded(a1, a2)
    val = x1 + x2
    return poly1d(val) if truepoly else val


def polysub(a1, a2):
    truepoly = isinstance(a1, poly1d) or isinstance(a2, poly1d)
    x1, x2 = _padded(a1, a2)
    val = x1 - x2
    return poly1d(val) if truepoly else val


def polymul(a1, a2):
    truepoly = isinstance(a1, poly1d) or isinstance(a2, poly1d)
    val = convolve(poly1d(a1).coeffs, poly1d(a2).coeffs)
    return poly1d(val) if truepoly else val


def polydiv(u, v):
    truepoly = isinstance(u, poly1d) or isinstance(v, poly1d)
    u = atleast_1d(_pcoeffs(u)) + 0.0
    v = atleast_1d(_pcoeffs(v)) + 0.0
    w = u[0] + v[0]
    m = len(u) - 1
    n = len(v) - 1
    scale = 1. / v[0]
    # (builtins max would be numpy.max in this namespace)
    q = zeros((m - n + 1 if m - n + 1 > 1 else 1,), w.dtype)
    r = u.astype(w.dtype)
    for k in range(0, m - n + 1):
        d = scale * r[k]
        q[k] = d
        r[k:k + n + 1] -= d * v
    while allclose(r[0], 0, rtol=1e-14) and (r.shape[-1] > 1):
        r = r[1:]
    if truepoly:
        return poly1d(q), poly1d(r)
    return q, r


def _next_power(astr, n):
    # the next "**<digits>" at or after n: (start, end, digits) or None
    i = astr.find("**", n)
    if i < 0:
        return None
    j = i + 2
    while j < len(astr) and astr[j].isdigit():
        j += 1
    return i, j, astr[i + 2:j]


def _raise_power(astr, wrap=70):
    # "x**2" -> the exponent on a line above, wrapped at `wrap` columns
    n = 0
    line1 = ''
    line2 = ''
    output = ' '
    while True:
        mat = _next_power(astr, n)
        if mat is None:
            break
        start, end, power = mat
        partstr = astr[n:start]
        n = end
        toadd2 = partstr + ' ' * (len(power) - 1)
        toadd1 = ' ' * (len(partstr) - 1) + power
        if ((len(line2) + len(toadd2) > wrap) or
                (len(line1) + len(toadd1) > wrap)):
            output += line1 + "\n" + line2 + "\n "
            line1 = toadd1
            line2 = toadd2
        else:
            line2 += partstr + ' ' * (len(power) - 1)
            line1 += ' ' * (len(partstr) - 1) + power
    output += line1 + "\n" + line2
    return output + astr[n:]


def _fmt_coeff(q):
    s = '%.4g' % q
    if s.endswith('.0000'):
        s = s[:-5]
    return s


class poly1d:
    __hash__ = None

    def __init__(self, c_or_r, r=False, variable=None):
        if isinstance(c_or_r, poly1d):
            self._variable = c_or_r._variable
            self._coeffs = c_or_r._coeffs
            if variable is not None:
                self._variable = variable
            return
        if r:
            c_or_r = poly(c_or_r)
        c_or_r = atleast_1d(c_or_r)
        if c_or_r.ndim > 1:
            raise ValueError("Polynomial must be 1d only.")
        import numpy as _np  # trim_zeros is another lazy part: load it through the module
        c_or_r = _np.trim_zeros(c_or_r, trim='f')
        if len(c_or_r) == 0:
            c_or_r = array([0], dtype=c_or_r.dtype)
        self._coeffs = c_or_r
        if variable is None:
            variable = 'x'
        self._variable = variable

    @property
    def coeffs(self):
        return self._coeffs

    @coeffs.setter
    def coeffs(self, value):
        # allowing this makes p.coeffs *= 2 legal
        if value is not self._coeffs:
            raise AttributeError("Cannot set attribute")

    @property
    def c(self):
        return self._coeffs

    @property
    def coef(self):
        return self._coeffs

    @property
    def coefficients(self):
        return self._coeffs

    @property
    def variable(self):
        return self._variable

    @property
    def order(self):
        return len(self._coeffs) - 1

    @property
    def o(self):
        return len(self._coeffs) - 1

    @property
    def roots(self):
        return roots(self._coeffs)

    @property
    def r(self):
        return self.roots

    def __array__(self, t=None, copy=None):
        if t:
            return asarray(self.coeffs, t)
        return asarray(self.coeffs)

    def __repr__(self):
        vals = repr(self.coeffs)
        vals = vals[6:-1]
        return "poly1d(%s)" % vals

    def __len__(self):
        return self.order

    def __str__(self):
        thestr = "0"
        var = self.variable
        coeffs = self.coeffs[logical_or.accumulate(self.coeffs != 0)]
        N = len(coeffs) - 1
        for k, coeff in enumerate(coeffs):
            if not iscomplex(coeff):
                coefstr = _fmt_coeff(real(coeff))
            elif real(coeff) == 0:
                coefstr = '%sj' % _fmt_coeff(imag(coeff))
            else:
                coefstr = '(%s + %sj)' % (_fmt_coeff(real(coeff)), _fmt_coeff(imag(coeff)))
            power = (N - k)
            if power == 0:
                if coefstr != '0':
                    newstr = '%s' % (coefstr,)
                elif k == 0:
                    newstr = '0'
                else:
                    newstr = ''
            elif power == 1:
                if coefstr == '0':
                    newstr = ''
                elif coefstr == 'b':
                    newstr = var
                else:
                    newstr = '%s %s' % (coefstr, var)
            else:
                if coefstr == '0':
                    newstr = ''
                elif coefstr == 'b':
                    newstr = '%s**%d' % (var, power,)
                else:
                    newstr = '%s %s**%d' % (coefstr, var, power)
            if k > 0:
                if newstr != '':
                    if newstr.startswith('-'):
                        thestr = "%s - %s" % (thestr, newstr[1:])
                    else:
                        thestr = "%s + %s" % (thestr, newstr)
            else:
                thestr = newstr
        return _raise_power(thestr)

    def __call__(self, val):
        return polyval(self.coeffs, val)

    def __neg__(self):
        return poly1d(-self.coeffs)

    def __pos__(self):
        return self

    def __mul__(self, other):
        if isscalar(other):
            return poly1d(self.coeffs * other)
        other = poly1d(other)
        return poly1d(polymul(self.coeffs, other.coeffs))

    def __rmul__(self, other):
        if isscalar(other):
            return poly1d(other * self.coeffs)
        other = poly1d(other)
        return poly1d(polymul(self.coeffs, other.coeffs))

    def __add__(self, other):
        other = poly1d(other)
        return poly1d(polyadd(self.coeffs, other.coeffs))

    def __radd__(self, other):
        other = poly1d(other)
        return poly1d(polyadd(self.coeffs, other.coeffs))

    def __pow__(self, val):
        if not isscalar(val) or int(val) != val or val < 0:
            raise ValueError("Power to non-negative integers only.")
        res = [1]
        for _ in range(val):
            res = polymul(self.coeffs, res)
        return poly1d(res)

    def __sub__(self, other):
        other = poly1d(other)
        return poly1d(polysub(self.coeffs, other.coeffs))

    def __rsub__(self, other):
        other = poly1d(other)
        return poly1d(polysub(other.coeffs, self.coeffs))

    def __truediv__(self, other):
        if isscalar(other):
            return poly1d(self.coeffs / other)
        other = poly1d(other)
        return polydiv(self, other)

    def __rtruediv__(self, other):
        if isscalar(other):
            return poly1d(other / self.coeffs)
        other = poly1d(other)
        return polydiv(other, self)

    def __eq__(self, other):
        if not isinstance(other, poly1d):
            return NotImplemented
        if self.coeffs.shape != other.coeffs.shape:
            return False
        return (self.coeffs == other.coeffs).all()

    def __ne__(self, other):
        if not isinstance(other, poly1d):
            return NotImplemented
        return not self.__eq__(other)

    def __getitem__(self, val):
        ind = self.order - val
        if val > self.order:
            return self.coeffs.dtype.type(0)
        if val < 0:
            return self.coeffs.dtype.type(0)
        return self.coeffs[ind]

    def __setitem__(self, key, val):
        ind = self.order - key
        if key < 0:
            raise ValueError("Does not support negative powers.")
        if key > self.order:
            zr = zeros(key - self.order, self.coeffs.dtype)
            self._coeffs = concatenate((zr, self.coeffs))
            ind = 0
        self._coeffs[ind] = val

    def __iter__(self):
        return iter(self.coeffs)

    def integ(self, m=1, k=0):
        return poly1d(polyint(self.coeffs, m=m, k=k))

    def deriv(self, m=1):
        return poly1d(polyder(self.coeffs, m=m))


poly1d.__module__ = 'numpy'
