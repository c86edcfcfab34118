# numpy.testing for stridelab, written in the Python subset stridelab runs: the assertion
# helpers tutorials use, with the failure messages of NumPy 2.x (header, "Mismatched
# elements: n / N (p%)", "Max absolute/relative difference among violations", the
# ACTUAL/DESIRED reprs). Executed into the numpy.testing module by numpy_testing.cpp.
import numpy as np


def _repr_for_msg(a, precision):
    if isinstance(a, np.ndarray):
        r = np.array_repr(a, precision=precision)
    else:
        r = repr(a)
    if r.count('\n') > 3:
        r = '\n'.join(r.splitlines()[:3]) + '...'
    return r


def build_err_msg(arrays, err_msg, header='Items are not equal:', verbose=True,
                  names=('ACTUAL', 'DESIRED'), precision=8):
    first = '\n' + header
    lines = [first]
    err_msg = str(err_msg)
    if err_msg:
        if err_msg.find('\n') == -1 and len(err_msg) < 79 - len(header):
            lines = [first + ' ' + err_msg]
        else:
            lines.append(err_msg)
    if verbose:
        i = 0
        for a in arrays:
            lines.append(' ' + names[i] + ': ' + _repr_for_msg(a, precision))
            i += 1
    return '\n'.join(lines)


def assert_(val, msg=''):
    if not val:
        if callable(msg):
            msg = msg()
        raise AssertionError(msg)


def _is_number_array(x):
    return x.dtype.char in '?bhilqpBHILQPefdgFDG'


def _same_positions(x, y, flags_x, flags_y, hasval, err_msg, verbose, header, names, precision):
    if not np.all(flags_x == flags_y):
        raise AssertionError(build_err_msg([x, y], err_msg + '\n' + hasval + ' location mismatch:',
                                           verbose=verbose, header=header, names=names,
                                           precision=precision))
    if np.ndim(flags_x) == 0:
        return np.bool_(flags_x)
    if np.ndim(flags_y) == 0:
        return np.bool_(flags_y)
    return flags_y


def assert_array_compare(comparison, x, y, err_msg='', verbose=True, header='', precision=6,
                         equal_nan=True, equal_inf=True, *, strict=False, names=('ACTUAL', 'DESIRED')):
    x = np.asanyarray(x)
    y = np.asanyarray(y)
    ox, oy = x, y
    if strict:
        ok = x.shape == y.shape and x.dtype == y.dtype
    else:
        ok = x.shape == () or y.shape == () or x.shape == y.shape
    if not ok:
        if x.shape != y.shape:
            reason = '\n(shapes ' + str(x.shape) + ', ' + str(y.shape) + ' mismatch)'
        else:
            reason = '\n(dtypes ' + str(x.dtype) + ', ' + str(y.dtype) + ' mismatch)'
        raise AssertionError(build_err_msg([x, y], err_msg + reason, verbose=verbose, header=header,
                                           names=names, precision=precision))
    flagged = np.bool_(False)
    if _is_number_array(x) and _is_number_array(y):
        if equal_nan:
            flagged = _same_positions(x, y, np.isnan(x), np.isnan(y), 'nan', err_msg, verbose,
                                      header, names, precision)
        if equal_inf:
            flagged = flagged | _same_positions(x, y, x == np.inf, y == np.inf, '+inf', err_msg,
                                                verbose, header, names, precision)
            flagged = flagged | _same_positions(x, y, x == -np.inf, y == -np.inf, '-inf', err_msg,
                                                verbose, header, names, precision)
    if np.ndim(flagged) > 0:
        keep = ~flagged
        x = x[keep] if x.shape != () else x
        y = y[keep] if y.shape != () else y
        if x.size == 0 or y.size == 0:
            return
    elif flagged:
        return
    val = comparison(x, y)
    if isinstance(val, bool):
        reduced = np.array([val])
        invalids = np.logical_not(val)
    else:
        reduced = np.ravel(val)
        invalids = np.logical_not(val)
    if np.all(reduced):
        return
    n_mismatch = int(reduced.size - np.sum(reduced, dtype=np.intp))
    n_elements = flagged.size if np.ndim(flagged) != 0 else reduced.size
    percent = 100 * n_mismatch / n_elements
    remarks = ['Mismatched elements: {} / {} ({:.3g}%)'.format(n_mismatch, n_elements, percent)]
    if _is_number_array(x) and _is_number_array(y) and x.dtype.char != '?' and y.dtype.char != '?':
        with np.errstate(all='ignore'):
            error = np.asarray(abs(x - y))
            if np.issubdtype(x.dtype, np.unsignedinteger):
                error = np.minimum(error, np.asarray(abs(y - x)))
            bad = np.broadcast_to(invalids, error.shape)
            max_abs = np.max(error[bad])
            remarks.append('Max absolute difference among violations: ' + np.array2string(max_abs))
            nonzero_bad = np.logical_and(bad, np.broadcast_to(y != 0, error.shape))
            if not np.any(nonzero_bad):
                max_rel = np.array(np.inf)
            else:
                yb = np.broadcast_to(y, error.shape)
                max_rel = np.max(error[nonzero_bad] / abs(yb[nonzero_bad]))
            remarks.append('Max relative difference among violations: ' + np.array2string(max_rel))
    err_msg = str(err_msg) + '\n' + '\n'.join(remarks)
    raise AssertionError(build_err_msg([ox, oy], err_msg, verbose=verbose, header=header,
                                       names=names, precision=precision))


