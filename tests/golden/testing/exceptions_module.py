# numpy2: numpy.exceptions is new in NumPy 1.25 (the 1.24 reference has no such module);
# NumPy 2's hierarchy makes RankWarning a RuntimeWarning (1.24's np.RankWarning was a
# UserWarning) and AxisError takes (axis, ndim, msg_prefix). AxisError's second base,
# IndexError, is checked by errors/axis_error_bases.
import warnings
import numpy as np
import numpy.exceptions as ex
from numpy.exceptions import AxisError, RankWarning

names = ['AxisError', 'ComplexWarning', 'DTypePromotionError', 'ModuleDeprecationWarning',
         'RankWarning', 'TooHardError', 'VisibleDeprecationWarning']
bases = [Exception, Warning, ValueError, TypeError, RuntimeError, RuntimeWarning,
         UserWarning, DeprecationWarning]
for name in names:
    cls = getattr(ex, name)
    print(repr(cls), cls.__name__, cls.__module__, cls is getattr(np.exceptions, name))
    print('   ', [b.__name__ for b in bases if issubclass(cls, b)])

e = AxisError(2, 1)
print(repr(str(e)), e.axis, e.ndim, e.args)
e = AxisError(-3, 2, 'source')
print(repr(str(e)), e.axis, e.ndim)
e = AxisError('a custom message')
print(repr(str(e)), e.axis, e.ndim, repr(e))
e = AxisError(1, ndim=4, msg_prefix='axis1')
print(str(e))
try:
    raise AxisError(5, 3)
except ValueError as err:
    print(type(err).__name__, err)
try:
    np.sum(np.ones((2, 3)), axis=2)
except ex.AxisError as err:
    print(type(err).__name__, err, isinstance(err, ValueError))
    print(err.axis, err.ndim)
try:
    np.moveaxis(np.ones((2, 3)), 0, 5)
except np.exceptions.AxisError as err:
    print(err)
try:
    raise ex.TooHardError('Exceeded max_work')
except RuntimeError as err:
    print(type(err).__name__, err)
try:
    raise ex.DTypePromotionError('no common DType')
except TypeError as err:
    print(type(err).__name__, err)
class MyAxisError(AxisError):
    pass
print(str(MyAxisError(3, 1)), issubclass(MyAxisError, ValueError))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    np.polyfit([0.0, 1.0, 2.0], [1.0, 2.0, 3.0], 4)
    warnings.warn('visible', ex.VisibleDeprecationWarning)
for w in log:
    print(w.category.__name__, w.category.__module__, str(w.message), issubclass(w.category, RuntimeWarning))
with warnings.catch_warnings():
    warnings.simplefilter('error', RankWarning)
    try:
        np.polyfit([0.0, 1.0, 2.0], [1.0, 2.0, 3.0], 4)
    except RankWarning as err:
        print('raised', type(err).__name__, err)
raise ex.ComplexWarning('Casting complex values to real discards the imaginary part')
