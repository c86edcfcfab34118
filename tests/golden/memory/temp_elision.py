# NumPy's temporary elision (number.c try_binary_elide): `temp OP other` is computed into
# the temporary when nothing else references it, so the result takes the temporary's
# memory order. Visible as strides when the temporary is Fortran-ordered (or permuted) and
# the other operand C-ordered; only for arrays of 256 KiB and more.
import numpy as np

g = np.asfortranarray(np.arange(60000.0).reshape(300, 200))   # 480 kB, F order
c = np.arange(60000.0).reshape(300, 200)                      # C order
gi = np.asfortranarray(np.arange(60000).reshape(300, 200))    # int64, F
ci = np.arange(60000).reshape(300, 200)

def show(label, r):
    print(label, r.dtype, r.strides, r.flags['F_CONTIGUOUS'], repr(r[1, 2].item()), repr(r[-1, -1].item()))

show('add', (g + 1) + c)
show('radd (commutative)', c + (g + 1))
show('sub', (g * 2) - c)
show('rsub (no swap)', c - (g * 2))
show('mul', (g + 1) * c)
show('rmul', c * (g + 1))
show('truediv', (g + 1) / (c + 1))
show('floordiv', (g + 1) // (c + 1))
show('remainder (never)', (g + 1) % (c + 1))
show('power (never)', (g + 1) ** c[:1, :1])
show('int truediv (float lhs only)', (gi + 1) / (ci + 1))
show('int floordiv', (gi + 1) // (ci + 1))
show('lshift', (gi + 1) << ci % 3)
show('rshift', (gi * 8) >> (ci % 3))
show('and', (gi + 1) & ci)
show('rand', ci & (gi + 1))
show('or', (gi + 1) | ci)
show('xor', ci ^ (gi + 1))
b = np.asfortranarray(np.ones((600, 600), dtype=bool))
bc = np.ones((600, 600), dtype=bool)
show('bool and', (b & b) | bc)
show('float + int array', (g + 1) + ci)
show('int temp + float array (cast not safe)', (gi + 1) + c)
f32 = np.asfortranarray(np.ones((300, 300), dtype=np.float32))
show('f32 temp + f64 array', (f32 + 1) + np.ones((300, 300)))
show('f64 + f32 temp', np.ones((300, 300)) + (f32 + 1))
show('f32 temp * python float', (f32 + 1) * 2.5)
show('complex temp + float', (g + 1j) + c)
show('broadcast row (no elision)', (g + 1) + c[0])
show('broadcast column', (g + 1) + c[:, :1])
show('0-d array', (g + 1) + np.array(2.0))
show('numpy scalar', (g + 1) * np.float64(3))
show('scalar on the left', 3 + (g + 1))
show('scalar minus temp', 3 - (g + 1))
show('list (never)', (g[:3, :3] + 1) + [[1, 2, 3]] * 3)

small = np.asfortranarray(np.ones((30, 20)))
show('small (< 256 KiB)', (small + 1) + np.ones((30, 20)))

t = np.arange(120000.0).reshape(40, 50, 60).transpose(2, 0, 1)
r = (t + 1) + np.ones((60, 40, 50))
print('permuted', r.strides, repr(r[1, 2, 3].item()))
print('negative', (-(t + 1)).strides, (-(g + 1) + c).strides)
print('invert', (~(gi + 1)).strides, (~(gi + 1) & ci).strides)
print('abs', abs(-(g + 1) - c).strides, (+(g + 1) + c).strides)

# chains: one temporary carries the whole expression
x = np.linspace(0, 1, 100000)
y = x * 2 + x * 3 - x / 4 + 1
print(repr(y[:3]), repr(y[-1].item()), y.sum())
z = np.exp(-x) * np.sin(x) + np.log1p(x)
print(repr(z[12345].item()), z.sum())

# a temporary that a view still sees is left alone
keep = []
def make():
    t = g + 1
    keep.append(t[:, 0])
    return t
r = make() + c
print('viewed temporary', r.strides, repr(keep[0][:3]), repr(r[:2, 0]))
# named arrays are never overwritten
a = g + 1
r = a + c
print('named', r.strides, repr(a[0, :3]))
# sum() adds into its running total
s = sum([g + 1, c, c])
print('sum', s.strides, repr(s[1, 1].item()))
# errors are those of the operator
try:
    (b & b) - bc
except TypeError as e:
    print('TypeError:', e)
try:
    (gi + 1) << 1.5
except TypeError as e:
    print('TypeError:', e)
with np.errstate(all='raise'):
    try:
        (g - g) / (c - c)
    except FloatingPointError as e:
        print('FloatingPointError:', e)

# the fast scalar powers: x ** 2 is np.square, x ** -1 np.reciprocal, x ** 0.5 np.sqrt
v = np.array([-0.0, -np.inf, 4.0, np.nan, 0.0, 1e200])
with np.errstate(all='ignore'):
    print(v ** 0.5, v ** 2, v ** -1)
with np.errstate(all='raise'):
    for f in (lambda: v ** 0.5, lambda: v ** 2, lambda: v ** -1):
        try:
            f()
        except FloatingPointError as e:
            print('FloatingPointError:', e)
print(np.array([1 + 2j, -4 + 0j]) ** 0.5, np.array([1 + 2j]) ** 2, np.array([2j]) ** -1)
print(np.arange(4) ** 2, np.arange(1, 4) ** -1.0, np.arange(4.0) ** 2.0, np.arange(4.0) ** 3)
w = np.arange(4.0)
w **= 2
print(w, ((g + 1) ** 2).strides, (c ** 0.5)[2, 3])
