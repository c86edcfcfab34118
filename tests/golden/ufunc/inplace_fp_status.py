# Floating-point warnings of in-place operations: the loop overwrites its inputs, and the
# warning still names what happened to them (0/0 is invalid, x/0 divide by zero, a NaN
# input is silent), as for a fresh result.
import numpy as np
import warnings

def report(label, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        r = f()
    print(label, r, [str(x.message) for x in w])

def inplace_div():
    t = np.array([0.0, 1.0, -1.0, np.nan, np.inf, 2.0])
    t /= np.array([0.0, 0.0, 0.0, 0.0, np.inf, 4.0])
    return t
report('t /= u', inplace_div)
def inplace_div_scalar():
    t = np.array([0.0, 1.0, np.nan])
    t /= 0
    return t
report('t /= 0', inplace_div_scalar)
def ufunc_out():
    t = np.array([-1.0, 4.0, np.nan, -np.inf])
    np.sqrt(t, out=t)
    return t
report('sqrt(t, out=t)', ufunc_out)
def log_out():
    t = np.array([0.0, -1.0, 1.0])
    np.log(t, out=t)
    return t
report('log(t, out=t)', log_out)
def recip():
    t = np.array([0.0, 2.0, 1e-310])
    t **= -1
    return t
report('t **= -1', recip)
def square():
    t = np.array([1e200, 3.0])
    t **= 2
    return t
report('t **= 2', square)
def mul_inf():
    t = np.array([0.0, 1.0])
    t *= np.inf
    return t
report('t *= inf', mul_inf)
def sub_inf():
    t = np.array([np.inf, 1.0, np.nan])
    t -= np.array([np.inf, np.inf, 1.0])
    return t
report('t -= u', sub_inf)
def int_floordiv():
    t = np.array([7, 0, -9])
    t //= np.array([0, 0, 2])
    return t
report('int t //= u', int_floordiv)
def self_div():
    t = np.array([0.0, 2.0, np.inf])
    t /= t
    return t
report('t /= t', self_div)
def temporaries():
    big = np.zeros(100000)
    r = (big - big) / (big + 1 - 1)
    return r[:2]
report('temporary / temporary', temporaries)
def f32():
    t = np.zeros(3, dtype=np.float32)
    t /= np.float32(0)
    return t
report('float32 t /= 0', f32)
def strided():
    t = np.zeros(10)
    v = t[::3]
    v /= 0
    return t
report('strided view /= 0', strided)
def cast():
    t = np.zeros(3)
    t /= np.zeros(3, dtype=np.float32)
    return t
report('t /= float32 zeros', cast)
