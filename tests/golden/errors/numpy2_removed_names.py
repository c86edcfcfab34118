# numpy2: names NumPy 2.0 removed (np.float_, np.NaN, np.alltrue, ndarray.ptp/itemset/
# newbyteorder, ...) raise NumPy 2's AttributeError with its migration note; 1.24 still has them.
import numpy as np

a = np.arange(4.0)
for name in ['float_', 'NaN', 'Inf', 'infty', 'alltrue', 'sometrue', 'round_', 'asfarray', 'cast', 'get_array_wrap', 'product', 'msort', 'cumproduct', 'string_', 'unicode_', 'complex_']:
    try:
        getattr(np, name)
        print(name, 'exists')
    except AttributeError as e:
        print(repr(str(e)))
for name in ['ptp', 'itemset', 'newbyteorder']:
    try:
        getattr(a, name)
        print(name, 'exists')
    except AttributeError as e:
        print(str(e))
print(np.ptp(a))
for name in ['float', 'int', 'object', 'complex', 'str']:
    try:
        getattr(np, name)
    except AttributeError as e:
        print(str(e))
a.ptp()
