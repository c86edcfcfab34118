# numpy.testing's warning helpers (assert_warns, assert_no_warnings, suppress_warnings,
# clear_and_catch_warnings) and the other small names: print_assert_equal, the
# test-framework exception classes and flags.
import warnings
import numpy as np
import numpy.testing as npt

def warn_user(x):
    warnings.warn('careful', UserWarning)
    return x * 2

def quiet(x):
    return x + 1

def check(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print('passed', r)
    except AssertionError as e:
        print('AssertionError', repr(str(e)))

check(npt.assert_warns, UserWarning, warn_user, 21)
check(npt.assert_warns, RuntimeWarning, quiet, 1)
check(npt.assert_warns, UserWarning, warn_user, x=5)
with npt.assert_warns(UserWarning):
    warnings.warn('inside', UserWarning)
print('context form passed')
try:
    with npt.assert_warns(DeprecationWarning):
        x = 1 + 1
except AssertionError as e:
    print('AssertionError', repr(str(e)))
try:
    npt.assert_warns(UserWarning)
except Exception as e:
    print(type(e).__name__, e)
with npt.assert_warns(RuntimeWarning):
    np.log(np.array([0.0]))
print('numpy warning caught')

check(npt.assert_no_warnings, quiet, 41)
with npt.assert_no_warnings():
    y = np.sqrt(np.array([4.0]))
print('no warnings', y)
try:
    npt.assert_no_warnings(warn_user, 1)
except AssertionError as e:
    print('AssertionError', str(e).split(':')[0])

with npt.suppress_warnings() as sup:
    sup.filter(UserWarning, 'care')
    rec = sup.record(RuntimeWarning)
    warnings.warn('careful there', UserWarning)
    np.log(np.array([0.0, -1.0]))
    warnings.warn('another', RuntimeWarning)
    print(len(rec), [str(m.message) for m in rec], [m.category.__name__ for m in rec])
    print(len(sup.log))
sup2 = npt.suppress_warnings()
sup2.filter(message='ignore me')
@sup2
def noisy():
    warnings.warn('ignore me please')
    return 'done'
print(noisy())
try:
    npt.suppress_warnings('sometimes')
except ValueError as e:
    print('ValueError', e)
with npt.clear_and_catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('kept', UserWarning)
print(len(log), str(log[0].message))

try:
    npt.print_assert_equal('Test XYZ of func xyz', [0, 1], [0, 2])
except AssertionError as e:
    print(repr(str(e)))
print(npt.print_assert_equal('ok', {'a': 1}, {'a': 1}))
for cls in [npt.SkipTest, npt.KnownFailureException, npt.IgnoreException]:
    print(cls.__name__, issubclass(cls, Exception))
print(npt.verbose, npt.IS_PYPY, npt.HAS_REFCOUNT in (True, False))
