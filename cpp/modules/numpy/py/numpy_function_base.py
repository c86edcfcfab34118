# Functions of numpy's main namespace that NumPy itself writes in Python over other numpy
# calls: the window functions (hanning, hamming, bartlett, blackman, kaiser), unwrap,
# asarray_chkfinite, array_equiv, NumPy 2's cumulative_sum / cumulative_prod and astype.
# Same calls in the same order as NumPy's, so the same digits. (Inside numpy's namespace
# `abs`, `max`, `all` are numpy's functions, as in NumPy's own modules.)


def _window_length(M):
    # NumPy converts M through a float64 array: hanning(5) and hanning(5.0) agree
    values = array([0.0, M])
    return values[1], values.dtype


def hanning(M):
    M, dt = _window_length(M)
    if M < 1:
        return array([], dtype=dt)
    if M == 1:
        return ones(1, dtype=dt)
    n = arange(1 - M, M, 2)
    return 0.5 + 0.5 * cos(pi * n / (M - 1))


def hamming(M):
    M, dt = _window_length(M)
    if M < 1:
        return array([], dtype=dt)
    if M == 1:
        return ones(1, dtype=dt)
    n = arange(1 - M, M, 2)
    return 0.54 + 0.46 * cos(pi * n / (M - 1))


def bartlett(M):
    M, dt = _window_length(M)
    if M < 1:
        return array([], dtype=dt)
    if M == 1:
        return ones(1, dtype=dt)
    n = arange(1 - M, M, 2)
    return where(less_equal(n, 0), 1 + n / (M - 1), 1 - n / (M - 1))


def blackman(M):
    M, dt = _window_length(M)
    if M < 1:
        return array([], dtype=dt)
    if M == 1:
        return ones(1, dtype=dt)
    n = arange(1 - M, M, 2)
    return 0.42 + 0.5 * cos(pi * n / (M - 1)) + 0.08 * cos(2.0 * pi * n / (M - 1))


def kaiser(M, beta):
    values = array([0.0, M, beta])
    M = values[1]
    beta = values[2]
    if M == 1:
        return ones(1, dtype=values.dtype)
    n = arange(0, M)
    alpha = (M - 1) / 2.0
    return i0(beta * sqrt(1 - ((n - alpha) / alpha) ** 2.0)) / i0(beta)


def unwrap(p, discont=None, axis=-1, *, period=2 * pi):
    p = asarray(p)
    nd = p.ndim
    dd = diff(p, axis=axis)
    if discont is None:
        discont = period / 2
    slice1 = [slice(None, None)] * nd
    slice1[axis] = slice(1, None)
    slice1 = tuple(slice1)
    dtype = result_type(dd, period)
    if issubdtype(dtype, integer):
        interval_high, rem = divmod(period, 2)
        boundary_ambiguous = rem == 0
    else:
        interval_high = period / 2
        boundary_ambiguous = True
    interval_low = -interval_high
    ddmod = mod(dd - interval_low, period) + interval_low
    if boundary_ambiguous:
        copyto(ddmod, interval_high, where=(ddmod == interval_low) & (dd > 0))
    ph_correct = ddmod - dd
    copyto(ph_correct, 0, where=abs(dd) < discont)
    up = array(p, copy=True, dtype=dtype)
    up[slice1] = p[slice1] + ph_correct.cumsum(axis)
    return up


def asarray_chkfinite(a, dtype=None, order=None):
    a = asarray(a, dtype=dtype, order=order)
    if a.dtype.char in typecodes['AllFloat'] and not isfinite(a).all():
        raise ValueError(
            "array must not contain infs or NaNs")
    return a


def array_equiv(a1, a2):
    try:
        a1, a2 = asarray(a1), asarray(a2)
    except Exception:
        return False
    try:
        broadcast_shapes(a1.shape, a2.shape)
    except Exception:
        return False
    return bool(asanyarray(a1 == a2).all())


def _cumulative_func(x, func, axis, dtype, out, include_initial):
    x = atleast_1d(x)
    x_ndim = x.ndim
    if axis is None:
        if x_ndim >= 2:
            raise ValueError("For arrays which have more than one dimension "
                             "``axis`` argument is required.")
        axis = 0
    if out is not None and include_initial:
        item = [slice(None)] * x_ndim
        item[axis] = slice(1, None)
        func.accumulate(x, axis=axis, dtype=dtype, out=out[tuple(item)])
        item[axis] = 0
        out[tuple(item)] = func.identity
        return out
    res = func.accumulate(x, axis=axis, dtype=dtype, out=out)
    if include_initial:
        initial_shape = list(x.shape)
        initial_shape[axis] = 1
        res = concatenate(
            [full_like(res, func.identity, shape=initial_shape), res], axis=axis)
    return res


def cumulative_sum(x, /, *, axis=None, dtype=None, out=None, include_initial=False):
    return _cumulative_func(x, add, axis, dtype, out, include_initial)


def cumulative_prod(x, /, *, axis=None, dtype=None, out=None, include_initial=False):
    return _cumulative_func(x, multiply, axis, dtype, out, include_initial)


def astype(x, dtype, /, *, copy=True, device=None):
    if not (isinstance(x, ndarray) or isscalar(x)):
        raise TypeError(
            "Input should be a NumPy array or scalar. "
            f"It is a {type(x)} instead."
        )
    if device is not None and device != "cpu":
        raise ValueError(
            'Device not understood. Only "cpu" is allowed, but received:'
            f' {device}'
        )
    if not isinstance(x, ndarray):
        return asarray(x).astype(dtype, copy=copy)[()]  # a NumPy scalar stays a scalar
    return x.astype(dtype, copy=copy)
