# numpy.testing's ULP comparisons: assert_array_max_ulp (returns the ULP distances) and
# assert_array_almost_equal_nulp, their messages, float32/float16 inputs, signed zeros,
# negative numbers and the errors of unsupported inputs.
# numpy2: NumPy 2 words the messages 'Arrays are not equal to N ULP' and 'Arrays do not
# have the same shape' (1.24: 'X and Y are not equal', 'x and y do not have').
import numpy as np
import numpy.testing as npt

def check(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print('passed', repr(r) if r is not None else '')
    except Exception as e:
        print(type(e).__name__, repr(str(e)))

x = np.array([1.0, 1e-10, 1e-20])
eps = np.finfo(x.dtype).eps
check(npt.assert_array_almost_equal_nulp, x, x * eps / 2 + x)
check(npt.assert_array_almost_equal_nulp, x, x * eps + x)
check(npt.assert_array_almost_equal_nulp, x, x * eps * 3 + x, 2)
check(npt.assert_array_almost_equal_nulp, np.array([-1.0, -2.0]), np.array([-1.0, -2.0]))
check(npt.assert_array_almost_equal_nulp, 1.0, np.nextafter(1.0, 2.0))
check(npt.assert_array_almost_equal_nulp, 1.0, 1.5)
a = np.linspace(0.0, 1.0, 5)
check(npt.assert_array_max_ulp, a, a)
check(npt.assert_array_max_ulp, a, a + 1e-16)
check(npt.assert_array_max_ulp, a, a + 1e-15, maxulp=3)
check(npt.assert_array_max_ulp, a, a + 1e-15, maxulp=10)
check(npt.assert_array_max_ulp, np.array([0.0]), np.array([-0.0]))
check(npt.assert_array_max_ulp, np.array([-1.0, 2.0]), np.array([1.0, 2.0]))
f32 = np.array([1.0, 2.0, 3.0], dtype=np.float32)
check(npt.assert_array_max_ulp, f32, f32 * np.float32(1.0000001))
check(npt.assert_array_max_ulp, f32, f32 + np.float32(1e-3))
check(npt.assert_array_max_ulp, np.array([1.0, 2.0], dtype=np.float16), np.array([1.001, 2.0], dtype=np.float16))
check(npt.assert_array_max_ulp, [1, 2], [1, 2])
check(npt.assert_array_max_ulp, [1.0, 2.0], [1.0, 2.0, 3.0])
check(npt.assert_array_max_ulp, [1.0, 2.0], [1.0, 2.5], dtype=np.float32)
check(npt.assert_array_max_ulp, [np.nan, 1.0], [np.nan, 1.0])
