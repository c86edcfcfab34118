# numpy.random's multivariate_normal, written in Python as NumPy writes it (mtrand.pyx and
# _generator.pyx): the samples are standard normals of the caller's stream turned by a
# factor of the covariance from numpy.linalg, so the arithmetic (svd / eigh / cholesky,
# np.dot / @, the psd check) must be NumPy's own sequence of calls to print the same digits.
# RandomState.multivariate_normal and Generator.multivariate_normal (native methods) call
# _mvn_legacy / _mvn_generator with their bound standard_normal.

def _mvn_shape(mean, cov, size):
    import numpy as np
    mean = np.array(mean)
    cov = np.array(cov)
    if size is None:
        shape = []
    elif isinstance(size, (int, np.integer)):
        shape = [size]
    else:
        shape = size
    if len(mean.shape) != 1:
        raise ValueError("mean must be 1 dimensional")
    if (len(cov.shape) != 2) or (cov.shape[0] != cov.shape[1]):
        raise ValueError("cov must be 2 dimensional and square")
    if mean.shape[0] != cov.shape[0]:
        raise ValueError("mean and cov must have same length")
    final_shape = list(shape[:])
    final_shape.append(mean.shape[0])
    return mean, cov, final_shape


def _not_psd(check_valid):
    if check_valid == 'warn':
        _runtime_warning("covariance is not symmetric positive-semidefinite.")
    else:
        raise ValueError("covariance is not symmetric positive-semidefinite.")


def _mvn_legacy(standard_normal, mean, cov, size=None, check_valid='warn', tol=1e-8):
    import numpy as np
    from numpy.linalg import svd
    mean, cov, final_shape = _mvn_shape(mean, cov, size)
    x = standard_normal(final_shape).reshape(-1, mean.shape[0])
    cov = cov.astype(np.double)
    (u, s, v) = svd(cov)
    if check_valid != 'ignore':
        if check_valid != 'warn' and check_valid != 'raise':
            raise ValueError(
                "check_valid must equal 'warn', 'raise', or 'ignore'")
        psd = np.allclose(np.dot(v.T * s, v), cov, rtol=tol, atol=tol)
        if not psd:
            _not_psd(check_valid)
    x = np.dot(x, np.sqrt(s)[:, None] * v)
    x += mean
    x.shape = tuple(final_shape)
    return x


def _mvn_generator(standard_normal, mean, cov, size=None, check_valid='warn',
                   tol=1e-8, *, method='svd'):
    import numpy as np
    if method not in {'eigh', 'svd', 'cholesky'}:
        raise ValueError(
            "method must be one of {'eigh', 'svd', 'cholesky'}")
    mean, cov, final_shape = _mvn_shape(mean, cov, size)
    x = standard_normal(final_shape).reshape(-1, mean.shape[0])
    cov = cov.astype(np.double)
    if method == 'svd':
        from numpy.linalg import svd
        (u, s, vh) = svd(cov)
    elif method == 'eigh':
        from numpy.linalg import eigh
        (s, u) = eigh(cov)
    else:
        from numpy.linalg import cholesky
        l = cholesky(cov)
    if check_valid != 'ignore' and method != 'cholesky':
        if check_valid != 'warn' and check_valid != 'raise':
            raise ValueError(
                "check_valid must equal 'warn', 'raise', or 'ignore'")
        if method == 'svd':
            psd = np.allclose(np.dot(vh.T * s, vh), cov, rtol=tol, atol=tol)
        else:
            psd = not np.any(s < -tol)
        if not psd:
            _not_psd(check_valid)
    if method == 'cholesky':
        _factor = l
    elif method == 'eigh':
        _factor = u * np.sqrt(abs(s))
    else:
        _factor = u * np.sqrt(s)
    x = mean + x @ _factor.T
    x.shape = tuple(final_shape)
    return x


def multivariate_normal(mean, cov, size=None, check_valid='warn', tol=1e-8):
    return _mvn_legacy(standard_normal, mean, cov, size, check_valid, tol)
