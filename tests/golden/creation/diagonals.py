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


x = np.arange(24).reshape(2, 3, 4)
show('diagonal 3d', x.diagonal())
show('diagonal offset 1 axes 1,2', x.diagonal(1, 1, 2))
show('diagonal negative axes', np.diagonal(x, -1, -1, -3))
show('diagonal offset beyond', x.diagonal(5))
show('diagonal offset -beyond', x.diagonal(-5))
show('diagonal of F array', np.asfortranarray(np.arange(12.).reshape(3, 4)).diagonal(1))
show('diagonal of non-contiguous', x[:, ::2, ::-1].diagonal(0, 0, 2))
show('diagonal of list', np.diagonal([[1, 2], [3, 4]]))
d = x.diagonal()
err('diagonal is read-only', lambda: d.__setitem__(0, 1))
print(d.base is x.base)
err('diagonal 1-d', lambda: np.diagonal(np.arange(3)))
err('diagonal same axes', lambda: x.diagonal(0, 1, 1))
err('diagonal same axes negative', lambda: x.diagonal(0, 1, -2))
err('diagonal axis1 out of range', lambda: x.diagonal(0, 3, 1))
err('diagonal axis2 out of range', lambda: x.diagonal(0, 0, -4))
show('diag 1-d k=2', np.diag(np.array([1.5, 2.5]), 2))
show('diag 1-d k=-1 bool', np.diag(np.array([True, False, True]), -1))
show('diag empty', np.diag(np.array([], dtype=np.int8)))
show('diag strided', np.diag(np.arange(10)[::3]))
show('diag 2-d k=-2', np.diag(np.arange(12).reshape(3, 4), -2))
show('diag 2-d far', np.diag(np.arange(12).reshape(3, 4), 7))
err('diag 0-d', lambda: np.diag(np.array(5)))
err('diag 3-d', lambda: np.diag(x))
show('diagflat 2-d', np.diagflat(np.array([[1, 2], [3, 4]], dtype=np.uint16), -1))
show('diagflat F', np.diagflat(np.asfortranarray([[1, 2], [3, 4]])))
show('diagflat scalar', np.diagflat(7))
show('trace 3d', np.trace(x))
show('trace offset', np.trace(x, 1, 1, 2))
show('trace dtype', np.trace(np.ones((3, 3), dtype=np.uint8) * 200, dtype=np.uint8))
show('trace bool', np.trace(np.eye(3, dtype=bool)))
show('trace float32', np.trace(np.full((4, 4), 0.1, dtype=np.float32)))
show('trace empty', np.trace(np.zeros((0, 3))))
print(str(np.eye(4).trace()), str(np.arange(9).reshape(3, 3).trace(-1)))
err('trace 1-d', lambda: np.trace(np.arange(3)))
a = np.zeros((3, 4), dtype=int)
np.fill_diagonal(a, [7, 8])
show('fill_diagonal cycled', a)
a = np.zeros((5, 3), dtype=int)
np.fill_diagonal(a, 4, wrap=True)
show('fill_diagonal wrap', a)
a = np.zeros((5, 3), dtype=int)
np.fill_diagonal(a, 4)
show('fill_diagonal tall no wrap', a)
a = np.zeros((3, 3, 3))
np.fill_diagonal(a, 2.5)
show('fill_diagonal 3d', a)
a = np.zeros((3, 3), dtype=int)
np.fill_diagonal(a, 2.9)
show('fill_diagonal float into int', a)
a = np.zeros((4, 4))
np.fill_diagonal(a[::2, ::-1], 9)
show('fill_diagonal through a view', a)
err('fill_diagonal 1-d', lambda: np.fill_diagonal(np.zeros(3), 1))
err('fill_diagonal unequal 3d', lambda: np.fill_diagonal(np.zeros((2, 3, 3)), 1))
show('diag_indices', np.diag_indices(3))
di = np.diag_indices(2, 3)
print(di[0] is di[1], di[1] is di[2])
show('diag_indices_from', np.diag_indices_from(np.zeros((2, 2, 2))))
err('diag_indices_from 1-d', lambda: np.diag_indices_from(np.zeros(3)))
err('diag_indices_from unequal', lambda: np.diag_indices_from(np.zeros((2, 3))))
