# ufunc objects: repr/str, __name__, nin, nout, nargs, identity, aliases, type name.
import numpy as np


def show(label, x):
    # arrays print their repr (dtype included when not the default); scalars str + dtype
    if isinstance(x, np.ndarray):
        print(label, repr(x))
    else:
        print(label, 'scalar', x, x.dtype)


def t(label, f):
    try:
        show(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

for name in ['add', 'subtract', 'multiply', 'divide', 'true_divide', 'floor_divide', 'remainder', 'mod',
             'power', 'negative', 'absolute', 'abs', 'invert', 'bitwise_not', 'equal', 'logical_not',
             'logical_and', 'bitwise_and', 'left_shift', 'sqrt', 'arctan2', 'hypot', 'isnan', 'maximum',
             'fmin', 'sign', 'rint', 'floor']:
    u = getattr(np, name)
    print(name, repr(u), str(u), u.__name__, u.nin, u.nout, u.nargs, u.identity)
print(type(np.add).__name__, type(np.add))
print(np.divide is np.true_divide, np.abs is np.absolute, np.mod is np.remainder, np.bitwise_not is np.invert)
print(isinstance(np.sqrt, np.ufunc))
print([np.add, np.sqrt])
