# Advanced NumPy tutorial exercise: a sliding-window view of a 1D array with as_strided
import numpy as np


def sliding_window(arr, size=2):
    """Produce an array of sliding window views of `arr`

    Parameters
    ----------
    arr : 1D array, shape (N,)
        The input array.
    size : int, optional
        The size of the sliding window.

    Returns
    -------
    arr_slide : 2D array, shape (N - size + 1, size)
        The sliding windows of size `size` of `arr`.
    """
    return np.lib.stride_tricks.as_strided(arr, shape=(arr.shape[0] - size + 1, size),
                                           strides=(arr.strides[0], arr.strides[0]))


a = np.array([0, 1, 2, 3])
print(sliding_window(a, 2))
w = sliding_window(np.arange(8), 3)
print(w)
print(w.shape, w.strides, w.flags['OWNDATA'], w.flags['C_CONTIGUOUS'])
print(w.sum(axis=1), w.mean(axis=1))
f = sliding_window(np.linspace(0, 1, 6), 4)
print(f.shape, f.strides)
print(f)
print(sliding_window.__doc__.splitlines()[0])
