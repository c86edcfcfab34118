# np.sctypeDict and np.ScalarType for the scalar types stridelab has, built as NumPy 2's
# numpy/_core/_type_aliases.py and numerictypes.py build them: every concrete type under its
# name, the C-style and short aliases NumPy 2 keeps (double, cdouble, single, csingle, half,
# bool_, int_, uint, ...), the extra dtype-name aliases ('float', 'complex', 'int'), and
# ScalarType = the Python scalar types + the NumPy ones sorted by (kind, itemsize).
# Not here: the long double, object, bytes/str/void and datetime types (stridelab lacks
# them or another part owns them). Loaded on first use.


def _sl_build_sctypedict():
    d = {}
    for n in ('bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64',
              'float16', 'float32', 'float64', 'complex64', 'complex128'):
        d[n] = getattr(_sl_np_self, n)
    for alias, n in (('byte', 'int8'), ('ubyte', 'uint8'), ('short', 'int16'), ('ushort', 'uint16'),
                     ('intc', 'int32'), ('uintc', 'uint32'), ('long', 'int64'), ('ulong', 'uint64'),
                     ('longlong', 'int64'), ('ulonglong', 'uint64'), ('intp', 'int64'), ('uintp', 'uint64'),
                     ('double', 'float64'), ('cdouble', 'complex128'), ('single', 'float32'),
                     ('csingle', 'complex64'), ('half', 'float16'), ('bool_', 'bool'), ('int_', 'int64'),
                     ('uint', 'uint64'), ('float', 'float64'), ('complex', 'complex128'), ('int', 'int64')):
        d[alias] = d[n]
    return d


import numpy as _sl_np_self

sctypeDict = _sl_build_sctypedict()


def _sl_scalar_type_key(typ):
    dt = dtype(typ)
    return (dt.kind.lower(), dt.itemsize)


def _sl_build_scalar_type():
    seen = []
    for t in sctypeDict.values():
        if t not in seen:
            seen.append(t)
    # `bool` here is numpy.bool (this runs in numpy's namespace), hence type(True); memoryview
    # is not a builtin name in stridelab: the type of an array's .data is that class
    return tuple([int, float, complex, type(True), bytes, str, type(zeros(0).data)] +
                 sorted(seen, key=_sl_scalar_type_key))


ScalarType = _sl_build_scalar_type()
