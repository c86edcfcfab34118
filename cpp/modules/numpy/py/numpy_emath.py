# numpy.emath (numpy.lib.scimath): sqrt/log/log2/log10/logn/power/arccos/arcsin/arctanh
# whose results are complex where the real function leaves its domain (a negative input of
# sqrt/log/power, |x| > 1 for arccos/arcsin/arctanh): such an input is converted to complex
# first (complex64 for float32 and the small integer types, complex128 otherwise), as
# NumPy's _scimath_impl.py does; otherwise the real ufunc runs.
import numpy as _nx

__all__ = ['sqrt', 'log', 'log2', 'logn', 'log10', 'power', 'arccos', 'arcsin', 'arctanh']

_ln2 = _nx.log(2.0)


def _tocomplex(arr):
    if issubclass(arr.dtype.type, (_nx.single, _nx.byte, _nx.short, _nx.ubyte, _nx.ushort, _nx.csingle)):
        return arr.astype(_nx.csingle)
    return arr.astype(_nx.cdouble)


def _fix_real_lt_zero(x):
    x = _nx.asarray(x)
    if _nx.any(_nx.isreal(x) & (x < 0)):
        x = _tocomplex(x)
    return x


def _fix_int_lt_zero(x):
    x = _nx.asarray(x)
    if _nx.any(_nx.isreal(x) & (x < 0)):
        x = x * 1.0
    return x


def _fix_real_abs_gt_1(x):
    x = _nx.asarray(x)
    if _nx.any(_nx.isreal(x) & (abs(x) > 1)):
        x = _tocomplex(x)
    return x


def sqrt(x):
    return _nx.sqrt(_fix_real_lt_zero(x))


def log(x):
    return _nx.log(_fix_real_lt_zero(x))


def log10(x):
    return _nx.log10(_fix_real_lt_zero(x))


def logn(n, x):
    x = _fix_real_lt_zero(x)
    n = _fix_real_lt_zero(n)
    return _nx.log(x) / _nx.log(n)


def log2(x):
    return _nx.log2(_fix_real_lt_zero(x))


def power(x, p):
    x = _fix_real_lt_zero(x)
    p = _fix_int_lt_zero(p)
    return _nx.power(x, p)


def arccos(x):
    return _nx.arccos(_fix_real_abs_gt_1(x))


def arcsin(x):
    return _nx.arcsin(_fix_real_abs_gt_1(x))


def arctanh(x):
    return _nx.arctanh(_fix_real_abs_gt_1(x))
