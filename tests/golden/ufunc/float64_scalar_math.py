# Arithmetic and comparisons on np.float64 scalars (sum(arr), Python loops over an array):
# result types, values and signed zeros, and the floating-point errors np.errstate reports.
import warnings
import numpy as np

a = np.array([0.5, -1.25, 3.0, 1e308, 1e-308, 0.0, -0.0, np.inf, np.nan])
x, y, big, tiny, zero, nzero, inf, nan = a[0], a[1], a[3], a[4], a[5], a[6], a[7], a[8]
z = a[2]

def show(label, v):
    print(label, type(v).__name__, str(v), np.array(v).tobytes().hex())

show('x+y', x + y)
show('x-y', x - y)
show('x*y', x * y)
show('x/y', x / y)
show('x+2.5', x + 2.5)
show('2.5+x', 2.5 + x)
show('2.5-x', 2.5 - x)
show('2.5/x', 2.5 / x)
show('x*-1.0', x * -1.0)
show('z-z', z - z)
show('nzero+nzero', nzero + nzero)
show('nzero-zero', nzero - zero)
show('zero*y', zero * y)
show('nzero/x', nzero / x)
acc = 0.0
for v in a[:3]:
    acc = acc + v
show('acc', acc)
acc2 = a[0]
acc2 += y
acc2 -= 0.25
acc2 *= 2.0
acc2 /= 4.0
show('acc2', acc2)
show('sum', sum(a[:3]))
print(min(a[:3]), max(a[:3]), [float(t) for t in sorted(a[:3])], type(min(a[:3])).__name__)
print(x < y, x <= y, x == 0.5, x != 0.5, x > y, x >= 0.5, 0.5 == x, 1.0 > x)
print(type(x < y) is np.bool_, (x < y) is np.False_, (x > y) is np.True_)
print(nan < x, nan == nan, nan != nan, x >= nan)
print(inf > big, -inf < y, zero == nzero)

# every FP condition still goes through np.seterr (underflow: see below)
for label, f in [('overflow', lambda: big * 10.0), ('overflow add', lambda: big + big),
                 ('divide', lambda: x / 0.0), ('invalid', lambda: zero / zero),
                 ('inf-inf', lambda: inf - inf), ('inf*0', lambda: inf * 0.0),
                 ('subnormal add', lambda: tiny - 0.99e-308)]:
    with np.errstate(all='raise'):
        try:
            r = f()
            print(label, 'ok', r)
        except FloatingPointError as e:
            print(label, 'FloatingPointError', e)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        with np.errstate(all='warn'):
            r = f()
        print(label, r, [str(m.message) for m in w])
print(inf + 1.0, nan * 2.0, 1.0 / inf, zero / inf)
