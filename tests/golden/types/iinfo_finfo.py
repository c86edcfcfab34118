# np.iinfo / np.finfo: repr, str (NumPy's "Machine parameters" table), every attribute, the
# accepted arguments (types, dtypes, strings, Python types, instances) and the errors.
import numpy as np

for t in [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, 'i4', int, np.dtype('u2'), np.int16(5)]:
    i = np.iinfo(t)
    print(repr(i))
    print(i)
    print(i.bits, i.min, i.max, i.dtype, i.kind, type(i.min).__name__)
print(repr(np.iinfo(np.uint64)), np.iinfo(np.uint64).min, np.iinfo(np.int64).min)
print(np.iinfo(np.uint64))
for t in [np.float32, np.float64, float, 'f4', np.dtype('float64'), np.float32(2.0), 1.5]:
    f = np.finfo(t)
    print(repr(f))
    print(f)
    for a in ['bits', 'dtype', 'eps', 'epsneg', 'iexp', 'machep', 'max', 'maxexp', 'min', 'minexp', 'negep', 'nexp', 'nmant', 'precision', 'resolution', 'smallest_normal', 'smallest_subnormal', 'tiny']:
        v = getattr(f, a)
        print(a, v, type(v).__name__ if a != 'dtype' else '')
print(np.finfo(np.float64).eps == 2.0 ** -52, np.finfo(np.float32).max > 3e38, 1.0 + np.finfo(float).eps > 1.0)
for bad in [np.float64, 'f8', float, np.bool_]:
    try:
        np.iinfo(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [np.int64, 'i2', int, np.uint8]:
    try:
        np.finfo(bad)
    except ValueError as e:
        print(type(e).__name__, e)
np.finfo(np.int8)
