# zeros, ones and full for every dtype, int and tuple shapes, order='C'|'F', fill-value dtype rules.
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

names = ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64',
         'float32', 'float64']
for name in names:
    show('zeros ' + name, np.zeros((2, 2), dtype=name))
for name in names:
    show('ones ' + name, np.ones(3, dtype=name))
for name in ['int8', 'uint16', 'int64', 'float32', 'float64', 'bool']:
    show('full 7 ' + name, np.full((2, 3), 7, dtype=name))
show('zeros default', np.zeros(4))
show('zeros tuple shape', np.zeros((2, 3, 2)))
show('zeros 0-d', np.zeros(()))
show('zeros zero length', np.zeros((0,)))
show('zeros 3x0', np.zeros((3, 0), dtype=np.int32))
show('zeros order F', np.zeros((2, 3), order='F'))
show('ones order F int16', np.ones((3, 2, 2), dtype=np.int16, order='F'))
show('ones order C 3-d', np.ones((2, 1, 3), dtype=np.uint8))
show('ones (1,)', np.ones((1,), dtype=np.int64))
show('full int fill', np.full(4, 7))
show('full float fill', np.full(4, 7.5))
show('full bool fill', np.full((2, 2), True))
show('full negative into int16', np.full(3, -5, dtype=np.int16))
show('full float into int', np.full((2, 2), 2.7, dtype=int))
show('full float into uint8', np.full(3, 3.99, dtype=np.uint8))
show('full nan', np.full(3, np.nan))
show('full inf float32', np.full(2, -np.inf, dtype=np.float32))
show('full order F', np.full((2, 3), 1.5, order='F'))
show('full array fill broadcast', np.full((2, 3), [1, 2, 3]))
show('full column fill broadcast', np.full((3, 2), [[1], [2], [3]], dtype=np.int8))
