# np.broadcast: shape/nd/ndim/size/numiter/index/iters, iteration, reset(), nested broadcast
# objects, scalars, empty and 0-d operands, non-contiguous inputs, the shape-mismatch error
import numpy as np

x = np.array([[1], [2], [3]])
y = np.array([4, 5, 6])
b = np.broadcast(x, y)
print(b.shape, b.ndim, b.size, b.numiter, b.index)
print(type(b).__name__, type(b.iters).__name__, len(b.iters), type(b.iters[0]).__name__)
print(tuple([int(v) for v in next(b)]), b.index)
print(tuple([int(v) for v in next(b)]), b.index)
rest = [(int(u), int(v)) for (u, v) in b]
print(rest, b.index)
try:
    next(b)
except StopIteration:
    print('StopIteration')
b.reset()
print(b.index, [int(v) for v in next(b)], b.index)
out = np.empty(b.shape)
b.reset()
out.flat = [u + v for (u, v) in b]
print(out)
print(np.broadcast(x, y, 1.5).shape, np.broadcast(x, y, 1.5).numiter)
inner = np.broadcast(x, y)
nested = np.broadcast(inner, np.zeros((2, 1, 1)))
print(nested.shape, nested.numiter, nested.size)
print(np.broadcast(5).shape, np.broadcast(5).size, np.broadcast(5).ndim, [int(v) for v in next(np.broadcast(5, 6))])
e = np.broadcast(np.zeros((0, 3)), np.arange(3))
print(e.shape, e.size, list(e))
z = np.broadcast(np.array(2.0), np.arange(3)[::-1])
print(z.shape, [(float(p), int(q)) for (p, q) in z])
nc = np.arange(12).reshape(3, 4)[:, ::2]
t = np.broadcast(nc, nc.T[:, :1].T)
print(t.shape, [(int(p), int(q)) for (p, q) in t][:4])
it = np.broadcast(x, y).iters
print([int(v) for v in it[0]], [int(v) for v in it[1]])
b2 = np.broadcast(x, y)
next(b2)
next(b2)
print(b2.iters[0].index, b2.iters[1].index)
print(np.broadcast([1, 2], [[3], [4]]).shape)
for args in [([1, 2], [1, 2, 3]), (np.zeros((2, 3)), np.zeros((3, 2))), (np.zeros(2), np.zeros(3), np.zeros(2))]:
    try:
        np.broadcast(*args)
    except ValueError as err:
        print('ValueError', err)
try:
    np.broadcast(*([np.zeros(1)] * 65))
except ValueError as err:
    print('ValueError', str(err)[:24])
try:
    b.shape = (3,)
except AttributeError:
    print('AttributeError')
