import numpy as np


def show(label, a):
    print('==', label)
    if isinstance(a, (tuple, list)):
        print('tuple', len(a))  # NumPy 2 returns NamedTuples here
        for x in a:
            show_one(x)
    else:
        show_one(a)


def show_one(a):
    if isinstance(a, np.ndarray):
        print(repr(a))
        print(a.shape, a.strides, a.dtype, a.flags['C_CONTIGUOUS'], a.flags['F_CONTIGUOUS'],
              a.flags['OWNDATA'], a.flags['WRITEABLE'])
    else:
        print(type(a).__name__, str(a))


def err(label, f):
    print('==', label)
    try:
        r = f()
        print('no error:', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)



def eg(label, a):
    show(label + ' eig', np.linalg.eig(a))
    show(label + ' eigvals', np.linalg.eigvals(a))


rng = np.random.default_rng(11)
eg('diag', np.diag([3.0, 1.0, 2.0]))
eg('upper triangular', np.triu(np.arange(1.0, 10.0).reshape(3, 3)))
eg('lower triangular', np.tril(np.arange(1.0, 17.0).reshape(4, 4)))
S = rng.standard_normal((5, 5))
eg('symmetric', S + S.T)
eg('int', np.array([[2, 1], [1, 2]]))
eg('bool', np.array([[True, False], [True, True]]))
eg('float32', (S + S.T).astype(np.float32))
eg('defective', np.array([[1.0, 1.0], [0.0, 1.0]]))
eg('repeated', np.array([[2.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, 2.0]]))
eg('real nonsymmetric', np.array([[4.0, 1.0, 2.0], [0.5, 3.0, 1.0], [0.1, 0.2, 1.0]]))
eg('stochastic', np.array([[0.9, 0.1], [0.5, 0.5]]))
Q, _ = np.linalg.qr(rng.standard_normal((6, 6)))
eg('similar to diag', Q @ np.diag([1.0, 2.0, 3.0, 4.0, 5.0, 6.0]) @ np.linalg.inv(Q))
eg('scaled tiny', np.array([[1e-200, 2e-200], [2e-200, 1e-200]]))
eg('scaled huge', np.array([[1e200, 3e200], [3e200, 1e200]]))
eg('badly balanced', np.array([[1.0, 1e6, 0.0], [1e-6, 1.0, 1e6], [0.0, 1e-6, 1.0]]))
eg('zeros', np.zeros((3, 3)))
eg('1x1', np.array([[5.0]]))
eg('stack', np.array([[[1.0, 2.0], [2.0, 1.0]], [[3.0, 0.0], [1.0, 4.0]]]))
eg('non-contiguous', (S + S.T)[::2, ::2])
eg('fortran', np.asfortranarray(S + S.T))
eg('list', [[1, 2], [3, 0]])
big = rng.standard_normal((20, 20))
w, v = np.linalg.eig(big + big.T)
print(w.dtype, v.dtype, np.round(w, 6))
print(np.abs(np.round(v[:3, :3], 6)))
w, v = np.linalg.eig(np.array([[2.0, 0.0], [0.0, 3.0]]))
print(w.base is not None, v.base is not None, w.flags.owndata, w.strides, v.strides)
w[0] = 10.0
print(w)
e = np.linalg.eig(np.eye(2))
w, v = e
print(type(e).__name__ in ('EigResult', 'tuple'), len(e), w, v)
err('1-d', lambda: np.linalg.eig(np.ones(3)))
err('non-square', lambda: np.linalg.eig(np.ones((2, 3))))
err('eigvals non-square', lambda: np.linalg.eigvals(np.ones((3, 2))))
err('inf', lambda: np.linalg.eig(np.array([[1.0, np.inf], [0.0, 1.0]])))
err('nan eigvals', lambda: np.linalg.eigvals(np.array([[np.nan]])))
err('0-d', lambda: np.linalg.eigvals(np.float64(2.0)))
