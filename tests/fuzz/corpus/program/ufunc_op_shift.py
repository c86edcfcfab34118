# << and >>: shift by >= bit width gives 0 (or -1 for negative >>), bools shift as int8.
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

a = np.array([1, -1, 5, -8])
t('a<<1', lambda: a << 1)
t('a>>1', lambda: a >> 1)
t('a<<63', lambda: a << 63)
t('a<<64', lambda: a << 64)
t('a>>64', lambda: a >> 64)
t('a>>100', lambda: a >> 100)
t('a<<arr', lambda: a << np.array([0, 1, 2, 3]))
t('1<<arr', lambda: 1 << np.array([0, 10, 62, 63]))
t('int8<<', lambda: np.array([1, 3, -1], np.int8) << np.array([7, 7, 8], np.int8))
t('int8>>', lambda: np.array([-128, 64, -1], np.int8) >> np.array([7, 7, 9], np.int8))
t('uint8<<', lambda: np.array([1, 255], np.uint8) << np.array([7, 1], np.uint8))
t('uint8>>', lambda: np.array([128, 255], np.uint8) >> np.array([7, 8], np.uint8))
t('uint64>>', lambda: np.array([-1]).astype(np.uint64) >> np.array([63], np.uint64))
t('bool<<', lambda: np.array([True, False]) << np.array([True, True]))
t('bool>>1', lambda: np.array([True, False]) >> 1)
t('np.left_shift', lambda: np.left_shift(3, [1, 2]))
t('np.right_shift', lambda: np.right_shift([256, -256], 4))
t('float<<', lambda: np.array([1.0]) << 1)
t('int>>float', lambda: np.array([8]) >> 1.0)
t('u8 << i8', lambda: np.array([3], np.uint8) << np.array([2], np.int8))
t('u64 << i64', lambda: np.array([3], np.uint64) << np.array([2]))
