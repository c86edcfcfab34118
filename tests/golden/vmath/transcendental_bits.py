# The float64 vmath kernels (exp, sin, cos, log1p, tanh, power, float_power) on contiguous,
# strided, reversed, transposed, broadcast and 0-d operands, out= and where=, an odd length
# (the last lane) and arrays of several vector blocks. Values are printed to 12 significant
# digits (`digits`): the kernels are within 1 ulp of NumPy but not always its bits, since
# NumPy's own SIMD loops on the reference machine (AVX-512) are not correctly rounded either
# (np.exp(-1.0) is 0.3678794411714424 there, correctly rounded 0.36787944117144233); the
# ulp test (tests/js/transcendental-ulp.test.ts) measures that. Results that are exact
# (exp(0), 4 ** 0.5, ...) are printed with every bit (`bits`). Equality across layouts is
# checked bit for bit.
import numpy as np


def digits(label, a):
    print(label, a.dtype, a.shape, ' '.join(['%.11e' % float(v) for v in np.ravel(a)]))


def bits(label, a):
    print(label, a.dtype, a.shape, ' '.join([repr(float(v)) for v in np.ravel(a)]))


x = np.linspace(-10.0, 10.0, 41)
bits('exact', np.array([np.exp(0.0), np.exp(-0.0), np.sin(0.0), np.cos(0.0), np.log1p(0.0), np.tanh(0.0)]))
bits('exact arrays', np.concatenate([np.exp(np.zeros(3)), np.sin(np.array([0.0, -0.0, 0.0])), np.cos(np.array([-0.0, 0.0, 0.0])),
                                     np.log1p(np.array([0.0, -0.0, 0.0])), np.tanh(np.array([-0.0, 0.0, -0.0]))]))
small = np.array([1e-300, -1e-300, 2.5e-17, -3e-9, 1e-6, 0.0625, 0.125, 0.124, 0.126, 0.5, 0.75])
digits('exp', np.exp(x))
digits('exp small', np.exp(small))
digits('exp range', np.exp(np.array([-707.5, -700.0, -300.25, -20.5, 3.5, 88.75, 300.5, 650.0, 707.9])))
digits('sin', np.sin(x))
digits('cos', np.cos(x))
digits('sin small', np.sin(small))
digits('cos small', np.cos(small))
digits('sin mid', np.sin(np.array([100.0, 1000.5, 12345.678, -98765.4321, 1e5, 1.4e6])))
digits('cos mid', np.cos(np.array([100.0, 1000.5, 12345.678, -98765.4321, 1e5, 1.4e6])))
digits('sin pi', np.sin(np.array([np.pi, np.pi / 2, np.pi / 4, -np.pi, 2 * np.pi, 3 * np.pi / 2])))
digits('cos pi', np.cos(np.array([np.pi, np.pi / 2, np.pi / 4, -np.pi, 2 * np.pi, 3 * np.pi / 2])))
p = np.abs(x) + 0.5
digits('log1p', np.log1p(p))
digits('log1p small', np.log1p(small))
digits('log1p neg', np.log1p(np.array([-0.5, -0.25, -0.999, -0.1, -1e-10, -0.75])))
digits('log1p big', np.log1p(np.array([1e10, 1e100, 1e300, 123456.789, 2.0 ** 60])))
digits('tanh', np.tanh(x / 4))
digits('tanh small', np.tanh(small))
digits('tanh big', np.tanh(np.array([5.0, 10.0, 18.0, 19.5, 21.9, -15.0])))
digits('power', np.power(p, 1.7))
digits('power arrays', np.power(p, x / 3))
bits('power exact', np.power(np.array([4.0, 9.0, 2.0, 10.0, 2.0, 0.25]), np.array([0.5, 0.5, 10.0, 3.0, -2.0, 2.0])))
digits('float_power', np.float_power(p, 1.7))

# layouts: every result must equal the contiguous one element for element
y = np.linspace(-3.0, 3.0, 1001)
names = ['exp', 'sin', 'cos', 'log1p', 'tanh']
for name in names:
    f = getattr(np, name)
    base = f(y + 3.5)
    strided = f((y + 3.5)[::3])
    rev = f((y + 3.5)[::-1])
    m = (y + 3.5).reshape(7, 143)
    t = f(m.T)
    print(name, 'odd length', len(base), 'strided', bool(np.array_equal(strided, base[::3])),
          'reversed', bool(np.array_equal(rev, base[::-1])), 'transposed', bool(np.array_equal(t, base.reshape(7, 143).T)))
    digits(name + ' 0d', f(np.array(1.25)))
    digits(name + ' scalar', np.array([f(1.25), f(np.float64(2.5))]))
    out = np.zeros(5)
    r = f(np.array([0.5, 1.5, 2.5, 3.5, 4.5]), out=out)
    digits(name + ' out', out)
    print(name, 'out is returned', r is out)
    out2 = np.full(5, -7.0)
    f(np.array([0.5, 1.5, 2.5, 3.5, 4.5]), out=out2, where=np.array([True, False, True, False, True]))
    digits(name + ' where', out2)
    digits(name + ' broadcast', f(np.broadcast_to(np.array([0.3, 0.6, 0.9]), (2, 3))))
    digits(name + ' sum', np.array([f(y + 3.5).sum()]))

digits('power broadcast', np.power(np.array([[1.5], [2.5]]), np.array([0.5, 1.7, -2.25])))
digits('power strided', np.power(p[::2], (x / 3)[::2]))
digits('power out', np.power(p[:4], 1.7, out=np.zeros(4)))

# power's loop with overlapping operands: accumulate (out[i - 1] feeds out[i]), reduce
# (out is the first operand), an output overlapping the input (NumPy copies the input first)
digits('power accumulate', np.power.accumulate(np.array([2.0, 3.0, 0.5, 1.5])))
digits('float_power accumulate', np.float_power.accumulate(np.array([2.0, 3.0, 0.5, 1.5])))
digits('float_power reduce', np.array([np.float_power.reduce(np.array([2.0, 3.0, 0.5]))]))
c = np.array([2.0, 2.0, 2.0, 2.0])
np.power(c[:-1], 2.0, out=c[1:])
bits('power overlap', c)
e = np.linspace(0.25, 2.0, 8)
np.exp(e[:-1], out=e[1:])
digits('exp overlap', e)
digits('power transposed', np.power(np.arange(1.0, 13.0).reshape(3, 4).T, 0.5))
digits('float_power strided', np.float_power(p[::3], (x / 4)[::3]))
