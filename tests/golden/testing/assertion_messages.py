# numpy2: the failure messages of numpy.testing (2.x says "Max absolute difference among
# violations" — the maximum over the failing elements only — and names the operands
# ACTUAL/DESIRED; assert_array_less says "Arrays are not
# strictly ordered `x < y`").
import numpy as np
import numpy.testing as npt

def check(f, *args, **kw):
    try:
        f(*args, **kw)
        print('passed')
    except AssertionError as e:
        print(repr(str(e)))

check(npt.assert_array_equal, [1, 2, 3], [1, 2, 4])
check(npt.assert_array_equal, np.arange(6).reshape(2, 3), np.arange(6).reshape(2, 3) * 2, err_msg='doubled')
check(npt.assert_array_equal, np.zeros((2, 2)), np.zeros(3))
check(npt.assert_array_equal, [1.0, np.nan], [1.0, 2.0])
check(npt.assert_array_equal, [1.0, np.inf], [1.0, -np.inf])
check(npt.assert_array_equal, np.array([1, 2], dtype=np.uint8), np.array([3, 1], dtype=np.uint8))
check(npt.assert_array_equal, [True, False], [True, True])
check(npt.assert_array_equal, [0.0, 1.0], [0.0, 0.0])
check(npt.assert_array_equal, np.arange(20.0), np.arange(20.0) + 0.5)
check(npt.assert_allclose, [1.0, 2.0, 3.0], [1.0, 2.1, 3.2], rtol=1e-3)
check(npt.assert_allclose, np.array([1e-8, 0.0]), np.array([0.0, 1e-8]), atol=1e-9, err_msg='tiny')
check(npt.assert_allclose, 1.0, 1.5)
check(npt.assert_array_almost_equal, [1.0, 2.0], [1.0, 2.001], decimal=4)
check(npt.assert_almost_equal, 1.0, 1.1, decimal=3)
check(npt.assert_almost_equal, [1.0, 2.5], [1.0, 2.0])
check(npt.assert_equal, 1, 2)
check(npt.assert_equal, [1, [2, 3]], [1, [2, 4]])
check(npt.assert_equal, {'a': 1}, {'a': 2})
check(npt.assert_equal, np.array([1, 2]), np.array([1, 3]), err_msg='arrays')
check(npt.assert_equal, 'ab', 'ac')
check(npt.assert_equal, 0.0, -0.0)
check(npt.assert_array_less, [1, 5], [2, 3])
check(npt.assert_array_less, [1.0, 2.0], 2.0)
check(npt.assert_approx_equal, 1.0, 1.01, significant=3)
check(npt.assert_, False, 'custom message')
check(npt.assert_raises, ValueError, int, '3')
npt.assert_raises(ValueError, float, "1.5")
