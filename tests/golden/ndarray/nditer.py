# np.nditer: read-only and readwrite loops, multi_index / c_index / f_index, external_loop (with
# and without buffered), order K (memory order, flipped negative strides) / C / F, allocated
# outputs, broadcasting, op_dtypes casting, iternext/finished, and NumPy's error messages.
import numpy as np
for x in np.nditer([1, 2, 3]): print(repr(x))
it = np.nditer(np.arange(6).reshape(2, 3), flags=['multi_index'])
print(it.shape, it.ndim, it.nop, it.itersize, it.multi_index, it.finished, repr(it[0]), it.value, it.operands[0].flags.writeable)
for x in it: print(x, it.multi_index, end='; ')
print()
a = np.arange(6).reshape(2, 3)
it = np.nditer(a, flags=['external_loop'])
print(it.shape, [x for x in it])
print([x for x in np.nditer(a, flags=['external_loop'], order='F')])
print([int(x) for x in np.nditer(a.T)], [int(x) for x in np.nditer(a.T, order='C')], [int(x) for x in np.nditer(a[:, ::-1])])
with np.nditer(a, op_flags=['readwrite']) as it:
    for x in it: x[...] = 2 * x
print(a)
it = np.nditer([a, None])
for x, y in it: y[...] = x * x
print(it.operands[1], repr(it.operands[1].dtype))
it = np.nditer(a, flags=['c_index'])
print([(int(x), it.index) for x in it])
it = np.nditer(a.T, flags=['f_index', 'multi_index'])
print([(int(x), it.index, it.multi_index) for x in it])
b = np.arange(3)
print([(int(x), int(y)) for x, y in np.nditer([a, b])])
it = np.nditer(np.zeros((2, 3)))
print(it.shape, repr(next(it)), it.iterindex)
print(type(np.nditer(a)).__name__)
it = np.nditer(a, flags=['multi_index'])
while not it.finished:
    print(int(it[0]), it.multi_index, end=' ')
    it.iternext()
print()
print([x for x in np.nditer(a, flags=['external_loop', 'buffered'], order='F')])
print([x for x in np.nditer(np.arange(6.0), flags=['buffered'], op_dtypes=['float32'], casting='same_kind')][:2])
c = np.arange(6, dtype=np.float64).reshape(2, 3)
with np.nditer(c, flags=['buffered', 'external_loop'], op_flags=['readwrite'], op_dtypes=['float64']) as it:
    for x in it: x[...] = x + 100
print(c)
def square(a):
    with np.nditer([a, None]) as it:
        for x, y in it:
            y[...] = x * x
        return it.operands[1]
print(square(np.array([1, 2, 3])))
it = np.nditer(np.arange(24).reshape(2, 3, 4)[:, ::2, ::-1], flags=['multi_index'])
print(it.shape, [(int(x), it.multi_index) for x in it][:6])
for bad in [lambda: np.nditer(a, flags=['foo']), lambda: np.nditer(a, op_flags=['readonly', 'bar']), lambda: np.nditer(a, flags='multi_index'),
            lambda: np.nditer(a, op_flags=['readonly', 'readwrite']), lambda: np.nditer(a, op_flags=['no_broadcast']),
            lambda: np.nditer(a, flags=['c_index', 'f_index']), lambda: np.nditer(a, flags=['external_loop', 'multi_index']),
            lambda: np.nditer([a, np.arange(4)]), lambda: np.nditer(np.arange(3), op_dtypes=['float32']),
            lambda: np.nditer(np.arange(3.0), flags=['buffered'], op_dtypes=['int32']), lambda: np.nditer(a).multi_index,
            lambda: np.nditer(a).index, lambda: np.nditer([a, None], op_flags=[['readonly'], ['readonly']]),
            lambda: np.nditer(np.zeros(0)), lambda: np.nditer([1, 2], op_flags=['readwrite'])]:
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
ro = np.arange(3)
ro.flags.writeable = False
for x in np.nditer(ro):
    try:
        x[...] = 1
    except ValueError as e:
        print(e)
    break
np.nditer(ro, op_flags=['readwrite'])
