# numpy2: np.bitwise_count is new in NumPy 2.0 — the number of 1-bits in |x| for every
# integer dtype (uint8 results; the most negative value of a signed type counts one bit),
# bools, Python ints, scalars, out=, and the TypeError for floats.
import numpy as np

for dt in ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64']:
    info = np.iinfo(dt)
    a = np.array([0, 1, 5, info.max, info.min, info.max // 3], dtype=dt)
    r = np.bitwise_count(a)
    print(dt, r.dtype, r.tolist())
    if info.min < 0:
        print('  neg', np.bitwise_count(np.array([-1, -2, -7, -(info.max // 5)], dtype=dt)).tolist())
print(np.bitwise_count(np.array([True, False, True])).tolist(), np.bitwise_count(np.array([True])).dtype)
print(np.bitwise_count(1023), type(np.bitwise_count(1023)).__name__, np.bitwise_count(-5))
print(np.bitwise_count(np.int16(-32768)), np.bitwise_count(2**63 - 1))
print(np.bitwise_count(np.arange(12).reshape(3, 4)[:, ::2]).tolist())
print(np.bitwise_count([[1, 2, 3], [255, 256, 257]]).tolist())
out = np.zeros(3, dtype=np.uint8)
r = np.bitwise_count(np.array([7, 8, 9]), out=out)
print(out.tolist(), r is out)
for bad in [1.5, np.array([1.0, 2.0]), np.float32(3)]:
    try:
        np.bitwise_count(bad)
    except TypeError as e:
        print('TypeError', e)
