# Legacy randint for every integer dtype and bool (masked rejection on 32/64-bit words, buffered 8/16-bit draws).
import numpy as np

# stridelab's Python ints are 64-bit: build the big bounds from NumPy scalars
I64MAX = 9223372036854775807
U64MAX = np.uint64(I64MAX) * np.uint64(2) + np.uint64(1)
U63 = np.uint64(I64MAX) + np.uint64(1)

for name in ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'bool']:
    np.random.seed(123)
    print('==', name)
    a = np.random.randint(0, 2, size=6, dtype=name)
    print(repr(a))
    if name != 'bool':
        print(repr(np.random.randint(0, 100, size=7, dtype=name)))
        print(repr(np.random.randint(3, size=(2, 3), dtype=name)))
    s = np.random.randint(2, dtype=name)
    print(s.dtype, s)

print('== full ranges')
np.random.seed(5)
print(repr(np.random.randint(-128, 128, size=8, dtype=np.int8)))
print(repr(np.random.randint(0, 256, size=8, dtype=np.uint8)))
print(repr(np.random.randint(-32768, 32768, size=4, dtype=np.int16)))
print(repr(np.random.randint(0, 2**32, size=4, dtype=np.uint32)))
print(repr(np.random.randint(-2**31, 2**31, size=4, dtype=np.int32)))
print(repr(np.random.randint(0, U64MAX, size=3, dtype=np.uint64)))
print(repr(np.random.randint(U63, U64MAX, size=3, dtype=np.uint64)))
print(repr(np.random.randint(0, I64MAX, size=3, dtype='uint64')))
print('== dtype objects')
print(repr(np.random.randint(5, size=3, dtype=np.int64)))
print(repr(np.random.randint(5, size=3, dtype=int)))
print(repr(np.random.randint(0, 2, size=3, dtype=bool)))
print(repr(np.random.randint(0, 2, size=3, dtype=np.bool_)))
print('== interleaving 8-bit draws with other draws')
np.random.seed(9)
print(repr(np.random.randint(0, 10, size=3, dtype=np.uint8)))
print(repr(np.random.randint(0, 10, size=3)))
print(repr(np.random.randint(0, 10, size=3, dtype=np.int16)))
print(repr(np.random.rand(2)))
