# numpy2: matrix_norm, vector_norm, svdvals, vecdot, matrix_transpose, outer, cross, trace,
# diagonal, matmul and tensordot are new in numpy.linalg 2.0 (1.24 raises AttributeError);
# the .numpy2.out comes from scripts/numpy2_array_api_shim.py: NumPy 2.2's compositions over 1.24.
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
        print(r.shape, r.dtype, r.flags['C_CONTIGUOUS'], r.flags['OWNDATA'], r.flags['WRITEABLE'])
    else:
        print(type(r).__name__, r)


a = np.arange(12.0).reshape(3, 4) - 5
s = np.arange(24).reshape(2, 3, 4)
m = np.array([[1.0, 2.0], [3.0, 4.0]])
show('matrix_norm fro', lambda: LA.matrix_norm(m))
show('matrix_norm stack', lambda: LA.matrix_norm(s))
show('matrix_norm keepdims', lambda: LA.matrix_norm(s, keepdims=True))
for o in [1, -1, 2, -2, np.inf, -np.inf, 'fro', 'nuc']:
    show('matrix_norm ord=%r' % (o,), lambda: LA.matrix_norm(a, ord=o))
show('matrix_norm bad ord', lambda: LA.matrix_norm(a, ord=3))
show('matrix_norm 1-d', lambda: LA.matrix_norm(np.ones(3)))
show('vector_norm', lambda: LA.vector_norm(a))
show('vector_norm int', lambda: LA.vector_norm([3, 4]))
show('vector_norm axis', lambda: LA.vector_norm(a, axis=1))
show('vector_norm axis -1 keepdims', lambda: LA.vector_norm(s, axis=-1, keepdims=True))
show('vector_norm axis tuple', lambda: LA.vector_norm(s, axis=(0, 2)))
show('vector_norm axis tuple keepdims', lambda: LA.vector_norm(s, axis=(0, 2), keepdims=True))
show('vector_norm None keepdims', lambda: LA.vector_norm(s, keepdims=True))
for o in [0, 1, -1, 3, np.inf, -np.inf, 0.5]:
    show('vector_norm ord=%r' % (o,), lambda: LA.vector_norm(a, ord=o))
show('vector_norm fro', lambda: LA.vector_norm(a, ord='fro'))
show('vector_norm 0-d', lambda: LA.vector_norm(np.float64(-2.5)))
show('vector_norm empty', lambda: LA.vector_norm(np.zeros((0, 3)), axis=0))
show('vector_norm float32', lambda: LA.vector_norm(np.array([3, 4], dtype=np.float32)))
show('svdvals', lambda: LA.svdvals(m))
show('svdvals stack', lambda: LA.svdvals(s))
show('svdvals 1-d', lambda: LA.svdvals(np.ones(3)))
show('vecdot', lambda: LA.vecdot([1, 2, 3], [4, 5, 6]))
show('vecdot float', lambda: LA.vecdot(a, a))
show('vecdot axis 0', lambda: LA.vecdot(a, a, axis=0))
show('vecdot broadcast', lambda: LA.vecdot(s, np.array([1, 0, -1, 2])))
show('vecdot mismatch', lambda: LA.vecdot(np.ones(3), np.ones(4)))
show('vecdot 0-d', lambda: LA.vecdot(np.float64(2.0), np.ones(3)))
show('matrix_transpose', lambda: LA.matrix_transpose(s))
show('matrix_transpose 1-d', lambda: LA.matrix_transpose(np.ones(3)))
show('matrix_transpose view', lambda: LA.matrix_transpose(a).base is a)
show('outer', lambda: LA.outer([1, 2, 3], [1.5, 2]))
show('outer 2-d', lambda: LA.outer(np.ones((2, 2)), [1, 2]))
show('cross', lambda: LA.cross([1, 2, 3], [4, 5, 6]))
show('cross stack', lambda: LA.cross(np.arange(6).reshape(2, 3), [1, 0, 0]))
show('cross axis 0', lambda: LA.cross(np.arange(6).reshape(3, 2), np.ones((3, 2)), axis=0))
show('cross 2-vectors', lambda: LA.cross([1, 2], [3, 4]))
show('trace', lambda: LA.trace(s))
show('trace offset', lambda: LA.trace(s, offset=1))
show('trace dtype', lambda: LA.trace(s, dtype=np.float32))
show('diagonal', lambda: LA.diagonal(s))
show('diagonal offset', lambda: LA.diagonal(s, offset=-1))
show('diagonal readonly', lambda: LA.diagonal(a).flags['WRITEABLE'])
show('matmul', lambda: LA.matmul(m, m))
show('matmul vec', lambda: LA.matmul([1, 2], m))
show('matmul scalar', lambda: LA.matmul(2, m))
show('tensordot', lambda: LA.tensordot(s, s, axes=([1, 2], [1, 2])))
show('tensordot default', lambda: LA.tensordot(np.ones((2, 3)), np.ones((2, 3))))
show('tensordot axes=1', lambda: LA.tensordot(m, m, axes=1))
