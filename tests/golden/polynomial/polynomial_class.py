# numpy.polynomial: Polynomial construction, printing (unicode and ascii), evaluation with
# domain/window mapping, arithmetic, deriv/integ, fit/convert/linspace, and the
# numpy.polynomial.polynomial functions. (reprs differ between NumPy 1.24 and 2: not printed)
import numpy as np
from numpy.polynomial import Polynomial as P
import numpy.polynomial.polynomial as poly

p = P([1, 2, 3])
print(p, '|', P([1.5, -2.0, 0.0, 4.25]), '|', P([0]), '|', P([-1, 0.5]))
print(format(p, 'ascii'), '|', format(P([1, -2, 3, -4]), 'unicode'))
print(P(np.arange(1, 16)))
print(P([1e-5, 2e9, 3]))
print(p.coef, p.symbol, p.degree(), len(p), [float(v) for v in p])
print(p(2), p(np.array([0.0, 0.5, 1.0])), p(np.array([[1], [2]])))
q = P([1, -1])
print(p + q, '|', p - q, '|', p * q, '|', p ** 2, '|', -p, '|', p + 1, '|', 2 * p, '|', 1 - p)
print(p // q, '|', p % q, '|', divmod(p, q)[0], '|', p / 2)
print(p == P([1, 2, 3]), p != q, p.has_samecoef(P([1, 2, 3])))
print(p.deriv(), '|', p.deriv(2), '|', p.integ(), '|', p.integ(2, k=[1, 2]), '|', p.integ(lbnd=1))
print(p.trim(), '|', P([1, 2, 0, 0]).trim(), '|', P([1, 1e-10, 3]).trim(1e-5), '|', p.truncate(2), '|', p.cutdeg(0))
print(P.basis(3), '|', P.identity(), '|', P.fromroots([1, 2, 3]), '|', P([2, 4]).roots())
x = np.linspace(0, 4, 9)
y = 3 * x ** 2 - 2 * x + 1 + np.array([0.1, -0.2, 0.05, 0.0, 0.3, -0.1, 0.2, -0.3, 0.1])
f = P.fit(x, y, 2)
print(np.round(f.coef, 10), f.domain)
print(np.round(f.convert().coef, 10))
c = f.convert()
print(np.round(c(2.0), 10), np.round(f(2.0), 10))
g, (res, rank, sv, rcond) = P.fit(x, y, 1, full=True)
print(np.round(g.coef, 10), np.round(res, 8), rank, np.round(sv, 10), rcond)
xs, ys = p.linspace(5)
print(xs, ys)
h = P([1, 2, 3], domain=[0, 2])
print(h.coef, h(1.0), [float(v) for v in h.mapparms()])  # str(h) shows the mapping only in NumPy 2
print(P([1, 2], symbol='t'), '|', P([1, 2, 3], window=[0, 1]).coef)
np.polynomial.set_default_printstyle('ascii')
print(p)
np.polynomial.set_default_printstyle('unicode')
print(p)
print('== functions')
print(poly.polyval(2, [1, 2, 3]), poly.polyval([1, 2], [1, 2, 3]), poly.polyval(np.array([[1], [2]]), [1, 0, 1]))
print(poly.polyadd([1, 2, 3], [3, 2, 1, 4]), poly.polysub([1, 2, 3], [1, 2, 3]), poly.polymul([1, 2], [3, 4]))
print(poly.polydiv([1, 2, 3], [3, 2, 1]), poly.polydiv([2, 4, 6], [2]), poly.polypow([1, 2], 3))
print(poly.polyder([1, 2, 3, 4]), poly.polyder([1, 2, 3, 4], 2, scl=-1), poly.polyint([1, 2, 3]), poly.polyint([1, 2, 3], 2, k=[1, 2], lbnd=-1))
print(poly.polyfromroots([-1, 0, 1]), poly.polyvalfromroots([1, 2], [1, 2, 3]), poly.polyline(3, 2), poly.polyline(3, 0))
print(poly.polyvander([1, 2, 3], 3), poly.polyvander2d([1, 2], [3, 4], [1, 1]))
print(poly.polytrim([1, 0, 3, 0, 0]), poly.polytrim([1e-3, 1, 1e-3], 1e-2), poly.polymulx([1, 2]), poly.polycompanion([1, 2]))
print(poly.polyzero, poly.polyone, poly.polyx, poly.polyroots([2, 4]))
print(np.round(poly.polyfit(x, y, 2), 10), np.round(poly.polyfit(x, y, [0, 2]), 10))
print(poly.polyval2d([1, 2], [3, 4], [[1, 2], [3, 4]]), poly.polygrid2d([1, 2], [3, 4], [[1, 2], [3, 4]]))
for t in [lambda: P([]), lambda: P([[1, 2]]), lambda: P([1], domain=[1, 2, 3]), lambda: P([1], symbol='1x'),
          lambda: P([1], symbol=3), lambda: p ** -1, lambda: p ** 101, lambda: p / q, lambda: p.truncate(0),
          lambda: P.basis(-1), lambda: p + P([1], domain=[0, 1]), lambda: poly.polyder([1, 2], -1),
          lambda: poly.polyint([1, 2], k=[1, 2]), lambda: poly.polydiv([1, 2], [0]), lambda: poly.polyvander([1], -1),
          lambda: poly.polyfit(x, y, -1), lambda: poly.polyfit(x, y, 1.5), lambda: poly.polytrim([1], -1),
          lambda: np.polynomial.set_default_printstyle('x'), lambda: poly.polycompanion([1])]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print('== roots (real)')
print(poly.polyroots([-6, 11, -6, 1]), poly.polyroots([5]), P([6, -5, 1]).roots(), P.fromroots([1, 4]).roots())
