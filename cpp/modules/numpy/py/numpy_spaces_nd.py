# np.linspace / np.logspace / np.geomspace with array endpoints (or an array base): the
# sequences run along a new axis (axis=), as NumPy's _core/function_base.py computes them.
# Scalar endpoints never come here (the core's 1-d versions); loaded on first use.
import operator
import numpy as np


def _linspace_nd(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0):
    num = operator.index(num)
    if num < 0:
        raise ValueError('Number of samples, {}, must be non-negative.'.format(num))
    div = (num - 1) if endpoint else num
    start = np.asanyarray(start)
    stop = np.asanyarray(stop)
    dt = np.result_type(start, stop, 1.0)
    if dtype is None:
        dtype = dt
        integer_dtype = False
    else:
        integer_dtype = np.issubdtype(dtype, np.integer)
    delta = np.subtract(stop, start, dtype=dt)
    y = np.arange(0, num, dtype=dt).reshape((-1,) + (1,) * np.ndim(delta))
    if div > 0:
        scalar_delta = np.isscalar(delta)
        step = delta / div
        any_step_zero = step == 0 if scalar_delta else np.asanyarray(step == 0).any()
        if any_step_zero:
            y /= div
            if scalar_delta:
                y *= delta
            else:
                y = y * delta
        elif scalar_delta:
            y *= step
        else:
            y = y * step
    else:
        step = np.nan
        y = y * delta
    y += start
    if endpoint and num > 1:
        y[-1, ...] = stop
    if axis != 0:
        y = np.moveaxis(y, 0, axis)
    if integer_dtype:
        np.floor(y, out=y)
    y = y.astype(dtype, copy=False)
    if retstep:
        return y, step
    return y


def _logspace_nd(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0):
    if not isinstance(base, (float, int)) and np.ndim(base):
        ndmax = len(np.broadcast_shapes(np.shape(start), np.shape(stop), np.shape(base)))
        start = np.array(start, copy=None, subok=True, ndmin=ndmax)
        stop = np.array(stop, copy=None, subok=True, ndmin=ndmax)
        base = np.array(base, copy=None, subok=True, ndmin=ndmax)
        base = np.expand_dims(base, axis=axis)
    y = np.linspace(start, stop, num=num, endpoint=endpoint, axis=axis)
    if dtype is None:
        return np.power(base, y)
    return np.power(base, y).astype(dtype, copy=False)


def _geomspace_nd(start, stop, num=50, endpoint=True, dtype=None, axis=0):
    start = np.asanyarray(start)
    stop = np.asanyarray(stop)
    if np.any(start == 0) or np.any(stop == 0):
        raise ValueError('Geometric sequence cannot include zero')
    dt = np.result_type(start, stop, float(num), np.zeros((), dtype))
    if dtype is None:
        dtype = dt
    else:
        dtype = np.dtype(dtype)
    start = start.astype(dt, copy=True)
    stop = stop.astype(dt, copy=True)
    out_sign = np.sign(start)
    start /= out_sign
    stop = stop / out_sign
    log_start = np.log10(start)
    log_stop = np.log10(stop)
    result = np.logspace(log_start, log_stop, num=num, endpoint=endpoint, base=10.0, dtype=dt)
    if num > 0:
        result[0] = start
        if num > 1 and endpoint:
            result[-1] = stop
    result *= out_sign
    if axis != 0:
        result = np.moveaxis(result, 0, axis)
    return result.astype(dtype, copy=False)
