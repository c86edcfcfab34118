# np.array2string (max_line_width, precision, suppress_small, separator, prefix, suffix,
# formatter, threshold, edgeitems, sign, floatmode), np.array_repr and np.array_str with
# their overrides, for several dtypes, shapes, empty and 0-d arrays.
import numpy as np

a = np.array([[1.0, -2.5, 3.14159265], [1e-6, 100.0, np.nan]])
print(np.array2string(a))
print(np.array2string(a, precision=2, separator=', '))
print(np.array2string(a, max_line_width=20, prefix='xx(', suffix=')'))
print(np.array2string(a, suppress_small=True, precision=3, sign='+'))
print(np.array2string(a, floatmode='fixed', precision=3))
print(np.array2string(np.arange(30), threshold=10, edgeitems=2))
print(np.array2string(np.arange(12).reshape(3, 4), separator=',', formatter={'int': lambda x: hex(x)}))
print(np.array2string(np.array([True, False]), formatter={'bool': lambda b: 'T' if b else 'F'}))
print(repr(np.array2string(np.array([]))), repr(np.array2string(np.array(3.5))), repr(np.array2string(np.zeros((2, 0)))))
print(np.array2string(np.arange(6, dtype=np.int8).reshape(2, 3), prefix='      '))
print(np.array_repr(a, precision=2), np.array_repr(a, max_line_width=30, suppress_small=True))
print(np.array_repr(np.arange(5, dtype=np.uint16)), np.array_repr(np.array([], dtype=np.float32)))
print(np.array_str(a, precision=1), np.array_str(np.array(2.5)), np.array_str(np.arange(40), max_line_width=20))
print(np.array_repr(np.array([0.1, 0.2]) * 3, precision=20))
try:
    np.array2string(a, floatmode='nope')
except ValueError as e:
    print(type(e).__name__, e)
np.array2string(a, sign='*')
