# np.lcm of 8/16-bit integers wraps in the element type as NumPy does (the product of two
# uint16 values once promoted to C int and overflowed: found by fuzz_array_ops under UBSan).
import numpy as np

a = np.array([40351, 65535, 300, 0, 1], dtype=np.uint16)
b = np.array([57054, 65534, 7, 5, 65535], dtype=np.uint16)
print(np.lcm(a, b))
print(np.lcm(np.array([200, 255], dtype=np.uint8), np.array([201, 254], dtype=np.uint8)))
x = np.array([40351, 127, 0], dtype=np.int64).astype(np.int16)
y = np.array([-7054, -32768, -3], dtype=np.int16)
print(np.lcm(x, y), np.lcm(x, y).dtype)
print(np.lcm(np.array([-128, 127], dtype=np.int8), np.array([3, 126], dtype=np.int8)))
print(np.lcm.reduce(np.array([255, 254, 253], dtype=np.uint8)))
