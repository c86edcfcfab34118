# Binary ufuncs new to stridelab: copysign, nextafter, heaviside, logaddexp(2),
# float_power, fmod, gcd, lcm, ldexp — values, dtypes, broadcasting, reduce.
import numpy as np

a = np.array([-3.0, -0.0, 0.0, 2.5, np.inf, np.nan])
b = np.array([[1.0], [-1.0]])
for name in ['copysign', 'nextafter', 'heaviside', 'logaddexp', 'logaddexp2', 'float_power', 'fmod']:
    f = getattr(np, name)
    print(name, f.nin, f.nout, f.identity)
    print(f(a, b))
    print(f(a.astype(np.float32), np.float32(2)).dtype)

print(np.heaviside([-1.5, 0, 2.0], 0.5), np.heaviside([0.0, np.nan], 1))
print(np.logaddexp(np.array([-np.inf, np.inf, 1.0]), np.array([-np.inf, np.inf, 1.0])))
print(np.logaddexp.reduce(np.array([1.0, 2.0, 3.0])), np.logaddexp2.reduce([]))
print(np.logaddexp2(np.float32(1), np.float32(2)).dtype, np.logaddexp2(1, 2))
print(np.nextafter(1, 2) - 1, np.nextafter(np.float32(1), np.float32(2)) - np.float32(1))
print(np.nextafter(0.0, -1.0), np.nextafter(np.inf, 0))
print(np.float_power(2, 3), np.float_power(np.arange(4, dtype=np.int8), 2).dtype)
print(np.float_power(np.float32(2), 0.5).dtype)

i = np.arange(-6, 7)
print(np.fmod(i, 4), np.remainder(i, 4))
print(np.fmod(i, -4), np.fmod(i.astype(np.float64), -4))
print(np.fmod(np.array([5, -5], np.int8), np.int8(0)), np.fmod(np.array([-128], np.int8), np.int8(-1)))
print(np.fmod(np.array([7, 8], np.uint16), 3).dtype, np.fmod(5.5, 2), np.fmod(-5.5, 2))

print(np.gcd(12, 20), np.gcd(np.arange(0, 40, 5), 20), np.gcd(-12, 18), np.gcd(0, 0))
print(np.lcm(np.arange(6), 4), np.lcm(-4, 6), np.lcm(np.array([0, 3], np.uint8), np.array([5, 0], np.uint8)))
print(np.gcd.reduce([15, 25, 35]), np.lcm.reduce([3, 4, 5]), np.gcd.identity, np.lcm.identity)
for bad in [lambda: np.gcd(1.5, 2), lambda: np.lcm(np.array([1.0]), 2),
            lambda: np.gcd(np.array([True, False]), np.array([True, True]))]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', type(e).__name__)

print(np.ldexp(5, np.arange(4)), np.ldexp(np.array([1.5], np.float32), 3).dtype)
print(np.ldexp(3.0, np.array([2**40, -2**40])), np.ldexp(np.arange(3, dtype=np.int64), 1).dtype)
print(np.ldexp(np.float32(1), np.array([1, 2], np.int8)), np.ldexp(2.0, np.uint8(3)))
for bad in [lambda: np.ldexp(2.0, 2.0), lambda: np.ldexp(2.0, np.uint64(2))]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
o = np.zeros(3)
np.copysign([1, 2, 3], -1, out=o)
print(o)
print(np.copysign([1.0, 2.0], [-1.0, 1.0], out=np.full(2, 7.0), where=[True, False]))
