# squeeze and expand_dims (single and tuple axes, negative axes), np.atleast_2d-style newaxis views, size-1 axis strides.
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

a = np.arange(6, dtype=np.uint16).reshape(1, 2, 1, 3, 1)
show('a with size-1 axes', a)
show('squeeze all', a.squeeze())
show('squeeze axis 0', a.squeeze(0))
show('squeeze axis 2', a.squeeze(axis=2))
show('squeeze axis -1', np.squeeze(a, axis=-1))
show('squeeze tuple axes', a.squeeze((0, 4)))
show('squeeze 1x1 to 0-d', np.ones((1, 1), dtype=np.int8).squeeze())
show('squeeze of nothing to remove', np.arange(3).squeeze())
show('squeeze of transposed slice', np.arange(8).reshape(4, 2)[:1].T.squeeze())
b = np.arange(4, dtype=np.float32)
show('expand_dims 0', np.expand_dims(b, 0))
show('expand_dims 1', np.expand_dims(b, 1))
show('expand_dims -1', np.expand_dims(b, -1))
show('expand_dims tuple', np.expand_dims(b, (0, 2)))
show('expand_dims tuple negative', np.expand_dims(b, (-1, 0)))
c = np.arange(6).reshape(2, 3)
show('expand_dims middle of 2-d', np.expand_dims(c, 1))
show('expand_dims of transposed', np.expand_dims(c.T, 0))
show('expand_dims of scalar', np.expand_dims(np.array(7), 0))
show('expand_dims of strided', np.expand_dims(b[::2], 1))
show('reshape adds size-1 axes', b.reshape(1, 4, 1))
show('newaxis on reversed', b[::-1, None])
print('== squeeze/expand share memory')
print(np.shares_memory(a.squeeze(), a), a.squeeze().base is a.base, np.expand_dims(b, 0).base is b)
for name in ['squeeze axis 1', 'squeeze axis 5']:
    try:
        if name == 'squeeze axis 1':
            a.squeeze(1)
        else:
            a.squeeze(5)
    except Exception as e:
        print('==', name)
        print(type(e).__name__, e)
try:
    np.expand_dims(b, 3)
except Exception as e:
    print('== expand_dims axis 3')
    print(type(e).__name__, e)
