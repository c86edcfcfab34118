# Unary - + ~ and abs on every kind; bool negative is an error, ~bool is logical not.
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

i = np.array([-3, 0, 5])
t('-i', lambda: -i)
t('+i', lambda: +i)
t('~i', lambda: ~i)
t('abs(i)', lambda: abs(i))
f = np.array([-1.5, 0.0, 2.25, np.inf, -np.inf])
t('-f', lambda: -f)
t('+f', lambda: +f)
t('abs(f)', lambda: abs(f))
t('~f', lambda: ~f)
b = np.array([True, False])
t('~b', lambda: ~b)
t('abs(b)', lambda: abs(b))
t('-b', lambda: -b)
t('np.negative(b)', lambda: np.negative(b))
u = np.array([0, 1, 255], np.uint8)
t('-u', lambda: -u)
t('~u', lambda: ~u)
t('abs(u)', lambda: abs(u))
i8 = np.array([-128, -1, 127], np.int8)
t('-i8', lambda: -i8)
t('abs(i8)', lambda: abs(i8))
t('~i8', lambda: ~i8)
t('np.absolute', lambda: np.absolute([-1, 2]))
t('np.abs float', lambda: np.abs(-2.5))
t('np.negative 0d', lambda: np.negative(np.array(3)))
t('np.positive', lambda: np.positive(np.array([1.5, -2.0], np.float32)))
t('np.invert', lambda: np.invert(np.array([0, 1, -2], np.int16)))
t('np.bitwise_not', lambda: np.bitwise_not(np.array([0, 7], np.uint16)))
t('~0d', lambda: ~np.array(5, np.uint32))
t('-u64', lambda: -np.array([1, -2]).astype(np.uint64))
t('abs min64', lambda: abs(np.array([-9223372036854775807 - 1, -5])))
