# NEP 50: NumPy scalars are strong (they promote like arrays); Python ints that do not fit the
# array's dtype raise OverflowError.
# numpy2: 1.24 used value-based casting for NumPy scalars and Python ints (int8 array + np.int64(1)
# stayed int8, uint8 array + 300 became uint16, np.float32(3) + 3.0 was float64). NumPy 2 follows
# NEP 50; the .numpy2.out is hand-written.
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

i8 = np.array([1, 2], np.int8)
u8 = np.array([1, 2], np.uint8)
f32 = np.array([1.5], np.float32)
t('int8 arr + np.int64', lambda: i8 + np.int64(1))
t('int8 arr + np.int8', lambda: i8 + np.int8(1))
t('np.int16 + int8 arr', lambda: np.int16(1) * i8)
t('uint8 arr + np.int8', lambda: u8 + np.int8(1))
t('f32 arr + np.float64', lambda: f32 + np.float64(1.5))
t('f32 arr + 1.5', lambda: f32 + 1.5)
t('int8 arr * np.float32', lambda: i8 * np.float32(0.5))
t('np.float32 + 3.0', lambda: np.float32(3) + 3.0)
t('np.float32 * 2', lambda: np.float32(3) * 2)
t('np.int8 + 1', lambda: np.int8(3) + 1)
t('np.uint8 + np.int8', lambda: np.uint8(3) + np.int8(1))
t('np.int32 / 2', lambda: np.int32(3) / 2)
t('uint8 arr + 300', lambda: u8 + 300)
t('uint8 arr + -1', lambda: u8 + -1)
t('uint8 arr - 1', lambda: u8 - 1)
t('int8 arr * 1000', lambda: i8 * 1000)
t('int8 arr + 128', lambda: i8 + 128)
t('int8 arr + -129', lambda: i8 + -129)
t('int8 arr + -128', lambda: i8 + -128)
t('uint64 arr + -1', lambda: np.array([5], np.uint64) + -1)
t('np.add uint8, 256', lambda: np.add(u8, 256))
t('np.maximum uint8 300', lambda: np.maximum(u8, 300))
t('int16 & 70000', lambda: np.array([1], np.int16) & 70000)
t('int32 + 2**40', lambda: np.array([1], np.int32) + 2**40)
