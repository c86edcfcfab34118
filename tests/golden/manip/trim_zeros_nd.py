# numpy2: NumPy 2.2's trim_zeros trims n-d arrays (the nonzero bounding box) and takes
#   axis=; 1.24 only trimmed 1-d input. The .numpy2.out is NumPy 2.2's output (the 1-d
#   cases are 1.24's own; n-d ones follow 2.2's documented algorithm).
import numpy as np


def show(label, f):
    print('==', label)
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(type(r).__name__, repr(r))
    if isinstance(r, np.ndarray):
        print(r.shape, r.flags['OWNDATA'], r.base is not None)


a = np.array((0, 0, 0, 1, 2, 3, 0, 2, 1, 0))
show('1d fb', lambda: np.trim_zeros(a))
show('1d b', lambda: np.trim_zeros(a, trim='b'))
show('1d F', lambda: np.trim_zeros(a, trim='F'))
show('list', lambda: np.trim_zeros([0, 1, 2, 0]))
show('tuple', lambda: np.trim_zeros((0, 0, 1.5, 0)))
show('all zero 1d', lambda: np.trim_zeros(np.zeros(4)))
show('empty', lambda: np.trim_zeros(np.array([], dtype=np.int8)))
show('bad trim', lambda: np.trim_zeros(a, trim='x'))
show('bad trim fbf', lambda: np.trim_zeros(a, trim='fbf'))
show('complex imag only', lambda: np.trim_zeros(np.array([0, 1j, 0])))
show('nan', lambda: np.trim_zeros(np.array([0.0, np.nan, 0.0])))
show('bool', lambda: np.trim_zeros(np.array([False, True, False, True, False])))
show('strided 1d', lambda: np.trim_zeros(np.array([0, 9, 1, 9, 2, 9, 0])[::2]))
b = np.array([[0, 0, 2, 3, 0, 0],
              [0, 1, 0, 3, 0, 0],
              [0, 0, 0, 0, 0, 0]])
show('2d', lambda: np.trim_zeros(b))
show('2d axis -1', lambda: np.trim_zeros(b, axis=-1))
show('2d axis 0', lambda: np.trim_zeros(b, axis=0))
show('2d f', lambda: np.trim_zeros(b, trim='f'))
show('2d b axis 1', lambda: np.trim_zeros(b, 'b', axis=1))
show('2d all zero', lambda: np.trim_zeros(np.zeros((2, 3))))
show('2d all zero axis 1', lambda: np.trim_zeros(np.zeros((2, 3)), axis=1))
show('2d transposed', lambda: np.trim_zeros(b.T))
show('3d', lambda: np.trim_zeros(np.pad(np.ones((1, 2, 1)), 1)))
show('axis out of range', lambda: np.trim_zeros(b, axis=2))
show('axis -3', lambda: np.trim_zeros(b, axis=-3))
