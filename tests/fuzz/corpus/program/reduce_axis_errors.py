# Axis errors of reductions: out of range (numpy.exceptions.AxisError, message naming the
# axis and ndim), duplicates in a tuple, non-integer axes.
import numpy as np

a = np.arange(6).reshape(2, 3)
funcs = [np.sum, np.prod, np.mean, np.std, np.var, np.min, np.max, np.all, np.any, np.median, np.ptp, np.count_nonzero]
for f in funcs:
    for ax in [2, -3, (0, 2), (0, 0), (1, -1)]:
        try:
            r = f(a, axis=ax)
            print(r)
        except Exception as e:
            print(type(e).__name__, e)
for ax in [2, -3]:
    for f in [np.argmax, np.argmin, np.cumsum, np.cumprod]:
        try:
            f(a, axis=ax)
        except Exception as e:
            print(type(e).__name__, e)
for name in ['sum', 'mean', 'max', 'argmax', 'cumsum', 'std']:
    try:
        getattr(a, name)(axis=5)
    except Exception as e:
        print(type(e).__name__, e)
try:
    np.sum(a, axis=1.0)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.sum(a, axis='x')
except Exception as e:
    print(type(e).__name__, e)
try:
    np.percentile(a, 50, axis=(1, 1))
except Exception as e:
    print(type(e).__name__, e)
try:
    np.sum(a, axis=2)
except ValueError as e:
    print('caught as ValueError', isinstance(e, ValueError))
np.sum(a, axis=7)
