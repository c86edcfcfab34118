# Result dtypes of unary ufuncs for every dtype ('!' = TypeError). Float-only functions skip
# bool/int8/uint8 (NumPy would use float16, which stridelab does not have).
import numpy as np


def show(label, x):
    # arrays print their repr (dtype included when not the default); scalars str + dtype
    if isinstance(x, np.ndarray):
        print(label, repr(x))
    else:
        print(label, 'scalar', x, x.dtype)


def t(label, f):
    try:
        show(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

DTS = [np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64,
       np.float32, np.float64]
FUNCS = [('negative', np.negative), ('positive', np.positive), ('absolute', np.absolute),
         ('invert', np.invert), ('square', np.square), ('reciprocal', np.reciprocal), ('sign', np.sign),
         ('isnan', np.isnan), ('isfinite', np.isfinite), ('logical_not', np.logical_not), ('rint', np.rint),
         ('sqrt', np.sqrt), ('exp', np.exp), ('sin', np.sin), ('log1p', np.log1p)]
print('          ' + ' '.join([np.dtype(d).char for d in DTS]))
for name, fn in FUNCS:
    row = []
    for d in DTS:
        if name in ['rint', 'sqrt', 'exp', 'sin', 'log1p'] and d in [np.bool_, np.int8, np.uint8]:
            row.append('-')
            continue
        if name == 'positive' and d == np.bool_:
            row.append('-')
            continue
        try:
            row.append(fn(np.ones(2, d)).dtype.char)
        except Exception as e:
            row.append('!' if isinstance(e, TypeError) else '?')
    print(name.ljust(10) + ' '.join(row))
