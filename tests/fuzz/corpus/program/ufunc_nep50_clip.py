# np.clip with Python int bounds outside an integer array's range, and NumPy 2.1's argument rules.
# numpy2: NumPy 2 drops Python int bounds that cover the whole dtype range (no value-based upcast:
# the result keeps the array's dtype; a bound that does not fit raises OverflowError), clip with no
# bound returns a copy, and 2.1 accepts min=/max= keywords (a single positional bound is a TypeError).
# 1.24 promoted to int16 instead. The .numpy2.out is hand-written.
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

u8 = np.array([0, 100, 255], np.uint8)
i8 = np.array([-128, 0, 127], np.int8)
t('u8 -1 300', lambda: np.clip(u8, -1, 300))
t('u8 10 300', lambda: np.clip(u8, 10, 300))
t('u8 -5 100', lambda: np.clip(u8, -5, 100))
t('i8 -200 50', lambda: np.clip(i8, -200, 50))
t('i8 -50 200', lambda: np.clip(i8, -50, 200))
t('u8 300 400', lambda: np.clip(u8, 300, 400))
t('u8 0 255', lambda: np.clip(u8, 0, 255))
t('method u8 -1 1000', lambda: u8.clip(-1, 1000))
t('u8 float bound', lambda: np.clip(u8, 0.5, 300))
t('None None', lambda: np.clip(u8, None, None))
t('min kw', lambda: np.clip(i8, min=-5))
t('max kw', lambda: np.clip(i8, max=5))
t('min max kw', lambda: np.clip(i8, min=-5, max=5))
t('one positional', lambda: np.clip(i8, 3))
t('a_max only', lambda: np.clip(i8, a_max=3))
t('both spellings', lambda: np.clip(i8, 1, 2, min=0))
t('method no bound', lambda: i8.clip())
