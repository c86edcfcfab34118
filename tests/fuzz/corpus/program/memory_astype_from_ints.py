# astype from bool and every integer dtype to every dtype: wrap-around of narrowing and signed->unsigned casts, int->float rounding, ->bool.
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
sources = [
    ('bool', [True, False, True, True, False]),
    ('int8', [-128, -1, 0, 1, 127]),
    ('int16', [-300, -1, 0, 255, 32767]),
    ('int32', [-70000, -1, 0, 65537, 2147483647]),
    ('int64', [-1099511627777, -1, 0, 8589934597, 9223372036854775807]),
    ('uint8', [0, 1, 127, 128, 255]),
    ('uint16', [0, 255, 256, 32768, 65535]),
    ('uint32', [0, 65536, 2147483648, 4294967295, 7]),
    # uint64 values above 2**63 are built from int64 bit patterns: stridelab's Python ints are 64-bit
    ('uint64', [0, 4294967297, -9223372036854775807 - 1, -1, 1]),
]
for src in sources:
    x = np.array(src[1], dtype='int64').astype(src[0]) if src[0] == 'uint64' else np.array(src[1], dtype=src[0])
    for name in names:
        show(src[0] + ' -> ' + name, x.astype(name))
