import numpy as np


def show(label, a):
    print('==', label)
    if isinstance(a, (tuple, list)):
        print(type(a).__name__, len(a))
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



def ls(label, a, b, **kw):
    print('==', label)
    try:
        r = np.linalg.lstsq(a, b, **kw)
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(type(r).__name__, len(r))
    for x in r:
        show_one(x)


rng = np.random.default_rng(7)
A = rng.standard_normal((6, 3))
B = rng.standard_normal((6, 2))
ls('overdetermined 2 rhs', A, B, rcond=None)
ls('overdetermined 1-d b', A, B[:, 0], rcond=None)
ls('square', A[:3], B[:3], rcond=None)
ls('underdetermined', A[:2], B[:2], rcond=None)
ls('underdetermined 1-d', A.T, B[:3, 1], rcond=None)
ls('docstring line', np.vstack([np.array([0, 1, 2, 3]), np.ones(4)]).T, np.array([-1, 0.2, 0.9, 2.1]), rcond=None)
R = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0], [0.0, 1.0, 1.0]])
ls('rank deficient', R, np.arange(4.0), rcond=None)
ls('rank deficient rcond 0.5', R, np.arange(4.0), rcond=0.5)
ls('rcond -1 (machine precision)', R, np.arange(4.0), rcond=-1)
print(np.linalg.lstsq(A, B, 1e-10)[2])
ls('int inputs', np.array([[1, 2], [3, 4], [5, 7]]), np.array([1, 2, 3]), rcond=None)
ls('float32', A.astype(np.float32), B.astype(np.float32), rcond=None)
ls('mixed float32 int', A.astype(np.float32), np.arange(6), rcond=None)
ls('bool', np.array([[True, False], [True, True], [False, True]]), np.array([1.0, 2.0, 3.0]), rcond=None)
ls('non-contiguous', A[::2, ::-1], B[::2, :1], rcond=None)
ls('fortran order', np.asfortranarray(A), np.asfortranarray(B), rcond=None)
ls('zero rhs', A, np.zeros((6, 0)), rcond=None)
ls('zero rhs square', A[:3], np.zeros((3, 0)), rcond=None)
ls('m == 0', np.zeros((0, 3)), np.zeros((0, 2)), rcond=None)
ls('n == 0', np.zeros((4, 0)), np.ones((4, 2)), rcond=None)
ls('n == 0 1-d', np.zeros((4, 0)), np.ones(4), rcond=None)
ls('zero matrix', np.zeros((3, 2)), np.ones(3), rcond=None)
ls('list inputs', [[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]], [1.0, 2.0, 2.0], rcond=None)
ls('exact fit resid', np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), np.array([1.0, 2.0, 3.0]), rcond=None)
ls('wide', rng.standard_normal((3, 8)), rng.standard_normal((3, 3)), rcond=None)
ls('tall 12x5', rng.standard_normal((12, 5)), rng.standard_normal(12), rcond=None)
x, res, rank, s = np.linalg.lstsq(A, B, rcond=None)
print(type(rank).__name__, rank.dtype, rank)
print(np.allclose(A @ x, B) or True, res.shape)
ls('mismatched rows', A, np.ones(5), rcond=None)
ls('3-d a', np.ones((2, 3, 3)), np.ones(3), rcond=None)
ls('3-d b', np.ones((3, 3)), np.ones((3, 3, 1)), rcond=None)
ls('1-d a', np.ones(3), np.ones(3), rcond=None)
ls('0-d b', np.ones((3, 3)), np.float64(1.0), rcond=None)
ls('nan in b', np.array([[1.0, 2], [3, 4], [5, 7]]), np.array([1.0, np.nan, 2]), rcond=None)
ls('inf in b', np.array([[1.0, 2], [3, 4], [5, 7]]), np.array([1.0, np.inf, 2]), rcond=None)
ls('rcond str', A, B, rcond='x')
ls('rcond str wide', A.T, B[:3], rcond='abc')
