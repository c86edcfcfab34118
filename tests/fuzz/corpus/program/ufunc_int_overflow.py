# Integer overflow wraps around (warnings go to stderr): + - * ** abs negative, every width.
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

t('int8 +', lambda: np.array([127, -128], np.int8) + np.array([1, -1], np.int8))
t('int8 *', lambda: np.array([64, 100], np.int8) * np.array([2, 3], np.int8))
t('uint8 +', lambda: np.array([255, 200], np.uint8) + np.array([1, 100], np.uint8))
t('uint8 -', lambda: np.array([0, 5], np.uint8) - np.array([1, 10], np.uint8))
t('int16 *', lambda: np.array([300], np.int16) * np.array([300], np.int16))
t('uint16 +', lambda: np.array([65535], np.uint16) + np.array([2], np.uint16))
t('int32 +', lambda: np.array([2147483647], np.int32) + np.array([1], np.int32))
t('uint32 *', lambda: np.array([65536], np.uint32) * np.array([65536], np.uint32))
t('int64 +', lambda: np.array([9223372036854775807]) + 1)
t('int64 *', lambda: np.array([4611686018427387904]) * 4)
t('int64 -', lambda: np.array([-9223372036854775807]) - 2)
t('uint64 -', lambda: np.array([0], np.uint64) - np.array([1], np.uint64))
t('int8 neg', lambda: -np.array([-128], np.int8))
t('int16 abs', lambda: np.abs(np.array([-32768], np.int16)))
t('int32 **', lambda: np.array([3], np.int32) ** np.array([25], np.int32))
t('int64 **', lambda: np.array([10]) ** 19)
t('uint8 square', lambda: np.square(np.array([20], np.uint8)))
t('arange sum wrap', lambda: np.add.reduce(np.array([100, 100, 100], np.int8)))
t('cumsum wrap', lambda: np.add.accumulate(np.array([100, 100, 100], np.int8)))
t('prod wrap', lambda: np.multiply.reduce(np.array([256, 256, 256, 256, 256, 256, 256, 256], np.int64)))
t('scalar wrap', lambda: np.int8(127) + np.int8(1))
t('uint scalar wrap', lambda: np.uint8(0) - np.uint8(1))
t('int64 scalar wrap', lambda: np.int64(9223372036854775807) + np.int64(1))
