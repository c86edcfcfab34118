# np.nested_iters: one iterator per group of axes, the inner ones following the outer ones
import numpy as np

a = np.arange(12).reshape(2, 3, 2)
i, j = np.nested_iters(a, [[1], [0, 2]], flags=["multi_index"])
for x in i:
    print(i.multi_index, x)
    for y in j:
        print('', j.multi_index, y)
print(type(i).__name__ == type(j).__name__, i.finished, j.finished)

i, j = np.nested_iters(a, [[0], [1, 2]])
print([list(j) for _ in i])
i, j = np.nested_iters(a, [[0, 1], [2]])
print([[int(v) for v in j] for _ in i], i.itersize, j.itersize)
i, j = np.nested_iters(a, [[2], [1, 0]], flags=['multi_index'])
for _ in i:
    print(i.multi_index, [(j.multi_index, int(v)) for v in j])
i, j, k = np.nested_iters(a, [[0], [1], [2]], flags=['multi_index'])
for _ in i:
    for _ in j:
        print(i.multi_index, j.multi_index, [int(v) for v in k])

# Fortran order and a transposed view: order='K' follows memory, 'C' the axes
f = np.asfortranarray(np.arange(6).reshape(2, 3))
i, j = np.nested_iters(f, [[0], [1]])
print([[int(v) for v in j] for _ in i])
i, j = np.nested_iters(a.transpose(2, 0, 1), [[0], [1, 2]], order='C')
print([[int(v) for v in j] for _ in i])

# external_loop only on the inner iterator
i, j = np.nested_iters(a, [[0], [1, 2]], flags=['external_loop'])
for _ in i:
    print([v.tolist() for v in j])

# two operands, readwrite
b = np.zeros((2, 3, 2), dtype=int)
i, j = np.nested_iters([a, b], [[0], [1, 2]], op_flags=[['readonly'], ['readwrite']])
for _ in i:
    for x, y in j:
        y[...] = x * 10 + i.iterindex
print(b.tolist())

# iternext / reset
i, j = np.nested_iters(a, [[0], [1, 2]], flags=['multi_index'])
print(i.multi_index, j.multi_index, j.value)
print(i.iternext(), i.multi_index, j.multi_index, j.value)
print(i.iternext(), i.finished)
i.reset()
print(i.multi_index, j.multi_index, [int(v) for v in j])

for bad in [5, [[0, 1, 2]], [[0], [-1]], [[0], [0, 1]], [[0], [1, 2, 3]], [[0, 4], [1]]]:
    try:
        np.nested_iters(a, bad)
    except ValueError as e:
        print('ValueError', e)
try:
    np.nested_iters(np.zeros((0, 3)), [[0], [1]])
except ValueError as e:
    print('ValueError', e)
i, j = np.nested_iters(a, [[0], [1, 2]])
try:
    i.multi_index
except ValueError as e:
    print('ValueError', e)
