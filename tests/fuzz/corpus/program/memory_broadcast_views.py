# broadcast_to (zero strides, read-only), broadcast_arrays (shapes/strides/values only), broadcast_shapes, newaxis broadcasting, and their errors.
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


def show_geom(label, a):
    # broadcast_arrays results: NumPy 1.24 and 2.x differ in flags and container type, so
    # only the geometry and values are compared
    print('==', label)
    print(repr(a))
    print(a.shape, a.strides, a.dtype, a.size, a.ndim)
    print(a.tobytes().hex())


a = np.arange(3, dtype=np.int16)
show('broadcast_to rows', np.broadcast_to(a, (4, 3)))
show('broadcast_to 3-d', np.broadcast_to(a, (2, 2, 3)))
show('broadcast_to same shape', np.broadcast_to(a, (3,)))
show('broadcast_to int shape', np.broadcast_to(np.array([5]), 4))
show('broadcast_to column', np.broadcast_to(a[:, np.newaxis], (3, 4)))
show('broadcast_to scalar', np.broadcast_to(7.5, (2, 3)))
show('broadcast_to 0-d array', np.broadcast_to(np.array(1, dtype=np.uint8), (3,)))
show('broadcast_to of a list', np.broadcast_to([1, 2], (2, 2)))
show('broadcast_to of strided view', np.broadcast_to(np.arange(10)[::3], (2, 4)))
show('broadcast_to of transposed', np.broadcast_to(np.arange(6).reshape(2, 3).T, (2, 3, 2)))
show('broadcast_to size-1 middle', np.broadcast_to(np.ones((2, 1, 3), dtype=np.int8), (2, 4, 3)))
show('broadcast_to zero length', np.broadcast_to(a, (0, 3)))
show('copy of broadcast owns data', np.broadcast_to(a, (2, 3)).copy())
show('ascontiguousarray of broadcast', np.ascontiguousarray(np.broadcast_to(a, (2, 3))))
print('== broadcast_to relations')
b = np.broadcast_to(a, (4, 3))
print(np.shares_memory(b, a), b.flags['WRITEABLE'], a.flags['WRITEABLE'])
x = np.arange(3).reshape(3, 1)
y = np.arange(4, dtype=np.float32)
bx, by = np.broadcast_arrays(x, y)
show_geom('broadcast_arrays first', bx)
show_geom('broadcast_arrays second', by)
p, q, r = np.broadcast_arrays(np.ones((2, 1, 1)), np.zeros((1, 3, 1)), np.arange(4))
show_geom('broadcast_arrays three: first', p)
show_geom('broadcast_arrays three: second', q)
show_geom('broadcast_arrays three: third', r)
print('== broadcast_shapes')
print(np.broadcast_shapes((3, 1), (4,)))
print(np.broadcast_shapes((2, 1, 5), (3, 1), (1,)))
print(np.broadcast_shapes((6, 7), (5, 6, 1), (7,), (5, 1, 7)))
print(np.broadcast_shapes((3,), ()))
print(np.broadcast_shapes(5, (2, 1)))
print(np.broadcast_shapes((0, 1), (1, 4)))
print(np.broadcast_shapes())
print('== arithmetic broadcasting builds new arrays')
s = a[:, np.newaxis] * 10 + a
print(s)
print(s.shape, s.strides, s.flags['OWNDATA'])
tests = [('broadcast_to incompatible', 1), ('broadcast_to fewer dims', 2),
         ('broadcast_shapes mismatch', 3), ('broadcast_to negative', 4), ('write to broadcast_to', 5)]
for t in tests:
    print('==', t[0])
    try:
        if t[1] == 1:
            np.broadcast_to(a, (4,))
        elif t[1] == 2:
            np.broadcast_to(np.ones((2, 3)), (3,))
        elif t[1] == 3:
            np.broadcast_shapes((3,), (4,))
        elif t[1] == 4:
            np.broadcast_to(a, (-1, 3))
        else:
            b[0, 0] = 1
    except Exception as e:
        print(type(e).__name__, e)
