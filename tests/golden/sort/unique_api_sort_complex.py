# numpy2: unique_all/unique_counts/unique_inverse/unique_values are NumPy 2 names (1.24 raises
#   AttributeError); the .numpy2.out comes from scripts/numpy2_array_api_shim.py (NumPy 2.2's
#   compositions over 1.24's np.unique). sort_complex is 1.24's own.
import numpy as np


def show(label, f):
    print('==', label)
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(type(r).__name__, isinstance(r, tuple))
    print(repr(r))
    if isinstance(r, tuple):
        for name in r._fields:
            v = getattr(r, name)
            print(name, v.dtype, v.shape)


show('sort_complex int', lambda: np.sort_complex([5, 3, 6, 2, 1]))
show('sort_complex cplx', lambda: np.sort_complex([1 + 2j, 2 - 1j, 3 - 2j, 3 - 3j, 3 + 5j]))
show('sort_complex i8', lambda: np.sort_complex(np.array([3, -1], dtype=np.int8)))
show('sort_complex u16', lambda: np.sort_complex(np.array([3, 1], dtype=np.uint16)))
show('sort_complex i32', lambda: np.sort_complex(np.array([3, 1], dtype=np.int32)))
show('sort_complex f32', lambda: np.sort_complex(np.array([3.5, 1], dtype=np.float32)))
show('sort_complex c64', lambda: np.sort_complex(np.array([3 + 1j, 1], dtype=np.complex64)))
show('sort_complex 2d', lambda: np.sort_complex(np.array([[3, 1], [0, -2]])))
show('sort_complex empty', lambda: np.sort_complex([]))
show('sort_complex strided', lambda: np.sort_complex(np.arange(10)[::-3]))
a = np.array([4.0, 1.0, 2.0])
r = np.sort_complex(a)
print(a, np.shares_memory(a, r))
show('sort_complex 0-d', lambda: np.sort_complex(np.array(3.0)))

x = np.array([[1, 2, 2], [3, 1, 1]])
show('unique_all 2d', lambda: np.unique_all(x))
show('unique_counts 2d', lambda: np.unique_counts(x))
show('unique_inverse 2d', lambda: np.unique_inverse(x))
show('unique_values 2d', lambda: np.unique_values(x))
show('unique_all list', lambda: np.unique_all([3.0, 1.0, 3.0, np.nan, np.nan]))
show('unique_counts nan', lambda: np.unique_counts(np.array([np.nan, 1.0, np.nan])))
show('unique_inverse strided', lambda: np.unique_inverse(np.arange(12).reshape(3, 4)[:, ::2] % 3))
show('unique_all empty', lambda: np.unique_all(np.array([], dtype=np.int16)))
show('unique_values bool', lambda: np.unique_values(np.array([True, False, True])))
show('unique_all 0-d', lambda: np.unique_all(np.array(7)))
v, c = np.unique_counts([1, 1, 2])
print(v, c)
u = np.unique_inverse(x)
print(np.array_equal(u.values[u.inverse_indices], x))
print(u[0] is u.values, len(u))
