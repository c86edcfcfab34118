# np.bitwise_count: the number of 1-bits in the absolute value of each integer (NumPy 2's
# ufunc; here a function with its call form and type rules: integer and bool inputs give
# uint8, anything else the ufunc's no-loop TypeError). Loaded on first use.
import numpy as np


def bitwise_count(x, /, out=None):
    a = np.asarray(x)
    if a.dtype.kind == 'b':
        a = a.astype(np.int8)
    elif a.dtype.kind not in 'iu':
        raise TypeError("ufunc 'bitwise_count' not supported for the input types, and the inputs "
                        "could not be safely coerced to any supported types according to the "
                        "casting rule ''safe''")
    if a.dtype.kind == 'i':
        # |x| in the unsigned type of the same width: the most negative value counts 1 bit
        a = np.abs(a).view('u%d' % a.dtype.itemsize)
    u = np.uint64
    v = a.astype(u)
    v = v - ((v >> u(1)) & u(0x5555555555555555))
    v = (v & u(0x3333333333333333)) + ((v >> u(2)) & u(0x3333333333333333))
    v = (v + (v >> u(4))) & u(0x0F0F0F0F0F0F0F0F)
    r = ((v * u(0x0101010101010101)) >> u(56)).astype(np.uint8)
    if out is not None:
        if isinstance(out, tuple):
            out = out[0]
        np.copyto(out, r, casting='same_kind')
        return out
    if r.ndim == 0 and isinstance(r, np.ndarray):
        return r[()]
    return r
