# linspace (num, endpoint, retstep, dtype), eye (k, M, dtype, order), identity.
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

show('linspace default 50', np.linspace(0, 1))
show('linspace 5', np.linspace(0, 1, 5))
show('linspace no endpoint', np.linspace(0, 1, 5, endpoint=False))
show('linspace descending', np.linspace(10, -10, 5))
show('linspace num 1', np.linspace(2, 3, 1))
show('linspace num 0', np.linspace(2, 3, 0))
show('linspace num 2', np.linspace(-1, 1, 2))
show('linspace thirds', np.linspace(0, 1, 4))
show('linspace dtype int', np.linspace(0, 10, 4, dtype=int))
show('linspace dtype float32', np.linspace(0, 1, 3, dtype=np.float32))
show('linspace dtype uint8', np.linspace(0, 255, 6, dtype=np.uint8))
show('linspace integer args', np.linspace(1, 9, 9))
show('linspace start == stop', np.linspace(3, 3, 3))
y, step = np.linspace(0, 1, 5, retstep=True)
show('linspace retstep values', y)
print('step', step, type(step).__name__)
y, step = np.linspace(0, 10, 4, endpoint=False, retstep=True)
show('linspace retstep no endpoint', y)
print('step', step)
show('eye 3', np.eye(3))
show('eye 3x4', np.eye(3, 4))
show('eye 4x2', np.eye(4, M=2))
show('eye k=1', np.eye(4, k=1))
show('eye k=-2', np.eye(4, k=-2))
show('eye k beyond', np.eye(3, k=3))
show('eye 3x5 k=2 int', np.eye(3, 5, k=2, dtype=int))
show('eye bool', np.eye(2, dtype=bool))
show('eye uint8 order F', np.eye(3, 2, dtype=np.uint8, order='F'))
show('eye 0', np.eye(0))
show('identity 3', np.identity(3))
show('identity int16', np.identity(2, dtype=np.int16))
show('identity 1', np.identity(1))
