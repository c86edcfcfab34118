# Cases found by differential fuzzing against NumPy: 0-d integer arrays copy in 'K' order,
# an empty Ellipsis still separates advanced indices, integers are bounds-checked even when
# the broadcast result is empty, setitem checks the value shape before the index values,
# 0-d booleans keep the user's axis numbers in messages.
import numpy as np

a = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
b = np.arange(60).reshape(3, 4, 5)[:, ::-1, 1:]
cases = [
    "a[np.array(1)]", "a.T[np.array(1)]", "a[None, np.array(1), ::-1, -1]", "a[1, None, np.array(1)]",
    "a[np.array(1), ..., None]", "b[:, -1, ..., [0, 1]]", "a.T[:2, [0, 1], ..., np.array([[0, 1], [1, 0]])]",
    "a[2, ..., []]", "a[[5], []]", "a[True, [5]]", "a[0, True, [0, 1], [9]]", "a[False, 2, [[0], [1]], [1, 1]]",
    "a.T[False, np.array([True, False, True]), -2:]", "a[True, ..., ::-1, np.array([True, False, True])]",
    "a[1, [0, 1, 2], 0, [0, 1]]", "a[[0, 1], 1, [0, 1, 2]]",
]
for c in cases:
    try:
        r = eval(c)
        print(c, r.shape, r.strides, r.base is None, r.ravel().tolist())
    except Exception as e:
        print(c, type(e).__name__, e)
for c in ["a[[2]]", "a.T[1:, 0, [2]]", "a[[2], [1, 1], True, None]"]:
    x = a.copy()
    try:
        exec(c + " = np.arange(3)")
        print(c, "set ok")
    except Exception as e:
        print(c, "set", type(e).__name__, e)
try:
    a[-1, 0, 2] = np.arange(3)
except Exception as e:
    print(type(e).__name__, e)
