# numpy.linalg's NumPy 2 functions that are compositions of other numpy functions (as they
# are in NumPy's own numpy/linalg/_linalg.py): the Array API names (matrix_norm,
# vector_norm, svdvals, vecdot, matrix_transpose, outer, cross, trace, diagonal, matmul,
# tensordot) and multi_dot, tensorinv, tensorsolve, with NumPy 2.2's checks and messages.
# Run into numpy.linalg after its native parts (inv, solve, norm, svd, ... are globals here).
# The heavy lifting stays native: every product below is one np.dot/np.matmul call.
import numpy as _np


def _normalize_axis_index(axis, ndim):
    if axis < -ndim or axis >= ndim:
        raise _np.exceptions.AxisError(axis, ndim)
    return axis + ndim if axis < 0 else axis


def _normalize_axis_tuple(axis, ndim):
    if not isinstance(axis, (tuple, list, range)):
        axis = [axis]
    result = tuple([_normalize_axis_index(ax, ndim) for ax in axis])
    if len(set(result)) != len(result):
        raise ValueError('repeated axis')
    return result


def _assert_2d(*arrays):
    for a in arrays:
        if a.ndim != 2:
            raise LinAlgError('%d-dimensional array given. Array must be '
                              'two-dimensional' % a.ndim)


def tensorsolve(a, b, axes=None):
    a = _np.asarray(a)
    b = _np.asarray(b)
    an = a.ndim
    if axes is not None:
        allaxes = list(range(0, an))
        for k in axes:
            allaxes.remove(k)
            allaxes.insert(an, k)
        a = a.transpose(allaxes)
    oldshape = a.shape[-(an - b.ndim):]
    prod = 1
    for k in oldshape:
        prod *= k
    if a.size != prod ** 2:
        raise LinAlgError(
            "Input arrays must satisfy the requirement "
            "            prod(a.shape[b.ndim:]) == prod(a.shape[:b.ndim])"
        )
    a = a.reshape(prod, prod)
    b = b.ravel()
    res = solve(a, b)
    res.shape = oldshape
    return res


def tensorinv(a, ind=2):
    a = _np.asarray(a)
    oldshape = a.shape
    prod = 1
    if ind > 0:
        invshape = oldshape[ind:] + oldshape[:ind]
        for k in oldshape[ind:]:
            prod *= k
    else:
        raise ValueError("Invalid ind argument.")
    a = a.reshape(prod, -1)
    ia = inv(a)
    return ia.reshape(*invshape)


def svdvals(x, /):
    return svd(x, compute_uv=False, hermitian=False)


def outer(x1, x2, /):
    x1 = _np.asanyarray(x1)
    x2 = _np.asanyarray(x2)
    if x1.ndim != 1 or x2.ndim != 1:
        raise ValueError(
            "Input arrays must be one-dimensional, but they are "
            f"x1.ndim={x1.ndim} and x2.ndim={x2.ndim}."
        )
    return _np.outer(x1, x2)


def multi_dot(arrays, *, out=None):
    n = len(arrays)
    if n < 2:
        raise ValueError("Expecting at least two arrays.")
    elif n == 2:
        return _dot_out(arrays[0], arrays[1], out)
    arrays = [_np.asanyarray(a) for a in arrays]
    ndim_first, ndim_last = arrays[0].ndim, arrays[-1].ndim
    if arrays[0].ndim == 1:
        arrays[0] = _np.atleast_2d(arrays[0])
    if arrays[-1].ndim == 1:
        arrays[-1] = _np.atleast_2d(arrays[-1]).T
    _assert_2d(*arrays)
    if n == 3:
        result = _multi_dot_three(arrays[0], arrays[1], arrays[2], out)
    else:
        order = _multi_dot_matrix_chain_order(arrays)
        result = _multi_dot(arrays, order, 0, n - 1, out)
    if ndim_first == 1 and ndim_last == 1:
        return result[0, 0]
    elif ndim_first == 1 or ndim_last == 1:
        return result.ravel()
    else:
        return result


