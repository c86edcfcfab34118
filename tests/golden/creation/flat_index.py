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


show('indices', np.indices((2, 2)))
show('indices float32', np.indices([3], dtype=np.float32))
show('indices sparse', np.indices((2, 3, 1), sparse=True))
show('indices empty dims', np.indices(()))
show('indices zero', np.indices((0, 2)))
err('indices negative', lambda: np.indices((2, -1)))
show('unravel scalar', np.unravel_index(7, (3, 4)))
print([str(v) for v in np.unravel_index(7, (3, 4))])
show('unravel F', np.unravel_index([7, 1], (3, 4), order='F'))
show('unravel 2-d', np.unravel_index(np.array([[0, 5], [11, 3]]), (3, 4)))
show('unravel uint8', np.unravel_index(np.array([5], dtype=np.uint8), (2, 3)))
show('unravel empty', np.unravel_index(np.array([], dtype=int), (2, 3)))
show('unravel int shape', np.unravel_index(4, 6))
err('unravel too big', lambda: np.unravel_index(12, (3, 4)))
err('unravel negative', lambda: np.unravel_index(-1, (3, 4)))
err('unravel float', lambda: np.unravel_index(1.0, (3, 4)))
err('unravel order', lambda: np.unravel_index(1, (3, 4), order='X'))
show('ravel', np.ravel_multi_index(([0, 1, 2], [3, 2, 1]), (3, 4)))
show('ravel F', np.ravel_multi_index(([0, 1, 2], [3, 2, 1]), (3, 4), order='F'))
show('ravel broadcast', np.ravel_multi_index((np.array([[0], [1]]), [0, 1, 2]), (2, 3)))
show('ravel wrap', np.ravel_multi_index(([5, -1], [7, -8]), (3, 4), mode='wrap'))
show('ravel clip', np.ravel_multi_index(([5, -1], [7, -8]), (3, 4), mode='clip'))
show('ravel modes', np.ravel_multi_index(([5, 1], [2, 9]), (3, 4), mode=('clip', 'wrap')))
print(str(np.ravel_multi_index((1, 2), (3, 4))))
err('ravel out of range', lambda: np.ravel_multi_index(([3], [0]), (3, 4)))
err('ravel wrong length', lambda: np.ravel_multi_index(([1], [0], [0]), (3, 4)))
err('ravel float', lambda: np.ravel_multi_index(([1.0], [0]), (3, 4)))
err('ravel bad mode', lambda: np.ravel_multi_index(([1], [0]), (3, 4), mode='nope'))
