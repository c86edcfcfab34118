# numpy.testing assertions that pass (return None) for equal inputs of every kind: arrays,
# lists, scalars, NaN in the same places, tolerances, nested dicts/lists, context-manager
# and callable assert_raises.
import numpy as np
from numpy import testing as npt
import numpy.testing

r = []
r.append(npt.assert_array_equal([1, 2, 3], np.array([1, 2, 3])))
r.append(npt.assert_array_equal(np.array([[1.0, np.nan]]), [[1.0, np.nan]]))
r.append(npt.assert_array_equal(np.zeros((2, 3)), 0.0))
r.append(npt.assert_equal(3, 3))
r.append(npt.assert_equal([1, (2, 3)], [1, (2, 3)]))
r.append(npt.assert_equal({'a': np.arange(3), 'b': 'x'}, {'a': np.arange(3), 'b': 'x'}))
r.append(npt.assert_equal(np.nan, np.nan))
r.append(npt.assert_equal(np.float64(2.0), 2))
r.append(npt.assert_almost_equal(1.0, 1.00000001))
r.append(npt.assert_almost_equal(np.pi, 3.1416, decimal=4))
r.append(npt.assert_almost_equal([1.0, 2.0], [1.0000001, 2.0]))
r.append(npt.assert_array_almost_equal(np.array([1.0, np.inf]), [1.0000001, np.inf]))
r.append(npt.assert_allclose([1e10, 1e-7], [1.00001e10, 1e-8], rtol=1e-4, atol=1e-7))
r.append(npt.assert_allclose(np.arange(1.0, 5.0), np.arange(1.0, 5.0) + 1e-9))
r.append(npt.assert_allclose(np.array([np.nan, 1.0]), np.array([np.nan, 1.0])))
r.append(npt.assert_array_less([1, 2], [2, 3]))
r.append(npt.assert_array_less(np.array([1.0, -np.inf]), 5.0))
r.append(npt.assert_approx_equal(1.2345678, 1.2345679, significant=7))
r.append(npt.assert_string_equal('abc', 'abc'))
r.append(npt.assert_('x'))
print(r)
with npt.assert_raises(ZeroDivisionError):
    1 / 0
with npt.assert_raises((KeyError, IndexError)):
    [][1]
print(npt.assert_raises(ValueError, int, 'x'))
print(numpy.testing.assert_equal is npt.assert_equal)
npt.assert_array_equal(np.arange(3), [0, 1, 2], err_msg='never shown')
print('done')
