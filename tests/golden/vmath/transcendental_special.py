# The float64 vmath kernels on special values (inf, nan, -0.0, poles, overflow and underflow
# to subnormal or zero, huge trig arguments) and the floating-point errors NumPy reports for
# them (as exceptions under errstate(all='raise'), so the message is compared); float32 keeps
# the C library loops and is printed too. Special values and exact results print every bit;
# the rest 12 significant digits (transcendental_bits.py says why).
import numpy as np


def bits(label, a):
    print(label, a.dtype, ' '.join([repr(float(v)) for v in np.ravel(a)]))


def digits(label, a):
    print(label, a.dtype, ' '.join(['%.11e' % float(v) for v in np.ravel(a)]))


def check(label, f):
    try:
        with np.errstate(all='raise'):
            r = f()
        digits(label, r)
    except FloatingPointError as e:
        print(label, type(e).__name__, e)


special = np.array([0.0, -0.0, np.inf, -np.inf, np.nan])
for name in ['exp', 'sin', 'cos', 'log1p', 'tanh']:
    f = getattr(np, name)
    with np.errstate(all='ignore'):
        bits(name + ' special', f(special))
digits('exp under', np.exp(np.array([-708.5, -709.0, -720.0, -740.0, -744.5, -745.2, -746.0, -1000.0])))
check('exp over', lambda: np.exp(np.array([1.0, 1000.0])))
check('exp 709', lambda: np.exp(np.array([709.0, 709.75, 709.78])))
check('exp 710', lambda: np.exp(np.array([710.0])))
check('exp nan', lambda: np.exp(np.array([np.nan, 1.0])))
check('sin inf', lambda: np.sin(np.array([np.inf])))
check('cos inf', lambda: np.cos(np.array([-np.inf, 0.5])))
check('log1p -1', lambda: np.log1p(np.array([0.5, -1.0])))
check('log1p -2', lambda: np.log1p(np.array([-2.0])))
check('tanh inf', lambda: np.tanh(np.array([np.inf, -np.inf, 30.0, -1e300])))
check('power 0 neg', lambda: np.power(np.array([0.0, 2.0]), np.array([-1.0, 1.0])))
check('power neg frac', lambda: np.power(np.array([-2.0]), np.array([0.5])))
check('power over', lambda: np.power(np.array([10.0]), np.array([400.0])))
digits('sin huge', np.sin(np.array([1e7, 1e22, -3e15, 1.6e6, 2.0 ** 60])))
digits('cos huge', np.cos(np.array([1e7, 1e22, -3e15, 1.6e6, 2.0 ** 60])))
bits('sin subnormal', np.sin(np.array([5e-324, -1e-310, 2.2250738585072014e-308])))
bits('tanh subnormal', np.tanh(np.array([5e-324, -1e-310])))
bits('log1p subnormal', np.log1p(np.array([5e-324, -1e-310])))
with np.errstate(all='ignore'):
    digits('power special', np.power(np.array([1.0, 1.0, np.nan, 0.0, -0.0, np.inf, 2.0, 0.5, -8.0, 1e-310]),
                                   np.array([np.nan, np.inf, 0.0, 0.5, 3.0, -1.0, -1100.0, 2000.0, 3.0, 0.5])))
    digits('power big y', np.power(np.array([1.0000001, 0.999, 2.0, 1.5]), np.array([300.0, -1000.0, 1000.0, 1500.0])))

# float32 is unchanged (the C library's float functions)
f32 = np.array([0.5, 1.0, 2.5, -3.0], np.float32)
for name in ['exp', 'sin', 'cos', 'log1p', 'tanh']:
    r = getattr(np, name)(f32)
    print(name, 'float32', r.dtype, np.round(r.astype(np.float64), 4))
print('power float32', np.power(f32, np.float32(2)).dtype)