def assert_array_equal(actual, desired, err_msg='', verbose=True, *, strict=False):
    assert_array_compare(lambda a, b: a == b, actual, desired, err_msg=err_msg, verbose=verbose,
                         header='Arrays are not equal', strict=strict)


def assert_array_almost_equal(actual, desired, decimal=6, err_msg='', verbose=True):
    def compare(x, y):
        if np.any(np.isinf(x)) or np.any(np.isinf(y)):
            xinf = np.isinf(x)
            yinf = np.isinf(y)
            if not np.all(xinf == yinf):
                return False
            if x.size == y.size == 1:
                return x == y
            x = x[~xinf]
            y = y[~yinf]
        y = np.asanyarray(y, np.result_type(y, 1.0))
        return abs(x - y) < 1.5 * 10.0 ** (-decimal)
    assert_array_compare(compare, actual, desired, err_msg=err_msg, verbose=verbose,
                         header='Arrays are not almost equal to %d decimals' % decimal,
                         precision=decimal)


def assert_array_less(x, y, err_msg='', verbose=True, *, strict=False):
    assert_array_compare(lambda a, b: a < b, x, y, err_msg=err_msg, verbose=verbose,
                         header='Arrays are not strictly ordered `x < y`', equal_inf=False,
                         strict=strict, names=('x', 'y'))


def assert_allclose(actual, desired, rtol=1e-7, atol=0, equal_nan=True, err_msg='', verbose=True,
                    *, strict=False):
    actual = np.asanyarray(actual)
    desired = np.asanyarray(desired)
    header = 'Not equal to tolerance rtol={:g}, atol={:g}'.format(rtol, atol)

    def compare(x, y):
        return np.isclose(x, y, rtol=rtol, atol=atol, equal_nan=equal_nan)
    assert_array_compare(compare, actual, desired, err_msg=str(err_msg), verbose=verbose,
                         header=header, equal_nan=equal_nan, strict=strict)


def _negative_zero(v):
    return str(float(v)).startswith('-')


