vals = [0.1, 0.2, 0.1 + 0.2, 1.0, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234, 1.5e300, 2.5e-300,
        1 / 3, 2 / 3, 100.0, -0.0, 0.0, 5e-324, 1.7976931348623157e308, 3.0e10, 1e22, 1e21, 12345.6789]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'), -float('inf'), float('Infinity'), float(' 1.5 '), float('1e3'))
print([1.0, 2.5, float('nan')], (0.1,), {1.5: 2.0})
print(1e16 == 10 ** 16, 0.1 * 3, 1.1 * 1.1, 2 ** 0.5, 10 / 3, 1e308 * 10, -1e308 * 10)
print(float('nan') == float('nan'), float('inf') > 1e308, 0.0 == -0.0)
