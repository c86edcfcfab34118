# numpy.testing, part 2 (run into the module after numpy_testing.py): the warning helpers
# (assert_warns, assert_no_warnings, suppress_warnings, clear_and_catch_warnings), the ULP
# comparisons (assert_array_max_ulp, assert_array_almost_equal_nulp), the exception classes
# and platform flags, print_assert_equal, runstring. Messages as NumPy 2.x words them.
import sys
import warnings
import numpy as np


class KnownFailureException(Exception):
    pass


KnownFailureTest = KnownFailureException


class IgnoreException(Exception):
    pass


class SkipTest(Exception):
    pass


verbose = 0
IS_PYPY = False
IS_PYSTON = False
IS_WASM = False
IS_MUSL = False
IS_EDITABLE = False
NOGIL_BUILD = False
HAS_REFCOUNT = getattr(sys, 'getrefcount', None) is not None
HAS_LAPACK64 = False


class _WarnsContext:
    # with assert_warns(C): the block must issue at least one warning of class C
    def __init__(self, warning_class, name=None):
        self.warning_class = warning_class
        self.name = name

    def __enter__(self):
        self._sup = suppress_warnings()
        self._sup.__enter__()
        self._log = self._sup.record(self.warning_class)
        return None

    def __exit__(self, exc_type, exc_value, tb):
        self._sup.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        if not len(self._log) > 0:
            name_str = ' when calling ' + self.name if self.name is not None else ''
            raise AssertionError('No warning raised' + name_str)
        return False


def assert_warns(warning_class, *args, **kwargs):
    if not args and not kwargs:
        return _WarnsContext(warning_class)
    elif not args:
        if 'match' in kwargs:
            raise RuntimeError("assert_warns does not use 'match' kwarg, use pytest.warns instead")
        raise RuntimeError('assert_warns(...) needs at least one arg')
    func = args[0]
    with _WarnsContext(warning_class, name=func.__name__):
        return func(*args[1:], **kwargs)


class _NoWarningsContext:
    def __init__(self, name=None):
        self.name = name

    def __enter__(self):
        self._cw = warnings.catch_warnings(record=True)
        self._log = self._cw.__enter__()
        warnings.simplefilter('always')
        return None

    def __exit__(self, exc_type, exc_value, tb):
        self._cw.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        if len(self._log) > 0:
            name_str = ' when calling ' + self.name if self.name is not None else ''
            raise AssertionError('Got warnings' + name_str + ': ' + str(self._log))
        return False


def assert_no_warnings(*args, **kwargs):
    if not args:
        return _NoWarningsContext()
    func = args[0]
    with _NoWarningsContext(name=func.__name__):
        return func(*args[1:], **kwargs)


class suppress_warnings:
    # NumPy's context manager: filter(category, message) silences matching warnings,
    # record(category, message) silences them and returns the list they are appended to;
    # everything else is shown (forwarding_rule 'always'; 'once'/'module'/'location' show
    # each distinct warning once).
    def __init__(self, forwarding_rule='always'):
        self._entered = False
        self._suppressions = []
        if forwarding_rule not in {'always', 'module', 'once', 'location'}:
            raise ValueError('unsupported forwarding rule.')
        self._forwarding_rule = forwarding_rule

    def _filter(self, category=Warning, message='', module=None, record=False):
        if record:
            record = []
        else:
            record = None
        import re
        pattern = re.compile(message, re.I)
        rule = (category, message, pattern, module, record)
        if self._entered:
            self._tmp_suppressions.append(rule)
        else:
            self._suppressions.append(rule)
        return record

    def filter(self, category=Warning, message='', module=None):
        self._filter(category=category, message=message, module=module, record=False)

    def record(self, category=Warning, message='', module=None):
        return self._filter(category=category, message=message, module=module, record=True)

    def __enter__(self):
        if self._entered:
            raise RuntimeError('cannot enter suppress_warnings twice.')
        self._cw = warnings.catch_warnings()
        self._cw.__enter__()
        self._orig_show = warnings.showwarning
        warnings.simplefilter('always')
        self._entered = True
        self._tmp_suppressions = []
        self._forwarded = set()
        self.log = []
        sup = self

        def show(message, category, filename, lineno, file=None, line=None):
            sup._showwarning(message, category, filename, lineno, file, line)
        warnings.showwarning = show
        return self

    def __exit__(self, *exc_info):
        warnings.showwarning = self._orig_show
        self._cw.__exit__(*exc_info)
        self._entered = False
        del self._tmp_suppressions
        return False

    def _showwarning(self, message, category, filename, lineno, file, line):
        text = str(message)
        for rule in (self._suppressions + self._tmp_suppressions)[::-1]:
            cat, _, pattern, mod, rec = rule
            if issubclass(category, cat) and pattern.match(text) is not None:
                if rec is not None:
                    msg = warnings.WarningMessage(message, category, filename, lineno, file, line)
                    self.log.append(msg)
                    rec.append(msg)
                return
        if self._forwarding_rule == 'always':
            self._orig_show(message, category, filename, lineno, file, line)
            return
        if self._forwarding_rule == 'once':
            signature = (text, category)
        elif self._forwarding_rule == 'module':
            signature = (text, category, filename)
        else:
            signature = (text, category, filename, lineno)
        if signature in self._forwarded:
            return
        self._forwarded.add(signature)
        self._orig_show(message, category, filename, lineno, file, line)

    def __call__(self, func):
        def new_func(*args, **kwargs):
            with self:
                return func(*args, **kwargs)
        return new_func


