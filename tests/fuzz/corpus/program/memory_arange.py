# np.arange: stop only, start/stop/step, float steps, negative steps, empty ranges, length and dtype rules.
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

show('stop only', np.arange(5))
show('start stop', np.arange(2, 7))
show('step 3', np.arange(0, 10, 3))
show('negative step', np.arange(10, 0, -3))
show('negative range', np.arange(-3, 3))
show('empty: start past stop', np.arange(5, 2))
show('empty: negative step wrong way', np.arange(0, 5, -1))
show('zero length', np.arange(0))
show('float stop', np.arange(3.0))
show('float step 0.5', np.arange(0, 2, 0.5))
show('float step 0.1', np.arange(0, 1, 0.1))
show('famous 1 to 1.3 by 0.1', np.arange(1, 1.3, 0.1))
show('negative float step', np.arange(1.0, -1.0, -0.25))
show('float start int stop', np.arange(0.5, 4))
show('non-integer length rounds up', np.arange(0, 1, 0.3))
show('dtype int8', np.arange(5, dtype=np.int8))
show('dtype uint16 with start', np.arange(3, 9, 2, dtype=np.uint16))
show('dtype float32', np.arange(4, dtype=np.float32))
show('dtype float32 step', np.arange(0, 1, 0.25, dtype=np.float32))
show('dtype string i2', np.arange(6, dtype='i2'))
show('dtype uint64', np.arange(3, dtype=np.uint64))
show('dtype int32 negative step', np.arange(5, -5, -2, dtype=np.int32))
show('dtype bool length 2', np.arange(2, dtype=bool))
show('float dtype for int args', np.arange(0, 5, 2, dtype=float))
show('large start', np.arange(10**12, 10**12 + 3))
show('keyword args', np.arange(start=1, stop=4, step=1))
show('reshape of arange', np.arange(8).reshape(2, 4))
print('== lengths')
for args in [(0, 10, 3), (0, 10, 5), (10, 0, -4), (0.0, 1.0, 0.1), (1, 2, 0.3), (-1, 1, 0.5)]:
    print(args, len(np.arange(args[0], args[1], args[2])))
