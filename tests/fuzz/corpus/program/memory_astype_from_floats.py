# astype from float32/float64 to every dtype (values chosen so every cast is defined: no negatives into unsigned, no out-of-range or nan into ints), truncation toward zero, copy=False identity, astype of views.
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
for src in ['float32', 'float64']:
    x = np.array([0.0, -0.0, 1.5, 2.7, 127.9], dtype=src)
    for name in names:
        show(src + ' -> ' + name, x.astype(name))
neg = np.array([-0.5, -1.5, -2.7, -127.9, 3.999])
for name in ['int8', 'int16', 'int32', 'int64']:
    show('negative floats truncate toward zero -> ' + name, neg.astype(name))
show('float64 -> float32 rounding', np.array([0.1, 1e-50, 3.0e38, 16777217.0]).astype(np.float32))
show('float32 -> float64 exposes binary value', np.array([0.1, 0.2, 1.0 / 3.0], dtype=np.float32).astype(np.float64))
show('nan and inf -> bool', np.array([np.nan, np.inf, -np.inf, 0.0]).astype(bool))
show('nan and inf -> float32', np.array([np.nan, np.inf, -np.inf]).astype(np.float32))
show('big ints -> float64 lose precision', np.array([9007199254740993, 2**62 + 1]).astype(np.float64))
a = np.arange(6, dtype=np.int16).reshape(2, 3)
print('== copy=False identity')
print(a.astype(np.int16, copy=False) is a, a.astype(np.int16) is a, a.astype('i2', copy=False) is a)
print(a.astype(np.int32, copy=False) is a)
show('astype of transposed keeps layout (K)', a.T.astype(np.float32))
show('astype of transposed order C', a.T.astype(np.float32, order='C'))
show('astype order F', a.astype(np.int64, order='F'))
show('astype of strided', a[:, ::2].astype(np.uint8))
show('astype of reversed', a[::-1, ::-1].astype(np.float64))
show('astype 0-d', np.array(3.7).astype(np.int8))
show('astype empty', np.zeros((0, 2)).astype(np.int32))
show('astype with python type', a.astype(float))
show('astype with python bool', a.astype(bool))
