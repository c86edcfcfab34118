# np.binary_repr (two's complement with width=) and np.base_repr (bases 2..36, padding) and
# their errors.
import numpy as np

for n in [0, 1, 3, 5, 255, 256, -1, -3, -5, -8, -128, -129, np.int8(-7), np.uint8(200), True]:
    print(n, np.binary_repr(n), [np.binary_repr(n, width=w) for w in (9, 16)])
print(np.binary_repr(2**40), np.binary_repr(-2**40), np.binary_repr(2**40, width=48))
print(np.binary_repr(0, width=5), np.binary_repr(0), np.binary_repr(3, width=4), np.binary_repr(-3, width=3), np.binary_repr(-4, width=3))
for n in [0, 1, 7, 35, 36, 255, -255, 2**40, -10, np.int16(-300)]:
    print(n, [np.base_repr(n, b) for b in (2, 3, 8, 10, 16, 36)], np.base_repr(n, 16, padding=3))
for f in [lambda: np.binary_repr(1.5), lambda: np.base_repr(5, 1), lambda: np.base_repr(5, 37)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
np.base_repr(3, base=-2)
