# Float printing: mixed magnitudes, the scientific switch, suppress, precision, nan/inf, -0.0, float32 vs float64, integers stored as floats.
import numpy as np


def show(label, a):
    # one case: every field of the memory model
    print('==', label)
    print(repr(a))
    print(a)
    print(a.shape, a.strides, a.dtype, a.itemsize, a.nbytes, a.size, a.ndim)
    print(a.flags['C_CONTIGUOUS'], a.flags['F_CONTIGUOUS'], a.flags['OWNDATA'], a.flags['WRITEABLE'])
    raw = a.tobytes()
    if len(raw) > 128:
        print(raw[:64].hex(), '...', len(raw))
    else:
        print(raw.hex())

show('simple decimals', np.array([0.5, 1.25, 10.0]))
show('integers as floats', np.array([1.0, 2.0, 300.0]))
show('mixed magnitude stays fixed', np.array([0.001, 1.0, 1000.0]))
show('ratio over 1e3 goes scientific', np.array([0.0001, 1.0, 1000.0]))
show('large values go scientific', np.array([1e16, 1.0]))
show('just below 1e16', np.array([1e15, 1.5]))
show('tiny values', np.array([1e-5, 2e-5]))
show('tiny and zero', np.array([0.0, 1e-10]))
show('thirds', np.array([1.0 / 3, 2.0 / 3]))
show('many digits trimmed to 8', np.array([3.141592653589793, 2.718281828459045]))
show('unique repr digits', np.array([0.1, 0.2, 0.30000000000000004]))
show('negative values', np.array([-1.5, 2.25, -1000.125]))
show('nan and inf', np.array([np.nan, np.inf, -np.inf, 1.5]))
show('only nan', np.array([np.nan, np.nan]))
show('inf with large', np.array([np.inf, 1e20]))
show('negative zero', np.array([-0.0, 0.0, 1.0]))
show('negative zero alone', np.array([-0.0]))
show('float32 decimals', np.array([0.1, 0.2, 0.7], dtype=np.float32))
show('float32 thirds', np.array([1.0 / 3, 1e-3], dtype=np.float32))
show('float32 large', np.array([16777216.0, 1.0], dtype=np.float32))
show('float32 scientific', np.array([1e-8, 1.0, 3e38], dtype=np.float32))
show('0-d float', np.array(2.5))
show('0-d float nan', np.array(np.nan))
show('0-d float32 third', np.array(1.0 / 3, dtype=np.float32))
show('0-d negative zero', np.array(-0.0))
show('2-d mixed magnitude', np.array([[1e-3, 5.0], [123456.789, -2.0]]))
show('2-d scientific', np.array([[1e-20, 1.0], [2.0, 3e10]]))
show('column of decimals', np.array([[0.5], [0.25], [0.125]]))
np.set_printoptions(suppress=True)
show('suppress on small values', np.array([1e-10, 1.0, 1000.5]))
show('suppress on large values', np.array([1e16, 1.0]))
np.set_printoptions(precision=3, suppress=False)
show('precision 3', np.array([3.14159265, 2.71828182, 1e-5]))
np.set_printoptions(precision=8)
show('precision restored', np.array([3.14159265, 2.71828182]))
print('== str and repr of float scalars via print')
x = np.array([0.1, 1e-7, 1e22, 2.5, -0.0, np.nan, np.inf], dtype=np.float64)
for i in range(7):
    print(x[i], str(x[i]), float(x[i]))
y = np.array([0.1, 1e-7, 3.4e38, 2.5], dtype=np.float32)
for i in range(4):
    print(y[i], str(y[i]), float(y[i]))
