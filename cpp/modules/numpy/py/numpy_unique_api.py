# NumPy 2's Array API set functions and sort_complex (numpy/lib/_arraysetops_impl.py,
# _function_base_impl.py): unique_all/unique_counts/unique_inverse/unique_values are
# np.unique with fixed flags (equal_nan=False), the first three returning NamedTuples that
# print as `UniqueAllResult(values=array(...), ...)`; unique_inverse's inverse has x's shape.
# sort_complex sorts a copy and returns it as complex (complex64 for int8/int16/uint8/uint16,
# complex128 otherwise). Loaded on first use.
from collections import namedtuple as _sl_namedtuple

UniqueAllResult = _sl_namedtuple('UniqueAllResult', ['values', 'indices', 'inverse_indices', 'counts'])
UniqueCountsResult = _sl_namedtuple('UniqueCountsResult', ['values', 'counts'])
UniqueInverseResult = _sl_namedtuple('UniqueInverseResult', ['values', 'inverse_indices'])


def _sl_unique_inverse_shape(x, inv):
    # NumPy 2 (axis=None): the inverse has the input's shape, so that values[inv] rebuilds x
    return inv.reshape(asarray(x).shape)


def unique_all(x):
    values, indices, inverse, counts = unique(x, return_index=True, return_inverse=True,
                                              return_counts=True, equal_nan=False)
    return UniqueAllResult(values, indices, _sl_unique_inverse_shape(x, inverse), counts)


def unique_counts(x):
    values, counts = unique(x, return_index=False, return_inverse=False, return_counts=True,
                            equal_nan=False)
    return UniqueCountsResult(values, counts)


def unique_inverse(x):
    values, inverse = unique(x, return_index=False, return_inverse=True, return_counts=False,
                             equal_nan=False)
    return UniqueInverseResult(values, _sl_unique_inverse_shape(x, inverse))


def unique_values(x):
    return unique(x, return_index=False, return_inverse=False, return_counts=False,
                  equal_nan=False)


def sort_complex(a):
    b = array(a, copy=True)
    b.sort()
    if not issubclass(b.dtype.type, complexfloating):
        if b.dtype.char in 'bhBH':
            return b.astype('F')
        return b.astype('D')
    return b
