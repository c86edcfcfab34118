# The repr of non-native arrays names their dtype string.
# numpy2: repr of a non-native array spells its dtype ('>i4', '>i8', '>f8'); NumPy 1.24 printed
# the native name (dtype=int32) or nothing for '>i8'/'>f8' (dtype_is_implied ignored byte order).
import numpy as np

print(repr(np.arange(3, dtype='>i4')))
print(repr(np.arange(3, dtype='>i8')))
print(repr(np.array([1.5, 2.0], dtype='>f8')))
print(repr(np.array([1, 2], dtype='<i8')))
print(repr(np.array([1, 2], dtype='>u2').reshape(2, 1)))
print(repr(np.zeros(0, dtype='>f4')))
print(repr(np.array([True, False], dtype='>b1')))
print(repr(np.array([7], dtype='>i1')))
a = np.array([1, 256], dtype='<i4')
print(repr(a.view(a.dtype.newbyteorder())))
print(repr(np.sort(np.array([3, 1, 2], dtype='>i2'))))