def assert_equal(actual, desired, err_msg='', verbose=True, *, strict=False):
    if isinstance(desired, dict):
        if not isinstance(actual, dict):
            raise AssertionError(repr(type(actual)))
        assert_equal(len(actual), len(desired), err_msg, verbose)
        for k in desired:
            if k not in actual:
                raise AssertionError(repr(k))
            assert_equal(actual[k], desired[k], 'key=' + repr(k) + '\n' + str(err_msg), verbose)
        return
    if isinstance(desired, (list, tuple)) and isinstance(actual, (list, tuple)):
        assert_equal(len(actual), len(desired), err_msg, verbose)
        for k in range(len(desired)):
            assert_equal(actual[k], desired[k], 'item=' + repr(k) + '\n' + str(err_msg), verbose)
        return
    if isinstance(actual, np.ndarray) or isinstance(desired, np.ndarray):
        return assert_array_equal(actual, desired, err_msg, verbose, strict=strict)
    msg = build_err_msg([actual, desired], err_msg, verbose=verbose)
    if np.isscalar(desired) != np.isscalar(actual):
        raise AssertionError(msg)
    numeric = (isinstance(actual, (int, float, np.number, np.bool_)) and
               isinstance(desired, (int, float, np.number, np.bool_)))
    if numeric:
        if np.isnan(desired) and np.isnan(actual):
            return
        if desired == 0 and actual == 0:
            if not _negative_zero(desired) == _negative_zero(actual):
                raise AssertionError(msg)
    if not (desired == actual):
        raise AssertionError(msg)


def assert_almost_equal(actual, desired, decimal=7, err_msg='', verbose=True):
    def fail():
        return AssertionError(build_err_msg([actual, desired], err_msg, verbose=verbose,
                                            header='Arrays are not almost equal to %d decimals' % decimal))
    if isinstance(actual, (np.ndarray, tuple, list)) or isinstance(desired, (np.ndarray, tuple, list)):
        return assert_array_almost_equal(actual, desired, decimal, err_msg)
    if not (np.isfinite(desired) and np.isfinite(actual)):
        if np.isnan(desired) or np.isnan(actual):
            if not (np.isnan(desired) and np.isnan(actual)):
                raise fail()
        elif not desired == actual:
            raise fail()
        return
    if abs(desired - actual) >= np.float64(1.5 * 10.0 ** (-decimal)):
        raise fail()


def assert_approx_equal(actual, desired, significant=7, err_msg='', verbose=True):
    actual = float(actual)
    desired = float(desired)
    if desired == actual:
        return
    with np.errstate(invalid='ignore', divide='ignore'):
        scale = 0.5 * (np.abs(desired) + np.abs(actual))
        scale = np.power(10, np.floor(np.log10(scale)))
    sc_desired = desired / scale if scale != 0 else 0.0
    sc_actual = actual / scale if scale != 0 else 0.0
    msg = build_err_msg([actual, desired], err_msg,
                        header='Items are not equal to %d significant digits:' % significant,
                        verbose=verbose)
    if not (np.isfinite(desired) and np.isfinite(actual)):
        if np.isnan(desired) or np.isnan(actual):
            if not (np.isnan(desired) and np.isnan(actual)):
                raise AssertionError(msg)
        elif not desired == actual:
            raise AssertionError(msg)
        return
    if np.abs(sc_desired - sc_actual) >= np.power(10.0, -(significant - 1)):
        raise AssertionError(msg)


def assert_string_equal(actual, desired):
    if not isinstance(actual, str):
        raise AssertionError(repr(type(actual)))
    if not isinstance(desired, str):
        raise AssertionError(repr(type(desired)))
    if desired != actual:
        raise AssertionError('Differences in strings:\n- ' + actual.rstrip() + '\n+ ' + desired.rstrip())


def _exc_name(exc):
    if isinstance(exc, tuple):
        return ', '.join(e.__name__ for e in exc)
    return exc.__name__


class _AssertRaisesContext:
    def __init__(self, expected, regex=None):
        self.expected = expected
        self.regex = regex
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            raise AssertionError(_exc_name(self.expected) + ' not raised')
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.regex is not None:
            import re
            if not re.search(self.regex, str(exc_value)):
                raise AssertionError('"' + self.regex + '" does not match "' + str(exc_value) + '"')
        return True


def assert_raises(expected, *args, **kwargs):
    if not args:
        return _AssertRaisesContext(expected)
    func = args[0]
    try:
        func(*args[1:], **kwargs)
    except expected:
        return None
    raise AssertionError(_exc_name(expected) + ' not raised by ' + func.__name__)


def assert_raises_regex(expected, expected_regex, *args, **kwargs):
    if not args:
        return _AssertRaisesContext(expected, expected_regex)
    func = args[0]
    with _AssertRaisesContext(expected, expected_regex):
        func(*args[1:], **kwargs)
