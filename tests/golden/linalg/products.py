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


a = np.arange(60.).reshape(3, 4, 5)
b = np.arange(24.).reshape(4, 3, 2)
show('tensordot axes lists', np.tensordot(a, b, axes=([1, 0], [0, 1])))
show('tensordot int', np.tensordot(np.arange(6).reshape(2, 3), np.arange(12).reshape(3, 4), axes=1))
show('tensordot 0', np.tensordot(np.arange(2), np.arange(3), 0))
show('tensordot default', np.tensordot(np.ones((2, 3, 4)), np.ones((3, 4, 5))))
show('tensordot negative axes', np.tensordot(a, b, axes=([-2], [0])))
show('tensordot scalar axes pair', np.tensordot(np.ones((2, 3)), np.ones((3, 2)), axes=(1, 0)))
err('tensordot mismatch', lambda: np.tensordot(a, b, axes=([0], [0])))
err('tensordot bad axis', lambda: np.tensordot(a, b, axes=([5], [0])))
show('inner 1-d', np.inner(np.array([1, 2, 3]), np.array([0, 1, 0])))
show('inner n-d', np.inner(np.arange(24).reshape(2, 3, 4), np.arange(8).reshape(2, 4)))
show('inner scalar', np.inner(np.eye(2), 7))
show('inner float32', np.inner(np.ones(3, np.float32), np.arange(3, dtype=np.float32)))
err('inner mismatch', lambda: np.inner(np.ones(3), np.ones(4)))
err('inner mismatch 2-d', lambda: np.inner(np.ones((2, 3)), np.ones((2, 4))))
show('vdot', np.vdot(np.array([[1, 4], [5, 6]]), np.array([[4, 1], [2, 2]])))
show('vdot mixed', np.vdot(np.arange(3), np.ones(3, np.float32)))
err('vdot lengths', lambda: np.vdot(np.ones(3), np.ones(4)))
show('kron 1-d', np.kron([1, 10, 100], [5, 6, 7]))
show('kron 2-d', np.kron(np.eye(2, dtype=int), np.array([[1, 2], [3, 4]])))
show('kron mixed ndim', np.kron(np.array([1, 2]), np.ones((2, 2))))
show('kron 3-d', np.kron(np.ones((1, 2, 1)), np.arange(4).reshape(2, 2)))
show('kron scalar', np.kron(3, np.arange(3)))
show('kron bool', np.kron(np.array([True, False]), np.array([True, True])))
show('cross 3', np.cross([1, 2, 3], [4, 5, 6]))
show('cross broadcast', np.cross(np.array([[1, 2, 3], [4, 5, 6]]), np.array([0, 0, 1])))
show('cross axis', np.cross(np.eye(3), np.arange(9).reshape(3, 3), axisa=0, axisb=1, axisc=0))
show('cross axis=0', np.cross(np.arange(6).reshape(3, 2), np.ones((3, 2)), axis=0))
show('cross ints uint8', np.cross(np.array([1, 2, 3], np.uint8), np.array([3, 2, 1], np.uint8)))
err('cross bad dim', lambda: np.cross([1, 2, 3, 4], [1, 2, 3, 4]))
err('cross axisc', lambda: np.cross([1, 2, 3], [4, 5, 6], axisc=2))
show('multiply.outer', np.multiply.outer([1, 2, 3], [4, 5]))
show('add.outer 2-d', np.add.outer(np.arange(4).reshape(2, 2), np.arange(3)))
show('subtract.outer float32', np.subtract.outer(np.ones(2, np.float32), np.arange(2, dtype=np.float32)))
show('greater.outer', np.greater.outer(np.arange(3), np.arange(3)))
show('outer scalar', np.multiply.outer(2, np.arange(3)))
show('outer dtype', np.add.outer([1, 2], [3, 4], dtype=np.float32))
err('outer unary', lambda: np.sqrt.outer([1], [2]))
