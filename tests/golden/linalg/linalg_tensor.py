import numpy as np
LA = np.linalg


def show(label, f):
    print('==', label)
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
        return
    if isinstance(r, np.ndarray):
        print(repr(r))
        print(r.shape, r.dtype)
    else:
        print(type(r).__name__, r)


rng = np.random.default_rng(5)
A = rng.standard_normal((4, 3))
B = rng.standard_normal((3, 6))
C = rng.standard_normal((6, 2))
D = rng.standard_normal((2, 5))
show('multi_dot 2', lambda: LA.multi_dot([A, B]))
show('multi_dot 3', lambda: LA.multi_dot([A, B, C]))
show('multi_dot 4', lambda: LA.multi_dot([A, B, C, D]))
show('multi_dot vectors', lambda: LA.multi_dot([np.ones(4), A, B, np.arange(6.0)]))
show('multi_dot first vector', lambda: LA.multi_dot([np.ones(4), A, B]))
show('multi_dot last vector', lambda: LA.multi_dot([A, B, np.arange(6.0)]))
show('multi_dot ints', lambda: LA.multi_dot([np.eye(2, dtype=int), [[1, 2], [3, 4]], [[0, 1], [1, 0]]]))
show('multi_dot 1', lambda: LA.multi_dot([A]))
show('multi_dot 3-d', lambda: LA.multi_dot([A, B, np.ones((6, 2, 2))]))
out = np.zeros((4, 2))
r = LA.multi_dot([A, B, C], out=out)
print(r is out, np.allclose(out, A @ B @ C))
show('multi_dot bad out', lambda: LA.multi_dot([A, B, C], out=np.zeros((4, 2), dtype=np.float32)))
show('multi_dot mismatch', lambda: LA.multi_dot([A, C, B]))
a = np.eye(24)
a.shape = (4, 6, 8, 3)
show('tensorinv', lambda: LA.tensorinv(a, ind=2).shape)
show('tensorinv ind=1', lambda: LA.tensorinv(np.eye(24).reshape(24, 8, 3), ind=1).shape)
t = rng.standard_normal((2, 2, 2, 2)) + 3 * np.eye(4).reshape(2, 2, 2, 2)
show('tensorinv values', lambda: LA.tensorinv(t))
show('tensorinv ind=0', lambda: LA.tensorinv(t, ind=0))
show('tensorinv non-square', lambda: LA.tensorinv(np.ones((2, 3, 4)), ind=1))
show('tensorinv singular', lambda: LA.tensorinv(np.ones((2, 2, 2, 2))))
b = rng.standard_normal((2, 2))
show('tensorsolve', lambda: LA.tensorsolve(t, b))
x = LA.tensorsolve(t, b)
print(np.allclose(np.tensordot(t, x, axes=2), b))
show('tensorsolve axes', lambda: LA.tensorsolve(t, b, axes=(0, 1)))
show('tensorsolve eye', lambda: LA.tensorsolve(np.eye(6).reshape(6, 2, 3), np.arange(6.0)))
show('tensorsolve singular', lambda: LA.tensorsolve(np.zeros((2, 2, 2, 2)), b))
