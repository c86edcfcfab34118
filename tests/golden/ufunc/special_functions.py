# np.sinc, np.i0, np.fix, np.isposinf, np.isneginf: dtypes, 0-d, out=, strided input.
import numpy as np

x = np.linspace(-4, 4, 9)
print(np.sinc(x))
print(np.sinc(0), type(np.sinc(0)).__name__, np.sinc(np.array([0, 1, 2])))
print(np.sinc(np.array([0.5, 0.0], dtype=np.float32)))
print(np.i0(0.), np.i0([0, 1, 2, 3]))
print(np.i0(np.array([-10.0, -8.0, 0.5, 8.0, 9.0, 20.0])))
print(np.i0(np.arange(4).reshape(2, 2)).dtype)
print(type(np.i0(1.0)).__name__, np.i0(1.0).shape)

v = np.array([2.1, 2.9, -2.1, -2.9, -0.5, 0.0, np.inf, -np.inf, np.nan])
print(np.fix(v), np.fix(3.14), np.fix(-3.14))
print(np.fix(np.array([[1.5, -1.5], [2.5, -2.5]], dtype=np.float32)).T)
y = np.zeros(9)
r = np.fix(v, y)
print(r is y, y)
print(np.fix(v[::2], out=np.empty(5)))

w = np.array([-np.inf, 0.0, np.inf, np.nan, -0.0, 1e308])
print(np.isposinf(w), np.isneginf(w), np.isposinf(np.inf), np.isneginf(-np.inf))
print(np.isposinf(np.arange(3)), np.isneginf([1, 2]))
o = np.zeros(6, dtype=bool)
print(np.isposinf(w, o) is o, o)
print(np.isneginf(w, out=np.zeros(6, dtype=np.int32)))
print(np.isposinf(w.astype(np.float32)[::-1]))
