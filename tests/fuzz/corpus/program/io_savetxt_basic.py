# np.savetxt defaults and the exact text written: '%.18e', space delimiter, 1-d as a column, 2-d rows, ints and bools.
import numpy as np


def save(label, a, **kw):
    path = '/tmp/stridelab_golden_savetxt_basic_' + label + '.txt'
    print('==', label)
    try:
        np.savetxt(path, a, **kw)
    except Exception as e:
        print(type(e).__name__, e)
        return
    with open(path, 'rb') as f:
        print(repr(f.read()))


save('2d float', np.array([[1.5, -2.0], [3.25, 1e-20]]))
save('1d column', np.array([1.0, 2.0, 3.0]))
save('ints', np.arange(6).reshape(2, 3))
save('bools', np.array([[True, False]]))
save('specials', np.array([np.nan, np.inf, -np.inf, -0.0]))
save('float32', np.array([0.1, 1.0 / 3.0], dtype=np.float32))
save('uint8', np.array([[0, 255]], dtype=np.uint8))
save('empty', np.zeros((0, 3)))
save('list input', [[1, 2], [3, 4]])
save('0-d', np.array(5.0))
save('3-d', np.zeros((2, 2, 2)))
save('big', np.array([1e300, 123456789.123456789, 5e-324]))
