# NumPy 2's Array API spellings in the main namespace that are compositions of existing numpy
# functions: concat, permute_dims, unstack, matrix_transpose, astype, asarray_chkfinite,
# mask_indices, and vecdot/matvec/vecmat (ufuncs in NumPy 2.2; here functions over
# np.matmul's vector paths, without the ufunc methods/out=/axes=). NumPy 2.2's checks and
# messages. Run into the numpy module with its native parts: globals resolve at call time.


def concat(arrays, /, axis=0, out=None, *, dtype=None, casting="same_kind"):
    return concatenate(arrays, axis=axis, out=out, dtype=dtype, casting=casting)


def permute_dims(a, axes=None):
    return transpose(a, axes)


def unstack(x, /, *, axis=0):
    if x.ndim == 0:
        raise ValueError("Input array must be at least 1-d.")
    return tuple(moveaxis(x, axis, 0))


def matrix_transpose(x, /):
    x = asanyarray(x)
    if x.ndim < 2:
        raise ValueError(f"Input array has < 2 dimensions: {x.ndim}")
    return swapaxes(x, -1, -2)


def astype(x, dtype, /, *, copy=True, device=None):
    if not (isinstance(x, ndarray) or isscalar(x)):
        raise TypeError("Input should be a NumPy array or scalar. "
                        f"It is a {type(x)} instead.")
    if device is not None and device != "cpu":
        raise ValueError(f'Unsupported device {device!r}. Only "cpu" is supported.')
    if isinstance(x, generic):  # a NumPy scalar: the scalar of the new dtype
        return asarray(x).astype(dtype)[()]
    return x.astype(dtype, copy=copy)


def asarray_chkfinite(a, dtype=None, order=None):
    a = asarray(a, dtype=dtype, order=order)
    if a.dtype.kind in 'fc' and not isfinite(a).all():
        raise ValueError("array must not contain infs or NaNs")
    return a


def mask_indices(n, mask_func, k=0):
    m = ones((n, n), int)
    a = mask_func(m, k)
    return nonzero(a != 0)


def _core_operands(name, sig, ops, need):
    # the gufunc's "not enough dimensions" check, operands as arrays
    arrays = []
    for i in range(len(ops)):
        x = asanyarray(ops[i])
        if x.ndim < need[i]:
            raise ValueError(f"{name}: Input operand {i} does not have enough dimensions (has "
                             f"{x.ndim}, gufunc core with signature {sig} requires {need[i]})")
        arrays.append(x)
    return arrays


def _core_mismatch(name, sig, op, core, got, want):
    raise ValueError(f"{name}: Input operand {op} has a mismatch in its core dimension {core}, "
                     f"with gufunc signature {sig} (size {got} is different from {want})")


def _gufunc_result(r):
    # a gufunc's fresh output: C-ordered, owning; a 0-d result is a scalar
    return r[()] if r.ndim == 0 else r.copy()


def vecdot(x1, x2, /, *, axis=-1):
    sig = '(n),(n)->()'
    a, b = _core_operands('vecdot', sig, (x1, x2), (1, 1))
    a = moveaxis(a, axis, -1)
    b = moveaxis(b, axis, -1)
    if a.shape[-1] != b.shape[-1]:
        _core_mismatch('vecdot', sig, 1, 0, b.shape[-1], a.shape[-1])
    return _gufunc_result(matmul(a[..., None, :], b[..., :, None])[..., 0, 0])


def matvec(x1, x2, /):
    sig = '(m,n),(n)->(m)'
    a, b = _core_operands('matvec', sig, (x1, x2), (2, 1))
    if a.shape[-1] != b.shape[-1]:
        _core_mismatch('matvec', sig, 1, 0, b.shape[-1], a.shape[-1])
    return _gufunc_result(matmul(a, b[..., :, None])[..., 0])


def vecmat(x1, x2, /):
    sig = '(n),(n,m)->(m)'
    a, b = _core_operands('vecmat', sig, (x1, x2), (1, 2))
    if a.shape[-1] != b.shape[-2]:
        _core_mismatch('vecmat', sig, 1, 0, b.shape[-2], a.shape[-1])
    return _gufunc_result(matmul(a[..., None, :], b)[..., 0, :])
