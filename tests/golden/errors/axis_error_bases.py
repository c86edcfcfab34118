# numpy2: AxisError lives in numpy.exceptions (new in 1.25; the 1.24 reference has np.AxisError,
#   so the .numpy2.out comes from scripts/numpy2_array_api_shim.py, which aliases it, with the
#   class paths renamed as golden_regen's RENAMES does).
# AxisError is both a ValueError and an IndexError: except clauses, isinstance/issubclass,
# __bases__/__mro__, a subclass, and errors the engine raises
import numpy as np

AxisError = np.exceptions.AxisError

print(AxisError.__bases__)
print(AxisError.__mro__)
print(issubclass(AxisError, IndexError), issubclass(AxisError, ValueError), issubclass(AxisError, LookupError))
e = AxisError(3, 2)
print(isinstance(e, IndexError), isinstance(e, ValueError), isinstance(e, KeyError), e.axis, e.ndim)


def constructed():
    raise AxisError(1, 1, 'prefix')


for label, f in [('sum', lambda: np.sum(np.ones((2, 2)), axis=5)),
                 ('moveaxis', lambda: np.moveaxis(np.ones(3), 0, 2)),
                 ('constructed', constructed)]:
    try:
        f()
    except IndexError as err:
        print(label, 'IndexError handler:', type(err).__name__, err)
    try:
        f()
    except ValueError as err:
        print(label, 'ValueError handler:', type(err).__name__, err)
    try:
        f()
    except (KeyError, LookupError) as err:
        print(label, 'LookupError handler:', type(err).__name__)


class MyAxisError(AxisError):
    pass


print(issubclass(MyAxisError, IndexError), MyAxisError.__mro__[1:4])
try:
    raise MyAxisError('custom message')
except IndexError as err:
    print('caught', type(err).__name__, err, isinstance(err, LookupError))
print(issubclass(ValueError, IndexError), issubclass(IndexError, AxisError), isinstance(IndexError('x'), AxisError))
try:
    [1][5]
except ValueError:
    print('wrong')
except IndexError as err:
    print('plain IndexError', err)
