# Bool arrays whose bytes are not 0/1 (u1.view(bool), np.frombuffer): every nonzero byte is
# True, as in NumPy. Casting such an array kept the raw byte (astype(int) gave 136, sum()
# 394): a C++ bool loaded from a byte other than 0/1 (fuzz_array_ops finding, issue 17).
import numpy as np

raw = bytes([0, 1, 2, 136, 255])
b = np.frombuffer(raw, dtype=np.bool_)
print(b, b.view(np.uint8))
for t in [np.int8, np.uint8, np.int64, np.uint64, np.float16, np.float32, np.float64, np.complex128]:
    print(t.__name__, b.astype(t))
print(b.sum(), b.astype(int).sum(), np.count_nonzero(b))
v = np.array([0, 3, 255, 1, 64, 0], dtype=np.uint8).view(np.bool_)
print(v, v.astype(np.int16), v[::2].astype(np.float64), v[::-1].astype(np.int32))
print(v.reshape(2, 3).astype(np.int64).sum(axis=0))
