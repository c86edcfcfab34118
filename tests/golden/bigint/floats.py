# Big ints meeting floats: correctly rounded int -> float and int / int, exact comparisons,
# mixed arithmetic, float -> int, hashes equal for equal values, round() with negative
# ndigits, and the OverflowErrors CPython raises.
vals = [2 ** 53 + 1, 2 ** 54 + 3, 2 ** 64 + 1, 10 ** 22, 10 ** 23, 2 ** 1023 * 3 // 2, 3 ** 400, -(7 ** 300)]
for v in vals:
    try:
        print(float(v), v / 1, v / 3, v / -(2 ** 60 + 1), 1 / v, v * 0.5, v + 1.5, v == float(v), v < float(v), hash(v))
    except OverflowError as e:
        print('OverflowError', e)
print((2 ** 53 + 1) / 1, (2 ** 64 + 1) / 2 ** 11, 10 ** 400 / 10 ** 399, 1 / 10 ** 400, -1 / 10 ** 400)
print((10 ** 308 * 3) / 10 ** 300, (2 ** 1100) / (2 ** 80), 2 ** 1074 / 2 ** 2148, 2 ** -1074 == 1 / 2 ** 1074)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 == float('inf'), 2 ** 70 == 2.0 ** 70, 2 ** 70 + 1 > 2.0 ** 70)
print(2 ** 70 in {2.0 ** 70}, {2 ** 80: 'a'}[2.0 ** 80], hash(2.0 ** 100) == hash(2 ** 100), hash(-(2 ** 61)), hash(2 ** 61 - 1))
print(int(1e300) % 1000, int(-1.5e20), int(2.0 ** 80), int(float(10 ** 25)), round(1e20), round(2.5e30), round(-1.5e19))
print((1e300).as_integer_ratio()[1], (0.1).as_integer_ratio(), (2.0 ** -1070).as_integer_ratio()[1].bit_length())
print(round(2 ** 70, -5), round(123456789012345678901234567890, -10), round(-(10 ** 30) - 5 * 10 ** 9, -10), round(10 ** 30, 3), round(15, -1), round(25, -1))
print(max(10 ** 30, 1e30), min(-(10 ** 30), -1e30), sorted([1e25, 10 ** 25, 10 ** 25 + 1, 9.9e24]))
for f in [lambda: float(10 ** 400), lambda: 10 ** 400 * 1.0, lambda: 1.0 + 2 ** 1024, lambda: (10 ** 400) // 1.0,
          lambda: 7.0 % 10 ** 400, lambda: (10 ** 400) ** 0.5, lambda: 10 ** 700 / 10 ** 300, lambda: int(float('inf')),
          lambda: int(float('nan')), lambda: (2 ** 2000) ** -1]:
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
