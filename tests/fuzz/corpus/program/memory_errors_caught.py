# Errors learners hit with shapes, strides and views, caught and printed as `Type message`.
import numpy as np

a = np.arange(3)
m = np.arange(12).reshape(3, 4)
c = np.arange(24).reshape(2, 3, 4)
r = np.broadcast_to(a, (2, 3))
cases = [
    'index out of bounds', 'negative index out of bounds', 'index out of bounds axis 1',
    'too many indices 1-d', 'too many indices 2-d', 'index 0-d array', 'float index',
    'reshape wrong size', 'reshape wrong size 2-d', 'reshape two unknowns', 'reshape -1 impossible',
    'sum axis out of range', 'transpose axes mismatch', 'transpose repeated axis',
    'swapaxes out of range', 'moveaxis out of range', 'expand_dims out of range',
    'squeeze non-one axis', 'write to broadcast_to', 'write to read-only flag',
    'negative dimensions', 'ragged nested list', 'ragged deeper', 'linspace negative num',
    'view larger dtype bad size', 'view non-contiguous',
    'astype unknown dtype', 'array unknown dtype', 'set slice wrong shape',
    'nan into int', 'broadcast_to mismatch', 'broadcast_shapes mismatch', 'as_strided bad strides',
]
for name in cases:
    print('==', name)
    try:
        if name == 'index out of bounds':
            a[5]
        elif name == 'negative index out of bounds':
            a[-4]
        elif name == 'index out of bounds axis 1':
            m[0, 4]
        elif name == 'too many indices 1-d':
            a[0, 1]
        elif name == 'too many indices 2-d':
            m[1, 2, 3]
        elif name == 'index 0-d array':
            np.array(5)[0]
        elif name == 'float index':
            a[1.0]
        elif name == 'reshape wrong size':
            np.arange(12).reshape(5)
        elif name == 'reshape wrong size 2-d':
            m.reshape(5, 3)
        elif name == 'reshape two unknowns':
            m.reshape(-1, -1)
        elif name == 'reshape -1 impossible':
            m.reshape(5, -1)
        elif name == 'sum axis out of range':
            m.sum(axis=2)
        elif name == 'transpose axes mismatch':
            m.transpose(1, 0, 2)
        elif name == 'transpose repeated axis':
            c.transpose(0, 0, 1)
        elif name == 'swapaxes out of range':
            m.swapaxes(0, 2)
        elif name == 'moveaxis out of range':
            np.moveaxis(c, 3, 0)
        elif name == 'expand_dims out of range':
            np.expand_dims(m, -4)
        elif name == 'squeeze non-one axis':
            m.squeeze(0)
        elif name == 'write to broadcast_to':
            r[0, 0] = 1
        elif name == 'write to read-only flag':
            ro = np.arange(4)
            ro.flags.writeable = False
            ro[1:3] = 0
        elif name == 'negative dimensions':
            np.zeros((2, -1))
        elif name == 'ragged nested list':
            np.array([[1, 2], [3]])
        elif name == 'ragged deeper':
            np.array([[[1, 2], [3, 4]], [[5, 6], [7]]])
        elif name == 'linspace negative num':
            np.linspace(0, 1, -1)
        elif name == 'view larger dtype bad size':
            np.arange(3, dtype=np.int16).view(np.int32)
        elif name == 'view non-contiguous':
            m[:, ::2].view(np.int32)
        elif name == 'astype unknown dtype':
            m.astype('int3')
        elif name == 'array unknown dtype':
            np.array([1], dtype='flaot64')
        elif name == 'set slice wrong shape':
            m[0] = [1, 2, 3]
        elif name == 'nan into int':
            m[0, 0] = np.nan
        elif name == 'broadcast_to mismatch':
            np.broadcast_to(m, (3, 3))
        elif name == 'broadcast_shapes mismatch':
            np.broadcast_shapes((2, 3), (3, 2))
        elif name == 'as_strided bad strides':
            np.lib.stride_tricks.as_strided(a, shape=(2, 2), strides=(8,))
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
print('== arrays are unchanged after the errors')
print(a, m.shape, m.strides, m.flags['WRITEABLE'])
