# np.format_float_positional / np.format_float_scientific: unique and exact digits,
# precision, fractional, trim modes, sign, padding, min_digits, exp_digits, float32 scalars,
# non-finite values, and NumPy's argument errors.
import numpy as np

vals = [0.0, -0.0, 1.0, 0.1, 1.5, -2.25, 123.456, 1e16, 1.234e-7, 3.14159265358979, 2.0 ** 60, 5e-324, np.inf, -np.inf, np.nan]
for v in vals:
    print(repr(v), np.format_float_positional(v), np.format_float_scientific(v))
for v in [np.float32(0.1), np.float32(3.4028235e38), np.float32(1e-8), np.float64(0.1), 7, True]:
    print(np.format_float_positional(v), np.format_float_scientific(v))
x = 3.14159265358979
for p in [0, 1, 3, 10, 20]:
    print(p, np.format_float_positional(x, precision=p), np.format_float_positional(x, precision=p, unique=False),
          np.format_float_scientific(x, precision=p), np.format_float_scientific(x, precision=p, unique=False))
for trim in ['k', '.', '0', '-']:
    print(trim, repr(np.format_float_positional(1.0, trim=trim)), repr(np.format_float_positional(10.5, precision=3, unique=False, trim=trim)),
          repr(np.format_float_scientific(1.0, trim=trim)), repr(np.format_float_scientific(100.0, precision=3, unique=False, trim=trim)))
print(np.format_float_positional(1234.5678, precision=2, fractional=False), np.format_float_positional(0.00012345, precision=2, fractional=False))
print(repr(np.format_float_positional(1.5, pad_left=5, pad_right=4)), repr(np.format_float_positional(-1.5, sign=True, pad_left=2)))
print(repr(np.format_float_positional(2.5, sign=True)), repr(np.format_float_scientific(2.5, sign=True, pad_left=3, exp_digits=4)))
print(np.format_float_positional(0.1, min_digits=5), np.format_float_scientific(0.1, min_digits=5), np.format_float_positional(1.0, precision=4, min_digits=2))
for f in [lambda: np.format_float_positional(1.0, precision=-1), lambda: np.format_float_positional(1.0, pad_left=-2),
          lambda: np.format_float_positional(1.0, precision=0, fractional=False), lambda: np.format_float_positional(1.0, precision=2, min_digits=3),
          lambda: np.format_float_scientific(1.0, exp_digits=-1), lambda: np.format_float_positional(1.0, trim='x'),
          lambda: np.format_float_positional(1.0, unique=False), lambda: np.format_float_scientific(1.0, unique=False),
          lambda: np.format_float_scientific(1.0, precision=1, min_digits=2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
np.format_float_positional('abc')
