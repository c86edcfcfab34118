# .npy 0-d and empty arrays: shape () and (0,), (0, 3), (2, 0) headers; scalars saved as 0-d arrays.
import numpy as np


def roundtrip(label, a):
    path = '/tmp/stridelab_golden_npy_0d_empty_' + label + '.npy'
    np.save(path, a)
    with open(path, 'rb') as f:
        raw = f.read()
    b = np.load(path)
    print('==', label)
    print(len(raw), raw[10:128].decode('latin1').rstrip())
    print(repr(b), b.shape, b.dtype, b.ndim)


roundtrip('0d_float', np.array(3.5))
roundtrip('0d_int8', np.array(-7, dtype=np.int8))
roundtrip('0d_bool', np.array(True))
roundtrip('empty', np.array([]))
roundtrip('empty_int', np.zeros(0, dtype=np.int32))
roundtrip('empty_0x3', np.zeros((0, 3)))
roundtrip('empty_2x0', np.zeros((2, 0), dtype=np.uint16))
roundtrip('python_float', 2.25)
roundtrip('python_int', 12)
roundtrip('list', [[1, 2], [3, 4]])
roundtrip('numpy_scalar', np.float32(1.5))
print('== name without .npy gets the suffix')
np.save('/tmp/stridelab_golden_npy_0d_empty_noext', np.arange(3))
print(repr(np.load('/tmp/stridelab_golden_npy_0d_empty_noext.npy')))
