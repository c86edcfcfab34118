# np.half/csingle/cdouble, np.sctypeDict lookups, np.ScalarType membership, np.flatiter
import numpy as np

print(np.half is np.float16, np.csingle is np.complex64, np.cdouble is np.complex128)
print(np.dtype(np.half), np.dtype(np.csingle), np.dtype(np.cdouble))
print(np.half(1.5), np.cdouble(2), np.array([1, 2], dtype=np.csingle))
print(issubclass(np.csingle, np.complexfloating), issubclass(np.half, np.floating))
for key in ['float64', 'double', 'single', 'half', 'cdouble', 'csingle', 'int8', 'uint64',
            'int_', 'uint', 'float', 'complex', 'int', 'intp', 'byte', 'ubyte',
            'short', 'ushort', 'intc', 'uintc', 'complex64']:
    print(key, np.sctypeDict[key])
print(type(np.sctypeDict).__name__, np.sctypeDict['bool_'] is np.bool_)
try:
    np.sctypeDict['nope']
except KeyError as e:
    print('KeyError', e)
st = np.ScalarType
print(type(st).__name__, st[:6])
for t in [np.float64, np.float32, np.float16, np.int8, np.uint64, np.complex64,
          np.complex128, int, float, complex, bool]:
    print(t.__name__, t in st)
print(np.bool_ in st, st[3] is bool, len(set(st)) == len(st))
x = np.arange(6).reshape(2, 3)
f = x.flat
print(type(f) is np.flatiter, isinstance(f, np.flatiter), isinstance(x, np.flatiter))
print(np.flatiter.__name__, np.flatiter.__module__)
print(isinstance(x.T.flat, np.flatiter), isinstance(x[:, ::2].flat, np.flatiter))
try:
    np.flatiter()
except TypeError as e:
    print('TypeError', e)