def _dot_out(a, b, out):
    r = _np.dot(a, b)
    if out is None:
        return r
    # np.dot's out= contract: exactly the result's dtype and shape, C-contiguous
    r = _np.asarray(r)
    if (type(out) is not _np.ndarray or out.dtype != r.dtype or out.shape != r.shape
            or not out.flags.c_contiguous):
        raise ValueError('output array is not acceptable (must have the right datatype, '
                         'number of dimensions, and be a C-Array)')
    out[...] = r
    return out


def _multi_dot_three(A, B, C, out=None):
    a0, a1b0 = A.shape
    b1c0, c1 = C.shape
    cost1 = a0 * b1c0 * (a1b0 + c1)
    cost2 = a1b0 * c1 * (a0 + b1c0)
    if cost1 < cost2:
        return _dot_out(_np.dot(A, B), C, out)
    else:
        return _dot_out(A, _np.dot(B, C), out)


def _multi_dot_matrix_chain_order(arrays):
    # Cormen's matrix-chain order (0-based): s[i][j] is where A_i..A_j is split
    n = len(arrays)
    p = [a.shape[0] for a in arrays] + [arrays[-1].shape[1]]
    m = [[0.0] * n for _ in range(n)]
    s = [[0] * n for _ in range(n)]
    for l in range(1, n):
        for i in range(n - l):
            j = i + l
            m[i][j] = float('inf')
            for k in range(i, j):
                q = m[i][k] + m[k + 1][j] + float(p[i] * p[k + 1] * p[j + 1])
                if q < m[i][j]:
                    m[i][j] = q
                    s[i][j] = k
    return s


def _multi_dot(arrays, order, i, j, out=None):
    if i == j:
        return arrays[i]
    return _dot_out(_multi_dot(arrays, order, i, order[i][j]),
                    _multi_dot(arrays, order, order[i][j] + 1, j), out)


def diagonal(x, /, *, offset=0):
    return _np.diagonal(x, offset, axis1=-2, axis2=-1)


def trace(x, /, *, offset=0, dtype=None):
    return _np.trace(x, offset, axis1=-2, axis2=-1, dtype=dtype)


def cross(x1, x2, /, *, axis=-1):
    x1 = _np.asanyarray(x1)
    x2 = _np.asanyarray(x2)
    if x1.shape[axis] != 3 or x2.shape[axis] != 3:
        raise ValueError(
            "Both input arrays must be (arrays of) 3-dimensional vectors, "
            f"but they are {x1.shape[axis]} and {x2.shape[axis]} "
            "dimensional instead."
        )
    return _np.cross(x1, x2, axis=axis)


def matmul(x1, x2, /):
    return _np.matmul(x1, x2)


def tensordot(x1, x2, /, *, axes=2):
    return _np.tensordot(x1, x2, axes=axes)


def matrix_transpose(x, /):
    x = _np.asanyarray(x)
    if x.ndim < 2:
        raise ValueError(f"Input array has < 2 dimensions: {x.ndim}")
    return _np.swapaxes(x, -1, -2)


def vecdot(x1, x2, /, *, axis=-1):
    return _np.vecdot(x1, x2, axis=axis)


def matrix_norm(x, /, *, keepdims=False, ord="fro"):
    x = _np.asanyarray(x)
    return norm(x, axis=(-2, -1), keepdims=keepdims, ord=ord)


def vector_norm(x, /, *, axis=None, keepdims=False, ord=2):
    x = _np.asanyarray(x)
    shape = list(x.shape)
    if axis is None:
        x = x.ravel()
        _axis = 0
    elif isinstance(axis, tuple):
        normalized_axis = _normalize_axis_tuple(axis, x.ndim)
        rest = tuple(i for i in range(x.ndim) if i not in normalized_axis)
        newshape = axis + rest
        x = _np.transpose(x, newshape).reshape(
            (_np.prod([x.shape[i] for i in axis], dtype=int), *[x.shape[i] for i in rest]))
        _axis = 0
    else:
        _axis = axis
    res = norm(x, axis=_axis, ord=ord)
    if keepdims:
        _axis = _normalize_axis_tuple(range(len(shape)) if axis is None else axis, len(shape))
        for i in _axis:
            shape[i] = 1
        res = _np.asarray(res).reshape(tuple(shape))  # res may be a NumPy scalar
    return res
