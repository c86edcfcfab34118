# float repr and arithmetic
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e-5, 1.5e-7, 123456789.0, 1e22, 1.0, -0.0, 100.0, 1e300 * 10, -1e300 * 10]
for v in vals:
    print(v, repr(v), str(v))
print(float('nan'), float('inf'), float('-inf'), float(' 2.5 '), float('1e3'), float(7))
print(3.0 // 2, 3.5 % 2, -3.5 % 2, 3.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(0.1 * 3, 1.1 + 2.2, 3.3 * 3, 10 / 4, 10 / 5, 2 ** 100.0)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234.5678, -2), round(0.125, 2))
print(round(7), round(1250, -2), round(1350, -2), round(-1250, -2), round(3.14159, 3), round(2.5, 0))
print((2.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio())
print(abs(-2.5), min(1.5, 2), max(-1, -1.5), sum([0.1] * 10))
print(float('nan') == float('nan'), float('inf') > 1e308)
print(1e15 + 0.3, 12345.678e10, 5e-324, 1.7976931348623157e308)
