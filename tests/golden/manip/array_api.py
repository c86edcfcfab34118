# numpy2: concat, permute_dims, unstack, matrix_transpose, astype, vecdot, matvec and vecmat
# are NumPy 2 names (1.24 raises AttributeError); the .numpy2.out comes from
# scripts/numpy2_array_api_shim.py (NumPy 2.2's compositions over 1.24's primitives).
import numpy as np


def show(label, f):
    print('==', label)
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
        return
    if isinstance(r, np.ndarray):
        print(repr(r))
        print(r.shape, r.strides, r.dtype, r.flags['C_CONTIGUOUS'], r.flags['OWNDATA'], r.flags['WRITEABLE'])
    elif isinstance(r, tuple):
        print('tuple', len(r))
        for x in r:
            print(repr(x), x.flags['OWNDATA'])
    else:
        print(np.asarray(r).dtype, r)


a = np.arange(6).reshape(2, 3)
s = np.arange(24).reshape(2, 3, 4)
show('concat', lambda: np.concat([a, a]))
show('concat axis 1', lambda: np.concat((a, a), axis=1))
show('concat None', lambda: np.concat([a, [7, 8]], axis=None))
show('concat dtype', lambda: np.concat([a, a], dtype=np.float32))
show('concat mismatch', lambda: np.concat([a, np.ones(3)]))
show('permute_dims', lambda: np.permute_dims(s, (2, 0, 1)))
show('permute_dims default', lambda: np.permute_dims(a))
show('permute_dims bad', lambda: np.permute_dims(a, (0, 0)))
show('unstack', lambda: np.unstack(a))
show('unstack axis 1', lambda: np.unstack(a, axis=1))
show('unstack axis -1', lambda: np.unstack(s, axis=-1))
show('unstack 0-d', lambda: np.unstack(np.array(3)))
show('unstack bad axis', lambda: np.unstack(a, axis=2))
show('matrix_transpose', lambda: np.matrix_transpose(s))
show('matrix_transpose list', lambda: np.matrix_transpose([[1, 2], [3, 4]]))
show('matrix_transpose 1-d', lambda: np.matrix_transpose([1, 2]))
show('astype', lambda: np.astype(a, np.float64))
show('astype no copy', lambda: np.astype(a, np.int64, copy=False) is a)
show('astype list', lambda: np.astype([1, 2], np.float64))
show('astype scalar', lambda: np.astype(np.float64(2.5), np.int32))
show('asarray_chkfinite', lambda: np.asarray_chkfinite([1, 2.5]))
show('asarray_chkfinite nan', lambda: np.asarray_chkfinite([1, np.nan]))
show('asarray_chkfinite ints', lambda: np.asarray_chkfinite([1, 2], dtype=float))
show('mask_indices triu', lambda: np.mask_indices(3, np.triu))
show('mask_indices tril k', lambda: np.mask_indices(3, np.tril, -1))
show('vecdot', lambda: np.vecdot([1, 2, 3], [4, 5, 6]))
show('vecdot float', lambda: np.vecdot(np.arange(6.0).reshape(2, 3), [1.0, 0.5, 0.25]))
show('vecdot axis', lambda: np.vecdot(s, s, axis=0))
show('vecdot bool', lambda: np.vecdot([True, False], [True, True]))
show('vecdot mismatch', lambda: np.vecdot(np.ones(3), np.ones(4)))
show('vecdot 0-d', lambda: np.vecdot(2.0, np.ones(3)))
m = np.arange(6.0).reshape(2, 3)
show('matvec', lambda: np.matvec(m, [1.0, 2.0, 3.0]))
show('matvec stack', lambda: np.matvec(s, np.ones(4, dtype=int)))
show('matvec mismatch', lambda: np.matvec(m, np.ones(2)))
show('matvec 1-d', lambda: np.matvec(np.ones(3), np.ones(3)))
show('vecmat', lambda: np.vecmat([1.0, 2.0], m))
show('vecmat stack', lambda: np.vecmat(np.ones((2, 3)), s))
show('vecmat mismatch', lambda: np.vecmat(np.ones(3), m))
