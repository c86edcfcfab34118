# Floor division and remainder: Python sign conventions for ints and floats, division by zero.
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

a = np.array([7, -7, 7, -7, 0])
b = np.array([2, 2, -2, -2, 3])
t('a//b', lambda: a // b)
t('a%b', lambda: a % b)
t('a//3', lambda: a // 3)
t('a%3', lambda: a % 3)
t('a%-3', lambda: a % -3)
t('10//a', lambda: 10 // np.array([3, -3, 4]))
t('10%a', lambda: 10 % np.array([3, -3, 4]))
f = np.array([7.5, -7.5, 7.5, -7.5])
g = np.array([2.0, 2.0, -2.0, -2.0])
t('f//g', lambda: f // g)
t('f%g', lambda: f % g)
t('f//0.5', lambda: f // 0.5)
t('f%0.75', lambda: f % 0.75)
t('int//0', lambda: a // 0)
t('int%0', lambda: a % 0)
t('int8 // 0', lambda: np.array([5, -5], np.int8) // np.array([0, 0], np.int8))
t('uint8 % 0', lambda: np.array([5, 6], np.uint8) % np.array([0, 4], np.uint8))
t('float//0', lambda: np.array([1.0, -1.0, 0.0]) // 0.0)
t('float%0', lambda: np.array([1.0, -1.0, 0.0]) % 0.0)
t('float%inf', lambda: np.array([1.0, -1.0]) % np.inf)
t('inf//2', lambda: np.array([np.inf]) // 2)
t('np.floor_divide', lambda: np.floor_divide([9, -9], 4))
t('np.remainder', lambda: np.remainder([9, -9], 4))
t('np.mod', lambda: np.mod([9.5, -9.5], 4))
t('bool//bool', lambda: np.array([True, False]) // np.array([True, True]))
t('bool%bool', lambda: np.array([True, False]) % np.array([True, True]))
t('uint // int', lambda: np.array([7], np.uint8) // np.array([-2], np.int8))
t('int8 min // -1', lambda: np.array([-128], np.int8) // np.array([-1], np.int8))
t('int8 min % -1', lambda: np.array([-128], np.int8) % np.array([-1], np.int8))
