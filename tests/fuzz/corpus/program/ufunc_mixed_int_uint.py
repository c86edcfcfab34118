# Mixed signed/unsigned operands: promotion to the next signed type or float64; exact comparisons.
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

i8 = np.array([-1, 100], np.int8)
u8 = np.array([255, 100], np.uint8)
t('i8+u8', lambda: i8 + u8)
t('i16*u16', lambda: np.array([-2], np.int16) * np.array([40000], np.uint16))
t('i32+u32', lambda: np.array([-1], np.int32) + np.array([4294967295], np.uint32))
t('i64+u64', lambda: np.array([-1]) + np.array([3], np.uint64))
t('i64//u64', lambda: np.array([-7]) // np.array([2], np.uint64))
t('u64-i8', lambda: np.array([5], np.uint64) - np.array([1], np.int8))
t('u8-i8', lambda: u8 - i8)
t('u32*i8', lambda: np.array([3], np.uint32) * np.array([-2], np.int8))
t('i8<u8', lambda: i8 < u8)
t('i8==u8', lambda: i8 == u8)
t('i64<u64', lambda: np.array([-1, 5, 7]) < np.array([0, 5, 6], np.uint64))
t('i64==u64', lambda: np.array([-1, 5]) == np.array([1, 5], np.uint64))
t('u64>=i64', lambda: np.array([0, 5], np.uint64) >= np.array([-3, 6]))
t('i64 max vs u64', lambda: np.array([9223372036854775807]) < np.array([-1]).astype(np.uint64))
t('maximum i64 u64', lambda: np.maximum(np.array([-1]), np.array([1], np.uint64)))
t('i8 & u8', lambda: i8 & u8)
t('i32 | u16', lambda: np.array([-1], np.int32) | np.array([1], np.uint16))
t('u32 ^ i32', lambda: np.array([1], np.uint32) ^ np.array([-1], np.int32))
t('i8 % u8', lambda: np.array([-7], np.int8) % np.array([3], np.uint8))
