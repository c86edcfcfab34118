# numpy.polynomial itself: the power series class and module (numpy_polynomial.py, bound
# here as `Polynomial` and `polynomial` by numpy_pysource.cpp) and the print style switch.
# The other bases (Chebyshev, Legendre, Laguerre, Hermite, HermiteE) are not here.


def set_default_printstyle(style):
    if style not in ('unicode', 'ascii'):
        raise ValueError(
            f"Unsupported format string '{style}'. Valid options are 'ascii' "
            f"and 'unicode'")
    Polynomial._use_unicode = style == 'unicode'
