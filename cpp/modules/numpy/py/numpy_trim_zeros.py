# np.trim_zeros as NumPy 2.2 has it (numpy/lib/_function_base_impl.py): the bounding box of
# the nonzero elements (np.argwhere) trims the front and/or back of every axis, or of one
# axis with axis=; an all-zero input trims to an empty slice; a 1-d input is sliced with a
# plain slice, so that a list or tuple comes back as a list or tuple. Loaded on first use.


def trim_zeros(filt, trim='fb', axis=None):
    filt_ = asarray(filt)
    trim = trim.lower()
    if trim not in {'fb', 'bf', 'f', 'b'}:
        raise ValueError(f'unexpected character(s) in `trim`: {trim!r}')
    # (argwhere of a complex array is argwhere(filt_ != 0) spelled out: stridelab's nonzero
    # has no complex loop)
    nonzero = argwhere(filt_ != 0 if filt_.dtype.kind == 'c' else filt_)
    if nonzero.size == 0:
        # all zeros (or 0-d): equal start and stop make every slice empty
        start = stop = zeros(filt_.ndim, dtype=intp)
    else:
        start = nonzero.min(axis=0)
        stop = nonzero.max(axis=0) + 1
        if 'f' not in trim:
            start = (None,) * filt_.ndim
        if 'b' not in trim:
            stop = (None,) * filt_.ndim
    start = [None if s is None else int(s) for s in start]
    stop = [None if s is None else int(s) for s in stop]
    if len(start) == 1:
        sl = slice(start[0], stop[0])
    elif axis is None:
        sl = tuple([slice(a, b) for a, b in zip(start, stop)])
    else:
        axis = _sl_trim_axis(axis, filt_.ndim)
        sl = (slice(None),) * axis + (slice(start[axis], stop[axis]),) + (Ellipsis,)
    return filt[sl]


def _sl_trim_axis(axis, ndim):
    from numpy import exceptions
    import operator
    axis = operator.index(axis)
    if axis < -ndim or axis >= ndim:
        raise exceptions.AxisError(axis, ndim)
    return axis + ndim if axis < 0 else axis
