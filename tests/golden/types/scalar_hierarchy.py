# The abstract scalar hierarchy: issubclass / isinstance / np.issubdtype over every dtype and
# abstract class, dtype specifiers (strings, Python types, dtype objects), and the abstract
# classes refusing instances.
import numpy as np

abstract = [np.generic, np.number, np.integer, np.signedinteger, np.unsignedinteger, np.inexact, np.floating, np.complexfloating, np.flexible, np.character]
concrete = [np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64, np.float32, np.float64]
for t in concrete:
    print(np.dtype(t), [a.__name__ for a in abstract if issubclass(t, a)])
for a in abstract:
    print(a.__name__, repr(a), [b.__name__ for b in abstract if issubclass(a, b)])
x = [np.bool_(True), np.int8(3), np.uint16(7), np.float32(1.5), np.float64(2.5)]
for v in x:
    print(v.dtype, isinstance(v, np.generic), isinstance(v, np.number), isinstance(v, np.integer), isinstance(v, np.floating), isinstance(v, np.unsignedinteger))
print(isinstance(np.arange(3)[0], np.integer), isinstance(np.arange(3.0).sum(), np.floating), isinstance(3, np.integer), isinstance(np.array(3), np.generic))
specs = [np.float64, np.float32, float, int, bool, 'f4', 'i8', 'u1', '?', np.dtype('int16'), np.dtype('float64')]
for s in specs:
    print(repr(s), [np.issubdtype(s, a) for a in abstract], np.issubdtype(s, np.float64), np.issubdtype(s, float), np.issubdtype(s, int))
print(np.issubdtype(np.floating, np.inexact), np.issubdtype(np.inexact, np.floating), np.issubdtype(np.int32, np.int64))
print(np.True_, np.False_, type(np.True_) is np.bool_, np.True_ is np.bool_(True), np.array([True, False])[1] is np.False_)
for a in abstract:
    try:
        a(1)
    except TypeError as e:
        print(type(e).__name__, e)
np.issubdtype('float64', 'int128')