class clear_and_catch_warnings(warnings.catch_warnings):
    class_modules = ()

    def __init__(self, record=False, modules=()):
        self.modules = set(modules).union(self.class_modules)
        warnings.catch_warnings.__init__(self, record=record)


def _integer_repr(x, vdt, comp):
    rx = x.view(vdt)
    if not (rx.size == 1):
        rx[rx < 0] = comp - rx[rx < 0]
    elif rx < 0:
        rx = comp - rx
    return rx


def integer_repr(x):
    if x.dtype == np.float16:
        return _integer_repr(x, np.int16, np.int16(-2**15))
    elif x.dtype == np.float32:
        return _integer_repr(x, np.int32, np.int32(-2**31))
    elif x.dtype == np.float64:
        return _integer_repr(x, np.int64, np.int64(-2**63))
    raise ValueError('Unsupported dtype ' + str(x.dtype))


def nulp_diff(x, y, dtype=None):
    if dtype:
        x = np.asarray(x, dtype=dtype)
        y = np.asarray(y, dtype=dtype)
    else:
        x = np.asarray(x)
        y = np.asarray(y)
    t = np.common_type(x, y)
    if np.iscomplexobj(x) or np.iscomplexobj(y):
        raise NotImplementedError('_nulp not implemented for complex array')
    x = np.array([x], dtype=t)
    y = np.array([y], dtype=t)
    x[np.isnan(x)] = np.nan
    y[np.isnan(y)] = np.nan
    if not x.shape == y.shape:
        raise ValueError('Arrays do not have the same shape: ' + str(x.shape) + ' - ' + str(y.shape))
    rx = integer_repr(x)
    ry = integer_repr(y)
    return np.abs(np.asarray(rx - ry, dtype=t))


def assert_array_max_ulp(a, b, maxulp=1, dtype=None):
    ret = nulp_diff(a, b, dtype)
    if not np.all(ret <= maxulp):
        raise AssertionError('Arrays are not almost equal up to %g ULP (max difference is %g ULP)' %
                             (maxulp, np.max(ret)))
    return ret


def assert_array_almost_equal_nulp(x, y, nulp=1):
    ax = np.abs(x)
    ay = np.abs(y)
    ref = nulp * np.spacing(np.where(ax > ay, ax, ay))
    if not np.all(np.abs(x - y) <= ref):
        if np.iscomplexobj(x) or np.iscomplexobj(y):
            msg = 'Arrays are not equal to %d ULP' % nulp
        else:
            max_nulp = np.max(nulp_diff(x, y))
            msg = 'Arrays are not equal to %d ULP (max is %g)' % (nulp, max_nulp)
        raise AssertionError(msg)


def print_assert_equal(test_string, actual, desired):
    # NumPy pprint()s both values; for what fits on a line that is their repr
    if not (actual == desired):
        raise AssertionError(str(test_string) + ' failed\nACTUAL: \n' + repr(actual) +
                             '\nDESIRED: \n' + repr(desired) + '\n')


def runstring(astr, dict):
    exec(astr, dict)


class _NoGcCyclesContext:
    # NumPy checks gc.garbage only when the interpreter counts references (HAS_REFCOUNT);
    # stridelab's sys has no getrefcount, so, as NumPy does there, nothing is checked.
    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        return False


def assert_no_gc_cycles(*args, **kwargs):
    if not args:
        return _NoGcCyclesContext()
    func = args[0]
    with _NoGcCyclesContext():
        func(*args[1:], **kwargs)


def break_cycles():
    # NumPy runs gc.collect(); stridelab frees objects by reference counting only
    return None


def check_support_sve(__cache=[]):
    return False
