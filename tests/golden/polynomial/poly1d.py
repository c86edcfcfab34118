# The classic polynomial API: poly1d (construction, printing, arithmetic, calls, items),
# polyval, polyadd/polysub/polymul/polydiv, polyder/polyint, poly of real roots, polyfit.
import numpy as np

p = np.poly1d([1, 2, 3])
print(repr(p), p.order, p.coeffs, p.c, p.variable, len(p))
print(p)
print(np.poly1d([3.5, 0, -2, 1.25]))
print(np.poly1d([1, 2, 3], variable='z'))
print(np.poly1d([0, 0, 1, 0]), repr(np.poly1d([0, 0])), repr(np.poly1d([])))
print(np.poly1d([1, 2], True))
print(np.poly1d([1e6, -1e-3, 2.5e10]))
print(np.poly1d(np.arange(1, 30)))
print(p(0.5), p([1, 2, 3]), p(np.array([[1.5], [2.0]])))
q = np.poly1d([2, -1])
print(p + q, p - q, p * q, q * 2, 2 * q, p ** 2, -p, +p is p, sep='\n')
print(p / q)
print(p / 2.0)
print(p + 1, 1 - p, [1, 1] + p, sep='\n')
print(p == np.poly1d([1, 2, 3]), p != q, p[0], p[2], p[5], [int(v) for v in p])
r = np.poly1d([1, 2, 3])
r[4] = 7
print(r)
print(p.deriv(), p.deriv(2), p.integ(), p.integ(2, k=[1, 2]), sep='\n')
print('== functions')
print(np.polyval([3, 0, 1], 5), np.polyval([1, -2, 1], np.array([0.5, 1.5])), np.polyval(p, q))
print(np.polyadd([1, 2], [9, 5, 4]), np.polyadd(p, [1]), np.polysub([2, 10, -2], [3, 10, -4]))
print(np.polymul([1, 2, 3], [9, 5, 1]), np.polymul(np.poly1d([1, 2]), [1, -1]))
print(np.polydiv([3.0, 5.0, 2.0], [2.0, 1.0]), np.polydiv(np.array([1, -3, 2]), np.array([1, -1])))
print(np.polyder([1, 1, 1, 1], 2), np.polyder(p, 0), np.polyint([3, 2, 1]), np.polyint([1, 1], 3, k=5))
print(np.poly([1, 2, 3]), np.poly([]), np.poly(np.array([0.5, -0.5], np.float32)))
x = np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0])
y = np.array([0.0, 0.8, 0.9, 0.1, -0.8, -1.0])
z = np.polyfit(x, y, 3)
print(np.round(z, 10))
c, res, rank, sv, rcond = np.polyfit(x, y, 2, full=True)
print(np.round(c, 10), np.round(res, 10), rank, np.round(sv, 10), rcond)
print(np.round(np.polyfit(x, np.c_[y, 2 * y], 1), 10))
print(np.round(np.polyfit(x, y, 1, w=np.arange(1, 7)), 10))
c, V = np.polyfit(x, y, 1, cov=True)
print(np.round(c, 10), np.round(V, 10))
print(np.round(np.poly1d(z)(2.5), 10))
for t in [lambda: np.polyfit(x, y, -1), lambda: np.polyfit(x[:, None], y, 1), lambda: np.polyfit([], [], 1),
          lambda: np.polyfit(x, y[:3], 1), lambda: np.polyder([1, 2], -1), lambda: np.polyint([1], -1),
          lambda: np.polyint([1, 2], 2, k=[1, 2, 3][:0]), lambda: p ** -1, lambda: p ** 1.5,
          lambda: np.poly1d([[1, 2], [3, 4]]), lambda: np.poly([[1, 2, 3]])]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print('== roots (real)')
print(np.roots([1, -6, 11, -6]), np.roots([2, -4]), np.roots([0, 0, 1, -3, 2, 0, 0]), np.roots([5]), np.roots([0, 0]))
print(np.poly1d([1, -3, 2]).roots, np.poly1d([1, -5, 6], r=False).r)
print(np.round(np.poly(np.array([[1.0, 2.0], [2.0, 1.0]])), 12), np.poly1d([2, 3], True))
try:
    np.roots([[1, 2], [3, 4]])
except ValueError as e:
    print(e)
