# .npy C and Fortran order: F-contiguous arrays are written with fortran_order True; views are written in C order.
import numpy as np


def roundtrip(label, a):
    path = '/tmp/stridelab_golden_npy_order_' + label + '.npy'
    np.save(path, a)
    with open(path, 'rb') as f:
        raw = f.read()
    b = np.load(path)
    print('==', label)
    print(raw[10:128].decode('latin1').rstrip())
    print(raw[128:].hex())
    print(repr(b))
    print(b.shape, b.strides, b.flags['C_CONTIGUOUS'], b.flags['F_CONTIGUOUS'], (a == b).all())


m = np.arange(6, dtype=np.int32).reshape(2, 3)
roundtrip('c', m)
roundtrip('f', np.asfortranarray(m))
roundtrip('transpose', m.T)
roundtrip('slice', m[:, ::2])
roundtrip('3d_f', np.asfortranarray(np.arange(24, dtype=np.int16).reshape(2, 3, 4)))
roundtrip('row', np.arange(5.0).reshape(1, 5))
roundtrip('col', np.arange(3.0).reshape(3, 1))
roundtrip('bool_f', np.asfortranarray(np.array([[True, False], [False, False]])))
