# Invalid sequence indices and the errors NumPy raises: floats, ragged lists, strings,
# out-of-bounds entries, too many indices, mismatched shapes.
import numpy as np

x = np.arange(12).reshape(3, 4)
cases = [
    lambda: x[[1.0, 2.0]],
    lambda: x[[0, 1.5]],
    lambda: x[[[0, 1], [2]]],
    lambda: x[[0, [1, 2]]],
    lambda: x[['a', 'b']],
    lambda: x['a'],
    lambda: x[range(5)],
    lambda: x[[0, -4]],
    lambda: x[range(3), range(2)],
    lambda: x[range(2), range(2), range(2)],
    lambda: x[[True, False]],
    lambda: x[(0.5,)],
    lambda: x[{0, 1}],
]
for f in cases:
    try:
        print(f())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
y = np.arange(5)
try:
    y[range(3)] = [1, 2]
except ValueError as e:
    print('ValueError', e)
try:
    y[[0.0]] = 1
except IndexError as e:
    print('IndexError', e)
