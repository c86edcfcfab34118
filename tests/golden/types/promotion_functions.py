# numpy2: NEP 50 (result_type with Python ints is not value-based; can_cast refuses Python
# numbers) and NEP 51 scalar reprs (np.int64(3)).
# np.can_cast (every casting rule), np.promote_types, np.result_type (arrays, dtypes, NumPy
# scalars, Python scalars — NEP 50: Python scalars are weak), np.min_scalar_type (ints),
# np.common_type, np.isscalar, np.iterable and their errors.
import numpy as np

names = ['?', 'i1', 'i2', 'i4', 'i8', 'u1', 'u2', 'u4', 'u8', 'f4', 'f8']
for casting in ['no', 'equiv', 'safe', 'same_kind', 'unsafe']:
    print(casting)
    for a in names:
        print(' ', a, ''.join('1' if np.can_cast(a, b, casting) else '.' for b in names))
print(np.can_cast(np.arange(3, dtype=np.int32), np.float64), np.can_cast(np.float32(1), np.float16 if False else 'f8'), np.can_cast(np.int64, np.float64))
for a in names:
    print(a, ' '.join(np.promote_types(a, b).str for b in names))
print(np.result_type(np.int8, np.uint8), np.result_type('f4', 'i8'), np.result_type(np.arange(3), np.zeros(2, np.float32)))
print(np.result_type(np.int8, 3), np.result_type(np.uint8, 1000), np.result_type(np.float32, 1.5), np.result_type(np.int16, 2.0), np.result_type(True, np.int8))
print(np.result_type(3, 5.0), np.result_type(1, 2), np.result_type(True), np.result_type(np.arange(3, dtype=np.uint16), -1))
print(np.result_type(np.float32(1), np.int8), np.result_type(np.zeros((2, 2), np.int32), np.float32, 7))
for v in [0, 1, 255, 256, -1, -128, -129, 70000, -40000, 2**32, -2**31 - 1, 2**40, True, np.arange(3), np.array(5), np.array([3], np.int8), np.int64(3), np.uint32(70000)]:
    print(repr(v), np.min_scalar_type(v))
print(np.common_type(np.arange(3)), np.common_type(np.zeros(2, np.float32)), np.common_type(np.zeros(2, np.float32), np.arange(2)), np.common_type(np.zeros(2, np.float32), np.zeros(1)))
print([np.isscalar(v) for v in [3, 3.5, True, 'a', b'x', np.float64(1), np.int8(2), np.array(1), [1], (1,), None, np.arange(2)]])
print([np.iterable(v) for v in [[1], (), 'ab', 3, np.array(1), np.arange(2), {}, range(3), None]])
for f in [lambda: np.can_cast(3, np.int8), lambda: np.can_cast(1.5, 'f4'), lambda: np.can_cast('i4', None),
          lambda: np.can_cast('i4', 'i8', 'fast'), lambda: np.result_type(), lambda: np.common_type(np.array([True])),
          lambda: np.common_type([1, 2]), lambda: np.promote_types('i4', 'x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
np.promote_types(None, 'i4') if False else np.result_type('q', 'foo')
