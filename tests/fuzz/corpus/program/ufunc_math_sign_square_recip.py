# sign, square, reciprocal on ints, unsigned, floats (nan, -0.0, inf).
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

t('sign int', lambda: np.sign(np.array([-5, 0, 7])))
t('sign uint8', lambda: np.sign(np.array([0, 3], np.uint8)))
t('sign float', lambda: np.sign(np.array([-2.5, -0.0, 0.0, 3.0, np.inf, -np.inf])))
t('sign nan', lambda: np.isnan(np.sign(np.array([np.nan]))))
t('sign f32', lambda: np.sign(np.array([-1.5, 2.0], np.float32)))
t('sign scalar', lambda: np.sign(-3))
t('sign float scalar', lambda: np.sign(0.5))
t('square int', lambda: np.square(np.array([-3, 4])))
t('square int8 wrap', lambda: np.square(np.array([12, -16], np.int8)))
t('square uint8', lambda: np.square(np.array([15, 16], np.uint8)))
t('square float', lambda: np.square(np.array([1.5, -0.5, np.inf])))
t('square f32', lambda: np.square(np.array([1.5], np.float32)))
t('square bool', lambda: np.square(np.array([True, False])))
t('square scalar', lambda: np.square(3.0))
t('reciprocal int', lambda: np.reciprocal(np.array([1, -1, 2, 3, -2])))
t('reciprocal uint8', lambda: np.reciprocal(np.array([1, 2], np.uint8)))
t('reciprocal float', lambda: np.reciprocal(np.array([2.0, -4.0, 0.0, np.inf])))
t('reciprocal f32', lambda: np.reciprocal(np.array([4.0], np.float32)))
t('reciprocal scalar', lambda: np.reciprocal(0.5))
t('reciprocal bool', lambda: np.reciprocal(np.array([True])))
